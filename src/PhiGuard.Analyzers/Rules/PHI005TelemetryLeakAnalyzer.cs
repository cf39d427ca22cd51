using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>PHI005: protected data must not be attached to telemetry or tracing.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PHI005TelemetryLeakAnalyzer : LeakAnalyzer
    {
        public PHI005TelemetryLeakAnalyzer()
            : base(SinkKind.Telemetry)
        {
        }
    }
}
