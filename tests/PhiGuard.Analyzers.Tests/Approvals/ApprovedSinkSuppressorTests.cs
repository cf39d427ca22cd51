using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static PhiGuard.Analyzers.Tests.Verifiers.ApprovedSinkVerifier;

namespace PhiGuard.Analyzers.Tests.Approvals
{
    public class ApprovedSinkSuppressorTests
    {
        private const string Today = "2027-01-15";

        /// <summary>
        /// The application's own channel (it serializes what it is given in a callee, and logs it), a clearinghouse export
        /// (it writes claim files), an audit trail the policy names as a log sink, and the code that uses them.
        /// </summary>
        private const string Source = """
            using System.IO;
            using System.Text.Json;
            using Microsoft.Extensions.Logging;
            using Clinic;

            namespace Contoso.Remoting
            {
                public class ServerChannel
                {
                    private readonly ILogger _logger;
                    public ServerChannel(ILogger logger) => _logger = logger;

                    public void Send(object payload) => Frame(payload);

                    public void SendLogged(object payload)
                    {
                        _logger.LogDebug("Sending {Payload}", payload);
                        Frame(payload);
                    }

                    private static void Frame(object payload) => Transmit(JsonSerializer.Serialize(payload));

                    private static void Transmit(string frame) { }
                }
            }

            namespace Contoso.Claims
            {
                public static class ClearinghouseExport
                {
                    public static void WriteClaim(string path, string claim) => File.WriteAllText(path, claim);

                    public static void WriteBatch(string path, string batch) => File.WriteAllText(path, batch);

                    public static void Archive(string path, string claim) => File.WriteAllText(path, claim);
                }
            }

            namespace Contoso.Audit
            {
                public static class AuditTrail
                {
                    public static void Write(string entry) { }
                }
            }

            namespace Contoso.App
            {
                using Contoso.Audit;
                using Contoso.Claims;
                using Contoso.Remoting;

                public class Sync
                {
                    public void Push(ServerChannel channel, Patient patient) => channel.Send({|#0:patient|});

                    public string Cache(Patient patient) => JsonSerializer.Serialize({|#1:patient|});

                    public void PushLogged(ServerChannel channel, Patient patient) => channel.SendLogged({|#2:patient|});

                    public void Audit(Patient patient) => AuditTrail.Write({|#3:patient.Name|});

                    public void Export(Patient patient)
                    {
                        ClearinghouseExport.WriteClaim("claim.txt", {|#4:patient.Name|});
                        ClearinghouseExport.WriteBatch("batch.txt", {|#5:patient.Ssn|});
                        ClearinghouseExport.Archive("archive.txt", {|#6:patient.Name|});
                    }

                    public void PushAndKeep(ServerChannel channel, Patient patient) => SendAndKeep(channel, {|#7:patient|});

                    private static void SendAndKeep(ServerChannel channel, object payload)
                    {
                        channel.Send(payload);
                        Keep(JsonSerializer.Serialize(payload));
                    }

                    private static void Keep(string copy) { }
                }
            }
            """ + Verifiers.Policies.Model;

        private static string Policy(string approvedSinks) => """
            {
              "version": 1,
              "protected": [ { "type": "Clinic.Patient" } ],
              "sinks": { "log": [ "Contoso.Audit.AuditTrail.Write" ] },
              "approvedSinks": [
            APPROVED
              ]
            }
            """.Replace("APPROVED", approvedSinks, System.StringComparison.Ordinal);

        private static string Approving(string sink, string rules = "", string expires = "2027-06-30") =>
            "    { \"sink\": \"" + sink + "\"" + rules + ", \"justification\": \"the app's own encrypted channel\", \"expires\": \"" + expires + "\", \"approvedBy\": \"security@contoso.example\", \"ticket\": \"SEC-7\" }";

        [Fact]
        public Task Without_approvals_every_flow_is_reported() => VerifyAsync(
            Source,
            Policy(string.Empty),
            Today,
            Reported("PHI002", 0), Reported("PHI002", 1), Reported("PHI001", 2), Reported("PHI002", 2), Reported("PHI001", 3),
            Reported("PHI003", 4), Reported("PHI003", 5), Reported("PHI003", 6), Reported("PHI002", 7));

        [Fact]
        public Task Approved_sink_called_directly_suppresses_the_flow_into_it() => VerifyAsync(
            Source,
            Policy(Approving("Contoso.Audit.AuditTrail.Write")),
            Today,
            Reported("PHI002", 0), Reported("PHI002", 1), Reported("PHI001", 2), Reported("PHI002", 2), Suppressed("PHI001", 3),
            Reported("PHI003", 4), Reported("PHI003", 5), Reported("PHI003", 6), Reported("PHI002", 7));

        [Fact]
        public Task Approved_library_sink_suppresses_the_flow_into_it_and_through_callees_to_it() => VerifyAsync(
            Source,
            Policy(Approving("System.Text.Json.JsonSerializer.Serialize")),
            Today,
            Suppressed("PHI002", 0), Suppressed("PHI002", 1), Reported("PHI001", 2), Suppressed("PHI002", 2), Reported("PHI001", 3),
            Reported("PHI003", 4), Reported("PHI003", 5), Reported("PHI003", 6), Suppressed("PHI002", 7));

        [Fact]
        public Task Approved_method_suppresses_sinks_reached_inside_the_methods_it_calls_but_not_the_same_data_serialized_beside_it() => VerifyAsync(
            Source,
            Policy(Approving("Contoso.Remoting.ServerChannel.Send")),
            Today,
            Suppressed("PHI002", 0), Reported("PHI002", 1), Reported("PHI001", 2), Reported("PHI002", 2), Reported("PHI001", 3),
            Reported("PHI003", 4), Reported("PHI003", 5), Reported("PHI003", 6), Reported("PHI002", 7));

