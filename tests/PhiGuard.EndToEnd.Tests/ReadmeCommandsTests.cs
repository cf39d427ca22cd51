using System.Threading.Tasks;
using Xunit;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>
    /// The README's two commands in the order it gives them: `dotnet build samples/PatientPortal`, then the tests. The
    /// first leaves an up-to-date build behind; the sample test that follows must not depend on it.
    /// </summary>
    [Collection(SampleBuildCollection.Name)]
    public class ReadmeCommandsTests
    {
        [Fact]
        public async Task Sample_test_passes_after_the_readme_main_command_built_the_sample()
        {
            var readme = await ProcessRunner.RunAsync("dotnet", new[] { "build", "samples/PatientPortal" }, RepositoryPaths.Root);
            Assert.True(readme.ExitCode == 0, readme.Output);

            await SampleBuildTests.AssertBuildReportsTheSeededLeaks("PatientPortal");
        }
    }
}
