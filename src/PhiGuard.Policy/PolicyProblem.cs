namespace PhiGuard.Policy
{
    /// <summary>One reason a policy cannot be used, at the place that causes it.</summary>
    public sealed class PolicyProblem
    {
        public PolicyProblem(SourcePosition position, string message)
        {
            Position = position;
            Message = message;
        }

        public SourcePosition Position { get; }

        public string Message { get; }

        public override string ToString() => Position + ": " + Message;
    }
}
