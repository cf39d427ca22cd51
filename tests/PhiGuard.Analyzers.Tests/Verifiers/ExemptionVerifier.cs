using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Rules;

namespace PhiGuard.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// Runs PHI001 and the exemption suppressor together, on a given day, and checks each finding and whether it is
    /// suppressed (<c>WithIsSuppressed</c>).
    /// </summary>
    internal static class ExemptionVerifier
    {
        public static DiagnosticResult Suppressed(int markup) => Finding(markup).WithIsSuppressed(true);

        public static DiagnosticResult Reported(int markup) => Finding(markup).WithIsSuppressed(false);

        public static Task VerifyAsync(string source, string policy, string today, params DiagnosticResult[] expected)
        {
            var test = new Test
            {
                TestCode = source,
                ReferenceAssemblies = TestReferences.Logging,
            };
            test.TestState.AdditionalFiles.Add(("phiguard.json", policy));
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PhiGuardToday = " + today + "\n"));
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        private static DiagnosticResult Finding(int markup) => new DiagnosticResult("PHI001", DiagnosticSeverity.Warning).WithLocation(markup);

        private sealed class Test : CSharpAnalyzerTest<PHI001LogLeakAnalyzer, DefaultVerifier>
        {
            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
                base.GetDiagnosticAnalyzers().Append(new ExemptionSuppressor());
        }
    }
}
