using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using PhiGuard.Analyzers.Rules;
using PhiGuard.CodeFixes.Rules;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Fixes
{
    public class LeakSuppressionFixerTests
    {
        /// <summary>Fix All in document and project; solution-wide Fix All changes nothing on purpose (see <see cref="Fix_all_in_the_solution_changes_nothing_so_dotnet_format_never_mass_suppresses"/>).</summary>
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

        /// <summary>
        /// What <c>dotnet format analyzers</c> does with every fixer of a rule: Fix All in the solution, through the
        /// public <see cref="FixAllContext"/>. The suppression fixer offers that scope (so dotnet format does not print
        /// "Unable to fix") and changes nothing there, while in a project it suppresses the same finding.
        /// </summary>
        [Theory]
        [InlineData(FixAllScope.Solution, false)]
        [InlineData(FixAllScope.Project, true)]
        public async Task Fix_all_in_the_solution_changes_nothing_so_dotnet_format_never_mass_suppresses(FixAllScope scope, bool suppresses)
        {
            using var workspace = new AdhocWorkspace();
            var code = "public class Service { public void Run(string ssn) => System.Console.WriteLine(ssn); }";
            var document = workspace.CurrentSolution
                .AddProject("App", "App", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
                .AddMetadataReference(MetadataReference.CreateFromFile(typeof(object).Assembly.Location))
                .AddDocument("Service.cs", code);
            var tree = (await document.GetSyntaxTreeAsync())!;
            var finding = Diagnostic.Create(DiagnosticDescriptors.LogLeak, Location.Create(tree, new TextSpan(code.LastIndexOf("ssn", StringComparison.Ordinal), 3)));
            var fixer = new LeakSuppressionFixer();
            var context = new FixAllContext(document, fixer, scope, LeakSuppressionFixer.EquivalenceKeyFor("PHI001"), new[] { "PHI001" }, new Findings(document.Project, finding), CancellationToken.None);

            var action = await fixer.GetFixAllProvider().GetFixAsync(context);

            Assert.Contains(scope, fixer.GetFixAllProvider().GetSupportedFixAllScopes());
            var apply = Assert.Single((await action!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
            var fixedText = (await apply.ChangedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString();
            Assert.Equal(suppresses, fixedText.Contains("SuppressMessage", StringComparison.Ordinal));
            Assert.Equal(suppresses, apply.ChangedSolution.GetChanges(document.Project.Solution).GetProjectChanges().Any());
        }

        /// <summary>The findings dotnet format hands to a fixer: those its own analysis found, by project.</summary>
        private sealed class Findings : FixAllContext.DiagnosticProvider
        {
            private readonly Project _project;
            private readonly Diagnostic _finding;

            public Findings(Project project, Diagnostic finding)
            {
                _project = project;
                _finding = finding;
            }

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => GetProjectDiagnosticsAsync(project, cancellationToken);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => GetProjectDiagnosticsAsync(document.Project, cancellationToken);

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(project.Id == _project.Id ? new[] { _finding } : Array.Empty<Diagnostic>());
        }
    }
}
