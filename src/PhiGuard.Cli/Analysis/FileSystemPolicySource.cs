using System.Collections.Generic;
using PhiGuard.Cli.Input;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>Reads the files a policy extends from the disk, and remembers which it read.</summary>
    internal sealed class FileSystemPolicySource : IPolicyFileSource
    {
        public List<string> FilesRead { get; } = new();

        private string? _lastProblem;

        /// <summary>Why the last file asked for could not be read; the loader adds it to its message right after asking.</summary>
        public string MissingFileAdvice => (_lastProblem is null ? string.Empty : _lastProblem + "; ") + "check the path; \"extends\" paths are relative to the policy file that names them";

        public string? ReadText(string fullPath)
        {
            var text = InputFiles.TryReadPolicy(fullPath, out _lastProblem);
            if (text is not null)
            {
                FilesRead.Add(fullPath);
            }

            return text;
        }
    }
}
