namespace PhiGuard.Policy
{
    /// <summary>The seven ways a policy can say which code elements carry protected data.</summary>
    public enum SelectorKind
    {
        Type,
        Member,
        Namespace,
        DerivedFrom,
        Attribute,
        Name,
        Source,
    }
}
