using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PhiGuard.Cli.PolicyTesting
{
    /// <summary>
    /// What a policy test snippet declares: <c>// expect: PHI001</c> (or <c>PHI001, PHI004</c>) at the end of each
    /// line that must be reported; <c>// expect-none</c> for a file where nothing may be reported; and
    /// <c>// package: Id Version</c> for a package the snippet compiles against. Every other line must stay clean.
    /// </summary>
    internal sealed partial class SnippetExpectations
    {
        private SnippetExpectations(IReadOnlyList<(int Line, string RuleId)> expected, bool expectsNone, IReadOnlyDictionary<string, string?> packages)
        {
            Expected = expected;
            ExpectsNone = expectsNone;
            Packages = packages;
        }

        /// <summary>The (1-based line, rule) pairs that must be reported, once each.</summary>
        public IReadOnlyList<(int Line, string RuleId)> Expected { get; }

        public bool ExpectsNone { get; }

        public IReadOnlyDictionary<string, string?> Packages { get; }

        /// <summary>True when the file says what it expects; a snippet that says nothing proves nothing.</summary>
        public bool DeclaresSomething => ExpectsNone || Expected.Count > 0;

        public static SnippetExpectations Parse(string text)
        {
            var expected = new List<(int, string)>();
            var packages = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            var expectsNone = false;
            var lines = text.Split('\n');
            for (var index = 0; index < lines.Length; index++)
            {
                var line = lines[index];
                var expect = ExpectMarker().Match(line);
                if (expect.Success)
                {
                    expected.AddRange(expect.Groups["rules"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(rule => (index + 1, rule.ToUpperInvariant())));
                }

                expectsNone |= NoneMarker().IsMatch(line);
                var package = PackageMarker().Match(line);
                if (package.Success)
                {
                    packages[package.Groups["id"].Value] = package.Groups["version"].Success ? package.Groups["version"].Value : null;
                }
            }

            return new SnippetExpectations(expected, expectsNone, packages);
        }

        [GeneratedRegex(@"//\s*expect:\s*(?<rules>[A-Za-z]+[0-9]+(\s*,\s*[A-Za-z]+[0-9]+)*)\s*$")]
        private static partial Regex ExpectMarker();

        [GeneratedRegex(@"//\s*expect-none\b")]
        private static partial Regex NoneMarker();

        [GeneratedRegex(@"^\s*//\s*package:\s*(?<id>[A-Za-z0-9_.\-]+)(\s+(?<version>[0-9][A-Za-z0-9.\-+]*))?\s*$")]
        private static partial Regex PackageMarker();
    }
}
