using System.Collections.Generic;
using System.Linq;

namespace PhiGuard.Policy
{
    /// <summary>
    /// A policy with everything it extends folded in: base entries first, and a rule severity set by a
    /// policy overrides the one set by what it extends.
    /// </summary>
    public sealed class EffectivePolicy
    {
        internal EffectivePolicy(string rootPath, string? name, IReadOnlyList<PolicyDocument> documents)
        {
            RootPath = rootPath;
            Name = name;
            Documents = documents;
            Protected = documents.SelectMany(d => d.Protected).ToList();
            Unprotected = documents.SelectMany(d => d.Unprotected).ToList();
            Sanitizers = documents.SelectMany(d => d.Sanitizers).ToList();
            Exemptions = documents.SelectMany(d => d.Exemptions).ToList();
            ApprovedSinks = documents.SelectMany(d => d.ApprovedSinks).ToList();
            Sinks = documents
                .SelectMany(d => d.Sinks)
                .GroupBy(pair => pair.Key)
                .ToDictionary(group => group.Key, group => (IReadOnlyList<NamedEntry>)group.SelectMany(pair => pair.Value).ToList());
            var rules = new Dictionary<string, RuleSetting>();
            foreach (var setting in documents.SelectMany(d => d.Rules))
            {
                rules[setting.RuleId] = setting;
            }

            Rules = rules;
        }

        public string RootPath { get; }

        public string? Name { get; }

        /// <summary>Every file that contributed, in the order their entries were folded in.</summary>
        public IReadOnlyList<PolicyDocument> Documents { get; }

        public IReadOnlyList<Selector> Protected { get; }

        public IReadOnlyList<Selector> Unprotected { get; }

        public IReadOnlyList<NamedEntry> Sanitizers { get; }

        public IReadOnlyDictionary<SinkKind, IReadOnlyList<NamedEntry>> Sinks { get; }

        public IReadOnlyDictionary<string, RuleSetting> Rules { get; }

        public IReadOnlyList<Exemption> Exemptions { get; }

        public IReadOnlyList<ApprovedSink> ApprovedSinks { get; }

        public IReadOnlyList<NamedEntry> SinksOf(SinkKind kind) =>
            Sinks.TryGetValue(kind, out var entries) ? entries : System.Array.Empty<NamedEntry>();

        /// <summary>The severity the policy gives a rule, or <paramref name="fallback"/> when it says nothing.</summary>
        public RuleSeverity SeverityOf(string ruleId, RuleSeverity fallback) =>
            Rules.TryGetValue(ruleId, out var setting) ? setting.Severity : fallback;
    }
}
