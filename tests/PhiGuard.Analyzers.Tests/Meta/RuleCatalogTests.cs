using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Analyzers.Tests.Verifiers;
using PhiGuard.CodeFixes.Editing;
using PhiGuard.Policy;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Meta
{
    /// <summary>
    /// Every analyzer, suppressor and code fix, found by reflection, against the rule pages, the README's rule table
    /// and the rule identifiers: none of them can drift from the others.
    /// </summary>
    public class RuleCatalogTests
    {
        private static readonly string[] PageSections = { "## Cause", "## Rule description", "## How to fix", "## How to suppress", "## Related rules" };

        public static IEnumerable<object[]> Analyzers() => AnalyzerRunner.AllAnalyzers.Select(analyzer => new object[] { analyzer.GetType().Name });

        private static IEnumerable<DiagnosticDescriptor> Descriptors => AnalyzerRunner.AllAnalyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics);

        private static IEnumerable<SuppressionDescriptor> Suppressions => AnalyzerRunner.AllAnalyzers.OfType<DiagnosticSuppressor>().SelectMany(suppressor => suppressor.SupportedSuppressions);

        private static IReadOnlyList<CodeFixProvider> Fixers { get; } = typeof(PhiGuardFixer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToList();

        private static string PagePath(string id) => Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");

        [Fact]
        public void Every_descriptor_has_its_page_as_help_link_a_title_a_description_and_the_PhiGuard_category()
        {
            Assert.NotEmpty(Descriptors);
            Assert.All(Descriptors, descriptor =>
            {
                Assert.True(File.Exists(PagePath(descriptor.Id)), "no page docs/rules/" + descriptor.Id + ".md");
                Assert.Equal(RuleIdentifiers.HelpLink(descriptor.Id), descriptor.HelpLinkUri);
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()), descriptor.Id + " has no title");
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), descriptor.Id + " has no description");
                Assert.Equal("PhiGuard", descriptor.Category);
            });
        }

        [Fact]
        public void Every_rule_page_has_the_standard_sections_and_names_its_rule_title_and_default_severity()
        {
            foreach (var rule in Descriptors.GroupBy(descriptor => descriptor.Id))
            {
                var page = File.ReadAllText(PagePath(rule.Key));
                var descriptor = rule.First();

                Assert.StartsWith("# " + rule.Key + ": " + descriptor.Title + "\n", page.Replace("\r\n", "\n"));
                Assert.Contains("| Default severity | " + SeverityWord(descriptor.DefaultSeverity), page);
                var positions = PageSections.Select(section => page.IndexOf("\n" + section + "\n", StringComparison.Ordinal)).ToList();
                Assert.True(positions.All(position => position > 0), rule.Key + ".md lacks one of " + string.Join(", ", PageSections));
                Assert.Equal(positions.OrderBy(position => position), positions);
            }
        }

        [Fact]
        public void Every_rule_identifier_has_a_descriptor()
        {
            var identifiers = typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string))
                .Select(field => (string)field.GetRawConstantValue()!);

            Assert.Equal(identifiers.OrderBy(id => id), Descriptors.Select(d => d.Id).Distinct().OrderBy(id => id));
        }

        [Fact]
        public void Suppressions_carry_a_justification_and_suppress_documented_rules()
        {
            Assert.All(Suppressions, suppression =>
            {
                Assert.False(string.IsNullOrWhiteSpace(suppression.Justification.ToString()), suppression.Id + " has no justification");
                Assert.True(File.Exists(PagePath(suppression.SuppressedDiagnosticId)), suppression.Id + " suppresses an undocumented rule");
            });
        }

        [Theory]
        [MemberData(nameof(Analyzers))]
        public async Task Empty_source_produces_no_diagnostics(string analyzerName)
        {
            var analyzer = AnalyzerRunner.AllAnalyzers.Single(a => a.GetType().Name == analyzerName);
            var references = await TestReferences.Net.ResolveAsync(LanguageNames.CSharp, default);
            foreach (var policy in new[] { null, Policies.Clinic })
            {
                var run = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(new[] { ("Empty.cs", string.Empty) }, references), policy, analyzer);

                Assert.Empty(run.Crashes);
                Assert.Empty(run.Diagnostics);
            }
        }

        [Fact]
        public void README_rule_table_matches_the_descriptors()
        {
            var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n");
            var start = readme.IndexOf("\n## Rules\n", StringComparison.Ordinal);
            Assert.True(start >= 0, "README.md has no '## Rules' section");
            var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var rows = Regex.Matches(readme.Substring(start, (end < 0 ? readme.Length : end) - start), @"^\| \[(?<id>PHI\d{3})\]\((?<link>[^)]+)\) \|[^|]+\| (?<severity>\w+) \|$", RegexOptions.Multiline)
                .Select(match => (Id: match.Groups["id"].Value, Link: match.Groups["link"].Value, Severity: match.Groups["severity"].Value))
                .ToList();

            var expected = Descriptors.GroupBy(d => d.Id).OrderBy(g => g.Key)
                .Select(g => (Id: g.Key, Link: "docs/rules/" + g.Key + ".md", Severity: SeverityWord(g.First().DefaultSeverity)))
                .ToList();
            Assert.Equal(expected, rows);
            Assert.All(expected, rule => Assert.EndsWith("/" + rule.Link, RuleIdentifiers.HelpLink(rule.Id)));
        }

        [Fact]
        public void Every_leak_rule_has_a_fix_besides_suppression_and_every_fixer_fixes_known_rules_with_Fix_All_in_every_scope()
        {
            var fixable = Fixers.Where(fixer => fixer.GetType().Name != "LeakSuppressionFixer").SelectMany(fixer => fixer.FixableDiagnosticIds).ToHashSet();
            var suppressible = Fixers.Single(fixer => fixer.GetType().Name == "LeakSuppressionFixer").FixableDiagnosticIds;

            Assert.All(RuleIdentifiers.LeakRuleBySink.Values, id => Assert.Contains(id, fixable));
            Assert.Equal(RuleIdentifiers.LeakRuleBySink.Values.OrderBy(id => id), suppressible.OrderBy(id => id));
            Assert.All(Fixers, fixer =>
            {
                Assert.NotNull(fixer.GetType().GetCustomAttribute<ExportCodeFixProviderAttribute>());
                Assert.Equal(
                    new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution },
                    fixer.GetFixAllProvider()!.GetSupportedFixAllScopes().OrderBy(scope => scope));
                Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(id, Descriptors.Select(d => d.Id)));
            });
        }

        [Fact]
        public void Release_tracking_lists_every_rule_and_is_never_suppressed()
        {
            var analyzers = Path.Combine(RepositoryPaths.Root, "src", "PhiGuard.Analyzers");
            var tracked = File.ReadAllText(Path.Combine(analyzers, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(analyzers, "AnalyzerReleases.Unshipped.md"));
            foreach (var rule in Descriptors.GroupBy(d => d.Id))
            {
                Assert.Matches(new Regex("^" + rule.Key + @" \| PhiGuard \| " + rule.First().DefaultSeverity + @" \|", RegexOptions.Multiline), tracked);
            }

            var buildFiles = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(RepositoryPaths.Root, "*.props"))
                .Concat(Directory.EnumerateFiles(RepositoryPaths.Root, "*editorconfig"))
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar));
            Assert.All(buildFiles, path => Assert.DoesNotContain("RS2008", File.ReadAllText(path)));
        }

        private static string SeverityWord(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
    }
}
