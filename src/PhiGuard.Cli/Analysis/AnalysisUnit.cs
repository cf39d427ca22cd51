using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>One compilation to analyse: a project loaded with MSBuild, or a folder group compiled without a build.</summary>
    internal sealed class AnalysisUnit
    {
        public AnalysisUnit(string name, string directory, Func<CancellationToken, Task<Compilation?>> compile, AnalyzerConfigOptionsProvider? configOptions, string? configuredPolicy)
        {
            Name = name;
            Directory = directory;
            Compile = compile;
            ConfigOptions = configOptions;
            ConfiguredPolicy = configuredPolicy;
        }

        public string Name { get; }

        /// <summary>The project's directory; the nearest phiguard.json is looked for from here.</summary>
        public string Directory { get; }

        public Func<CancellationToken, Task<Compilation?>> Compile { get; }

        /// <summary>The project's .editorconfig and build properties, as the compiler would pass them to analyzers.</summary>
        public AnalyzerConfigOptionsProvider? ConfigOptions { get; }

        /// <summary>The project's own PhiGuardPolicyFile, when its build sets one.</summary>
        public string? ConfiguredPolicy { get; }
    }
}
