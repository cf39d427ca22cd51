using System;
using System.IO;
using System.Text;

namespace PhiGuard.Cli.Output
{
    /// <summary>
    /// Writes a file all at once: into a temporary file beside it, then moved over it, so a reader (or a CI step
    /// that uploads it) never sees half a report. When the target cannot be written, the content is saved in the
    /// temp directory instead and the error says where, so a report is never lost.
    /// </summary>
    internal static class AtomicFile
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public static void Write(string path, string content) => Write(path, Utf8.GetBytes(content));

        public static void Write(string path, byte[] content)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                throw new InputException("cannot write " + path + ": it is a directory; pass a file name");
            }

            string? temp = null;
            try
            {
                var directory = Path.GetDirectoryName(full)!;
                Directory.CreateDirectory(directory);
                temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
                File.WriteAllBytes(temp, content);
                File.Move(temp, full, overwrite: true);
            }
            catch (Exception e) when (FileErrors.IsFileError(e))
            {
                TryDelete(temp);
                var saved = Path.Combine(Path.GetTempPath(), "phiguard-" + Guid.NewGuid().ToString("N")[..8] + "-" + Path.GetFileName(full));
                File.WriteAllBytes(saved, content);
                throw new InputException("cannot write " + path + ": " + FileErrors.Describe(e) + "; the output was saved to " + saved + " instead", e);
            }
        }

        private static void TryDelete(string? path)
        {
            if (path is null)
            {
                return;
            }

            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (FileErrors.IsFileError(e))
            {
                // Nothing more to do: the temporary file is left where the failed write put it.
            }
        }
    }
}
