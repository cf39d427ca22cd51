using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Analyzers.Configuration;
using PhiGuard.Cli.Input;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>
    /// Hands the chosen policy to the analyzers exactly as a build does: the policy and the files it extends as
    /// AdditionalFiles, and its path as <c>build_property.PhiGuardPolicyFile</c>. Everything else the project
    /// configures (.editorconfig, other build properties) passes through unchanged.
    /// </summary>
    internal sealed class PolicyAnalyzerOptions
    {
        private readonly ConcurrentDictionary<string, AdditionalText> _texts = new(Policy.PolicyLoader.PathComparer);

        public AnalyzerOptions Create(PolicyChoice choice, AnalyzerConfigOptionsProvider? project)
        {
            var files = choice.Files.Select(path => _texts.GetOrAdd(path, p => new PolicyFileText(p, choice.PackageFiles.TryGetValue(p, out var id) ? id : null))).ToImmutableArray();
            return new AnalyzerOptions(files, new ConfigProvider(project, choice.Path));
        }

        /// <summary>A policy file read once; the analyzers cache the parsed policy per text instance, so it is shared by every compilation.</summary>
        private sealed class PolicyFileText : AdditionalText
        {
            private readonly SourceText? _text;

            public PolicyFileText(string path, string? packageId)
            {
                Path = path;
                PackageId = packageId;
                var text = InputFiles.TryReadPolicy(path, out _);
                _text = text is null ? null : SourceText.From(text, Encoding.UTF8);
            }

            public override string Path { get; }

            /// <summary>The policy package the file comes from, passed to the analyzers as its <c>PhiGuardPolicyPackage</c> metadata, as the package's build props do.</summary>
            public string? PackageId { get; }

            public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
        }

        private sealed class ConfigProvider : AnalyzerConfigOptionsProvider
        {
            private readonly AnalyzerConfigOptionsProvider? _project;

            public ConfigProvider(AnalyzerConfigOptionsProvider? project, string? policyPath)
            {
                _project = project;
                GlobalOptions = new GlobalConfig(project?.GlobalOptions, policyPath);
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _project?.GetOptions(tree) ?? Empty.Instance;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
                textFile is PolicyFileText { PackageId: { } packageId } ? new PackageFileOptions(packageId) : _project?.GetOptions(textFile) ?? Empty.Instance;
        }

        private sealed class GlobalConfig : AnalyzerConfigOptions
        {
            private readonly AnalyzerConfigOptions? _project;
            private readonly string? _policyPath;

            public GlobalConfig(AnalyzerConfigOptions? project, string? policyPath)
            {
                _project = project;
                _policyPath = policyPath;
            }

            public override IEnumerable<string> Keys
            {
                get
                {
                    var keys = _project?.Keys.Where(key => key != PolicyDiscovery.PolicyFileProperty) ?? Enumerable.Empty<string>();
                    return _policyPath is null ? keys : keys.Append(PolicyDiscovery.PolicyFileProperty);
                }
            }

            public override bool TryGetValue(string key, out string value)
            {
                if (key == PolicyDiscovery.PolicyFileProperty)
                {
                    value = _policyPath ?? string.Empty;
                    return _policyPath is not null;
                }

                if (_project is not null && _project.TryGetValue(key, out var projectValue))
                {
                    value = projectValue;
                    return true;
                }

                value = string.Empty;
                return false;
            }
        }

        private sealed class PackageFileOptions : AnalyzerConfigOptions
        {
            private readonly string _packageId;

            public PackageFileOptions(string packageId)
            {
                _packageId = packageId;
            }

            public override IEnumerable<string> Keys => new[] { AdditionalFilesPolicySource.PackageMetadata };

            public override bool TryGetValue(string key, out string value)
            {
                value = key == AdditionalFilesPolicySource.PackageMetadata ? _packageId : string.Empty;
                return key == AdditionalFilesPolicySource.PackageMetadata;
            }
        }

        private sealed class Empty : AnalyzerConfigOptions
        {
            public static readonly Empty Instance = new();

            public override IEnumerable<string> Keys => Enumerable.Empty<string>();

            public override bool TryGetValue(string key, out string value)
            {
                value = string.Empty;
                return false;
            }
        }
    }
}
