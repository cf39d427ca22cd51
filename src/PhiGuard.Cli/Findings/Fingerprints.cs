using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace PhiGuard.Cli.Findings
{
    /// <summary>
    /// A finding's identity across edits: the rule, the file (relative to the report root), the member it lies in,
    /// the protected symbol and the sink, plus its rank among findings that share all of those. No line or column
    /// takes part, so code that moves keeps its fingerprint; baselines and SARIF consumers match on it.
    /// </summary>
    internal static class Fingerprints
    {
        /// <summary>The name of PhiGuard's fingerprint in SARIF <c>fingerprints</c>, versioned in case the recipe changes.</summary>
        public const string SarifKey = "phiguard/v1";

        public static IReadOnlyList<Finding> Assign(IEnumerable<Finding> findings)
        {
            var result = new List<Finding>();
            foreach (var group in findings.GroupBy(KeyOf, StringComparer.Ordinal))
            {
                var rank = 0;
                // A total order, so that findings at one place (the same leak by two paths) rank alike on every run.
                foreach (var finding in group.OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Message, StringComparer.Ordinal))
                {
                    result.Add(finding with { Fingerprint = Hash(group.Key + "\n" + rank++) });
                }
            }

            return result;
        }

        private static string KeyOf(Finding finding) => string.Join(
            "\n",
            finding.RuleId,
            finding.Location.Path,
            finding.Member ?? string.Empty,
            finding.Subject ?? finding.Message,
            finding.Sink ?? string.Empty);

        private static string Hash(string text)
        {
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
            return Convert.ToHexStringLower(bytes, 0, 16);
        }
    }
}
