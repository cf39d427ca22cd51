// package: Hl7.Fhir.R4 6.8.0
// package: Hl7.Fhir.Base 6.8.0
// package: Hl7.Fhir.Conformance 6.8.0
using System.Diagnostics;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Logging;

namespace FhirApi;

public static class ResultReads
{
    private static readonly ActivitySource Source = new("FhirApi");

    public static void Read(Observation observation, Condition condition, OperationOutcome outcome, ILogger logger)
    {
        using var activity = Source.StartActivity("read");
        activity?.SetTag("fhir.value", observation.Value); // expect: PHI005
        activity?.SetTag("fhir.resource", observation.TypeName + "/" + observation.Id);
        logger.LogInformation("Condition {Code}", condition.Code); // expect: PHI001
        logger.LogWarning("Outcome {Outcome}", outcome);
    }
}
