using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Analyzers.Rules;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Rules
{
    /// <summary>The leak rules run on every keystroke: code the user is still typing must never make them throw.</summary>
    public class LeakAnalyzerRobustnessTests
    {
        public static IEnumerable<object[]> HalfTypedCode() => new[]
        {
            new object[] { "public void Run(Patient patient) => _logger.LogInformation(\"{Name}\", patient." },
            new object[] { "public void Run(Patient patient) { var x = patient.Name; _logger.LogInformation(x" },
            new object[] { "public void Run(Patient patient) { foreach (var in patient) { _logger.LogWarning(patient.Ssn); } }" },
            new object[] { "public void Run(Patient patient) { var (a, b) = patient; _logger.LogInformation(a); }" },
            new object[] { "public void Run(Patient patient) { lock () { _logger.LogInformation(patient.Name); } }" },
            new object[] { "public void Run(Patient patient) { Missing(patient.Name); Unknown.Call(patient); _logger.LogInformation(Missing(patient)); }" },
            new object[] { "public void Run(Patient patient) { throw new InvalidOperationException($\"{patient.Name\"); }" },
            new object[] { "public string Run(Patient patient) => patient switch { { Name: var n } => n, _ => }; " },
            new object[] { "public void Run(Patient patient) { Func<string> f = () => ; _logger.LogInformation(f()); }" },
            new object[] { "public async Task Run(Patient patient) { await ; _logger.LogInformation(patient.Name); }" },
            new object[] { "public void Run(Patient patient) { Run(patient); Run(); Run(patient, patient); }" },
            new object[] { "public void Run(Patient patient) { var list = [patient.Name, ..]; _logger.LogInformation(\"{L}\", list); }" },
            new object[] { "public Service(ILogger<Service> logger, Patient patient) : this(" },
        };

        [Theory]
        [MemberData(nameof(HalfTypedCode))]
        public async Task Half_typed_code_never_makes_a_leak_rule_throw(string members)
        {
            await TestReferences.EnsureRestoredAsync(TestReferences.Logging);
            var references = await TestReferences.Logging.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var compilation = CSharpCompilation.Create(
                "HalfTyped",
                new[] { CSharpSyntaxTree.ParseText(ClinicService.Wrap(members)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var failures = new List<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new PolicyText(Policies.Clinic))),
                (exception, analyzer, _) => failures.Add(analyzer.GetType().Name + ": " + exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PHI001LogLeakAnalyzer(), new PHI004ExceptionMessageLeakAnalyzer(), new PHI005TelemetryLeakAnalyzer());

            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

            Assert.Empty(failures);
            Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
        }

        private sealed class PolicyText : AdditionalText
        {
            private readonly string _text;

            public PolicyText(string text) => _text = text;

            public override string Path => "phiguard.json";

            public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(_text);
        }
    }
}
