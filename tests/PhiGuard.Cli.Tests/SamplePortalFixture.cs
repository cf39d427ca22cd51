using System;
using System.IO;
using System.Threading.Tasks;
using PhiGuard.Cli.Tests.Support;
using Xunit;

namespace PhiGuard.Cli.Tests
{
    /// <summary>
    /// Restores the sample portal and scans it once with MSBuild (the way CI scans a solution), writing SARIF; the
    /// tests of that path share the run, which takes tens of seconds.
    /// </summary>
    public sealed class SamplePortalFixture : IAsyncLifetime
    {
        public TempDirectory Reports { get; } = new();

        public ToolRun SarifScan { get; private set; } = null!;

        public string SarifPath => Reports["portal.sarif"];

        public async Task InitializeAsync()
        {
            var restore = await PhiGuardTool.RunProcessAsync("dotnet", new[] { "restore", RepositoryPaths.SamplePortal, "--disable-build-servers" }, RepositoryPaths.Root);
            if (restore.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet restore of the sample failed:\n" + restore);
            }

            SarifScan = await PhiGuardTool.RunAsync(RepositoryPaths.Root, "scan", Path.Combine("samples", "PatientPortal", "PatientPortal.csproj"), "--format", "sarif", "--output", SarifPath);
        }

        public Task DisposeAsync()
        {
            Reports.Dispose();
            return Task.CompletedTask;
        }
    }

    [CollectionDefinition(Name)]
    public sealed class SamplePortalCollection : ICollectionFixture<SamplePortalFixture>
    {
        public const string Name = "Sample portal scanned with MSBuild";
    }
}
