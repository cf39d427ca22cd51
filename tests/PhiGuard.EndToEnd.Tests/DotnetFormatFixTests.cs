using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>PhiGuard's code fixes applied by a real client, `dotnet format analyzers`, from the packed package.</summary>
    [Collection(PackedPackageCollection.Name)]
    public class DotnetFormatFixTests
    {
        private const string Policy = """
            {
              "version": 1,
              "protected": [ { "type": "App.Domain.Patient", "reason": "patient record" } ],
              "unprotected": [ { "member": "App.Domain.Patient.Id" } ]
            }
            """;

        private const string Model = """
            namespace App.Domain;

            public class Patient
            {
                public int Id { get; set; }

                public string Name { get; set; } = "";

                public string Nhi { get; set; } = "";
            }
            """;

        private const string Program = """
            using System.Text.Json;
            using App.Domain;

            namespace App;

            public static class Program
            {
                public static void Main()
                {
                    var patient = new Patient { Id = 7, Name = "Ana", Nhi = "ZAA0067" };
                    var payload = JsonSerializer.Serialize(patient);
                    System.Console.WriteLine(payload.Length);
                }
            }
            """;

        private readonly PackedPackageFixture _package;

        public DotnetFormatFixTests(PackedPackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public async Task Dotnet_format_applies_the_PHI002_fix_quietly_and_the_rebuilt_project_is_clean_of_it()
        {
            using var project = new ConsumerProject(_package)
                .Write("phiguard.json", Policy)
                .Write("app/Domain/Patient.cs", Model)
                .Write("app/Program.cs", Program);
            var before = await project.BuildAsync();
            Assert.True(before.ExitCode == 0, before.Output);
            Assert.Single(before.OfRule("PHI002"));

            var format = await project.FormatAnalyzersAsync("--diagnostics", "PHI002", "--severity", "info");

            Assert.True(format.ExitCode == 0, format.Output);
            Assert.DoesNotContain("Unable to fix", format.Output, System.StringComparison.Ordinal);
            var model = project.Read("app/Domain/Patient.cs");
            Assert.True(model.Contains("using System.Text.Json.Serialization;", System.StringComparison.Ordinal), format.Output + "\n" + model);
            Assert.Equal(2, Regex.Matches(model, @"\[JsonIgnore\]\s+public string (Name|Nhi) ").Count);
            Assert.DoesNotContain("[JsonIgnore]\n    public int Id", model.Replace("\r\n", "\n"));
            Assert.Equal(Program, project.Read("app/Program.cs"));

            var after = await project.BuildAsync();
            Assert.True(after.ExitCode == 0, after.Output);
            Assert.Empty(after.OfRule("PHI002"));
            Assert.DoesNotContain(after.Diagnostics, d => d.Severity == "error");
        }
    }
}
