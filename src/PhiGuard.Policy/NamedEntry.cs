namespace PhiGuard.Policy
{
    /// <summary>A method named by the policy (a sanitizer or a sink), <c>Namespace.Type.Method</c> or a glob of it.</summary>
    public sealed class NamedEntry
    {
        public NamedEntry(string name, SourcePosition position)
        {
            Name = name;
            Position = position;
        }

        public string Name { get; }

        public SourcePosition Position { get; }
    }
}
