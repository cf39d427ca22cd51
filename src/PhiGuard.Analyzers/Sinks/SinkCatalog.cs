using System.Collections.Generic;
using System.Linq;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>Every built-in sink, as data. A rule names its sink kind; this table says where that kind is.</summary>
    internal static class SinkCatalog
    {
        public static IReadOnlyList<SinkDefinition> All { get; } =
            LoggingSinks.All
                .Concat(ExceptionSinks.All)
                .Concat(TelemetrySinks.All)
                .Concat(SerializationSinks.All)
                .Concat(StorageSinks.All)
                .Concat(UrlSinks.All)
                .ToList();
    }
}
