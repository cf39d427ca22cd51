using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>PHI001: protected data must not be written to a log.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PHI001LogLeakAnalyzer : LeakAnalyzer
    {
        public PHI001LogLeakAnalyzer()
            : base(SinkKind.Log)
        {
        }
    }
}
