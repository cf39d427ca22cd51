using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Analyzers.Configuration;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Analysis.NoBuild;

namespace PhiGuard.Cli.PolicyTesting
{
    /// <summary>
    /// Runs a policy against its test snippets: each .cs file under the directory is compiled on its own (against the
    /// SDK's reference assemblies and the packages it names), analysed with the nearest phiguard.json at or below
    /// the directory, and must produce exactly the diagnostics its markers declare. A snippet that does not compile
    /// fails, so a typo cannot turn a test green.
    /// </summary>
    internal sealed class PolicyTestRunner
    {
        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

        private readonly string _directory;
        private readonly PolicyResolver _policies = new(explicitPolicy: null);
        private readonly PolicyAnalyzerOptions _options = new();
        private readonly PackageCache _packages = PackageCache.ForCurrentUser();
        private readonly Lazy<IReadOnlyList<MetadataReference>> _framework = new(() => FrameworkReferences.Find(DotnetSdk.DotnetRoot).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList());

        public PolicyTestRunner(string directory)
        {
            _directory = Path.GetFullPath(directory);
        }

        public IReadOnlyList<string> Snippets()
        {
            if (!Directory.Exists(_directory))
            {
                throw new InputException("no such directory: " + _directory + "; pass the directory that holds the policy and its snippets");
            }

            var snippets = Directory.GetFiles(_directory, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();
            return snippets.Count > 0
                ? snippets
                : throw new InputException("no .cs snippets under " + _directory + "; add snippets with // expect: markers (see docs/cli.md)");
        }

        public async Task<SnippetOutcome> RunAsync(string snippet, CancellationToken cancellationToken)
        {
            var relative = Path.GetRelativePath(_directory, snippet).Replace(Path.DirectorySeparatorChar, '/');
            var policy = PolicyFor(snippet);
            var text = await File.ReadAllTextAsync(snippet, cancellationToken).ConfigureAwait(false);
            var expectations = SnippetExpectations.Parse(text);
            if (!expectations.DeclaresSomething)
            {
                return new SnippetOutcome(relative, new[] { "declares nothing: mark the lines that must be reported with // expect: PHI00x, or the file with // expect-none" });
            }

            var failures = new List<string>();
            var references = new List<MetadataReference>(_framework.Value);
            foreach (var package in expectations.Packages)
            {
                var assemblies = _packages.Assemblies(new Dictionary<string, string?> { [package.Key] = package.Value });
                if (assemblies.Count == 0)
                {
                    failures.Add("package " + package.Key + " " + package.Value + " is not in the NuGet packages folder; restore it first (for example with a PackageDownload)");
                }

                references.AddRange(assemblies.Select(path => MetadataReference.CreateFromFile(path)));
            }

            var tree = CSharpSyntaxTree.ParseText(SourceText.From(text, System.Text.Encoding.UTF8), ParseOptions, snippet, cancellationToken);
            var compilation = CSharpCompilation.Create(
                Path.GetFileNameWithoutExtension(snippet),
                new[] { tree },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
            failures.AddRange(compilation.GetDiagnostics(cancellationToken)
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Take(3)
                .Select(d => "does not compile: line " + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + ": " + d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            if (failures.Count > 0)
            {
                return new SnippetOutcome(relative, failures);
            }

            var diagnostics = await AnalyzerRunner.RunAsync(compilation, _options.Create(policy, project: null), relative, failures.Add, cancellationToken).ConfigureAwait(false);
            var reported = diagnostics
                .Where(d => !d.IsSuppressed && d.Location.SourceTree == tree)
                .Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id, Message: d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
                .ToList();
            var unmatched = reported.ToList();
            foreach (var (line, ruleId) in expectations.Expected)
            {
                var match = unmatched.FindIndex(r => r.Line == line && r.Id == ruleId);
                if (match >= 0)
                {
                    unmatched.RemoveAt(match);
                }
                else
                {
                    failures.Add("line " + line + ": expected " + ruleId + ", not reported");
                }
            }

            failures.AddRange(unmatched.Select(r => "line " + r.Line + ": " + r.Id + " reported but not expected: " + r.Message));
            return new SnippetOutcome(relative, failures);
        }

        /// <summary>The nearest phiguard.json from the snippet's folder up to the test directory: each folder can test its own policy.</summary>
        private PolicyChoice PolicyFor(string snippet)
        {
            for (var directory = Path.GetDirectoryName(snippet); directory is not null && directory.Length >= _directory.Length; directory = Path.GetDirectoryName(directory))
            {
                if (File.Exists(Path.Combine(directory, PolicyDiscovery.PolicyFileName)))
                {
                    return _policies.For(directory, configured: null);
                }
            }

            throw new InputException("no " + PolicyDiscovery.PolicyFileName + " in " + _directory + "; put the policy under test beside its snippets");
        }
    }
}
