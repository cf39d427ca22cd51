using System;
using System.IO;
using System.Runtime.InteropServices;

namespace PhiGuard.Cli.Input
{
    /// <summary>What a path names, as the file system says before anything opens it.</summary>
    internal enum FileKind
    {
        Missing,
        Regular,
        Directory,
        SymbolicLink,
        CharacterDevice,
        BlockDevice,
        Fifo,
        Socket,
        SymbolicLinkCycle,
        Unknown,
    }

    /// <summary>
    /// Tells regular files from devices, FIFOs and sockets without opening them: opening a FIFO for reading waits for a
    /// writer, and reading <c>/dev/zero</c> never ends. .NET does not expose a file's type, so on Linux it is asked of
    /// <c>statx</c>, whose record is laid out alike on every architecture. Elsewhere only files, directories and links
    /// are told apart.
    /// </summary>
    internal static class FileKinds
    {
        private const int AtCurrentDirectory = -100;
        private const int AtSymlinkNoFollow = 0x100;
        private const uint StatxType = 0x1;
        private const int StatxModeOffset = 28;
        private const int StatxSize = 256;
        private const int NoEntry = 2;
        private const int NotDirectory = 20;
        private const int TooManyLinks = 40;

        /// <summary>The kind of <paramref name="path"/>, following symbolic links unless <paramref name="followLinks"/> is false.</summary>
        public static FileKind Of(string path, bool followLinks = true)
        {
            if (OperatingSystem.IsLinux())
            {
                return OfLinux(path, followLinks);
            }

            var info = new FileInfo(path);
            if (!followLinks && info.LinkTarget is not null)
            {
                return FileKind.SymbolicLink;
            }

            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        public static string Describe(FileKind kind) => kind switch
        {
            FileKind.Directory => "a directory",
            FileKind.SymbolicLink => "a symbolic link",
            FileKind.CharacterDevice => "a character device",
            FileKind.BlockDevice => "a block device",
            FileKind.Fifo => "a FIFO (named pipe)",
            FileKind.Socket => "a socket",
            FileKind.SymbolicLinkCycle => "a symbolic link that leads back to itself (a cycle of links)",
            FileKind.Missing => "missing",
            _ => "not a regular file",
        };

        private static FileKind OfLinux(string path, bool followLinks)
        {
            var buffer = new byte[StatxSize];
            int result;
            try
            {
                result = Statx(AtCurrentDirectory, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // A C library without statx (musl before 1.2.5): fall back to what .NET tells.
                return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
            }

            if (result != 0)
            {
                return Marshal.GetLastPInvokeError() switch
                {
                    NoEntry or NotDirectory => FileKind.Missing,
                    TooManyLinks => FileKind.SymbolicLinkCycle,
                    _ => FileKind.Unknown,
                };
            }

            var mode = BitConverter.ToUInt16(buffer, StatxModeOffset) & 0xF000;
            return mode switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0xA000 => FileKind.SymbolicLink,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0x1000 => FileKind.Fifo,
                0xC000 => FileKind.Socket,
                _ => FileKind.Unknown,
            };
        }

        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
    }
}
