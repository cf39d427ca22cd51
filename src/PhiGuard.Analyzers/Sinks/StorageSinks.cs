using System;
using System.Linq;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>
    /// Where PHI003 looks for values stored unencrypted: files and streams, SQL parameters and text, caches,
    /// cookies, session state and browser storage. EF Core columns are a model question, answered by
    /// <c>Rules/EntityFramework</c>, not by these rows. A writer is storage where it is bound to a file (a path, a
    /// <c>FileStream</c>); what it writes into memory, a builder or a caller's writer reaches a file where those do,
    /// which the flow engine follows (<c>FlowWalker.Writers</c>).
    /// </summary>
    internal static class StorageSinks
    {
        private const SinkKind Store = SinkKind.Store;

        private static readonly string[] BrowserStorage = { "localStorage.setItem", "sessionStorage.setItem", "window.localStorage.setItem", "window.sessionStorage.setItem" };

        public static readonly SinkDefinition[] All =
        {
            SinkDefinition.Of(Store, "System.IO.File", "WriteAll*", "AppendAll*").Only("contents", "bytes"),
            SinkDefinition.Of(Store, "System.IO.TextWriter", "Write", "WriteLine", "WriteAsync", "WriteLineAsync").Derived().When(StreamTargets.WritesToFile),
            SinkDefinition.Of(Store, "System.IO.BinaryWriter", "Write").Derived().When(StreamTargets.WritesToFile),
            SinkDefinition.Of(Store, "System.IO.Stream", "Write", "WriteAsync", "WriteByte", "BeginWrite").Derived().When(StreamTargets.WritesToFile),
            SinkDefinition.Of(Store, "System.Xml.XmlWriter", "Write*").Derived().When(StreamTargets.WritesToFile),
            SinkDefinition.Of(Store, "System.Text.Json.Utf8JsonWriter", "Write*").When(StreamTargets.WritesToFile),
            SinkDefinition.Of(Store, "Newtonsoft.Json.JsonWriter", "Write*").Derived().When(StreamTargets.WritesToFile),
            SinkDefinition.Of(Store, "System.Xml.XmlDocument", "Save").Derived().WithReceiver().Only().When(StreamTargets.SavesToPath),
            SinkDefinition.Of(Store, "System.Xml.Linq.XDocument", "Save").WithReceiver().Only().When(StreamTargets.SavesToPath),
            SinkDefinition.Of(Store, "System.Xml.Linq.XElement", "Save").WithReceiver().Only().When(StreamTargets.SavesToPath),

            SinkDefinition.Of(Store, "System.Data.Common.DbParameterCollection", "AddWithValue").Derived().Only("value"),
            SinkDefinition.Of(Store, "System.Data.Common.DbParameter", ".ctor", "set_Value").Derived().Only("value"),
            SinkDefinition.Of(Store, "System.Data.IDataParameter", "set_Value").Derived(),
            SinkDefinition.Of(Store, "System.Data.Common.DbCommand", ".ctor", "set_CommandText").Derived().Only("value", "commandText", "cmdText"),
            SinkDefinition.Of(Store, "System.Data.IDbCommand", "set_CommandText").Derived(),
            SinkDefinition.Of(Store, "Dapper.SqlMapper", "Execute*", "Query*").Only("sql"),
            SinkDefinition.Of(Store, "Dapper.SqlMapper", "Execute*", "Query*").Only("param").Structured(),
            SinkDefinition.Of(Store, "Dapper.CommandDefinition", ".ctor").Only("commandText"),
            SinkDefinition.Of(Store, "Dapper.CommandDefinition", ".ctor").Only("parameters").Structured(),
            SinkDefinition.Of(Store, "Dapper.DynamicParameters", "Add").Only("value"),
            SinkDefinition.Of(Store, "Dapper.DynamicParameters", ".ctor", "AddDynamicParams").Only("template", "param").Structured(),
            SinkDefinition.Of(Store, "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", "ExecuteSql*").Only("sql", "parameters"),

            SinkDefinition.Of(Store, "Microsoft.Extensions.Caching.Distributed.IDistributedCache", "Set", "SetAsync").Derived(),
            SinkDefinition.Of(Store, "Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions", "Set", "SetAsync", "SetString", "SetStringAsync"),
            SinkDefinition.Of(Store, "StackExchange.Redis.IDatabase", "StringSet*", "StringAppend*", "StringGetSet*", "HashSet*", "List*Push*", "ListInsert*", "ListSetByIndex*", "SetAdd*", "SortedSetAdd*", "StreamAdd*", "GeoAdd*", "HyperLogLogAdd*").Derived(),
            SinkDefinition.Of(Store, "StackExchange.Redis.IDatabaseAsync", "StringSet*", "StringAppend*", "StringGetSet*", "HashSet*", "List*Push*", "ListInsert*", "ListSetByIndex*", "SetAdd*", "SortedSetAdd*", "StreamAdd*", "GeoAdd*", "HyperLogLogAdd*").Derived(),

            SinkDefinition.Of(Store, "Microsoft.AspNetCore.Http.IResponseCookies", "Append").Derived(),
            SinkDefinition.Of(Store, "Microsoft.AspNetCore.Http.ISession", "Set").Derived(),
            SinkDefinition.Of(Store, "Microsoft.AspNetCore.Http.SessionExtensions", "SetString", "SetInt32"),
            SinkDefinition.Of(Store, "System.Web.HttpCookie", ".ctor", "set_Value", "set_Item").Only("value"),
            SinkDefinition.Of(Store, "System.Collections.Specialized.NameValueCollection", "set_Item", "Add", "Set").Derived().Only("value").OnReceiver("System.Web.HttpCookie.Values"),
            SinkDefinition.Of(Store, "Microsoft.JSInterop.IJSRuntime", "InvokeAsync").Derived().Only("args").When(CallsBrowserStorage),
            SinkDefinition.Of(Store, "Microsoft.JSInterop.JSRuntimeExtensions", "InvokeAsync", "InvokeVoidAsync").Only("args").When(CallsBrowserStorage),
            SinkDefinition.Of(Store, "Microsoft.JSInterop.JSInProcessRuntimeExtensions", "InvokeVoid").Only("args").When(CallsBrowserStorage),
            SinkDefinition.Of(Store, "Microsoft.JSInterop.IJSInProcessRuntime", "Invoke").Derived().Only("args").When(CallsBrowserStorage),
        };

        /// <summary>A JavaScript call into <c>localStorage</c> or <c>sessionStorage</c>, which keep what they are given in the browser in plain text.</summary>
        private static bool CallsBrowserStorage(SinkCall call)
        {
            var identifier = call.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "identifier")?.Value.ConstantValue;
            return identifier is { HasValue: true, Value: string name }
                && BrowserStorage.Contains(name, StringComparer.Ordinal);
        }
    }
}
