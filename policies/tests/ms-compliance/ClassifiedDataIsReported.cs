// package: Microsoft.Extensions.Compliance.Abstractions 9.0.0
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Logging;

namespace Clinic;

public sealed class HealthDataAttribute : DataClassificationAttribute
{
    public HealthDataAttribute() : base(new DataClassification("Contoso", "Health")) { }
}

public sealed class Visit
{
    public int Id { get; set; }

    [HealthData]
    public string Diagnosis { get; set; } = "";

    [NoDataClassification]
    public string Ward { get; set; } = "";
}

public static class Admissions
{
    public static void Admit(Visit visit, ILogger logger)
    {
        logger.LogInformation("Admitted with {Diagnosis}", visit.Diagnosis); // expect: PHI001
        logger.LogInformation("Visit {Id} on {Ward}", visit.Id, visit.Ward);
    }
}
