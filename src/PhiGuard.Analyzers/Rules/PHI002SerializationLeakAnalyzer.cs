using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>PHI002: protected data must not be serialized.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PHI002SerializationLeakAnalyzer : LeakAnalyzer
    {
        public PHI002SerializationLeakAnalyzer()
            : base(SinkKind.Serialize)
        {
        }
    }
}
