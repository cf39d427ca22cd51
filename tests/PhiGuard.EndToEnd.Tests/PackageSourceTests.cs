using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PhiGuard.Engineering;
using Xunit;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>
    /// Restore uses the package sources the machine is configured with (a company feed or mirror), never a list of
    /// the repository's own; the folder feed of the packed package is added beside them.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class PackageSourceTests
    {
        private readonly PackedPackageFixture _package;

        public PackageSourceTests(PackedPackageFixture package)
        {
            _package = package;
        }

        [Fact]
        public async Task Consumer_restores_PhiGuard_from_the_folder_feed_and_the_rest_from_the_configured_sources()
        {
            using var project = new ConsumerProject(_package).Write("app/Program.cs", "System.Console.WriteLine(1);");
            var config = project.Read("nuget.config");

            var restore = await ProcessRunner.RunAsync("dotnet", new[] { "restore", Path.Combine(project.ProjectDirectory, "app.csproj") }, project.Root);

            Assert.True(restore.ExitCode == 0, restore.Output + "\n" + config);
            Assert.DoesNotContain("<clear", config, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("://", config, StringComparison.Ordinal);
            Assert.NotEmpty(FolderFeedConfig.ConfiguredSources);
            using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.ProjectDirectory, "obj", "project.assets.json")));
            var packages = assets.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
            Assert.Contains(assets.RootElement.GetProperty("libraries").EnumerateObject(), library => library.Name == "Microsoft.Extensions.Logging.Abstractions/10.0.0");
            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(packages, "phiguard", _package.Version, ".nupkg.metadata")));
            Assert.Equal(Path.TrimEndingDirectorySeparator(_package.Feed), Path.TrimEndingDirectorySeparator(metadata.RootElement.GetProperty("source").GetString()!));
        }

        [Fact]
        public void No_nuget_config_of_the_repository_replaces_the_machine_sources()
        {
            var configs = Directory.EnumerateFiles(RepositoryPaths.Root, "*", SearchOption.AllDirectories)
                .Where(path => string.Equals(Path.GetFileName(path), "nuget.config", StringComparison.OrdinalIgnoreCase))
                .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "artifacts" or ".git"));

            Assert.All(configs, path =>
            {
                var text = File.ReadAllText(path);
                Assert.DoesNotContain("<clear", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("://", text, StringComparison.Ordinal);
            });
        }
    }
}
