using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>
    /// Native functions that write files, matched on the library and entry point a <c>[DllImport]</c> or
    /// <c>[LibraryImport]</c> declaration binds to, whatever the declaration is called: the Win32 profile-string and
    /// file APIs and the C runtime's file output. Their data arguments are stored unencrypted (PHI003).
    /// </summary>
    internal static class PlatformInvokeSinks
    {
        private const string LibraryImportAttribute = "System.Runtime.InteropServices.LibraryImportAttribute";

        /// <summary>Library name globs (without <c>.dll</c>, case-insensitive) and the entry point globs each exports.</summary>
        private static readonly (string Library, string[] EntryPoints)[] Rows =
        {
            ("kernel32", new[] { "WritePrivateProfileString*", "WriteProfileString*", "WritePrivateProfileSection*", "WriteProfileSection*", "WritePrivateProfileStruct*", "WriteFile", "WriteFileEx", "WriteFileGather" }),
            ("api-ms-win-core-file-*", new[] { "WriteFile", "WriteFileEx", "WriteFileGather" }),
            ("msvcrt", new[] { "fwrite", "fputs", "fputws", "fprintf", "fwprintf", "_write" }),
            ("ucrtbase", new[] { "fwrite", "fputs", "fputws", "fprintf", "fwprintf", "_write" }),
            ("libc", new[] { "write", "pwrite", "fwrite", "fputs", "fprintf" }),
        };

        private static readonly SinkDefinition NativeFileWrite = SinkDefinition.Of(SinkKind.Store, "extern", "*");

        /// <summary>The store row for a native file-writing function, or null for any other method.</summary>
        public static SinkDefinition? Match(IMethodSymbol method)
        {
            if (!method.IsExtern && !method.IsPartialDefinition)
            {
                return null;
            }

            var import = method.GetDllImportData();
            string? library = import?.ModuleName;
            var entryPoint = import?.EntryPointName;
            if (import is null)
            {
                var attribute = method.GetAttributes().FirstOrDefault(a => a.AttributeClass is { } type && SymbolNames.OfType(type) == LibraryImportAttribute);
                if (attribute is null)
                {
                    return null;
                }

                library = attribute.ConstructorArguments.FirstOrDefault().Value as string;
                entryPoint = attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "EntryPoint").Value.Value as string;
            }

            return Writes(library, entryPoint ?? method.Name) ? NativeFileWrite : null;
        }

        private static bool Writes(string? library, string entryPoint)
        {
            if (library is null)
            {
                return false;
            }

            var name = library.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? library.Substring(0, library.Length - 4) : library;
            name = name.EndsWith(".so.6", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 5) : name;
            return Rows.Any(row => Glob.IsMatch(row.Library, name) && row.EntryPoints.Any(pattern => Glob.IsMatch(pattern, entryPoint)));
        }
    }
}
