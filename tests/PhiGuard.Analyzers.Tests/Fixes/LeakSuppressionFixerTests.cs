using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using PhiGuard.Analyzers.Rules;
using PhiGuard.CodeFixes.Rules;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Fixes
{
    public class LeakSuppressionFixerTests
    {
        /// <summary>Fix All in document and project; solution-wide Fix All is refused on purpose (see <see cref="Fix_all_is_refused_in_the_solution_so_dotnet_format_never_mass_suppresses"/>).</summary>
        private static Task Verify<TAnalyzer>(string source, string fixedSource, string policy, ReferenceAssemblies references, string ruleId)
            where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
        {
            var test = CodeFixVerifier<TAnalyzer, LeakSuppressionFixer>.CreateTest(source, fixedSource, policy, references, LeakSuppressionFixer.EquivalenceKeyFor(ruleId));
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllInSolutionCheck;
            return test.RunAsync(CancellationToken.None);
        }

        private static string Service(string usings, string members) => usings + """
            using Clinic;
            using Microsoft.Extensions.Logging;

            public class Service
            {
                private readonly ILogger<Service> _logger;

                public Service(ILogger<Service> logger) => _logger = logger;


            """ + members + """

            }
            """ + Policies.Model;

        [Fact]
        public Task Suppression_goes_on_the_enclosing_method_with_a_placeholder_justification() => Verify<PHI001LogLeakAnalyzer>(
            Service(string.Empty, """
                public void Run(Patient patient) => _logger.LogInformation("Patient {Name}", {|PHI001:patient.Name|});
            """),
            Service("using System.Diagnostics.CodeAnalysis;\n", """
                [SuppressMessage("PhiGuard", "PHI001", Justification = "<justification>")]
                public void Run(Patient patient) => _logger.LogInformation("Patient {Name}", patient.Name);
            """),
            Policies.Clinic,
            TestReferences.Logging,
            "PHI001");

        [Fact]
        public Task Fix_all_adds_one_suppression_per_member_however_many_findings_it_has() => Verify<PHI001LogLeakAnalyzer>(
            Service("using System.Diagnostics.CodeAnalysis;\n", """
                public void Run(Patient patient)
                {
                    _logger.LogInformation("Patient {Name}", {|PHI001:patient.Name|});
                    _logger.LogInformation("Patient {Ssn}", {|PHI001:patient.Ssn|});
                }

                public void Audit(Visit visit) => _logger.LogWarning("Notes {Notes}", {|PHI001:visit.Notes|});
            """),
            Service("using System.Diagnostics.CodeAnalysis;\n", """
                [SuppressMessage("PhiGuard", "PHI001", Justification = "<justification>")]
                public void Run(Patient patient)
                {
                    _logger.LogInformation("Patient {Name}", patient.Name);
                    _logger.LogInformation("Patient {Ssn}", patient.Ssn);
                }

                [SuppressMessage("PhiGuard", "PHI001", Justification = "<justification>")]
                public void Audit(Visit visit) => _logger.LogWarning("Notes {Notes}", visit.Notes);
            """),
            Policies.Clinic,
            TestReferences.Logging,
            "PHI001");

        [Fact]
        public Task An_unencrypted_EF_Core_column_is_suppressed_on_its_property() => Verify<PHI003UnencryptedStorageAnalyzer>(
            """
            using Microsoft.EntityFrameworkCore;

            namespace Clinic.Data
            {
                public class Chart
                {
                    public int Id { get; set; }
                    public string {|PHI003:Summary|} { get; set; } = "";
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Chart> Charts => Set<Chart>();
                }
            }
            """,
            """
            using System.Diagnostics.CodeAnalysis;
            using Microsoft.EntityFrameworkCore;

            namespace Clinic.Data
            {
                public class Chart
                {
                    public int Id { get; set; }
                    [SuppressMessage("PhiGuard", "PHI003", Justification = "<justification>")]
                    public string Summary { get; set; } = "";
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Chart> Charts => Set<Chart>();
                }
            }
            """,
            """{ "version": 1, "protected": [ { "type": "Clinic.Data.Chart", "members": [ "Summary" ] } ] }""",
            TestReferences.Storage,
            "PHI003");

        [Fact]
        public void Fix_all_is_refused_in_the_solution_so_dotnet_format_never_mass_suppresses()
        {
            var scopes = new LeakSuppressionFixer().GetFixAllProvider().GetSupportedFixAllScopes();

            Assert.Equal(new[] { FixAllScope.Document, FixAllScope.Project }, scopes);
            Assert.Contains(FixAllScope.Solution, new PHI002SerializationLeakFixer().GetFixAllProvider().GetSupportedFixAllScopes());
        }
    }
}
