using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>Where PHI005 looks: tracing, metrics and Application Insights.</summary>
    internal static class TelemetrySinks
    {
        private const SinkKind Telemetry = SinkKind.Telemetry;

        public static readonly SinkDefinition[] All =
        {
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Activity", "SetTag", "AddTag", "AddBaggage", "SetBaggage", "AddEvent", "SetCustomProperty", "SetStatus", "AddException", "set_DisplayName"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.ActivityEvent", ".ctor"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.ActivityTagsCollection", ".ctor", "Add", "set_Item"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.TagList", ".ctor", "Add"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.ActivitySource", "StartActivity", "CreateActivity").Only("tags", "name"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Metrics.Counter`1", "Add").Only("tag*"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Metrics.UpDownCounter`1", "Add").Only("tag*"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Metrics.Histogram`1", "Record").Only("tag*"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Metrics.Gauge`1", "Record").Only("tag*"),
            SinkDefinition.Of(Telemetry, "System.Diagnostics.Metrics.Meter", "CreateCounter", "CreateHistogram", "CreateUpDownCounter", "CreateGauge", "CreateObservableCounter", "CreateObservableGauge", "CreateObservableUpDownCounter").Only("tags"),
            SinkDefinition.Of(Telemetry, "Microsoft.ApplicationInsights.TelemetryClient", "Track*"),
            SinkDefinition.Of(Telemetry, "Microsoft.ApplicationInsights.DataContracts.EventTelemetry", ".ctor"),
            SinkDefinition.Of(Telemetry, "Microsoft.ApplicationInsights.DataContracts.TraceTelemetry", ".ctor"),
            SinkDefinition.Of(Telemetry, "Microsoft.ApplicationInsights.DataContracts.ExceptionTelemetry", ".ctor"),
            SinkDefinition.Of(Telemetry, "System.Collections.Generic.IDictionary`2", "set_Item", "Add").Derived().Only("value").OnReceiver(
                "Microsoft.ApplicationInsights.DataContracts.EventTelemetry.Properties",
                "Microsoft.ApplicationInsights.DataContracts.TraceTelemetry.Properties",
                "Microsoft.ApplicationInsights.DataContracts.ExceptionTelemetry.Properties",
                "Microsoft.ApplicationInsights.DataContracts.RequestTelemetry.Properties",
                "Microsoft.ApplicationInsights.DataContracts.DependencyTelemetry.Properties"),
            SinkDefinition.Of(Telemetry, "OpenTelemetry.Trace.TelemetrySpan", "SetAttribute", "AddEvent", "UpdateName", "RecordException", "SetStatus"),
            SinkDefinition.Of(Telemetry, "OpenTelemetry.Trace.SpanAttributes", ".ctor", "Add"),
            SinkDefinition.Of(Telemetry, "OpenTelemetry.Baggage", "SetBaggage", "Create"),
        };
    }
}
