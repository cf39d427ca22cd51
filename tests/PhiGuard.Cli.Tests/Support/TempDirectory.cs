using System;
using System.IO;

namespace PhiGuard.Cli.Tests.Support
{
    /// <summary>A throwaway directory of files for one test: a code base to scan, policies, reports.</summary>
    public sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "phiguard-cli-" + Guid.NewGuid().ToString("N"));

        public TempDirectory()
        {
            Directory.CreateDirectory(Path);
        }

        public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

        public TempDirectory Write(string relativePath, string content)
        {
            var full = this[relativePath];
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
            return this;
        }

        public string Read(string relativePath) => File.ReadAllText(this[relativePath]);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A process the test started may still hold a file for a moment; the OS cleans the temp folder.
            }
        }
    }
}
