using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>
    /// Where PHI005 looks: tracing, metrics and Application Insights. Tag lists, event objects and telemetry items are
    /// containers the flow engine follows into these calls, so building one is not itself a finding; the properties of
    /// a telemetry item are, because initializers and processors fill them for the SDK to send.
    /// </summary>
    internal static class TelemetrySinks
    {
        private const SinkKind Telemetry = SinkKind.Telemetry;

        private const string Contracts = "Microsoft.ApplicationInsights.DataContracts.";

        public static readonly SinkDefinition[] All =
        {
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Activity", "SetTag", "AddTag", "AddBaggage", "SetBaggage", "AddEvent", "SetCustomProperty", "SetStatus", "AddException", "set_DisplayName"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.ActivitySource", "StartActivity", "CreateActivity").Only("tags", "name"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Metrics.Counter`1", "Add").Only("tag*"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Metrics.UpDownCounter`1", "Add").Only("tag*"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Metrics.Histogram`1", "Record").Only("tag*"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Metrics.Gauge`1", "Record").Only("tag*"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Metrics.Meter", "CreateCounter", "CreateHistogram", "CreateUpDownCounter", "CreateGauge", "CreateObservableCounter", "CreateObservableGauge", "CreateObservableUpDownCounter").Only("tags"),

            SinkDefinition.Of(Telemetry, "Microsoft.ApplicationInsights.TelemetryClient", "Track*"),
            SinkDefinition.Of(Telemetry, "Microsoft.ApplicationInsights.Metric", "TrackValue", "TryTrackValue").Only("dimension*"),
            SinkDefinition.Of(Telemetry, "Microsoft.ApplicationInsights.Extensibility.Implementation.UserContext", "set_Id", "set_AuthenticatedUserId", "set_AccountId"),
            SinkDefinition.Of(Telemetry, "Microsoft.ApplicationInsights.Extensibility.Implementation.SessionContext", "set_Id"),
            SinkDefinition.Of(Telemetry, "System.Collections.Generic.IDictionary`2", "set_Item", "Add", "TryAdd").Derived().Only("value").OnReceiver(
                Contracts + "ISupportProperties.Properties",
                Contracts + "EventTelemetry.Properties",
                Contracts + "TraceTelemetry.Properties",
                Contracts + "ExceptionTelemetry.Properties",
                Contracts + "RequestTelemetry.Properties",
                Contracts + "DependencyTelemetry.Properties",
                Contracts + "PageViewTelemetry.Properties",
                Contracts + "AvailabilityTelemetry.Properties",
                Contracts + "MetricTelemetry.Properties",
                Contracts + "TelemetryContext.GlobalProperties",
                "Microsoft.ApplicationInsights.Extensibility.Implementation.OperationTelemetry.Properties"),

            SinkDefinition.Of(Telemetry, "OpenTelemetry.Trace.TelemetrySpan", "SetAttribute", "AddEvent", "UpdateName", "RecordException", "SetStatus"),
            SinkDefinition.Of(Telemetry, "OpenTelemetry.Trace.Tracer", "StartSpan", "StartActiveSpan", "StartRootSpan").Only("name", "initialAttributes"),
            SinkDefinition.Of(Telemetry, "OpenTelemetry.Baggage", "SetBaggage", "Create"),
        };
    }
}
