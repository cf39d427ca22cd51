namespace PhiGuard.Policy
{
    /// <summary>An entry of <c>rules</c>: the severity a policy gives one rule.</summary>
    public sealed class RuleSetting
    {
        public RuleSetting(string ruleId, RuleSeverity severity, SourcePosition position)
        {
            RuleId = ruleId;
            Severity = severity;
            Position = position;
        }

        public string RuleId { get; }

        public RuleSeverity Severity { get; }

        public SourcePosition Position { get; }
    }
}
