using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary>
    /// Inputs that are not what they seem: devices, FIFOs, directories, link cycles, bytes that are not UTF-8. Each is
    /// refused with one line that says what it is, never a hang, a crash or a destroyed file. Device nodes and FIFOs are
    /// made in the test's own folder (the tests run as root on Linux), never under /dev.
    /// </summary>
    public class HostileInputTests
    {
        [Fact]
        public async Task Validating_an_empty_path_says_no_path_was_given()
        {
            using var directory = new TempDirectory();

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "");

            AssertOneLineError(run, "no path was given");
        }

        [Fact]
        public async Task Validating_a_directory_says_it_is_a_directory()
        {
            using var directory = new TempDirectory().Write("policies/keep", string.Empty);

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "policies");

            AssertOneLineError(run, "it is a directory, not a regular file");
        }

        [LinuxFact]
        public async Task Validating_a_fifo_or_a_device_says_what_it_is_without_waiting()
        {
            using var directory = new TempDirectory();
            Node(directory["pipe.json"], "p");
            Node(directory["zero.json"], "c", "1", "5");

            AssertOneLineError(await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "pipe.json"), "it is a FIFO (named pipe), not a regular file");
            AssertOneLineError(await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "zero.json"), "it is a character device, not a regular file");
        }

        [LinuxFact]
        public async Task Extending_a_fifo_or_a_device_is_PHI100_at_the_entry()
        {
            using var directory = new TempDirectory().Write("phiguard.json", "{ \"version\": 1,\n  \"extends\": [ \"pipe.json\", \"zero.json\" ] }");
            Node(directory["pipe.json"], "p");
            Node(directory["zero.json"], "c", "1", "5");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "phiguard.json");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("phiguard.json:2:16: error PHI100: cannot read the extended policy \"pipe.json\"", run.Output);
            Assert.Contains("it is a FIFO (named pipe), not a regular file", run.Output);
            Assert.Contains("phiguard.json:2:29: error PHI100: cannot read the extended policy \"zero.json\"", run.Output);
            Assert.Contains("it is a character device, not a regular file", run.Output);
        }

        [LinuxFact]
        public async Task A_baseline_that_is_a_directory_or_a_fifo_says_so()
        {
            using var code = ClinicCode.Create().Write("baselines/keep", string.Empty);
            Node(code["pipe.json"], "p");

            AssertOneLineError(await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--baseline", "baselines"), "it is a directory, not a regular file");
            AssertOneLineError(await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--baseline", "pipe.json"), "it is a FIFO (named pipe), not a regular file");
        }

        [LinuxFact]
        public async Task A_symbolic_link_cycle_is_called_a_cycle()
        {
            using var directory = new TempDirectory();
            File.CreateSymbolicLink(directory["link.json"], "link.json");

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "link.json");

            AssertOneLineError(run, "a symbolic link that leads back to itself");
        }

        [Theory]
        [InlineData(new byte[] { 0xFF })]
        [InlineData(new byte[] { 0xC0, 0xAF })]
        [InlineData(new byte[] { 0xBF })]
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
        public async Task Bytes_that_are_not_UTF8_are_reported_at_their_line_and_column(byte[] invalid)
        {
            using var directory = new TempDirectory();
            File.WriteAllBytes(directory["phiguard.json"], Encoding.ASCII.GetBytes("{ \"version\": 1,\n  \"name\": \"ab").Concat(invalid).Concat(Encoding.ASCII.GetBytes("\" }")).ToArray());

            var run = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "phiguard.json");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("phiguard.json:2:14: error PHI100: the policy file is not valid UTF-8 here", run.Output);
        }

        [Fact]
        public async Task A_trailing_nul_and_an_extends_path_with_a_nul_are_reported_where_they_stand()
        {
            using var directory = new TempDirectory()
                .Write("trailing.json", "{ \"version\": 1 }\0")
                .Write("nul.json", "{ \"version\": 1, \"extends\": [\"b\\u0000.json\"] }");

            var trailing = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "trailing.json");
            var nul = await PhiGuardTool.RunAsync(directory.Path, "policy", "validate", "nul.json");

            Assert.True(trailing.ExitCode == 2, trailing.ToString());
            Assert.Contains("trailing.json:1:17: error PHI100: a raw control character (U+0000)", trailing.Output);
            Assert.True(nul.ExitCode == 2, nul.ToString());
            Assert.Contains("nul.json:1:29: error PHI100: an \"extends\" path cannot contain the character U+0000", nul.Output);
        }

        [LinuxFact]
        public async Task Output_onto_a_device_a_fifo_or_a_link_writes_through_and_keeps_them()
        {
            using var code = ClinicCode.Create();
            Node(code["null-device"], "c", "1", "3");
            Node(code["pipe"], "p");
            code.Write("reports/real.txt", "old");
            File.CreateSymbolicLink(code["link.txt"], code["reports/real.txt"]);
            var piped = Task.Run(() => File.ReadAllText(code["pipe"]));

            var device = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--output", "null-device");
            var fifo = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--output", "pipe");
            var link = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--output", "link.txt");

            Assert.True(device.ExitCode == 1, device.ToString());
            Assert.Equal("c", Stat(code["null-device"]));
            Assert.True(fifo.ExitCode == 1, fifo.ToString());
            Assert.Equal("p", Stat(code["pipe"]));
            Assert.Contains("PHI001", await piped.WaitAsync(TimeSpan.FromMinutes(2)));
            Assert.True(link.ExitCode == 1, link.ToString());
            Assert.Equal(code["reports/real.txt"], new FileInfo(code["link.txt"]).LinkTarget);
            Assert.Contains("PHI001", code.Read("reports/real.txt"));
        }

        [LinuxFact]
        public async Task A_source_file_that_cannot_be_read_makes_the_scan_incomplete_in_every_format()
        {
            using var code = ClinicCode.Create();
            File.CreateSymbolicLink(code["Broken.cs"], "missing.cs");

            var text = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build");
            var json = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "json", "--fail-on", "none");
            var sarif = await PhiGuardTool.RunAsync(code.Path, "scan", ".", "--no-build", "--format", "sarif", "--fail-on", "none");

            Assert.True(text.ExitCode == 2, text.ToString());
            Assert.Contains("INCOMPLETE: 1 input could not be read", text.Output);
            Assert.Contains("Broken.cs", text.Error);
            Assert.True(json.ExitCode == 2, json.ToString());
            Assert.False(JsonNode.Parse(json.Output)!["summary"]!["complete"]!.GetValue<bool>());
            Assert.Equal(2, JsonNode.Parse(json.Output)!["exitCode"]!.GetValue<int>());
            Assert.True(sarif.ExitCode == 2, sarif.ToString());
            Assert.False(JsonNode.Parse(sarif.Output)!["runs"]![0]!["invocations"]![0]!["executionSuccessful"]!.GetValue<bool>());
        }

        [LinuxFact]
        public async Task A_project_source_that_cannot_be_read_makes_a_scan_with_msbuild_incomplete()
        {
            using var code = ClinicCode.Create().Write("Clinic.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>");
            File.CreateSymbolicLink(code["src/Clinic/Broken.cs"], "missing.cs");

            var run = await PhiGuardTool.RunAsync(code.Path, "scan", "Clinic.csproj", "--format", "json", "--fail-on", "none");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("Broken.cs: no such file", run.Error);
            Assert.False(JsonNode.Parse(run.Output)!["summary"]!["complete"]!.GetValue<bool>());
        }

        [Fact]
        public async Task A_solution_scanned_without_a_build_is_limited_to_its_projects_and_missing_ones_are_an_error()
        {
            using var code = ClinicCode.Create()
                .Write("Clinic.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
                .Write("Other/Other.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
                .Write("Other/Leak.cs", "public class Leak { public void Run(Clinic.Patient patient) => System.Console.WriteLine(patient.Name); }")
                .Write("Clinic.sln", Solution("Clinic.csproj"))
                .Write("Broken.sln", Solution("Clinic.csproj", "Gone\\Gone.csproj"));

            var scoped = await PhiGuardTool.RunAsync(code.Path, "scan", "Clinic.sln", "--no-build", "--format", "json");
            var broken = await PhiGuardTool.RunAsync(code.Path, "scan", "Broken.sln", "--no-build");

            Assert.True(scoped.ExitCode == 1, scoped.ToString());
            Assert.DoesNotContain("Leak.cs", scoped.Output);
            AssertOneLineError(broken, "its project " + Path.Combine("Gone", "Gone.csproj") + " does not exist");
        }

        private static string Solution(params string[] projects) =>
            "Microsoft Visual Studio Solution File, Format Version 12.00\n"
            + string.Concat(projects.Select(project => "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"" + Path.GetFileNameWithoutExtension(project) + "\", \"" + project + "\", \"{" + Guid.NewGuid().ToString().ToUpperInvariant() + "}\"\nEndProject\n"));

        private static void Node(string path, params string[] kind)
        {
            var tool = kind[0] == "p" ? "mkfifo" : "mknod";
            var arguments = kind[0] == "p" ? new[] { path } : new[] { path }.Concat(kind).ToArray();
            using var process = Process.Start(new ProcessStartInfo(tool, arguments) { UseShellExecute = false })!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }

        /// <summary>The kind of file at <paramref name="path"/> as <c>ls -l</c> shows it: <c>c</c>, <c>p</c>, <c>-</c>.</summary>
        private static string Stat(string path)
        {
            using var process = Process.Start(new ProcessStartInfo("stat", new[] { "-c", "%A", path }) { UseShellExecute = false, RedirectStandardOutput = true })!;
            var mode = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return mode.Substring(0, 1);
        }

        private static void AssertOneLineError(ToolRun run, string expected)
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            var lines = run.Error.Trim().Split('\n');
            Assert.True(lines.Length == 1, run.ToString());
            Assert.StartsWith("phiguard: error: ", lines[0]);
            Assert.Contains(expected, lines[0]);
        }
    }
}
