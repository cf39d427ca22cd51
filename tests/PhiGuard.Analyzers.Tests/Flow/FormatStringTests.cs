using System.Threading.Tasks;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ClinicService;

namespace PhiGuard.Analyzers.Tests.Flow
{
    /// <summary>A constant format string decides what of a value reaches the text.</summary>
    public class FormatStringTests
    {
        [Fact]
        public Task Date_format_without_specifiers_prints_a_constant() => Verify("""
            public void Run(Patient patient)
            {
                _logger.LogInformation("Default {Date}", patient.DateOfBirth.ToString("19000101"));
                _logger.LogInformation("Quoted {Date}", patient.DateOfBirth.ToString("'yyyy'\\M"));
                _logger.LogInformation("Default {Date}", $"{patient.DateOfBirth:19000101}");
            }
            """);

        [Fact]
        public Task Date_format_with_specifiers_prints_the_date() => Verify("""
            public void Run(Patient patient)
            {
                _logger.LogInformation("Born {Date}", {|PHI001:patient.DateOfBirth.ToString("yyyyMMdd")|});
                _logger.LogInformation("Born {Date}", {|PHI001:patient.DateOfBirth.ToString("d")|});
                _logger.LogInformation("Born {Date}", {|PHI001:$"{patient.DateOfBirth:'born' yyyy}"|});
            }
            """);

        [Fact]
        public Task Composite_format_inserting_only_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                _logger.LogInformation("{Text}", string.Format("no value here", patient.Name));
                _logger.LogInformation("{Text}", string.Format("patient {0} {{1}}", patient.Id, patient.Name));
            }
            """);

        [Fact]
        public Task Composite_format_inserting_a_protected_value_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                _logger.LogInformation("{Text}", {|PHI001:string.Format("patient {0}: {1,10}", patient.Id, patient.Name)|});
                _logger.LogInformation("{Text}", {|PHI001:string.Format("patient {0}", patient.Name)|});
            }
            """);
    }
}
