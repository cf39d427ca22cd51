using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>The end of a leak message: what happens to the data, and where.</summary>
    internal static class SinkPhrases
    {
        public static string Of(SinkKind kind, string sink) => kind switch
        {
            SinkKind.Log => "is written to a log by " + sink,
            SinkKind.Serialize => "is serialized by " + sink,
            SinkKind.Store => "is stored unencrypted by " + sink,
            SinkKind.Exception => "is put into an exception by " + sink,
            SinkKind.Telemetry => "is attached to telemetry by " + sink,
            _ => "is placed in a URL by " + sink,
        };
    }
}
