using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI001LogLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// Runs PHI001 over members of a class <c>Service</c> that holds an <c>ILogger _logger</c>, so a pack test states
    /// only what it logs and which policy it adopts.
    /// </summary>
    internal static class PackVerifier
    {
        public static Task VerifyAsync(string? policy, ReferenceAssemblies references, string usings, string body, string declarations, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(
                usings + """

                using Microsoft.Extensions.Logging;

                public class Service
                {
                    private readonly ILogger _logger;
                    public Service(ILogger logger) => _logger = logger;

                """ + body + """

                }
                """ + declarations,
                policy,
                references,
                expected);

        /// <summary>Logs a string parameter called <paramref name="name"/> and expects PHI001 on it exactly when <paramref name="isProtected"/>.</summary>
        public static Task VerifyNameAsync(string pack, string name, bool isProtected) => VerifyAsync(
            Policies.Extending(pack),
            TestReferences.Logging,
            string.Empty,
            "public void Run(string " + name + ") => _logger.LogInformation(\"Value {Value}\", " + (isProtected ? "{|PHI001:" + name + "|}" : name) + ");",
            string.Empty);
    }
}
