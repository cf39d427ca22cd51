namespace PhiGuard.Policy
{
    /// <summary>Where protected data must not go; each kind is one leak rule.</summary>
    public enum SinkKind
    {
        Log,
        Serialize,
        Store,
        Exception,
        Telemetry,
        Url,
    }
}
