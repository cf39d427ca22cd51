using System.Collections.Generic;
using System.Linq;

namespace PhiGuard.Cli.Analysis.NoBuild
{
    /// <summary>
    /// The global usings the .NET SDK generates for <c>&lt;ImplicitUsings&gt;enable&lt;/ImplicitUsings&gt;</c>,
    /// which a scan without a build must add itself for such code to bind.
    /// </summary>
    internal static class ImplicitUsings
    {
        private static readonly string[] Common =
        {
            "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
        };

        private static readonly string[] Web =
        {
            "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
            "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
            "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
        };

        private static readonly string[] Worker =
        {
            "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
        };

        public static string SourceFor(IEnumerable<string> sdks)
        {
            var namespaces = new SortedSet<string>(Common, System.StringComparer.Ordinal);
            foreach (var sdk in sdks)
            {
                if (sdk.Contains("Microsoft.NET.Sdk.Web", System.StringComparison.OrdinalIgnoreCase) || sdk.Contains("Microsoft.NET.Sdk.Razor", System.StringComparison.OrdinalIgnoreCase))
                {
                    namespaces.UnionWith(Web);
                }
                else if (sdk.Contains("Microsoft.NET.Sdk.Worker", System.StringComparison.OrdinalIgnoreCase))
                {
                    namespaces.UnionWith(Worker);
                }
            }

            return string.Concat(namespaces.Select(ns => "global using global::" + ns + ";\n"));
        }
    }
}
