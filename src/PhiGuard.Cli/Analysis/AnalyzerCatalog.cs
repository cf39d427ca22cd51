using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Analyzers.Rules;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>
    /// The analyzers of the PhiGuard analyzer assembly, found the way the compiler finds them (public types marked
    /// <c>[DiagnosticAnalyzer(LanguageNames.CSharp)]</c>), and the rules they support. Nothing here names a rule:
    /// a rule added to the analyzers appears in every report.
    /// </summary>
    internal sealed class AnalyzerCatalog
    {
        private static readonly Lazy<AnalyzerCatalog> Instance = new(() => new AnalyzerCatalog(typeof(LeakAnalyzer).Assembly));

        private readonly Dictionary<string, RuleInfo> _rules;

        private AnalyzerCatalog(Assembly assembly)
        {
            Analyzers = assembly.GetExportedTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && IsForCSharp(type))
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();
            _rules = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
            foreach (var analyzer in Analyzers)
            {
                foreach (var descriptor in analyzer.SupportedDiagnostics)
                {
                    if (!_rules.ContainsKey(descriptor.Id))
                    {
                        _rules[descriptor.Id] = new RuleInfo(descriptor, analyzer.GetType().Name);
                    }
                }
            }

            Rules = _rules.Values.OrderBy(rule => rule.Id, StringComparer.Ordinal).ToList();
            Version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
                ?? assembly.GetName().Version?.ToString()
                ?? "0.0.0";
        }

        public static AnalyzerCatalog Default => Instance.Value;

        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

        /// <summary>Every rule the analyzers can report, ordered by id.</summary>
        public IReadOnlyList<RuleInfo> Rules { get; }

        public string Version { get; }

        public RuleInfo? Rule(string id) => _rules.TryGetValue(id, out var rule) ? rule : null;

        private static bool IsForCSharp(Type type) =>
            type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(attribute => attribute.Languages.Contains(LanguageNames.CSharp));
    }
}
