using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.CodeFixVerifier<PhiGuard.Analyzers.Rules.PHI001LogLeakAnalyzer, PhiGuard.CodeFixes.Rules.PHI001LogLeakFixer>;

namespace PhiGuard.Analyzers.Tests.Fixes
{
    public class PHI001LogLeakFixerTests
    {
        private const string UseId = "PhiGuard.UseUnprotectedMember.Id";
        private const string Mask = "PhiGuard.Sanitize.Clinic.Phi.Mask";
        private const string Redact = "PhiGuard.Sanitize.Microsoft.Extensions.Compliance.Redaction.Redactor.Redact";

        private static Task Verify(string members, string fixedMembers, string key) =>
            VerifyCS.VerifyAsync(Wrap(members), Wrap(fixedMembers), Policies.Clinic, TestReferences.DataClassification, key);

        private static Task VerifyNotOffered(string members, string key) =>
            VerifyCS.VerifyNotOfferedAsync(Wrap(members), Policies.Clinic, TestReferences.DataClassification, key);

        private static string Wrap(string members) => """
            using Clinic;
            using Microsoft.Extensions.Compliance.Redaction;
            using Microsoft.Extensions.Logging;
            using Serilog;

            public class Service
            {
                private readonly ILogger<Service> _logger;

                public Service(ILogger<Service> logger) => _logger = logger;

            """ + members + """

            }
            """ + Policies.Model;

        [Fact]
        public Task Protected_member_is_replaced_by_the_unprotected_id_and_the_hole_renamed() => Verify(
            """
                public void Run(Patient patient) => _logger.LogInformation("Results for {Name}", {|PHI001:patient.Name|});
            """,
            """
                public void Run(Patient patient) => _logger.LogInformation("Results for {PatientId}", patient.Id);
            """,
            UseId);

        [Fact]
        public Task Whole_protected_object_is_replaced_by_its_id() => Verify(
            """
                public void Run(Patient patient) => _logger.LogWarning("Missing chart for {Patient}", {|PHI001:patient|});
            """,
            """
                public void Run(Patient patient) => _logger.LogWarning("Missing chart for {PatientId}", patient.Id);
            """,
            UseId);

        [Fact]
        public Task Serilog_destructuring_logs_the_id_instead() => Verify(
            """
                public void Run(Patient patient) => Log.Information("Admitted {@Patient} at {When:t}", {|PHI001:patient|}, System.DateTime.Now);
            """,
            """
                public void Run(Patient patient) => Log.Information("Admitted {PatientId} at {When:t}", patient.Id, System.DateTime.Now);
            """,
            UseId);

        [Fact]
        public Task Fix_all_rewrites_every_hole_of_one_template_and_every_call() => Verify(
            """
                public void Run(Patient patient, Patient guardian, Serilog.ILogger log)
                {
                    log.Information("Transfer {@From} to {@To,12}", {|PHI001:patient|}, {|PHI001:guardian|});
                    _logger.LogInformation("Seen {Name}", {|PHI001:guardian.Name|});
                }
            """,
            """
                public void Run(Patient patient, Patient guardian, Serilog.ILogger log)
                {
                    log.Information("Transfer {PatientId} to {GuardianId,12}", patient.Id, guardian.Id);
                    _logger.LogInformation("Seen {GuardianId}", guardian.Id);
                }
            """,
            UseId);

        [Fact]
        public Task Protected_read_inside_an_interpolated_message_is_replaced() => Verify(
            """
                public void Run(Patient patient) => _logger.LogInformation({|PHI001:$"Reminder sent to {patient.Name}"|});
            """,
            """
                public void Run(Patient patient) => _logger.LogInformation($"Reminder sent to {patient.Id}");
            """,
            UseId);

        [Fact]
        public Task No_member_fix_when_the_policy_leaves_no_member_of_the_object_unprotected() => VerifyNotOffered(
            """
                public void Run(Visit visit) => _logger.LogInformation("Notes {Notes}", {|PHI001:visit.Notes|});
            """,
            UseId);

        [Fact]
        public Task Value_is_wrapped_in_the_policy_sanitizer() => Verify(
            """
                public void Run(Patient patient) => _logger.LogInformation("SSN {Ssn}", {|PHI001:patient.Ssn|});
            """,
            """
                public void Run(Patient patient) => _logger.LogInformation("SSN {Ssn}", Phi.Mask(patient.Ssn));
            """,
            Mask);

        [Fact]
        public Task Sanitizer_is_not_offered_for_a_value_it_does_not_accept() => VerifyNotOffered(
            """
                public void Run(Patient patient) => _logger.LogInformation("Born {Date}", {|PHI001:patient.DateOfBirth|});
            """,
            Mask);

        [Fact]
        public Task Redactor_in_scope_redacts_the_value() => Verify(
            """
                private readonly Redactor _redactor = NullRedactor.Instance;

                public void Run(Patient patient) => _logger.LogInformation("Patient {Name}", {|PHI001:patient.Name|});
            """,
            """
                private readonly Redactor _redactor = NullRedactor.Instance;

                public void Run(Patient patient) => _logger.LogInformation("Patient {Name}", _redactor.Redact(patient.Name));
            """,
            Redact);

        [Fact]
        public Task Redactor_is_not_offered_without_an_instance_in_scope() => VerifyNotOffered(
            """
                public void Run(Patient patient) => _logger.LogInformation("Patient {Name}", {|PHI001:patient.Name|});
            """,
            Redact);

        [Fact]
        public Task Redactor_field_is_not_used_from_a_static_method() => VerifyNotOffered(
            """
                private readonly Redactor _redactor = NullRedactor.Instance;

                public static void Run(Patient patient) => Log.Information("Patient {Name}", {|PHI001:patient.Name|});
            """,
            Redact);
    }
}
