namespace PhiGuard.Policy
{
    /// <summary>A rule's severity as a policy sets it; <see cref="None"/> turns the rule off.</summary>
    public enum RuleSeverity
    {
        Error,
        Warning,
        Info,
        Hidden,
        None,
    }
}
