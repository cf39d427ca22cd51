using System.Collections.Generic;

namespace PhiGuard.Policy
{
    /// <summary>Every PhiGuard rule id, in one place. Descriptors, policies and reports all use these.</summary>
    public static class RuleIdentifiers
    {
        public const string LogLeak = "PHI001";
        public const string SerializationLeak = "PHI002";
        public const string UnencryptedStorage = "PHI003";
        public const string ExceptionMessageLeak = "PHI004";
        public const string TelemetryLeak = "PHI005";
        public const string UrlLeak = "PHI006";
        public const string InvalidPolicy = "PHI100";
        public const string ExpiredExemption = "PHI101";
        public const string SuppressionWithoutJustification = "PHI102";

        /// <summary>The leak rules, one per sink kind.</summary>
        public static IReadOnlyDictionary<SinkKind, string> LeakRuleBySink { get; } = new Dictionary<SinkKind, string>
        {
            [SinkKind.Log] = LogLeak,
            [SinkKind.Serialize] = SerializationLeak,
            [SinkKind.Store] = UnencryptedStorage,
            [SinkKind.Exception] = ExceptionMessageLeak,
            [SinkKind.Telemetry] = TelemetryLeak,
            [SinkKind.Url] = UrlLeak,
        };

        /// <summary>Rules whose severity a policy may set. PHI100 is not among them: an invalid policy always fails the build.</summary>
        public static IReadOnlyCollection<string> Configurable { get; } = new[]
        {
            LogLeak, SerializationLeak, UnencryptedStorage, ExceptionMessageLeak, TelemetryLeak, UrlLeak, ExpiredExemption, SuppressionWithoutJustification,
        };

        /// <summary>Rules an exemption may name (besides <c>*</c>).</summary>
        public static IReadOnlyCollection<string> Exemptible { get; } = new[]
        {
            LogLeak, SerializationLeak, UnencryptedStorage, ExceptionMessageLeak, TelemetryLeak, UrlLeak,
        };

        public static string HelpLink(string ruleId) =>
            "https://github.com/phiguard/phiguard/blob/main/docs/rules/" + ruleId + ".md";
    }
}
