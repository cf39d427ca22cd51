using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;

namespace PhiGuard.Cli.Reports
{
    /// <summary>
    /// SARIF 2.1.0, as code scanning services read it: every rule with its metadata and help link, each result
    /// with its location relative to <c>%SRCROOT%</c>, the path the data took (codeFlows), the member it lies in,
    /// a fingerprint that survives moved lines, and its suppression state.
    /// </summary>
    internal static class SarifReport
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
        private const string SourceRoot = "%SRCROOT%";

        public static string Render(ScanResult result, int exitCode)
        {
            var ruleIndex = result.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index);
            var run = new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "PhiGuard",
                        ["semanticVersion"] = result.ToolVersion,
                        ["informationUri"] = "https://github.com/phiguard/phiguard",
                        ["rules"] = JsonText.Array(result.Rules.Select(Rule)),
                    },
                },
                ["invocations"] = new JsonArray(Invocation(result, exitCode)),
                ["originalUriBaseIds"] = new JsonObject
                {
                    [SourceRoot] = new JsonObject { ["uri"] = new Uri(result.Root.Directory + "/").AbsoluteUri },
                },
                ["results"] = JsonText.Array(result.Findings.Select(f => Result(f, ruleIndex))),
                ["columnKind"] = "utf16CodeUnits",
            };
            var log = new JsonObject
            {
                ["$schema"] = SchemaUri,
                ["version"] = "2.1.0",
                ["runs"] = new JsonArray(run),
            };
            return JsonText.Serialize(log);
        }

        private static JsonObject Rule(RuleInfo rule) => new()
        {
            ["id"] = rule.Id,
            ["name"] = rule.Name,
            ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
            ["fullDescription"] = new JsonObject { ["text"] = rule.Description },
            ["helpUri"] = rule.HelpLink,
            ["help"] = new JsonObject { ["text"] = rule.Description + " See " + rule.HelpLink, ["markdown"] = rule.Description + " See [" + rule.Id + "](" + rule.HelpLink + ")." },
            ["defaultConfiguration"] = new JsonObject { ["level"] = FindingLevels.From(rule.Descriptor.DefaultSeverity).Name() },
            ["properties"] = new JsonObject
            {
                ["category"] = rule.Descriptor.Category,
                ["tags"] = new JsonArray("security", "privacy", "phi"),
            },
        };

        private static JsonObject Invocation(ScanResult result, int exitCode) => new()
        {
            ["executionSuccessful"] = !result.Incomplete,
            ["exitCode"] = exitCode,
            ["toolExecutionNotifications"] = JsonText.Array(result.Notifications.Select(n => (JsonNode)new JsonObject
            {
                ["level"] = n.IsError ? "error" : "warning",
                ["message"] = new JsonObject { ["text"] = n.Message },
            })),
        };

        private static JsonObject Result(Finding finding, IReadOnlyDictionary<string, int> ruleIndex)
        {
            var location = Location(finding.Location);
            if (finding.Member is not null)
            {
                location["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = finding.Member, ["kind"] = "member" });
            }

            var result = new JsonObject
            {
                ["ruleId"] = finding.RuleId,
                ["ruleIndex"] = ruleIndex.TryGetValue(finding.RuleId, out var index) ? index : -1,
                ["level"] = finding.Level.Name(),
                ["message"] = new JsonObject { ["text"] = finding.Message },
                ["locations"] = new JsonArray(location),
                ["fingerprints"] = new JsonObject { [Fingerprints.SarifKey] = finding.Fingerprint },
                ["properties"] = Properties(finding),
            };
            if (finding.Flow.Count > 0)
            {
                var steps = JsonText.Array(finding.Flow.Select(step => (JsonNode)new JsonObject { ["location"] = Location(step) }));
                result["codeFlows"] = new JsonArray(new JsonObject { ["threadFlows"] = new JsonArray(new JsonObject { ["locations"] = steps }) });
            }

            if (finding.Suppression is { } suppression)
            {
                var entry = new JsonObject { ["kind"] = suppression.IsInSource ? "inSource" : "external", ["status"] = "accepted" };
                entry["justification"] = suppression.Justification ?? ScanSummary.Describe(suppression);
                result["suppressions"] = new JsonArray(entry);
            }

            return result;
        }

        private static JsonObject Properties(Finding finding)
        {
            var properties = new JsonObject { ["project"] = finding.Project };
            if (finding.Subject is not null)
            {
                properties["subject"] = finding.Subject;
            }

            if (finding.Selector is not null)
            {
                properties["policyEntry"] = finding.Selector;
            }

            if (finding.Sink is not null)
            {
                properties["sink"] = finding.Sink;
            }

            return properties;
        }

        private static JsonObject Location(SourceRange range) => new()
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = new JsonObject { ["uri"] = RelativeUri(range.Path), ["uriBaseId"] = SourceRoot },
                ["region"] = new JsonObject
                {
                    ["startLine"] = range.Line,
                    ["startColumn"] = range.Column,
                    ["endLine"] = range.EndLine,
                    ["endColumn"] = range.EndColumn,
                },
            },
        };

        private static string RelativeUri(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }
}
