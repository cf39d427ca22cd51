using System.Linq;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary>The tool calls itself phiguard in every command's help, whatever file the process was started from.</summary>
    public class HelpTextTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("scan")]
        [InlineData("baseline")]
        [InlineData("baseline create")]
        [InlineData("policy")]
        [InlineData("policy validate")]
        [InlineData("policy test")]
        [InlineData("policy explain")]
        [InlineData("init")]
        [InlineData("inventory")]
        public async Task Help_names_the_tool_phiguard(string command)
        {
            using var directory = new TempDirectory();
            var arguments = command.Split(' ', System.StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();

            var run = await PhiGuardTool.RunAsync(directory.Path, arguments);

            Assert.True(run.ExitCode == 0, run.ToString());
            var lines = run.Output.Replace("\r\n", "\n").Split('\n');
            var usage = System.Array.IndexOf(lines, "Usage:");
            Assert.True(usage >= 0 && usage + 1 < lines.Length, run.ToString());
            Assert.StartsWith(("  phiguard " + command).TrimEnd() + " ", lines[usage + 1]);
            Assert.DoesNotContain("PhiGuard.Cli", run.Output);
        }
    }
}
