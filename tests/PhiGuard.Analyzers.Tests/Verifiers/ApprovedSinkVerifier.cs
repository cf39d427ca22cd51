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
    /// Runs the leak rules PHI001-PHI003, the policy analyzer and the approved-sink suppressor together, on a given
    /// day, and checks each finding and whether it is suppressed (<c>WithIsSuppressed</c>).
    /// </summary>
    internal static class ApprovedSinkVerifier
    {
        public static DiagnosticResult Suppressed(string rule, int markup) => Finding(rule, markup).WithIsSuppressed(true);

        public static DiagnosticResult Reported(string rule, int markup) => Finding(rule, markup).WithIsSuppressed(false);

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

        // The path a flow takes through callees is checked by the flow tests; here only the place and the suppression count.
        private static DiagnosticResult Finding(string rule, int markup) =>
            new DiagnosticResult(rule, DiagnosticSeverity.Warning).WithLocation(markup).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

        private sealed class Test : CSharpAnalyzerTest<PHI001LogLeakAnalyzer, DefaultVerifier>
        {
            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
                base.GetDiagnosticAnalyzers().Concat(new DiagnosticAnalyzer[]
                {
                    new PHI002SerializationLeakAnalyzer(),
                    new PHI003UnencryptedStorageAnalyzer(),
                    new PolicyAnalyzer(),
                    new ApprovedSinkSuppressor(),
                });
        }
    }
}
