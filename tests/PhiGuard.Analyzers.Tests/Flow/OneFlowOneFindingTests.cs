using System.Threading.Tasks;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ClinicService;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI001LogLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Flow
{
    /// <summary>One flow is one finding: a call handing several protected values to one sink inside a callee is reported once.</summary>
    public class OneFlowOneFindingTests
    {
        [Fact]
        public Task Several_protected_arguments_into_one_sink_are_one_finding_naming_the_first() => Verify(
            """
            public void Run(Patient patient, Patient guardian) => Audit(patient.Id, {|#0:patient.Name|}, guardian.Ssn);

            private void Audit(int id, string first, string second) => _logger.LogInformation("Audit {Id} {First} {Second}", id, {|#1:first|}, second);
            """,
            VerifyCS.Diagnostic("PHI001")
                .WithLocation(0)
                .WithLocation(1)
                .WithArguments("Patient.Name", "type \"Clinic.Patient\" (phiguard.json:5): HIPAA identifiers", "is written to a log by Service.Audit → ILogger.LogInformation"));

        [Fact]
        public Task Arguments_reaching_two_different_sinks_are_two_findings() => Verify("""
            public void Run(Patient patient) => Audit({|PHI001:patient.Name|}, {|PHI001:patient.Ssn|});

            private void Audit(string first, string second)
            {
                _logger.LogInformation("Audit {First}", first);
                _logger.LogWarning("Audit {Second}", second);
            }
            """);

        [Fact]
        public Task Unprotected_first_argument_leaves_the_finding_to_the_protected_one() => Verify("""
            public void Run(Patient patient) => Audit(patient.Id.ToString(), {|PHI001:patient.Ssn|});

            private void Audit(string first, string second) => _logger.LogInformation("Audit {First} {Second}", first, second);
            """);
    }
}
