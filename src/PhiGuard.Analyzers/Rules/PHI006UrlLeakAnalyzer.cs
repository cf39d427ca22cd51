using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Analyzers.Rules.AspNetCore;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>
    /// PHI006: protected data must not be placed in a URL — in the URLs the code builds (followed through the code), or
    /// in the routes it serves (read from route templates).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PHI006UrlLeakAnalyzer : LeakAnalyzer
    {
        public PHI006UrlLeakAnalyzer()
            : base(SinkKind.Url)
        {
        }

        private protected override void OnCompilationStart(CompilationStartAnalysisContext start) =>
            RouteTemplates.Register(start, Descriptor);
    }
}
