using System;
using System.Collections.Generic;
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
            VerifyWithGeneratorsAsync(source, policy, references, Array.Empty<Type>(), expected);

        /// <summary>Also runs real source generators (such as the <c>[LoggerMessage]</c> generator) before the analyzer.</summary>
        public static Task VerifyWithGeneratorsAsync(string source, string? policy, ReferenceAssemblies references, IEnumerable<Type> generators, params DiagnosticResult[] expected)
        {
            var test = CreateTest(source, policy, references, expected);
            test.SourceGenerators.AddRange(generators);
            return test.RunAsync(CancellationToken.None);
        }

        public static Test CreateTest(string source, string? policy, ReferenceAssemblies references, params DiagnosticResult[] expected)
        {
            var test = new Test
            {
                TestCode = source,
                ReferenceAssemblies = references,
                TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
            };
            if (policy is not null)
            {
                test.TestState.AdditionalFiles.Add(("phiguard.json", policy));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }

        /// <summary>The framework's analyzer test, with the source generators it should run.</summary>
        internal sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            public List<Type> SourceGenerators { get; } = new List<Type>();

            protected override IEnumerable<Type> GetSourceGenerators() => SourceGenerators;
        }
    }
}
