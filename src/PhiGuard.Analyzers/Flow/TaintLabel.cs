using System;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Where a tainted value came from.</summary>
    internal abstract class TaintLabel : IEquatable<TaintLabel>
    {
        public abstract bool Equals(TaintLabel? other);

        public override bool Equals(object? obj) => Equals(obj as TaintLabel);

        public abstract override int GetHashCode();
    }

    /// <summary>Protected data, read from <see cref="Subject"/> which <see cref="Selector"/> protects.</summary>
    internal sealed class SourceLabel : TaintLabel
    {
        public SourceLabel(string subject, Selector selector)
        {
            Subject = subject;
            Selector = selector;
        }

        /// <summary>The protected symbol as a message shows it: <c>Patient.Ssn</c>.</summary>
        public string Subject { get; }

        public Selector Selector { get; }

        public override bool Equals(TaintLabel? other) =>
            other is SourceLabel source && source.Subject == Subject && ReferenceEquals(source.Selector, Selector);

        public override int GetHashCode() => Subject.GetHashCode() ^ Selector.GetHashCode();

        public override string ToString() => Subject;
    }

    /// <summary>
    /// Whatever the caller passes as parameter <see cref="Ordinal"/> (-1 for the receiver). Used to build a
    /// method's summary, which callers instantiate with their own argument taints.
    /// </summary>
    internal sealed class ParameterLabel : TaintLabel
    {
        public const int Receiver = -1;

        private static readonly ParameterLabel[] Cache = CreateCache();

        private ParameterLabel(int ordinal)
        {
            Ordinal = ordinal;
        }

        public int Ordinal { get; }

        public static ParameterLabel For(int ordinal) =>
            ordinal + 1 < Cache.Length ? Cache[ordinal + 1] : new ParameterLabel(ordinal);

        public override bool Equals(TaintLabel? other) => other is ParameterLabel parameter && parameter.Ordinal == Ordinal;

        public override int GetHashCode() => Ordinal;

        public override string ToString() => Ordinal == Receiver ? "this" : "arg" + Ordinal;

        private static ParameterLabel[] CreateCache()
        {
            var cache = new ParameterLabel[33];
            for (var i = 0; i < cache.Length; i++)
            {
                cache[i] = new ParameterLabel(i - 1);
            }

            return cache;
        }
    }
}
