using System;

namespace PhiGuard.Policy
{
    /// <summary>
    /// How the files of a policy package are named: <c>package:&lt;id&gt;</c> for its <c>phiguard/policy.json</c>, and
    /// <c>package:&lt;id&gt;/&lt;file&gt;</c> for a file it extends beside it. Positions carry these names, so a message
    /// quotes an entry of a package policy as <c>package:&lt;id&gt;:&lt;line&gt;</c> wherever the package lives.
    /// </summary>
    public static class PackagePolicyPaths
    {
        /// <summary>The file a policy package ships its policy in, under <c>phiguard/</c>.</summary>
        public const string PolicyFileName = "policy.json";

        /// <summary>The folder of a policy package that holds its policy files.</summary>
        public const string Folder = "phiguard";

        public static string PathOf(string packageId) => PolicyReference.PackagePrefix + packageId;

        public static bool IsPackagePath(string path) => path.StartsWith(PolicyReference.PackagePrefix, StringComparison.Ordinal);

        /// <summary>The package id and file name a package path names; the file is <see cref="PolicyFileName"/> for the package's own path.</summary>
        public static (string PackageId, string FileName) Split(string path)
        {
            var rest = path.Substring(PolicyReference.PackagePrefix.Length);
            var slash = rest.IndexOf('/');
            return slash < 0 ? (rest, PolicyFileName) : (rest.Substring(0, slash), rest.Substring(slash + 1));
        }

        /// <summary>
        /// True for a NuGet package id: runs of letters, digits and <c>_</c>, joined by single <c>.</c> or <c>-</c>
        /// (<c>Contoso.Security.Policy</c>), at most 100 characters.
        /// </summary>
        public static bool IsValidPackageId(string id)
        {
            if (id.Length == 0 || id.Length > 100)
            {
                return false;
            }

            var afterSeparator = true;
            foreach (var c in id)
            {
                var isWordCharacter = c < 128 && (char.IsLetterOrDigit(c) || c == '_');
                if (!isWordCharacter && (afterSeparator || (c != '.' && c != '-')))
                {
                    return false;
                }

                afterSeparator = !isWordCharacter;
            }

            return !afterSeparator;
        }

        /// <summary>True for a file a package policy may extend beside it: a plain <c>.json</c> file name in the same folder.</summary>
        public static bool IsFileBeside(string relative) =>
            relative.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && relative.IndexOfAny(new[] { '/', '\\', ':' }) < 0
            && relative != "." && relative != "..";
    }
}
