using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PhiGuard.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// Runs one analyzer and one fixer over C# source and a phiguard.json, against real reference assemblies:
    /// the markup's findings must be reported, the fix (by equivalence key) must turn the source into the fixed
    /// source, and the framework also applies it with Fix All in document, project and solution.
    /// </summary>
    internal static class CodeFixVerifier<TAnalyzer, TFixer>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFixer : CodeFixProvider, new()
    {
        public static Task VerifyAsync(string source, string fixedSource, string policy, ReferenceAssemblies references, string equivalenceKey) =>
            CreateTest(source, fixedSource, policy, references, equivalenceKey).RunAsync(CancellationToken.None);

        /// <summary>As <see cref="VerifyAsync"/>, with a second file (a model) before and after the fix.</summary>
        public static Task VerifyWithModelAsync(string source, string fixedSource, string model, string fixedModel, string policy, ReferenceAssemblies references, string equivalenceKey)
        {
            var test = CreateTest(source, fixedSource, policy, references, equivalenceKey);
            test.TestState.Sources.Add(("/0/Model.cs", model));
            test.FixedState.Sources.Add(("/0/Model.cs", fixedModel));
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>Asserts the finding offers no fix with that key.</summary>
        public static Task VerifyNotOfferedAsync(string source, string policy, ReferenceAssemblies references, string equivalenceKey) =>
            CreateTest(source, source, policy, references, equivalenceKey).RunAsync(CancellationToken.None);

        public static CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier> CreateTest(string source, string fixedSource, string policy, ReferenceAssemblies references, string equivalenceKey)
        {
            var test = new CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier>
            {
                TestCode = source,
                FixedCode = fixedSource,
                ReferenceAssemblies = references,
                CodeActionEquivalenceKey = equivalenceKey,
            };
            test.TestState.AdditionalFiles.Add(("phiguard.json", policy));
            return test;
        }
    }
}
