using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary><c>phiguard inventory</c>: the data map as JSON, and as an HTML page rendered by headless Chromium.</summary>
    public class InventoryCommandTests
    {
        [Fact]
        public async Task Json_inventory_lists_protected_symbols_and_their_flows_into_sinks()
        {
            using var reports = new TempDirectory();

            var run = await PhiGuardTool.RunAsync(RepositoryPaths.Root, "inventory", "samples/PatientPortal", "--no-build", "--format", "json", "--output", reports["map.json"]);

            Assert.True(run.ExitCode == 0, run.ToString());
            using var json = JsonDocument.Parse(reports.Read("map.json"));
            var symbols = json.RootElement.GetProperty("symbols").EnumerateArray().ToList();
            var nhi = symbols.Single(s => s.GetProperty("name").GetString() == "PatientPortal.Domain.Patient.Nhi");
            Assert.Equal("samples/PatientPortal/Domain/Patient.cs:10", nhi.GetProperty("declaredAt").GetString());
            Assert.Contains(symbols, s => s.GetProperty("name").GetString() == "PatientPortal.Domain.Patient" && s.GetProperty("kind").GetString() == "type");
            Assert.DoesNotContain(symbols, s => s.GetProperty("name").GetString() == "PatientPortal.Domain.Patient.Id");
            var flows = json.RootElement.GetProperty("flows").EnumerateArray().ToList();
            Assert.Equal(9, flows.Count);
            Assert.Contains(flows, f => f.GetProperty("subject").GetString() == "Patient.Nhi" && f.GetProperty("at").GetString() == "samples/PatientPortal/Endpoints/NotesEndpoints.cs:26");
        }

        [Fact]
        public async Task Html_inventory_renders_its_summary_chart_and_filterable_table_in_chromium()
        {
            using var reports = new TempDirectory();
            var run = await PhiGuardTool.RunAsync(RepositoryPaths.Root, "inventory", "samples/PatientPortal", "--no-build", "--output", reports["map.html"]);
            Assert.True(run.ExitCode == 0, run.ToString());
            var html = reports.Read("map.html");
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);

            var all = await Chromium.DumpDomAsync(reports, "map.html", string.Empty);
            var filtered = await Chromium.DumpDomAsync(reports, "map.html", "#q=Nhi&rule=PHI001");

            var rows = Regex.Matches(all, "<tr class=\"row\"[^>]*>").Count;
            Assert.True(rows >= 14, all);
            Assert.Contains("PatientPortal.Domain.Patient.Nhi", all);
            Assert.Contains("<div class=\"card\" id=\"flows\"><span class=\"value\">9</span>", all);
            Assert.Matches("<rect class=\"bar\" data-rule=\"PHI003\" data-project=\"PatientPortal\"", all);
            Assert.Matches("<rect class=\"bar\" data-rule=\"PHI001\" data-project=\"PatientPortal\"", all);
            Assert.Contains("id=\"shown\">" + rows + " of " + rows + " rows", all);
            Assert.Contains("id=\"shown\">1 of " + rows + " rows", filtered);
            var visible = Regex.Matches(filtered, "<tr class=\"row\"(?![^>]*hidden)[^>]*>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).ToList();
            Assert.Contains("NotesEndpoints.cs:26", Assert.Single(visible));
        }
    }
}
