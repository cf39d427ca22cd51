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

        /// <summary>How a message names the file: its file name, or the whole name of a built-in pack or policy package file (<c>package:Contoso.Policy</c>).</summary>
        public string FileLabel =>
            Path.StartsWith(PolicyReference.BuiltinPrefix, System.StringComparison.Ordinal) || PackagePolicyPaths.IsPackagePath(Path) ? Path : System.IO.Path.GetFileName(Path);

        public override string ToString() => Path + "(" + Line + "," + Column + ")";
    }
}
