using Microsoft.Extensions.Logging;

namespace Hr;

public static class Absence
{
    public static void Record(string diagnosis, string sickLeaveReason, string genotype, string biometricTemplate, string healthStatus, string diagnosticsLevel, ILogger logger)
    {
        logger.LogInformation("Diagnosis {Diagnosis}", diagnosis); // expect: PHI001
        logger.LogInformation("Reason {Reason}", sickLeaveReason); // expect: PHI001
        logger.LogInformation("Genotype {Genotype} template {Template}", genotype, biometricTemplate); // expect: PHI001, PHI001
        logger.LogInformation("Service {Health}, diagnostics {Level}", healthStatus, diagnosticsLevel);
    }
}
