namespace PhiGuard.Policy
{
    /// <summary>A place in a policy file: 1-based line and column, as editors and compilers show them.</summary>
    public readonly struct SourcePosition
    {
        public SourcePosition(string path, int line, int column)
        {
            Path = path;
            Line = line;
            Column = column;
        }

        public string Path { get; }

        public int Line { get; }

        public int Column { get; }

        public override string ToString() => Path + "(" + Line + "," + Column + ")";
    }
}
