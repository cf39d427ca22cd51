using System;
using System.IO;
using PhiGuard.Engineering;

namespace PhiGuard.Benchmarks
{
    /// <summary>
    /// Writes the generated code base as a project a real <c>dotnet build</c> compiles, with PhiGuard from a package
    /// folder, so that a whole build can be timed with and without the analyzers (see docs/performance.md). Usage:
    /// <c>write-generated DIR PACKAGES</c>, where PACKAGES is the folder <c>dotnet pack</c> wrote PhiGuard's package to.
    /// </summary>
    internal static class GeneratedProject
    {
        public static void Write(string directory, string packages)
        {
            Directory.CreateDirectory(directory);
            var modules = HealthCodeBase.Generate(CodeBases.GeneratedModules);
            for (var index = 0; index < modules.Count; index++)
            {
                File.WriteAllText(Path.Combine(directory, "Module" + index + ".cs"), modules[index]);
            }

            File.WriteAllText(Path.Combine(directory, "phiguard.json"), HealthCodeBase.Policy);
            File.WriteAllText(Path.Combine(directory, "Generated.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                    <RestorePackagesPath>$(MSBuildThisFileDirectory).packages</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="8.0.2" />
                    <PackageReference Include="PhiGuard" Version="*-*" PrivateAssets="all" Condition="'$(WithPhiGuard)' != 'false'" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(directory, "nuget.config"), FolderFeedConfig.For(Path.GetFullPath(packages)));
            File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
            Console.WriteLine(modules.Count + " modules, the policy and Generated.csproj written to " + directory);
        }
    }
}
