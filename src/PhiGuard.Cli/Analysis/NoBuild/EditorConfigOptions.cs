using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhiGuard.Cli.Analysis.NoBuild
{
    /// <summary>
    /// .editorconfig for a scan without a build, applied as the compiler applies it: rule severities per file
    /// (<c>dotnet_diagnostic.PHI001.severity</c>, which wins over the policy) and <c>generated_code</c>.
    /// </summary>
    internal sealed class EditorConfigOptions : SyntaxTreeOptionsProvider
    {
        private readonly AnalyzerConfigSet _set;
        private readonly Dictionary<string, AnalyzerConfigOptionsResult> _results = new(StringComparer.Ordinal);
        private readonly object _lock = new();

        private EditorConfigOptions(AnalyzerConfigSet set)
        {
            _set = set;
            Provider = new OptionsProvider(this);
        }

        /// <summary>The same options as analyzers see them, per file.</summary>
        public AnalyzerConfigOptionsProvider Provider { get; }

        /// <summary>The options of the .editorconfig files under <paramref name="root"/> and above it; null when there are none.</summary>
        public static EditorConfigOptions? Create(string root, IEnumerable<string> filesUnderRoot, Action<string> warn)
        {
            var paths = filesUnderRoot.Concat(Ancestors(root)).Distinct(StringComparer.Ordinal).ToList();
            var configs = new List<AnalyzerConfig>();
            foreach (var path in paths)
            {
                try
                {
                    configs.Add(AnalyzerConfig.Parse(File.ReadAllText(path), path));
                }
                catch (Exception e) when (FileErrors.IsFileError(e))
                {
                    warn("skipped " + path + ": " + FileErrors.Describe(e));
                }
            }

            return configs.Count == 0 ? null : new EditorConfigOptions(AnalyzerConfigSet.Create(configs));
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
            ResultFor(tree.FilePath).AnalyzerOptions.TryGetValue("generated_code", out var value)
                ? (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated)
                : GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            ResultFor(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }

        private AnalyzerConfigOptionsResult ResultFor(string path)
        {
            lock (_lock)
            {
                if (!_results.TryGetValue(path, out var result))
                {
                    _results[path] = result = _set.GetOptionsForSourcePath(path);
                }

                return result;
            }
        }

        private static IEnumerable<string> Ancestors(string root)
        {
            for (var current = new DirectoryInfo(root).Parent; current is not null; current = current.Parent)
            {
                var candidate = Path.Combine(current.FullName, ".editorconfig");
                if (File.Exists(candidate))
                {
                    yield return candidate;
                }
            }
        }

        private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly EditorConfigOptions _owner;

            public OptionsProvider(EditorConfigOptions owner)
            {
                _owner = owner;
            }

            public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(_owner.ResultFor(tree.FilePath).AnalyzerOptions);

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_owner.ResultFor(textFile.Path).AnalyzerOptions);
        }

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public Options(ImmutableDictionary<string, string> values)
            {
                _values = values;
            }

            public override IEnumerable<string> Keys => _values.Keys;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
