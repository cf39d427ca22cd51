using System.Linq;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>Where PHI001 looks: every mainstream .NET logging API.</summary>
    internal static class LoggingSinks
    {
        private const SinkKind Log = SinkKind.Log;

        public static readonly SinkDefinition[] All =
        {
            SinkDefinition.Of(Log, "Microsoft.Extensions.Logging.LoggerExtensions", "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope").Template("message"),
            SinkDefinition.Of(Log, "Microsoft.Extensions.Logging.ILogger", "Log", "BeginScope").Derived(),

            SinkDefinition.Of(Log, "Serilog.ILogger", "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal").Derived().Template("messageTemplate"),
            SinkDefinition.Of(Log, "Serilog.Log", "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal").Template("messageTemplate"),
            SinkDefinition.Of(Log, "Serilog.ILogger", "ForContext").Derived().When(call => !Destructures(call)),
            SinkDefinition.Of(Log, "Serilog.ILogger", "ForContext").Derived().Only("value").Structured().When(Destructures),
            SinkDefinition.Of(Log, "Serilog.Log", "ForContext").When(call => !Destructures(call)),
            SinkDefinition.Of(Log, "Serilog.Log", "ForContext").Only("value").Structured().When(Destructures),
            SinkDefinition.Of(Log, "Serilog.Context.LogContext", "PushProperty").When(call => !Destructures(call)),
            SinkDefinition.Of(Log, "Serilog.Context.LogContext", "PushProperty").Only("value").Structured().When(Destructures),

            SinkDefinition.Of(Log, "NLog.ILoggerBase", "Log", "Trace", "Debug", "Info", "Warn", "Error", "Fatal").Derived().Template("message"),
            SinkDefinition.Of(Log, "NLog.ILogger", "Log", "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "ConditionalTrace", "ConditionalDebug", "WithProperty").Derived().Template("message"),
            SinkDefinition.Of(Log, "NLog.Logger", "Log", "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "ConditionalTrace", "ConditionalDebug", "WithProperty").Template("message"),
            SinkDefinition.Of(Log, "NLog.ILoggerExtensions", "ConditionalTrace", "ConditionalDebug").Template("message"),
            SinkDefinition.Of(Log, "NLog.ScopeContext", "PushProperty", "PushNestedState", "PushScopeNested"),
            SinkDefinition.Of(Log, "NLog.GlobalDiagnosticsContext", "Set"),
            SinkDefinition.Of(Log, "NLog.MappedDiagnosticsLogicalContext", "Set", "SetScoped", "PushProperty"),

            SinkDefinition.Of(Log, "log4net.ILog", "Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat").Derived(),
            SinkDefinition.Of(Log, "log4net.Core.ILogger", "Log").Derived(),
            SinkDefinition.Of(Log, "log4net.Util.ContextPropertiesBase", "set_Item").Derived(),
            SinkDefinition.Of(Log, "log4net.Util.ThreadContextStack", "Push").Derived(),

            SinkDefinition.Of(Log, "System.Console", "Write", "WriteLine"),
            SinkDefinition.Of(Log, "System.IO.TextWriter", "Write", "WriteLine", "WriteAsync", "WriteLineAsync").Derived().OnReceiver("System.Console.Out", "System.Console.Error"),
            SinkDefinition.Of(Log, "System.Diagnostics.Debug", "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Fail", "Assert"),
            SinkDefinition.Of(Log, "System.Diagnostics.Trace", "Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Fail", "Assert"),
            SinkDefinition.Of(Log, "System.Diagnostics.TraceSource", "TraceEvent", "TraceData", "TraceInformation", "TraceTransfer"),
            SinkDefinition.Of(Log, "System.Diagnostics.TraceListener", "Write", "WriteLine", "TraceData", "TraceEvent", "Fail").Derived(),
            SinkDefinition.Of(Log, "System.Diagnostics.EventLog", "WriteEntry", "WriteEvent"),
        };

        /// <summary>
        /// Serilog's <c>ForContext(name, value, destructureObjects: true)</c> and <c>PushProperty(name, value, true)</c>
        /// write the value member by member, as a <c>{@Hole}</c> does. A flag that is not a constant counts as set.
        /// </summary>
        private static bool Destructures(SinkCall call)
        {
            var flag = call.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "destructureObjects")?.Value.ConstantValue;
            return flag is not null && !(flag.Value is { HasValue: true, Value: false });
        }
    }
}
