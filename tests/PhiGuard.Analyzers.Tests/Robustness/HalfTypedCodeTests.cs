using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Robustness
{
    /// <summary>The analyzers run on every keystroke: code the user is still typing must never make them throw.</summary>
    public class HalfTypedCodeTests
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
        public async Task Half_typed_code_never_makes_an_analyzer_throw(string members)
        {
            var references = await TestReferences.Logging.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var compilation = AnalyzerRunner.Compile(new[] { ("Service.cs", ClinicService.Wrap(members)) }, references);

            var run = await AnalyzerRunner.RunAsync(compilation, Policies.Clinic);

            Assert.Empty(run.Crashes);
        }
    }
}
