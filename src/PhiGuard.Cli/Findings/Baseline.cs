using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Input;
using PhiGuard.Cli.Reports;

namespace PhiGuard.Cli.Findings
{
    /// <summary>
    /// The findings a team has accepted for now. A scan with <c>--baseline</c> reports them as suppressed, so only
    /// new findings fail the build. Findings are matched by fingerprint, so edits that move code keep them matched;
    /// the other fields are there for the people who review the file.
    /// </summary>
    internal static class Baseline
    {
        private const int FormatVersion = 1;

        public static string Create(ScanResult result) => JsonText.Serialize(new JsonObject
        {
            ["version"] = FormatVersion,
            ["fingerprints"] = Fingerprints.SarifKey,
            ["findings"] = JsonText.Array(result.Active.OrderBy(f => f.Fingerprint, StringComparer.Ordinal).Select(f => (JsonNode)new JsonObject
            {
                ["fingerprint"] = f.Fingerprint,
                ["rule"] = f.RuleId,
                ["file"] = f.Location.Path,
                ["member"] = f.Member,
                ["subject"] = f.Subject,
                ["sink"] = f.Sink,
            })),
        });

        /// <summary>The fingerprints a baseline file accepts; an unreadable or malformed file is an input error.</summary>
        public static IReadOnlySet<string> Read(string path)
        {
            var bytes = InputFiles.TryRead(path, InputFiles.BaselineLimit, out var count, out var problem)
                ?? throw new InputException("cannot read the baseline " + path + ": " + problem + "; create one with 'phiguard baseline create'");

            JsonNode? root;
            try
            {
                // Parsed from the bytes, so that bytes which are not UTF-8 are an error rather than replaced.
                root = JsonNode.Parse(bytes.AsSpan(0, count));
            }
            catch (JsonException e)
            {
                throw new InputException("the baseline " + path + " is not valid JSON (line " + ((e.LineNumber ?? 0) + 1) + "); recreate it with 'phiguard baseline create'");
            }

            if (root is not JsonObject document || document["version"]?.GetValueKind() != JsonValueKind.Number || document["version"]!.GetValue<int>() != FormatVersion || document["findings"] is not JsonArray findings)
            {
                throw new InputException("the baseline " + path + " is not a PhiGuard baseline (version " + FormatVersion + " with \"findings\"); recreate it with 'phiguard baseline create'");
            }

            var fingerprints = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in findings)
            {
                if (entry is JsonObject finding && finding["fingerprint"] is JsonValue value && value.TryGetValue<string>(out var fingerprint))
                {
                    fingerprints.Add(fingerprint);
                }
                else
                {
                    throw new InputException("the baseline " + path + " has a finding without a \"fingerprint\"; recreate it with 'phiguard baseline create'");
                }
            }

            return fingerprints;
        }

        /// <summary>Marks every finding the baseline accepts as suppressed by it.</summary>
        public static ScanResult Apply(ScanResult result, IReadOnlySet<string> fingerprints, string path)
        {
            var justification = "accepted in the baseline " + Path.GetFileName(path);
            return result.WithFindings(result.Findings
                .Select(f => !f.IsSuppressed && fingerprints.Contains(f.Fingerprint) ? f with { Suppression = new Suppression(SuppressionSource.Baseline, justification) } : f)
                .ToList());
        }
    }
}
