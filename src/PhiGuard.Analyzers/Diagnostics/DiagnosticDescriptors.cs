using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Diagnostics
{
    /// <summary>Every PhiGuard diagnostic descriptor.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string LeakMessage = "'{0}' is protected ({1}) and {2}";

        public static readonly DiagnosticDescriptor LogLeak = DescriptorFactory.Create(
            RuleIdentifiers.LogLeak,
            "Protected health information is written to a log",
            LeakMessage,
            "Logs are copied, shipped and kept far longer than the data they describe. A protected value that reaches Microsoft.Extensions.Logging, Serilog, NLog, log4net, Console, Debug, Trace or EventLog is exposed to everyone who can read the logs.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor SerializationLeak = DescriptorFactory.Create(
            RuleIdentifiers.SerializationLeak,
            "Protected health information is serialized",
            LeakMessage,
            "A serializer writes every member it can see. A protected value, or an object with a protected member, that reaches System.Text.Json, Newtonsoft.Json, XmlSerializer, DataContract serializers, BinaryFormatter, MessagePack or protobuf-net ends up in payloads and caches.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnencryptedStorage = DescriptorFactory.Create(
            RuleIdentifiers.UnencryptedStorage,
            "Protected health information is stored unencrypted",
            LeakMessage,
            "Files, database columns, caches, cookies, session state and browser storage are what an attacker takes. Protected values must be encrypted before they are stored.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ExceptionMessageLeak = DescriptorFactory.Create(
            RuleIdentifiers.ExceptionMessageLeak,
            "Protected health information is put into an exception",
            LeakMessage,
            "Exception messages and data are logged, shown on error pages and sent to error trackers. They must not carry protected values.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor TelemetryLeak = DescriptorFactory.Create(
            RuleIdentifiers.TelemetryLeak,
            "Protected health information is attached to telemetry",
            LeakMessage,
            "Activity tags, baggage and events, metric tags and Application Insights properties leave the process and are stored by telemetry back ends. They must not carry protected values.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UrlLeak = DescriptorFactory.Create(
            RuleIdentifiers.UrlLeak,
            "Protected health information is placed in a URL",
            LeakMessage,
            "URLs are written to server, proxy and browser logs and sent in Referer headers. Protected values must travel in a request body over TLS instead.",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidPolicy = DescriptorFactory.Create(
            RuleIdentifiers.InvalidPolicy,
            "The PhiGuard policy is invalid",
            "{0}",
            "The policy file (phiguard.json, or the file it extends) cannot be used. PhiGuard fails closed: the leak rules do not run until the policy is fixed.",
            DiagnosticSeverity.Error,
            WellKnownDiagnosticTags.NotConfigurable);

        /// <summary>PHI100 for a policy the build named but did not pass to the compiler; only known once the whole compilation is seen.</summary>
        public static readonly DiagnosticDescriptor PolicyFileNotProvided = DescriptorFactory.Create(
            RuleIdentifiers.InvalidPolicy,
            "The PhiGuard policy is invalid",
            "{0}",
            "The policy file named by PhiGuardPolicyFile is not among the compilation's AdditionalFiles, so PhiGuard cannot read it. PhiGuard fails closed: the leak rules do not run until it can.",
            DiagnosticSeverity.Error,
            WellKnownDiagnosticTags.NotConfigurable,
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor ExpiredExemption = DescriptorFactory.Create(
            RuleIdentifiers.ExpiredExemption,
            "A policy exemption has expired",
            "The exemption of {0} for '{1}' expired on {2}; renew it with a new date and approval, or fix the findings it covered",
            "Exemptions are time-boxed. Past its expiry date an exemption no longer suppresses anything, and this error asks for a decision.",
            DiagnosticSeverity.Error);

        /// <summary>PHI101 for an approved sink past its expiry date; it approves nothing any more.</summary>
        public static readonly DiagnosticDescriptor ExpiredApprovedSink = DescriptorFactory.Create(
            RuleIdentifiers.ExpiredExemption,
            "A policy exemption has expired",
            "The approval of '{0}' as a sink for {1} expired on {2}; renew it with a new date and approval, or fix the findings it covered",
            "Approved sinks are time-boxed like exemptions. Past its expiry date an approved sink no longer suppresses anything, and this error asks for a decision.",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor SuppressionWithoutJustification = DescriptorFactory.Create(
            RuleIdentifiers.SuppressionWithoutJustification,
            "A PhiGuard suppression has no justification",
            "{0} suppresses {1} without a justification; say why this is not a leak, or fix the finding",
            "A suppression hides a possible leak from every later review. [SuppressMessage] of a PhiGuard rule needs a Justification, and #pragma warning disable of one a comment on the same line, that says why the value is safe there; empty and placeholder texts such as \"<justification>\", \"<Pending>\" or \"TODO\" do not count.",
            DiagnosticSeverity.Info);

        /// <summary>The descriptor of each leak rule, by the kind of sink it watches.</summary>
        public static IReadOnlyDictionary<SinkKind, DiagnosticDescriptor> LeakBySink { get; } = new Dictionary<SinkKind, DiagnosticDescriptor>
        {
            [SinkKind.Log] = LogLeak,
            [SinkKind.Serialize] = SerializationLeak,
            [SinkKind.Store] = UnencryptedStorage,
            [SinkKind.Exception] = ExceptionMessageLeak,
            [SinkKind.Telemetry] = TelemetryLeak,
            [SinkKind.Url] = UrlLeak,
        };
    }
}
