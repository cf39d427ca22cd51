namespace PhiGuard.Cli.Reports
{
    /// <summary>The formats <c>phiguard scan --format</c> writes.</summary>
    internal enum ReportFormat
    {
        Text,
        Sarif,
        Json,
        Markdown,
    }
}
