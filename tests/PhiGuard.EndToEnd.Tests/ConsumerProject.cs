using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PhiGuard.Engineering;

namespace PhiGuard.EndToEnd.Tests
{
    /// <summary>
    /// A throwaway project in a temp folder that consumes PhiGuard the way users do: a PackageReference restored
    /// from a local folder feed, added beside the package sources the machine is configured with, no project
    /// reference, built with a real `dotnet build`.
    /// </summary>
    public sealed class ConsumerProject : IDisposable
    {
        private readonly PackedPackageFixture _package;
        private readonly string _projectExtra;
        private readonly SortedDictionary<string, string> _packages = new SortedDictionary<string, string>
        {
            ["Microsoft.Extensions.Logging.Abstractions"] = "10.0.0",
        };

        /// <summary>Packages named like this are policy packages a test packs into the folder feed, restored from there like PhiGuard.</summary>
        public const string PolicyPackagePattern = "Contoso.Policy.*";

        public ConsumerProject(PackedPackageFixture package, string projectExtra = "")
        {
            _package = package;
            Directory.CreateDirectory(ProjectDirectory);
            Write("nuget.config", FolderFeedConfig.For(package.Feed, PolicyPackagePattern));
            _projectExtra = projectExtra;
            WriteProject();
        }

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "phiguard-e2e-" + Guid.NewGuid().ToString("N"));

        public string ProjectDirectory => Path.Combine(Root, "app");

        /// <summary>Writes a file relative to the consumer's root folder (the project lives in <c>app/</c>).</summary>
        public ConsumerProject Write(string relativePath, string content)
        {
            var path = Path.Combine(Root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
            return this;
        }

        public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

        /// <summary>Adds (or sets the version of) a package the consumer's code uses, restored from NuGet like any other.</summary>
        public ConsumerProject Reference(string id, string version)
        {
            _packages[id] = version;
            WriteProject();
            return this;
        }

        private void WriteProject()
        {
            Write("app/app.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                    {_projectExtra}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="PhiGuard" Version="{_package.Version}" PrivateAssets="all" />
                    {string.Join("\n    ", _packages.Select(p => $"<PackageReference Include=\"{p.Key}\" Version=\"{p.Value}\" />"))}
                  </ItemGroup>
                </Project>
                """);
        }

        /// <summary>Runs `dotnet build` on the project, with any extra command-line arguments such as <c>-p:ErrorLog=...</c>.</summary>
        public async Task<BuildOutcome> BuildAsync(params string[] extraArguments)
        {
            var result = await ProcessRunner.RunAsync(
                "dotnet",
                new[] { "build", Path.Combine(ProjectDirectory, "app.csproj"), "--disable-build-servers", "-nologo", "-clp:NoSummary" }.Concat(extraArguments).ToArray(),
                Root).ConfigureAwait(false);
            return new BuildOutcome(result.ExitCode, result.Output, BuildOutput.Diagnostics(result.Output));
        }

        /// <summary>`dotnet format analyzers` on the project, with <paramref name="options"/> such as <c>--diagnostics PHI002</c>.</summary>
        public Task<ProcessResult> FormatAnalyzersAsync(params string[] options) =>
            ProcessRunner.RunAsync("dotnet", new[] { "format", "analyzers", Path.Combine(ProjectDirectory, "app.csproj") }.Concat(options), Root);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }

    public sealed record BuildOutcome(int ExitCode, string Output, IReadOnlyList<BuildDiagnostic> Diagnostics)
    {
        public IEnumerable<BuildDiagnostic> OfRule(string id) => Diagnostics.Where(d => d.Id == id);
    }
}