        [Fact]
        public Task Approved_method_suppresses_sinks_inside_it_of_the_protected_data_it_is_given_but_not_of_data_it_stores_or_reads_elsewhere() => VerifyAsync(
            """
            using System.Text.Json;
            using Clinic;

            namespace Contoso.Remoting
            {
                public class PatientChannel
                {
                    private readonly Patient _current = new Patient();

                    public string Send(Patient patient) => JsonSerializer.Serialize({|#0:patient|});

                    public string SendCurrent() => JsonSerializer.Serialize({|#1:_current|});

                    private Patient _last = new Patient();

                    public void SendLater(Patient patient) => _last = patient;

                    public string Flush() => JsonSerializer.Serialize({|#3:_last|});
                }

                public class Archive
                {
                    public string Keep(Patient patient) => JsonSerializer.Serialize({|#2:patient|});
                }
            }
            """ + Verifiers.Policies.Model,
            Policy(Approving("Contoso.Remoting.PatientChannel.Send*")),
            Today,
            Suppressed("PHI002", 0), Reported("PHI002", 1), Reported("PHI002", 3), Reported("PHI002", 2));

        [Fact]
        public Task Approval_for_some_rules_leaves_the_other_rules_reported() => VerifyAsync(
            Source,
            Policy(Approving("Contoso.Remoting.ServerChannel.SendLogged", ", \"rules\": [\"PHI002\"]")),
            Today,
            Reported("PHI002", 0), Reported("PHI002", 1), Reported("PHI001", 2), Suppressed("PHI002", 2), Reported("PHI001", 3),
            Reported("PHI003", 4), Reported("PHI003", 5), Reported("PHI003", 6), Reported("PHI002", 7));

        [Fact]
        public Task Approval_without_rules_covers_every_leak_rule() => VerifyAsync(
            Source,
            Policy(Approving("Contoso.Remoting.ServerChannel.SendLogged")),
            Today,
            Reported("PHI002", 0), Reported("PHI002", 1), Suppressed("PHI001", 2), Suppressed("PHI002", 2), Reported("PHI001", 3),
            Reported("PHI003", 4), Reported("PHI003", 5), Reported("PHI003", 6), Reported("PHI002", 7));

        [Fact]
        public Task Wildcard_approves_every_method_it_matches_and_no_other() => VerifyAsync(
            Source,
            Policy(Approving("Contoso.Claims.ClearinghouseExport.Write*")),
            Today,
            Reported("PHI002", 0), Reported("PHI002", 1), Reported("PHI001", 2), Reported("PHI002", 2), Reported("PHI001", 3),
            Suppressed("PHI003", 4), Suppressed("PHI003", 5), Reported("PHI003", 6), Reported("PHI002", 7));

        [Fact]
        public Task Approval_for_another_rule_suppresses_nothing() => VerifyAsync(
            Source,
            Policy(Approving("Contoso.Claims.ClearinghouseExport.Write*", ", \"rules\": [\"PHI001\", \"PHI002\"]")),
            Today,
            Reported("PHI002", 0), Reported("PHI002", 1), Reported("PHI001", 2), Reported("PHI002", 2), Reported("PHI001", 3),
            Reported("PHI003", 4), Reported("PHI003", 5), Reported("PHI003", 6), Reported("PHI002", 7));

        [Fact]
        public Task Approval_lasts_through_its_expiry_day() => VerifyAsync(
            Source,
            Policy(Approving("Contoso.Audit.AuditTrail.Write", expires: "2027-01-15")),
            Today,
            Reported("PHI002", 0), Reported("PHI002", 1), Reported("PHI001", 2), Reported("PHI002", 2), Suppressed("PHI001", 3),
            Reported("PHI003", 4), Reported("PHI003", 5), Reported("PHI003", 6), Reported("PHI002", 7));

        [Fact]
        public Task Expired_approval_is_PHI101_and_its_findings_come_back() => VerifyAsync(
            Source,
            Policy(Approving("Contoso.Audit.AuditTrail.Write", expires: "2027-01-14")),
            Today,
            Reported("PHI002", 0), Reported("PHI002", 1), Reported("PHI001", 2), Reported("PHI002", 2), Reported("PHI001", 3),
            Reported("PHI003", 4), Reported("PHI003", 5), Reported("PHI003", 6), Reported("PHI002", 7),
            new DiagnosticResult("PHI101", DiagnosticSeverity.Error)
                .WithLocation("phiguard.json", 6, 5)
                .WithArguments("Contoso.Audit.AuditTrail.Write", "every leak rule", "2027-01-14"));

        [Fact]
        public Task Expired_approval_with_rules_names_them() => VerifyAsync(
            Source,
            Policy(Approving("Contoso.Audit.AuditTrail.Write", ", \"rules\": [\"PHI001\"]", expires: "2026-12-31")),
            Today,
            Reported("PHI002", 0), Reported("PHI002", 1), Reported("PHI001", 2), Reported("PHI002", 2), Reported("PHI001", 3),
            Reported("PHI003", 4), Reported("PHI003", 5), Reported("PHI003", 6), Reported("PHI002", 7),
            new DiagnosticResult("PHI101", DiagnosticSeverity.Error)
                .WithLocation("phiguard.json", 6, 5)
                .WithArguments("Contoso.Audit.AuditTrail.Write", "PHI001", "2026-12-31"));
    }
}
