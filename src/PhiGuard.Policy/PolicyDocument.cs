using System.Collections.Generic;

namespace PhiGuard.Policy
{
    /// <summary>One policy file as written, before <c>extends</c> is resolved.</summary>
    public sealed class PolicyDocument
    {
        public PolicyDocument(string path)
        {
            Path = path;
        }

        public string Path { get; }

        public string? Name { get; internal set; }

        public List<PolicyReference> Extends { get; } = new List<PolicyReference>();

        public List<Selector> Protected { get; } = new List<Selector>();

        public List<Selector> Unprotected { get; } = new List<Selector>();

        public List<NamedEntry> Sanitizers { get; } = new List<NamedEntry>();

        public Dictionary<SinkKind, List<NamedEntry>> Sinks { get; } = new Dictionary<SinkKind, List<NamedEntry>>();

        public List<RuleSetting> Rules { get; } = new List<RuleSetting>();

        public List<Exemption> Exemptions { get; } = new List<Exemption>();

        public List<ApprovedSink> ApprovedSinks { get; } = new List<ApprovedSink>();
    }
}
