namespace PhiGuard.Cli.Findings
{
    /// <summary>
    /// A place in a source file: its path relative to the report root (with <c>/</c>, so reports and baselines
    /// are the same on every machine), its full path, and 1-based lines and columns.
    /// </summary>
    internal sealed record SourceRange(string Path, string FullPath, int Line, int Column, int EndLine, int EndColumn)
    {
        public override string ToString() => Path + ":" + Line + ":" + Column;
    }
}
