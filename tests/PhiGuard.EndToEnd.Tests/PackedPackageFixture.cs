using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>
    /// Packs PhiGuard once per test run, as `dotnet pack -c Release` does, into a local folder feed. Each run gets
    /// its own prerelease version so consumers never restore a stale copy from the NuGet cache.
    /// </summary>
    public sealed class PackedPackageFixture : IAsyncLifetime
    {
        public string Feed { get; } = Path.Combine(Path.GetTempPath(), "phiguard-e2e-feed-" + Guid.NewGuid().ToString("N"));

        public string Version { get; } = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

        public string PackagePath => Path.Combine(Feed, "PhiGuard." + Version + ".nupkg");

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(Feed);
            var result = await ProcessRunner.RunAsync(
                "dotnet",
                new[] { "pack", RepositoryPaths.PackageProject, "-c", "Release", "-o", Feed, "-p:PackageVersion=" + Version, "--disable-build-servers" },
                RepositoryPaths.Root).ConfigureAwait(false);
            if (result.ExitCode != 0 || !File.Exists(PackagePath))
            {
                throw new InvalidOperationException("dotnet pack failed (exit " + result.ExitCode + "); files: " + string.Join(", ", Directory.GetFiles(Feed).Select(Path.GetFileName)) + "\n" + result.Output);
            }
        }

        public Task DisposeAsync()
        {
            Directory.Delete(Feed, recursive: true);
            return Task.CompletedTask;
        }
    }

    [CollectionDefinition(Name)]
    public sealed class PackedPackageCollection : ICollectionFixture<PackedPackageFixture>
    {
        public const string Name = "Packed PhiGuard package";
    }
}
