using System.Globalization;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>A rule as reports describe it: its descriptor and the analyzer that reports it.</summary>
    internal sealed class RuleInfo
    {
        public RuleInfo(DiagnosticDescriptor descriptor, string analyzerName)
        {
            Descriptor = descriptor;
            Name = NameFrom(descriptor.Id, analyzerName);
        }

        public DiagnosticDescriptor Descriptor { get; }

        public string Id => Descriptor.Id;

        /// <summary>A short identifier-like name (<c>LogLeak</c>), from the analyzer's class name.</summary>
        public string Name { get; }

        public string Title => Descriptor.Title.ToString(CultureInfo.InvariantCulture);

        public string Description => Descriptor.Description.ToString(CultureInfo.InvariantCulture);

        public string HelpLink => Descriptor.HelpLinkUri;

        private static string NameFrom(string id, string analyzerName)
        {
            var name = analyzerName.StartsWith(id, System.StringComparison.Ordinal) ? analyzerName.Substring(id.Length) : analyzerName;
            return name.EndsWith("Analyzer", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Analyzer".Length) : name;
        }
    }
}
