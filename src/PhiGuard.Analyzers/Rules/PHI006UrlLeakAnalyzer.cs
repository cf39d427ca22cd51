using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>PHI006: protected data must not be placed in a URL.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PHI006UrlLeakAnalyzer : LeakAnalyzer
    {
        public PHI006UrlLeakAnalyzer()
            : base(SinkKind.Url)
        {
        }
    }
}
