using System;
using System.Linq;

namespace PhiGuard.Cli.Tests.Support
{
    /// <summary>A small clinic code base to scan without a build: a protected patient type and a service that logs it.</summary>
    public static class ClinicCode
    {
        public const string Policy = """
            {
              "version": 1,
              "protected": [ { "type": "Clinic.Patient", "reason": "patient record" } ],
              "unprotected": [ { "member": "Clinic.Patient.Id" } ]
            }
            """;

        public const string Patient = """
            namespace Clinic;

            public class Patient
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
            }
            """;

        public const string Service = """
            using Microsoft.Extensions.Logging;

            namespace Clinic;

            public class PatientService
            {
                private readonly ILogger<PatientService> _logger;

                public PatientService(ILogger<PatientService> logger)
                {
                    _logger = logger;
                }

                public void Admit(Patient patient)
                {
                    _logger.LogInformation("Admitting {Name}", patient.Name);
                    _logger.LogInformation("Admitting {Id}", patient.Id);
                }
            }
            """;

        /// <summary>A second leak, in a method of its own, for tests that add a finding.</summary>
        public const string Discharge = """
            using Microsoft.Extensions.Logging;

            namespace Clinic;

            public class DischargeService
            {
                public void Discharge(Patient patient, ILogger logger)
                {
                    logger.LogWarning("Discharging {Name}", patient.Name);
                }
            }
            """;

        public static TempDirectory Create() => new TempDirectory()
            .Write("phiguard.json", Policy)
            .Write("src/Clinic/Patient.cs", Patient)
            .Write("src/Clinic/PatientService.cs", Service);

        /// <summary>The 1-based line of the first line of <paramref name="source"/> that contains <paramref name="text"/>.</summary>
        public static int LineOf(string source, string text) =>
            source.Split('\n').Select((line, index) => (line, index)).First(p => p.line.Contains(text, StringComparison.Ordinal)).index + 1;
    }
}
