using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PhiGuard.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// Runs one analyzer over C# source and a phiguard.json, against real reference assemblies, and checks the
    /// diagnostics exactly (markup <c>{|PHI001:expr|}</c> or explicit results). Compiler errors fail the test.
    /// </summary>
    internal static class AnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

        public static Task VerifyAsync(string source, string? policy, ReferenceAssemblies references, params DiagnosticResult[] expected) =>
            CreateTest(source, policy, references, expected).RunAsync(CancellationToken.None);

        public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> CreateTest(string source, string? policy, ReferenceAssemblies references, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = references,
            };
            if (policy is not null)
            {
                test.TestState.AdditionalFiles.Add(("phiguard.json", policy));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }
    }
}
