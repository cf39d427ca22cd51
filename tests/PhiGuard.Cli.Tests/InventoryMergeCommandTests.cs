using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary>
    /// <c>phiguard inventory merge</c>: the inventories of many repositories as one organisation's data map, rendered
    /// in headless Chromium; inventories of other tools, other versions or damaged ones are refused.
    /// </summary>
    public class InventoryMergeCommandTests
    {
        private static readonly string Soon = DateTime.UtcNow.Date.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private const string Patient = "namespace Clinic { public class Patient { public string Name { get; set; } = \"\"; } }\n";

        private static string Policy(string expires, string approvedSinks = "[]") => """
            {
              "version": 1,
              "protected": [ { "type": "Clinic.Patient" } ],
              "exemptions": [ { "rule": "PHI001", "scope": "Clinic.Jobs.*", "justification": "nightly export to the audit store", "expires": "EXPIRES", "approvedBy": "security@contoso.example", "ticket": "SEC-9" } ],
              "approvedSinks": APPROVED
            }
            """.Replace("EXPIRES", expires, StringComparison.Ordinal).Replace("APPROVED", approvedSinks, StringComparison.Ordinal);

        /// <summary>
        /// Two repositories that both hold Clinic.Patient, each inventoried as its CI job would: billing's exemption
        /// expires soon; portal approves Debug.WriteLine until soon, so one of its two flows is approved.
        /// </summary>
        private static async Task<TempDirectory> TwoRepositories()
        {
            var directory = new TempDirectory()
                .Write("billing/phiguard.json", Policy(Soon))
                .Write("billing/Patient.cs", Patient)
                .Write("billing/Invoice.cs", "namespace Billing { public class Invoice { public void Send(Clinic.Patient p) => System.Console.WriteLine(p.Name); } }\n")
                .Write("portal/phiguard.json", Policy("2099-12-31", "[ { \"sink\": \"System.Diagnostics.Debug.WriteLine\", \"justification\": \"debug output stays on the developer's machine\", \"expires\": \"" + Soon + "\", \"approvedBy\": \"privacy@contoso.example\" } ]"))
                .Write("portal/Patient.cs", Patient)
                .Write("portal/Page.cs", "namespace Portal { public class Page { public void Show(Clinic.Patient p) { System.Diagnostics.Debug.WriteLine(p.Name); System.Console.WriteLine(p.Name); } } }\n");
            foreach (var repository in new[] { "billing", "portal" })
            {
                var run = await PhiGuardTool.RunAsync(directory.Path, "inventory", repository, "--no-build", "--format", "json", "--repository", repository, "--output", repository + ".json");
                Assert.True(run.ExitCode == 0, run.ToString());
            }

            return directory;
        }

        [Fact]
        public async Task Json_inventory_names_its_repository_and_the_exemptions_it_relies_on()
        {
            using var directory = await TwoRepositories();

            using var json = JsonDocument.Parse(directory.Read("billing.json"));

            Assert.Equal(2, json.RootElement.GetProperty("version").GetInt32());
            Assert.Equal("billing", json.RootElement.GetProperty("repository").GetString());
            var exemption = Assert.Single(json.RootElement.GetProperty("exemptions").EnumerateArray());
            Assert.Equal("Clinic.Jobs.*", exemption.GetProperty("scope").GetString());
            Assert.Equal(Soon, exemption.GetProperty("expires").GetString());
            Assert.Equal("security@contoso.example", exemption.GetProperty("approvedBy").GetString());
            Assert.Equal("phiguard.json:4", exemption.GetProperty("at").GetString());
        }

        [Fact]
        public async Task Merged_page_shows_repositories_types_flows_and_expiring_exemptions_in_chromium()
        {
            using var directory = await TwoRepositories();

            var run = await PhiGuardTool.RunAsync(directory.Path, "inventory", "merge", "billing.json", "portal.json", "--output", "org.html");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("data map of 2 repositories written to org.html", run.Output);
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", directory.Read("org.html"));
            var all = await Chromium.DumpDomAsync(directory, "org.html", string.Empty);
            var portalOnly = await Chromium.DumpDomAsync(directory, "org.html", "#repo=portal");

            Assert.Contains("<div class=\"card\" id=\"repositories\"><span class=\"value\">2</span>", all);
            Assert.Contains("<div class=\"card\" id=\"flows\"><span class=\"value\">2</span>", all);
            Assert.Contains("<div class=\"card\" id=\"approved-sinks\"><span class=\"value\">1</span>", all);
            Assert.Contains("<div class=\"card\" id=\"expiring\"><span class=\"value\">2</span>", all);
            Assert.Contains("<tr><td>Clinic.Patient</td><td>billing, portal</td></tr>", all);
            Assert.Contains("<tr><td>portal</td><td>1</td><td>1</td><td>1</td><td>1</td><td>1</td><td>1</td>", all);
            var expiring = Regex.Match(all, "<table id=\"expiring-permissions\">.*?</table>", RegexOptions.Singleline).Value;
            Assert.Contains("<tr class=\"expiring\"><td>billing</td><td>exemption</td><td>PHI001</td><td>Clinic.Jobs.*</td><td>" + Soon + "</td><td>security@contoso.example</td><td>SEC-9</td>", expiring);
            Assert.Contains("<tr class=\"expiring\"><td>portal</td><td>approved sink</td><td>every leak rule</td><td>System.Diagnostics.Debug.WriteLine</td><td>" + Soon + "</td><td>privacy@contoso.example</td>", expiring);
            Assert.Equal(2, Regex.Matches(expiring, "<tr class=\"expiring\">").Count);
            var approved = Regex.Match(all, "<table id=\"approved-sinks\">.*?</table>", RegexOptions.Singleline).Value;
            Assert.Contains("<td>portal</td><td>System.Diagnostics.Debug.WriteLine</td><td>every leak rule</td><td>1</td>", approved);
            Assert.Contains("id=\"shown\">2 of 2 rows", all);
            Assert.Contains("id=\"shown\">1 of 2 rows", portalOnly);
            var visible = Regex.Matches(portalOnly, "<tr class=\"row\"(?![^>]*hidden)[^>]*>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).ToList();
            Assert.All(visible, row => Assert.Contains("<td>portal</td>", row));
        }

        [Fact]
        public async Task Markup_in_an_inventory_is_shown_as_text_not_run()
        {
            using var directory = new TempDirectory().Write("evil.json", """
                {
                  "version": 2,
                  "tool": { "name": "PhiGuard", "version": "1.0.0" },
                  "repository": "<img id=\"injected\" src=x onerror=\"document.title='owned'\">",
                  "symbols": [ { "kind": "type", "name": "</script><script>document.title='owned'</script>", "protectedBy": "x", "declaredAt": "a.cs:1", "project": "p" } ],
                  "flows": [ { "subject": "<b id=\"bold\">s</b>", "rule": "PHI001", "reaches": "log", "sink": "s", "at": "a.cs:2", "project": "p" } ],
                  "exemptions": [],
                  "approvedSinks": [],
                  "approvedFlows": []
                }
                """);

            var run = await PhiGuardTool.RunAsync(directory.Path, "inventory", "merge", "evil.json", "--output", "org.html");

            Assert.True(run.ExitCode == 0, run.ToString());
            var dom = await Chromium.DumpDomAsync(directory, "org.html", string.Empty);
            Assert.DoesNotContain("<img id=\"injected\"", dom);
            Assert.DoesNotContain("<b id=\"bold\"", dom);
            Assert.DoesNotContain("<title>owned</title>", dom);
            Assert.Contains("&lt;img id=\"injected\"", dom);
            Assert.Contains("id=\"shown\">1 of 1 rows", dom);
        }

        [Theory]
        [InlineData("""{ "version": 1, "tool": { "name": "PhiGuard", "version": "0.9.0" }, "symbols": [], "flows": [] }""", "is a PhiGuard inventory of an older version (1); this phiguard merges version 2")]
        [InlineData("""{ "version": 3, "tool": { "name": "PhiGuard", "version": "9.0.0" }, "repository": "r", "symbols": [], "flows": [], "exemptions": [] }""", "is a PhiGuard inventory of a newer version (3)")]
        [InlineData("""{ "version": 2, "tool": { "name": "OtherScanner" }, "repository": "r", "symbols": [], "flows": [], "exemptions": [] }""", "is not a PhiGuard inventory (written by \"OtherScanner\")")]
        [InlineData("""{ "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [] }""", "is not a PhiGuard inventory (no tool named)")]
        [InlineData("""[ 1, 2, 3 ]""", "is not a PhiGuard inventory (no tool named)")]
        [InlineData("""{ "version": 2, "tool": { "name": "PhiGuard" }, "repository": "r", "symbols": [], "flows": [] }""", "has no \"exemptions\" array")]
        [InlineData("""{ "version": 2, "tool": { "name": "PhiGuard" }, "repository": "r", "symbols": [ { "kind": "type", "name": 7 } ], "flows": [], "exemptions": [] }""", "symbols[0].name is not a string")]
        [InlineData("""{ "version": 2, "tool": { "name": "PhiGuard" }, "repository": "r", "symbols": [], "flows": [], "exemptions": [ { "rule": "PHI001", "scope": "s", "justification": "j", "expires": "soon", "at": "p:1" } ] }""", "exemptions[0].expires is not a date")]
        [InlineData("""{ "version": 2, "tool": { "name": "PhiGuard" }, "repository": "r", "symbols": [], "flows": [], "exemptions": [], "approvedSinks": [ { "sink": "A.B", "rules": [], "justification": "j", "expires": "2030-01-01", "entryAt": "p:1", "flows": -1 } ], "approvedFlows": [] }""", "approvedSinks[0].flows is not a count")]
        [InlineData("""{ "version": 2, "tool": """, "is not JSON")]
        public async Task Inventory_from_another_tool_version_or_damaged_is_refused_in_one_line(string content, string message)
        {
            using var directory = (await TwoRepositories()).Write("bad.json", content);

            var run = await PhiGuardTool.RunAsync(directory.Path, "inventory", "merge", "billing.json", "bad.json", "--output", "org.html");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Single(run.Error.Trim().Split('\n'));
            Assert.StartsWith("phiguard: error: bad.json " + message, run.Error.Trim(), StringComparison.Ordinal);
            Assert.False(File.Exists(directory["org.html"]));
        }

        [Fact]
        public async Task Same_repository_twice_is_refused_with_the_fix()
        {
            using var directory = await TwoRepositories();
            File.Copy(directory["billing.json"], directory["billing-again.json"]);

            var run = await PhiGuardTool.RunAsync(directory.Path, "inventory", "merge", "billing.json", "billing-again.json", "--output", "org.html");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("the repository 'billing' is in billing.json and billing-again.json; pass one inventory per repository, or name them with 'phiguard inventory --repository NAME'", run.Error);
        }
    }
}
