using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhiGuard.Analyzers.Rules.EntityFramework;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>
    /// PHI003: protected data must not be stored unencrypted — in files, SQL, caches, cookies, session or browser
    /// storage (followed through the code), or in EF Core columns without an encrypting converter (read from the model).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PHI003UnencryptedStorageAnalyzer : LeakAnalyzer
    {
        public PHI003UnencryptedStorageAnalyzer()
            : base(SinkKind.Store)
        {
        }

        private protected override void OnCompilationStart(CompilationStartAnalysisContext start) =>
            UnencryptedColumns.Register(start, Descriptor);
    }
}
