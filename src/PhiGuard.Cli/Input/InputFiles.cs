using System;
using System.IO;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Input
{
    /// <summary>
    /// Reads the files a user names (policies, the files they extend, baselines): only regular files, and only up to a
    /// size no such file reaches, so a device, a FIFO or an endless file gets a one-line reason instead of a hang or
    /// running out of memory.
    /// </summary>
    internal static class InputFiles
    {
        public const int PolicyLimit = 4 * 1024 * 1024;
        public const int BaselineLimit = 256 * 1024 * 1024;

        /// <summary>The absolute path of <paramref name="path"/>, or an input error saying why it is no path.</summary>
        public static string FullPath(string path, string what)
        {
            if (Unusable(path) is { } problem)
            {
                throw new InputException("cannot read the " + what + " \"" + path.Replace("\0", "\\0", StringComparison.Ordinal) + "\": " + problem);
            }

            return Path.GetFullPath(path);
        }

        /// <summary>The text of a policy file (invalid UTF-8 marked for the parser to report), or null with the reason.</summary>
        public static string? TryReadPolicy(string path, out string? problem)
        {
            var bytes = TryRead(path, PolicyLimit, out var count, out problem);
            return bytes is null ? null : PolicyText.Decode(bytes, count);
        }

        public static string ReadPolicy(string path) =>
            TryReadPolicy(path, out var problem) ?? throw new InputException("cannot read the policy " + path + ": " + problem + "; check the path and that the file is readable");

        /// <summary>The bytes of a regular file of at most <paramref name="limit"/> bytes, or null with the reason.</summary>
        public static byte[]? TryRead(string path, int limit, out int count, out string? problem)
        {
            count = 0;
            problem = Unusable(path);
            if (problem is not null)
            {
                return null;
            }

            var kind = FileKinds.Of(path);
            if (kind != FileKind.Regular)
            {
                problem = kind == FileKind.Missing ? "no such file" : "it is " + FileKinds.Describe(kind) + ", not a regular file";
                return null;
            }

            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                var buffer = new byte[(int)Math.Min(stream.Length, limit) + 1];
                int read;
                while (count < buffer.Length && (read = stream.Read(buffer, count, buffer.Length - count)) > 0)
                {
                    count += read;
                }

                if (count > limit)
                {
                    problem = "it is larger than " + (limit / (1024 * 1024)) + " MB, more than such a file can be";
                    return null;
                }

                return buffer;
            }
            catch (Exception e) when (FileErrors.IsFileError(e))
            {
                problem = FileErrors.Describe(e);
                return null;
            }
        }

        /// <summary>Why a source file cannot be read (not a regular file, missing, no permission), or null when it can.</summary>
        public static string? WhyUnreadable(string path)
        {
            var kind = FileKinds.Of(path);
            if (kind != FileKind.Regular)
            {
                return kind == FileKind.Missing ? "no such file" : "it is " + FileKinds.Describe(kind) + ", not a regular file";
            }

            try
            {
                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                return null;
            }
            catch (Exception e) when (FileErrors.IsFileError(e))
            {
                return FileErrors.Describe(e);
            }
        }

        private static string? Unusable(string path) =>
            path.Length == 0 ? "no path was given"
            : path.IndexOf('\0', StringComparison.Ordinal) >= 0 ? "the path contains a NUL character"
            : null;
    }
}
