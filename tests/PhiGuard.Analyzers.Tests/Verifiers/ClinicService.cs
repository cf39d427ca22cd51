using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Rules;

namespace PhiGuard.Analyzers.Tests.Verifiers
{
    /// <summary>
    /// Wraps test members in a <c>Service</c> class with an injected Microsoft.Extensions.Logging logger, followed by
    /// the clinic model. The first line of the members is line <see cref="FirstLine"/> of the file.
    /// </summary>
    internal static class ClinicService
    {
        public const int FirstLine = 13;

        /// <summary>Runs PHI001 over the members, with the clinic policy, against the logging libraries.</summary>
        public static Task Verify(string members, params DiagnosticResult[] expected) => VerifyWith(TestReferences.Logging, members, expected);

        public static Task VerifyWith(ReferenceAssemblies references, string members, params DiagnosticResult[] expected) =>
            AnalyzerVerifier<PHI001LogLeakAnalyzer>.VerifyAsync(Wrap(members), Policies.Clinic, references, expected);

        public static string Wrap(string members) => """
            using System;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using Clinic;

            public class Service
            {
                private readonly ILogger<Service> _logger;
                public Service(ILogger<Service> logger) => _logger = logger;

            """ + members + """

            }
            """ + Policies.Model;
    }
}
