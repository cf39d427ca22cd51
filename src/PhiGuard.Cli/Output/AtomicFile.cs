using System;
using System.IO;
using System.Text;
using PhiGuard.Cli.Input;

namespace PhiGuard.Cli.Output
{
    /// <summary>
    /// Writes a report without destroying what is at its path. A regular file or a new path is written all at once: into
    /// a temporary file beside it, then moved over it, so a reader (or a CI step that uploads it) never sees half a
    /// report. A character device or a FIFO (<c>--output /dev/stdout</c>, a pipe) is written straight into, never
    /// replaced; a symbolic link is followed deliberately and written through, so the link and the file it names stay.
    /// Block devices, sockets and directories are refused. When the target cannot be written, the content is saved in
    /// the temp directory instead and the error says where, so a report is never lost.
    /// </summary>
    internal static class AtomicFile
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public static void Write(string path, string content) => Write(path, Utf8.GetBytes(content));

        public static void Write(string path, byte[] content)
        {
            var full = InputFiles.FullPath(path, "output path");
            var own = FileKinds.Of(full, followLinks: false);
            var target = own == FileKind.SymbolicLink ? FileKinds.Of(full) : own;
            if (target is FileKind.Directory or FileKind.BlockDevice or FileKind.Socket or FileKind.SymbolicLinkCycle or FileKind.Unknown)
            {
                throw new InputException("cannot write " + path + ": it is " + FileKinds.Describe(target) + (own == FileKind.SymbolicLink && target != FileKind.SymbolicLinkCycle ? " (through a symbolic link)" : string.Empty) + "; pass a file name");
            }

            string? temp = null;
            try
            {
                if (own == FileKind.SymbolicLink || target is FileKind.CharacterDevice or FileKind.Fifo)
                {
                    WriteStraight(full, content, truncate: target is FileKind.Regular or FileKind.Missing);
                    return;
                }

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

        /// <summary>Into a device, a FIFO, or the file a link names: opened as it is, so nothing at the path is replaced.</summary>
        private static void WriteStraight(string path, byte[] content, bool truncate)
        {
            using var stream = new FileStream(path, truncate ? FileMode.Create : FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            stream.Write(content, 0, content.Length);
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
