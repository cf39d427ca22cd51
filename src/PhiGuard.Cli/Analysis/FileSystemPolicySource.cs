using System;
using System.Collections.Generic;
using System.IO;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>Reads the files a policy extends from the disk, and remembers which it read.</summary>
    internal sealed class FileSystemPolicySource : IPolicyFileSource
    {
        public List<string> FilesRead { get; } = new();

        public string MissingFileAdvice => "check the path; \"extends\" paths are relative to the policy file that names them";

        public string? ReadText(string fullPath)
        {
            try
            {
                var text = File.ReadAllText(fullPath);
                FilesRead.Add(fullPath);
                return text;
            }
            catch (Exception e) when (FileErrors.IsFileError(e))
            {
                return null;
            }
        }
    }
}
