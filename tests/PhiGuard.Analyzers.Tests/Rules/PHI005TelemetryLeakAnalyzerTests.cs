using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI005TelemetryLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Rules
{
    public class PHI005TelemetryLeakAnalyzerTests
    {
        private static Task Verify(string members, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(ClinicService.Wrap(members), Policies.Clinic, TestReferences.Telemetry, expected);

        [Fact]
        public Task Activity_tags_and_baggage_are_reported() => Verify("""
            public void Run(Patient patient, System.Diagnostics.Activity activity)
            {
                System.Diagnostics.Activity.Current?.SetTag("patient.name", {|PHI005:patient.Name|});
                activity.AddTag("patient.ssn", {|PHI005:patient.Ssn|});
                activity.AddBaggage("patient", {|PHI005:patient.Name|});
                activity.SetBaggage("dob", {|PHI005:patient.DateOfBirth.ToString("O")|});
                activity.DisplayName = {|PHI005:"Visit of " + patient.Name|};
            }
            """);

        [Fact]
        public Task Message_names_symbol_policy_entry_and_sink() => Verify(
            """
            public void Run(Visit visit, System.Diagnostics.Activity activity) => activity.SetTag("notes", visit.Notes);
            """,
            VerifyCS.Diagnostic("PHI005")
                .WithSpan(ClinicService.FirstLine, 96, ClinicService.FirstLine, 107)
                .WithArguments("Visit.Notes", "type \"Clinic.Visit\" member \"Notes\" (phiguard.json:6)", "is attached to telemetry by Activity.SetTag"));

        [Fact]
        public Task Activity_tags_with_unprotected_values_are_clean() => Verify("""
            public void Run(Patient patient, System.Diagnostics.Activity activity)
            {
                activity.SetTag("patient.id", patient.Id);
                activity.AddTag("patient.name.length", patient.Name.Length.ToString());
                activity.AddBaggage("tenant", "clinic");
            }
            """);

        [Fact]
        public Task Activity_event_tags_are_reported_once_where_the_event_is_added() => Verify("""
            public void Run(Patient patient, System.Diagnostics.Activity activity)
            {
                var tags = new System.Diagnostics.ActivityTagsCollection { ["patient.name"] = patient.Name };
                var seen = new System.Diagnostics.ActivityEvent("seen", tags: tags);
                activity.AddEvent({|PHI005:seen|});
                activity.AddEvent(new System.Diagnostics.ActivityEvent("loaded", tags: new System.Diagnostics.ActivityTagsCollection { ["patient.id"] = patient.Id }));
            }
            """);

        [Fact]
        public Task Activity_started_with_tags_is_reported() => Verify("""
            private static readonly System.Diagnostics.ActivitySource s_source = new System.Diagnostics.ActivitySource("Clinic");

            public void Run(Patient patient)
            {
                var tags = new List<KeyValuePair<string, object>> { new KeyValuePair<string, object>("ssn", patient.Ssn) };
                using var activity = s_source.StartActivity("lookup", System.Diagnostics.ActivityKind.Internal, default(System.Diagnostics.ActivityContext), {|PHI005:tags|});
                using var named = s_source.StartActivity({|PHI005:"lookup " + patient.Name|});
                using var clean = s_source.StartActivity("lookup " + patient.Id);
            }
            """);

        [Fact]
        public Task Metric_tags_are_reported_but_measured_values_are_not() => Verify("""
            private static readonly System.Diagnostics.Metrics.Meter s_meter = new System.Diagnostics.Metrics.Meter("Clinic");
            private static readonly System.Diagnostics.Metrics.Counter<int> s_visits = s_meter.CreateCounter<int>("visits");
            private static readonly System.Diagnostics.Metrics.Histogram<double> s_age = s_meter.CreateHistogram<double>("age");

            public void Run(Patient patient)
            {
                s_visits.Add(1, {|PHI005:new KeyValuePair<string, object>("patient", patient.Name)|});
                s_visits.Add(1, {|PHI005:new KeyValuePair<string, object>("ssn", patient.Ssn)|}, new KeyValuePair<string, object>("clinic", "north"));
                var tags = new System.Diagnostics.TagList();
                tags.Add("patient", patient.Ssn);
                s_age.Record((DateTime.Today - patient.DateOfBirth).TotalDays / 365, {|PHI005:tags|});
                s_visits.Add(patient.DateOfBirth.Year, new KeyValuePair<string, object>("clinic", "north"));
            }
            """);

        [Fact]
        public Task Application_Insights_properties_are_reported() => Verify("""
            public void Run(Patient patient, Microsoft.ApplicationInsights.TelemetryClient client, Exception error)
            {
                client.TrackEvent("PatientSeen", {|PHI005:new Dictionary<string, string> { ["name"] = patient.Name }|});
                client.TrackTrace({|PHI005:"Seen " + patient.Ssn|});
                var properties = new Dictionary<string, string> { ["ssn"] = patient.Ssn };
                client.TrackException(error, {|PHI005:properties|});
                client.GetMetric("visits", "patient").TrackValue(1, {|PHI005:patient.Name|});
            }
            """);

        [Fact]
        public Task Application_Insights_telemetry_item_properties_are_reported_where_set() => Verify("""
            public void Run(Patient patient, Microsoft.ApplicationInsights.Channel.ITelemetry telemetry)
            {
                var item = new Microsoft.ApplicationInsights.DataContracts.EventTelemetry("PatientSeen");
                item.Properties["name"] = {|PHI005:patient.Name|};
                item.Properties.Add("id", patient.Id.ToString());
                telemetry.Context.User.AuthenticatedUserId = {|PHI005:patient.Ssn|};
                telemetry.Context.GlobalProperties["patient"] = {|PHI005:patient.Name|};
                if (telemetry is Microsoft.ApplicationInsights.DataContracts.ISupportProperties withProperties)
                {
                    withProperties.Properties["dob"] = {|PHI005:patient.DateOfBirth.ToString("d")|};
                }
            }
            """);

        [Fact]
        public Task Application_Insights_with_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient, Microsoft.ApplicationInsights.TelemetryClient client)
            {
                client.TrackEvent("PatientSeen", new Dictionary<string, string> { ["id"] = patient.Id.ToString() });
                client.TrackTrace("Seen patient " + patient.Id);
                var item = new Microsoft.ApplicationInsights.DataContracts.TraceTelemetry("Seen");
                item.Properties["id"] = patient.Id.ToString();
                client.TrackTrace(item);
            }
            """);

        [Fact]
        public Task OpenTelemetry_span_attributes_are_reported() => Verify("""
            public void Run(Patient patient, OpenTelemetry.Trace.Tracer tracer, OpenTelemetry.Trace.TelemetrySpan span)
            {
                span.SetAttribute("patient.name", {|PHI005:patient.Name|});
                span.AddEvent("seen", {|PHI005:new OpenTelemetry.Trace.SpanAttributes(new Dictionary<string, object> { ["ssn"] = patient.Ssn })|});
                var attributes = new OpenTelemetry.Trace.SpanAttributes();
                attributes.Add("name", patient.Name);
                using var child = tracer.StartActiveSpan("lookup", OpenTelemetry.Trace.SpanKind.Internal, initialAttributes: {|PHI005:attributes|});
                OpenTelemetry.Baggage.SetBaggage("patient", {|PHI005:patient.Ssn|});
            }
            """);

        [Fact]
        public Task OpenTelemetry_with_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient, OpenTelemetry.Trace.Tracer tracer, OpenTelemetry.Trace.TelemetrySpan span)
            {
                span.SetAttribute("patient.id", patient.Id);
                var attributes = new OpenTelemetry.Trace.SpanAttributes();
                attributes.Add("id", patient.Id.ToString());
                using var child = tracer.StartActiveSpan("lookup", OpenTelemetry.Trace.SpanKind.Internal, initialAttributes: attributes);
                OpenTelemetry.Baggage.SetBaggage("tenant", "clinic");
            }
            """);

        [Fact]
        public Task Sanitized_tags_are_clean() => Verify("""
            public void Run(Patient patient, System.Diagnostics.Activity activity, Microsoft.ApplicationInsights.TelemetryClient client)
            {
                activity.SetTag("patient.ssn", Phi.Mask(patient.Ssn));
                client.TrackTrace("Seen " + Phi.Mask(patient.Name));
            }
            """);

        [Fact]
        public Task Helper_that_tags_its_parameter_is_reported_at_the_call_site() => Verify("""
            public void Run(Patient patient, System.Diagnostics.Activity activity)
            {
                Tag(activity, "patient.name", {|PHI005:patient.Name|});
                Tag(activity, "patient.id", patient.Id.ToString());
            }

            private static void Tag(System.Diagnostics.Activity activity, string key, string value) => activity.SetTag(key, value);
            """);
    }
}
