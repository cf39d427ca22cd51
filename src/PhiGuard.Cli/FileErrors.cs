using System;
using System.IO;

namespace PhiGuard.Cli
{
    /// <summary>Short, user-facing reasons for file-system failures.</summary>
    internal static class FileErrors
    {
        public static bool IsFileError(Exception e) => e is IOException or UnauthorizedAccessException or System.Security.SecurityException;

        public static string Describe(Exception e) => e switch
        {
            FileNotFoundException => "no such file",
            DirectoryNotFoundException => "no such directory",
            UnauthorizedAccessException or System.Security.SecurityException => "permission denied",
            _ => e.Message,
        };
    }
}
