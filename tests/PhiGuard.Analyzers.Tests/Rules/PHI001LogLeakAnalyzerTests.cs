using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Rules;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI001LogLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Rules
{
    public class PHI001LogLeakAnalyzerTests
    {
        private static Task Verify(string body, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(ClinicService.Wrap(body), Policies.Clinic, TestReferences.Logging, expected);

        /// <summary>With the real <c>[LoggerMessage]</c> source generator writing the body of <c>Log.PatientSeen</c>.</summary>
        private static Task VerifyGenerated(string body) =>
            VerifyCS.VerifyWithGeneratorsAsync(ClinicService.Wrap(body) + GeneratedLog, Policies.Clinic, TestReferences.Logging, new[] { LoggingGenerator.Type });

        private const string GeneratedLog = """

            public static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Seen {Name} ({Id})")]
                public static partial void PatientSeen(ILogger logger, string name, int id);
            }
            """;

        [Fact]
        public Task Protected_member_passed_as_template_argument_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("Patient {Ssn}", {|PHI001:patient.Ssn|});
            """);

        [Fact]
        public Task Message_names_symbol_policy_entry_and_sink() => Verify(
            """
            public void Run(Visit visit) => _logger.LogWarning("Notes {N}", visit.Notes);
            """,
            VerifyCS.Diagnostic("PHI001")
                .WithSpan(ClinicService.FirstLine, 65, ClinicService.FirstLine, 76)
                .WithArguments("Visit.Notes", "type \"Clinic.Visit\" member \"Notes\" (phiguard.json:6)", "is written to a log by ILogger.LogWarning"));

        [Fact]
        public Task Message_names_a_returned_protected_value_by_its_type_and_the_call() => Verify(
            """
            public Task<Patient> FindAsync(int id) => Task.FromResult(new Patient());
            public async Task Run() => _logger.LogInformation("{Patient}", await FindAsync(7));
            """,
            VerifyCS.Diagnostic("PHI001")
                .WithSpan(ClinicService.FirstLine + 1, 64, ClinicService.FirstLine + 1, 82)
                .WithArguments("Patient from Service.FindAsync", "type \"Clinic.Patient\" (phiguard.json:5): HIPAA identifiers", "is written to a log by ILogger.LogInformation"));

        [Fact]
        public Task Unprotected_member_of_protected_type_is_clean() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("Patient {Id}", patient.Id);
            """);

        [Fact]
        public Task Unlisted_member_of_partly_protected_type_is_clean() => Verify("""
            public void Run(Visit visit) => _logger.LogInformation("Visit {When}", visit.When);
            """);

        [Fact]
        public Task Local_copy_is_followed() => Verify("""
            public void Run(Patient patient)
            {
                var name = patient.Name;
                var copy = name;
                _logger.LogInformation("Patient {Name}", {|PHI001:copy|});
            }
            """);

        [Fact]
        public Task Overwritten_local_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var text = patient.Name;
                text = "redacted";
                _logger.LogInformation("Patient {Name}", text);
            }
            """);

        [Fact]
        public Task Interpolated_message_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation({|PHI001:$"Seen {patient.Name} today"|});
            """);

        [Fact]
        public Task Concatenation_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation({|PHI001:"Seen " + patient.Name|});
            """);

        [Fact]
        public Task String_format_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var line = string.Format("{0} born {1}", patient.Name, patient.DateOfBirth);
                _logger.LogError({|PHI001:line|});
            }
            """);

        [Fact]
        public Task ToString_of_protected_value_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogDebug({|PHI001:patient.DateOfBirth.ToString("d")|});
            """);

        [Fact]
        public Task Length_count_and_null_checks_are_clean() => Verify("""
            public void Run(Patient patient, List<Visit> visits)
            {
                _logger.LogInformation("Name has {Length} chars", patient.Name.Length);
                _logger.LogInformation("{Count} visits", visits.Count);
                _logger.LogInformation("Has name: {HasName}", string.IsNullOrEmpty(patient.Name));
                _logger.LogInformation("Adult: {Adult}", patient.DateOfBirth < DateTime.Today.AddYears(-18));
                _logger.LogInformation("Any: {Any}", visits.Any(v => v.Notes == "x"));
            }
            """);

        [Fact]
        public Task Sanitized_value_is_clean() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("Patient {Ssn}", Phi.Mask(patient.Ssn));
            """);

        [Fact]
        public Task Sanitized_then_concatenated_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                var masked = "ssn:" + Phi.Mask(patient.Ssn);
                _logger.LogInformation(masked);
            }
            """);

        [Fact]
        public Task Name_glob_protects_parameters_and_locals() => Verify("""
            public void Run(string patientSsn, string reference)
            {
                _logger.LogInformation("SSN {Ssn}", {|PHI001:patientSsn|});
                _logger.LogInformation("Ref {Ref}", reference);
            }
            """);

        [Fact]
        public Task Source_method_result_is_protected() => Verify("""
            public void Run(int id) => _logger.LogInformation("Notes {Notes}", {|PHI001:PatientStore.ReadNotes(id)|});
            """);

        [Fact]
        public Task Member_selector_protects_field() => Verify("""
            public void Run(LabResult result)
            {
                _logger.LogInformation("Result {Value}", {|PHI001:result.Value|});
                _logger.LogInformation("Code {Code}", result.Code);
            }
            """);

        [Fact]
        public Task Protected_object_passed_whole_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.LogInformation("Patient {Patient}", {|PHI001:patient|});
            """);

        [Fact]
        public Task Log_method_with_level_is_reported() => Verify("""
            public void Run(Patient patient) => _logger.Log(LogLevel.Information, "Patient {Name}", {|PHI001:patient.Name|});
            """);

        [Fact]
        public Task BeginScope_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                using (_logger.BeginScope("Patient {Name}", {|PHI001:patient.Name|}))
                {
                }
            }
            """);

        [Fact]
        public Task Console_debug_and_trace_are_reported() => Verify("""
            public void Run(Patient patient)
            {
                Console.WriteLine({|PHI001:patient.Name|});
                System.Diagnostics.Debug.WriteLine({|PHI001:patient.Ssn|});
                System.Diagnostics.Trace.TraceInformation({|PHI001:"Name: " + patient.Name|});
                Console.WriteLine("Patient {0}", patient.Id);
            }
            """);

        [Fact]
        public Task Clean_code_stays_clean() => Verify("""
            public void Run(Patient patient, Visit visit)
            {
                _logger.LogInformation("Loaded patient {Id} with visit {VisitId} at {When}", patient.Id, visit.Id, visit.When);
                Console.WriteLine("done");
            }
            """);

        [Fact]
        public Task Every_logging_extension_method_is_a_sink() => Verify("""
            public void Run(Patient patient, Exception error)
            {
                _logger.LogTrace("{Name}", {|PHI001:patient.Name|});
                _logger.LogDebug(new EventId(1), "{Name}", {|PHI001:patient.Name|});
                _logger.LogInformation(error, "{Name}", {|PHI001:patient.Name|});
                _logger.LogWarning(new EventId(2), error, "{Name}", {|PHI001:patient.Name|});
                _logger.LogError({|PHI001:patient.Name|});
                _logger.LogCritical(error, {|PHI001:$"{patient.Ssn}"|});
                _logger.Log(LogLevel.Warning, new EventId(3), error, "{Name}", {|PHI001:patient.Name|});
            }
            """);

        [Fact]
        public Task Levels_event_ids_and_exceptions_are_not_data() => Verify("""
            public void Run(Patient patient, Exception error, LogLevel level)
            {
                _logger.Log(level, new EventId(patient.Id, "seen"), error, "Patient {Id}", patient.Id);
                _logger.LogError(new EventId(5), error, "Failed for {Id}", patient.Id);
            }
            """);

        [Fact]
        public Task ILogger_Log_state_is_reported() => Verify("""
            public void Run(Patient patient) =>
                _logger.Log(LogLevel.Information, new EventId(1), {|PHI001:patient.Name|}, null, (state, error) => state);
            """);

        [Fact]
        public Task ILogger_Log_state_of_unprotected_value_is_clean() => Verify("""
            public void Run(Patient patient) =>
                _logger.Log(LogLevel.Information, new EventId(1), patient.Id, null, (state, error) => state.ToString());
            """);

        [Fact]
        public Task BeginScope_with_dictionary_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                var scope = new Dictionary<string, object> { ["PatientId"] = patient.Id, ["PatientName"] = patient.Name };
                using (_logger.BeginScope({|PHI001:scope|}))
                {
                }
            }
            """);

        [Fact]
        public Task BeginScope_with_dictionary_of_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient)
            {
                using (_logger.BeginScope(new Dictionary<string, object> { ["PatientId"] = patient.Id }))
                {
                }
            }
            """);

        [Fact]
        public Task BeginScope_with_tuples_and_pairs_is_reported() => Verify("""
            public void Run(Patient patient)
            {
                using var tuple = _logger.BeginScope({|PHI001:("Ssn", patient.Ssn)|});
                using var pairs = _logger.BeginScope({|PHI001:new[] { new KeyValuePair<string, object>("Name", patient.Name) }|});
                using var clean = _logger.BeginScope(("PatientId", patient.Id));
            }
            """);

        [Fact]
        public Task Destructuring_hole_reports_object_with_protected_member() => Verify("""
            public void Run(Referral referral)
            {
                _logger.LogInformation("Referral {@Referral}", {|PHI001:referral|});
                _logger.LogInformation("Referral {Referral} by {@Who}", referral, "clinic");
            }
            """);

        [Fact]
        public Task LoggerMessage_generated_method_is_reported() => VerifyGenerated("""
            public void Run(Patient patient) => Log.PatientSeen(_logger, {|PHI001:patient.Name|}, patient.Id);
            """);

        [Fact]
        public Task LoggerMessage_generated_method_with_unprotected_values_is_clean() => VerifyGenerated("""
            public void Run(Patient patient) => Log.PatientSeen(_logger, "a patient", patient.Id);
            """);

        [Fact]
        public Task LoggerMessage_Define_delegate_is_reported() => Verify("""
            private static readonly Action<ILogger, string, int, Exception> s_seen =
                LoggerMessage.Define<string, int>(LogLevel.Information, new EventId(1), "Seen {Name} ({Id})");

            public void Run(Patient patient)
            {
                s_seen(_logger, {|PHI001:patient.Name|}, patient.Id, null);
                s_seen(_logger, "a patient", patient.Id, null);
            }
            """);

        [Fact]
        public Task Serilog_static_and_instance_loggers_are_reported() => Verify("""
            public void Run(Patient patient, Serilog.ILogger log, Exception error)
            {
                Serilog.Log.Information("Seen {Name}", {|PHI001:patient.Name|});
                Serilog.Log.Error(error, "Failed for {Ssn}", {|PHI001:patient.Ssn|});
                log.Warning({|PHI001:"Seen " + patient.Name|});
                log.Debug("Seen {Name} {Id}", {|PHI001:patient.Name|}, patient.Id);
                log.Write(Serilog.Events.LogEventLevel.Fatal, "{A} {B} {C} {D}", 1, 2, 3, {|PHI001:patient.Ssn|});
            }
            """);

        [Fact]
        public Task Serilog_with_unprotected_values_is_clean() => Verify("""
            public void Run(Patient patient, Serilog.ILogger log)
            {
                Serilog.Log.Information("Seen {Id}", patient.Id);
                log.ForContext<Service>().Information("Seen {Id} {Length}", patient.Id, patient.Name.Length);
            }
            """);

        [Fact]
        public Task Serilog_context_properties_are_reported() => Verify("""
            public void Run(Patient patient, Serilog.ILogger log)
            {
                log.ForContext("Ssn", {|PHI001:patient.Ssn|}).Information("Seen");
                using (Serilog.Context.LogContext.PushProperty("Name", {|PHI001:patient.Name|}))
                using (Serilog.Context.LogContext.PushProperty("Id", patient.Id))
                {
                }
            }
            """);

        [Fact]
        public Task Serilog_destructuring_writes_every_member() => Verify("""
            public void Run(Referral referral, ReferralCard card, SealedReferralCard sealedCard)
            {
                Serilog.Log.Information("Referral {@Referral}", {|PHI001:referral|});
                Serilog.Log.Information("Card {@Card}", {|PHI001:card|});
                Serilog.Log.Information("Card {@Card}", sealedCard);
            }
            """);

        [Fact]
        public Task Serilog_context_properties_with_destructureObjects_write_every_member() => Verify("""
            public void Run(Referral referral, Serilog.ILogger log, bool deep)
            {
                log.ForContext("Referral", {|PHI001:referral|}, destructureObjects: true).Information("Seen");
                Serilog.Log.ForContext("Referral", {|PHI001:referral|}, true).Information("Seen");
                using (Serilog.Context.LogContext.PushProperty("Referral", {|PHI001:referral|}, true))
                using (Serilog.Context.LogContext.PushProperty("Referral", {|PHI001:referral|}, deep))
                {
                }
            }
            """);

        [Fact]
        public Task Serilog_context_properties_without_destructuring_write_ToString() => Verify("""
            public void Run(Referral referral, SealedReferralCard sealedCard, Serilog.ILogger log)
            {
                log.ForContext("Referral", referral).Information("Seen");
                log.ForContext("Referral", referral, destructureObjects: false).Information("Seen");
                using (Serilog.Context.LogContext.PushProperty("Referral", referral))
                using (Serilog.Context.LogContext.PushProperty("Card", sealedCard, true))
                {
                }
            }
            """);

        [Fact]
        public Task Serilog_plain_hole_writes_ToString_which_only_a_record_fills_with_members() => Verify("""
            public void Run(Referral referral, ReferralCard card)
            {
                Serilog.Log.Information("Referral {Referral}", referral);
                Serilog.Log.Information("Card {Card}", {|PHI001:card|});
                Serilog.Log.Information("Referral {$Referral}", referral);
            }
            """);

        [Fact]
        public Task NLog_loggers_are_reported() => Verify("""
            private static readonly NLog.Logger s_log = NLog.LogManager.GetCurrentClassLogger();

            public void Run(Patient patient, NLog.ILogger log, Referral referral, Exception error)
            {
                s_log.Info("Seen {Name}", {|PHI001:patient.Name|});
                s_log.Error(error, {|PHI001:"Failed for " + patient.Ssn|});
                log.Warn("Referral {@Referral}", {|PHI001:referral|});
                log.Log(NLog.LogLevel.Debug, "{Ssn}", {|PHI001:patient.Ssn|});
                s_log.WithProperty("Ssn", {|PHI001:patient.Ssn|}).Info("Seen");
                using (NLog.ScopeContext.PushProperty("Name", {|PHI001:patient.Name|}))
                {
                }
            }
            """);

        [Fact]
        public Task NLog_with_unprotected_values_is_clean() => Verify("""
            private static readonly NLog.Logger s_log = NLog.LogManager.GetCurrentClassLogger();

            public void Run(Patient patient, Referral referral)
            {
                s_log.Info("Seen {Id}", patient.Id);
                s_log.Info("Referral {Referral}", referral);
                using (NLog.ScopeContext.PushProperty("Id", patient.Id))
                {
                }
            }
            """);

        [Fact]
        public Task Log4net_methods_and_format_methods_are_reported() => Verify("""
            private static readonly log4net.ILog s_log = log4net.LogManager.GetLogger(typeof(Service));

            public void Run(Patient patient, Exception error)
            {
                s_log.Info({|PHI001:patient.Name|});
                s_log.Error({|PHI001:"Failed for " + patient.Ssn|}, error);
                s_log.InfoFormat("Seen {0}", {|PHI001:patient.Name|});
                s_log.DebugFormat("Seen {0} {1}", patient.Id, {|PHI001:patient.Ssn|});
                s_log.WarnFormat(System.Globalization.CultureInfo.InvariantCulture, "Seen {0}", {|PHI001:patient.Name|});
                log4net.LogicalThreadContext.Properties["ssn"] = {|PHI001:patient.Ssn|};
                log4net.ThreadContext.Stacks["NDC"].Push({|PHI001:patient.Name|});
            }
            """);

        [Fact]
        public Task Log4net_with_unprotected_values_is_clean() => Verify("""
            private static readonly log4net.ILog s_log = log4net.LogManager.GetLogger(typeof(Service));

            public void Run(Patient patient)
            {
                s_log.Info("Seen patient " + patient.Id);
                s_log.InfoFormat("Seen {0}", patient.Id);
                log4net.LogicalThreadContext.Properties["patient"] = patient.Id;
            }
            """);

        [Fact]
        public Task Console_writers_are_reported_but_other_writers_are_not() => Verify("""
            public void Run(Patient patient, System.IO.TextWriter file)
            {
                Console.Write({|PHI001:patient.Ssn|});
                Console.Out.WriteLine({|PHI001:patient.Name|});
                Console.Error.WriteLine("Failed for {0}", {|PHI001:patient.Name|});
                file.WriteLine(patient.Name);
            }
            """);

        [Fact]
        public Task Debug_trace_and_trace_source_are_reported() => Verify("""
            public void Run(Patient patient, System.Diagnostics.TraceSource source)
            {
                System.Diagnostics.Debug.Assert(patient.Id > 0, {|PHI001:"No id for " + patient.Name|});
                System.Diagnostics.Debug.WriteLineIf(patient.Id > 0, {|PHI001:patient.Ssn|});
                System.Diagnostics.Trace.TraceError("Failed for {0}", {|PHI001:patient.Name|});
                System.Diagnostics.Trace.WriteLine({|PHI001:patient.Ssn|}, "clinic");
                source.TraceEvent(System.Diagnostics.TraceEventType.Warning, 1, "Seen {0}", {|PHI001:patient.Name|});
                source.TraceInformation({|PHI001:patient.Ssn|});
                source.TraceData(System.Diagnostics.TraceEventType.Information, 2, {|PHI001:patient|});
            }
            """);

        [Fact]
        public Task Debug_trace_and_trace_source_with_unprotected_values_are_clean() => Verify("""
            public void Run(Patient patient, System.Diagnostics.TraceSource source)
            {
                System.Diagnostics.Debug.Assert(patient.Name.Length > 0, "Patient without a name");
                System.Diagnostics.Trace.TraceWarning("Seen {0}", patient.Id);
                source.TraceEvent(System.Diagnostics.TraceEventType.Warning, patient.Id, "Seen");
            }
            """);

        [Fact]
        public Task Debug_interpolated_messages_are_reported() => Verify("""
            public void Run(Patient patient)
            {
                System.Diagnostics.Debug.WriteLineIf(true, {|PHI001:$"Seen {patient.Ssn}"|});
                System.Diagnostics.Debug.Assert(false, {|PHI001:$"No id for {patient.Name}"|});
            }
            """);

        [Fact]
        public Task Debug_interpolated_messages_with_unprotected_values_are_clean() => Verify("""
            public void Run(Patient patient)
            {
                System.Diagnostics.Debug.WriteLineIf(true, $"Seen {patient.Id}");
                System.Diagnostics.Debug.Assert(false, $"Name has {patient.Name.Length} letters");
            }
            """);

        [Fact]
        public Task EventLog_entries_are_reported() => Verify("""
            public void Run(Patient patient, System.Diagnostics.EventLog log)
            {
                System.Diagnostics.EventLog.WriteEntry("Clinic", {|PHI001:"Seen " + patient.Name|});
                log.WriteEntry({|PHI001:patient.Ssn|}, System.Diagnostics.EventLogEntryType.Warning);
                log.WriteEntry("Seen patient " + patient.Id, System.Diagnostics.EventLogEntryType.Information);
            }
            """);

        [Fact]
        public Task Policy_log_sink_is_reported_once() => VerifyCS.VerifyAsync(
            ClinicService.Wrap("""
                public void Run(Patient patient, AuditTrail audit)
                {
                    audit.Write({|PHI001:patient.Name|});
                    audit.Write("patient " + patient.Id);
                    AuditTrail.Flush(patient.Name);
                }
                }

                public class AuditTrail
                {
                    private readonly ILogger _logger;
                    public AuditTrail(ILogger logger) => _logger = logger;
                    public void Write(string entry) => _logger.LogInformation("{Entry}", entry);
                    public static void Flush(string reason) { }
                """),
            Policies.Clinic.Replace("\"sanitizers\"", "\"sinks\": { \"log\": [ \"AuditTrail.Write\" ] },\n  \"sanitizers\""),
            TestReferences.Logging);

        [Fact]
        public Task Data_classification_and_personal_data_attributes_protect_members_with_the_builtin_pack() => VerifyCS.VerifyAsync(
            ClinicService.Wrap("""
                public void Run(Member member, Microsoft.AspNetCore.Identity.IdentityUser user)
                {
                    _logger.LogInformation("{Email}", {|PHI001:member.Email|});
                    _logger.LogInformation("{Phone}", {|PHI001:member.Phone|});
                    _logger.LogInformation("{Name}", {|PHI001:member.Name|});
                    _logger.LogInformation("{UserName}", {|PHI001:user.UserName|});
                    _logger.LogInformation("{Handle} {Plan} {Failures}", member.Handle, member.Plan, user.AccessFailedCount);
                }
                }

                public sealed class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
                {
                    public PrivateDataAttribute() : base(new Microsoft.Extensions.Compliance.Classification.DataClassification("Clinic", "Private")) { }
                }

                public class Member
                {
                    [PrivateData] public string Email { get; set; } = "";
                    [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string Phone { get; set; } = "";
                    [Microsoft.AspNetCore.Identity.PersonalData] public string Name { get; set; } = "";
                    [Microsoft.Extensions.Compliance.Classification.NoDataClassification] public string Handle { get; set; } = "";
                    public string Plan { get; set; } = "";
                """),
            """{ "version": 1, "extends": [ "builtin:ms-compliance", "builtin:aspnet-identity" ] }""",
            TestReferences.Compliance);

        [Fact]
        public Task Data_classification_attributes_are_not_protected_without_a_policy_naming_them() => VerifyCS.VerifyAsync(
            ClinicService.Wrap("""
                public void Run(Microsoft.AspNetCore.Identity.IdentityUser user) => _logger.LogInformation("{UserName}", user.UserName);
                """),
            Policies.Clinic,
            TestReferences.Compliance);
    }
}
