using System.Diagnostics;

namespace FhirService.Diagnostics;

/// <summary>The service's traces.</summary>
public static class Telemetry
{
    public static readonly ActivitySource Source = new("FhirService");
}
