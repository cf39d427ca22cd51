// package: Hl7.Fhir.R4 6.8.0
// package: Hl7.Fhir.Base 6.8.0
// package: Hl7.Fhir.Conformance 6.8.0
using System;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Logging;

namespace FhirApi;

public static class PatientReads
{
    public static void Read(Patient patient, Identifier identifier, ILogger logger)
    {
        logger.LogInformation("Read {Family}", patient.Name[0].Family); // expect: PHI001
        logger.LogInformation("Born {BirthDate}", patient.BirthDate); // expect: PHI001
        logger.LogInformation("Read Patient/{Id} version {Version}", patient.Id, patient.Meta?.VersionId);
        if (identifier.Value is null)
        {
            throw new ArgumentException($"No patient with identifier {identifier.Value}"); // expect: PHI004
        }

        logger.LogInformation("Searched {System}", identifier.System);
    }
}
