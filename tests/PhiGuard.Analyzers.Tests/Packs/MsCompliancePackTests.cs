using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Packs
{
    /// <summary>builtin:ms-compliance against the real Microsoft.Extensions.Compliance.Abstractions: every DataClassificationAttribute subclass protects.</summary>
    public class MsCompliancePackTests
    {
        private const string Model = """

            public sealed class HealthDataAttribute : DataClassificationAttribute
            {
                public HealthDataAttribute() : base(new DataClassification("Contoso", "Health")) { }
            }

            public sealed class SensitiveHealthDataAttribute : DataClassificationAttribute
            {
                public SensitiveHealthDataAttribute() : base(new DataClassification("Contoso", "SensitiveHealth")) { }
            }

            public class Visit
            {
                public int Id { get; set; }

                [HealthData]
                public string Diagnosis { get; set; } = "";

                [SensitiveHealthData]
                public string Notes { get; set; } = "";

                [UnknownDataClassification]
                public string Imported { get; set; } = "";

                [NoDataClassification]
                public string Ward { get; set; } = "";
            }
            """;

        private static Task Verify(string body, params DiagnosticResult[] expected) =>
            PackVerifier.VerifyAsync(Policies.Extending("ms-compliance"), TestReferences.DataClassification, "using Microsoft.Extensions.Compliance.Classification;", body, Model, expected);

        [Fact]
        public Task Members_with_any_data_classification_are_protected() => Verify("""
            public void Run(Visit visit)
            {
                _logger.LogInformation("Diagnosis {Diagnosis}", {|PHI001:visit.Diagnosis|});
                _logger.LogInformation("Notes {Notes}", {|PHI001:visit.Notes|});
                _logger.LogInformation("Imported {Imported}", {|PHI001:visit.Imported|});
            }
            """);

        [Fact]
        public Task Classified_parameter_is_protected() => Verify("""
            public void Run([HealthData] string reason, string ward) => _logger.LogInformation("Admitted for {Reason} to {Ward}", {|PHI001:reason|}, ward);
            """);

        [Fact]
        public Task Unclassified_and_no_classification_members_are_not_protected() => Verify("""
            public void Run(Visit visit) => _logger.LogInformation("Visit {Id} on {Ward}", visit.Id, visit.Ward);
            """);
    }
}
