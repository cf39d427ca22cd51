using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>PHI004: protected data must not be put into an exception message or exception data.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PHI004ExceptionMessageLeakAnalyzer : LeakAnalyzer
    {
        public PHI004ExceptionMessageLeakAnalyzer()
            : base(SinkKind.Exception)
        {
        }
    }
}
