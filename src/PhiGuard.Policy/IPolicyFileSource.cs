namespace PhiGuard.Policy
{
    /// <summary>
    /// Where the loader finds the files a policy extends. The analyzer reads them from the compilation's
    /// AdditionalFiles (it never touches the disk); the command-line tool reads them from the disk.
    /// </summary>
    public interface IPolicyFileSource
    {
        /// <summary>The text of the file at <paramref name="fullPath"/>, or null when it is not available.</summary>
        string? ReadText(string fullPath);

        /// <summary>What the user should do when a file the policy extends is not available.</summary>
        string MissingFileAdvice { get; }
    }
}
