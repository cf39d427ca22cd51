using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>
    /// Where PHI004 looks: exception messages and exception data. <c>ArgumentOutOfRangeException</c> appends its
    /// <c>actualValue</c> to the message.
    /// </summary>
    internal static class ExceptionSinks
    {
        public static readonly SinkDefinition[] All =
        {
            SinkDefinition.Of(SinkKind.Exception, "System.Exception", ".ctor").Derived().Only("message", "actualValue"),
            SinkDefinition.Of(SinkKind.Exception, "System.Collections.IDictionary", "set_Item", "Add").Derived().Only("value").OnReceiver("System.Exception.Data"),
        };
    }
}
