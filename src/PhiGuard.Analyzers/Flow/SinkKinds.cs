using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>A small set of sink kinds: the kinds of sink one call is.</summary>
    internal readonly struct SinkKinds
    {
        public static readonly SinkKinds None = default;

        private readonly int _bits;

        private SinkKinds(int bits)
        {
            _bits = bits;
        }

        public bool IsEmpty => _bits == 0;

        public SinkKinds With(SinkKind kind) => new SinkKinds(_bits | (1 << (int)kind));

        public bool Contains(SinkKind kind) => (_bits & (1 << (int)kind)) != 0;
    }
}
