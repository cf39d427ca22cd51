using System.Diagnostics;

namespace Clinic;

public static class Tracing
{
    private static readonly ActivitySource Source = new("Clinic");

    public static void Trace(string patientSsn)
    {
        using var activity = Source.StartActivity("lookup");
        activity?.SetTag("patient.ssn", patientSsn); // expect: PHI005
        activity?.SetTag("patient.ssn.length", patientSsn.Length);
    }
}
