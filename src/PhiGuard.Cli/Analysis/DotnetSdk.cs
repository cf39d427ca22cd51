using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.Build.Locator;

namespace PhiGuard.Cli.Analysis
{
    /// <summary>
    /// The .NET SDK the user has, found the way MSBuild finds it (global.json, DOTNET_ROOT, PATH): MSBuildWorkspace
    /// loads projects with it, and scans without a build compile against its reference packs.
    /// </summary>
    internal static class DotnetSdk
    {
        private static readonly Lazy<VisualStudioInstance?> Instance = new(FindInstance);
        private static readonly object RegistrationLock = new();

        /// <summary>The SDK directory (<c>dotnet/sdk/10.0.100/</c>), or null when no SDK is installed.</summary>
        public static string? SdkDirectory => Instance.Value?.MSBuildPath;

        /// <summary>The dotnet installation root: the SDK's, else the one running this tool.</summary>
        public static string DotnetRoot
        {
            get
            {
                if (SdkDirectory is { } sdk)
                {
                    return Path.GetFullPath(Path.Combine(sdk, "..", ".."));
                }

                return Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
            }
        }

        /// <summary>Makes MSBuild's assemblies load from the user's SDK; must run before anything touches MSBuild types.</summary>
        public static void RegisterMSBuild()
        {
            lock (RegistrationLock)
            {
                if (MSBuildLocator.IsRegistered)
                {
                    return;
                }

                var instance = Instance.Value
                    ?? throw new InputException("no .NET SDK was found to load projects with; install the .NET SDK (or fix global.json), or add --no-build to analyse the .cs files without building");
                MSBuildLocator.RegisterInstance(instance);
            }
        }

        private static VisualStudioInstance? FindInstance()
        {
            try
            {
                return MSBuildLocator.QueryVisualStudioInstances(new VisualStudioInstanceQueryOptions { DiscoveryTypes = DiscoveryType.DotNetSdk, WorkingDirectory = Environment.CurrentDirectory })
                    .OrderByDescending(instance => instance.Version)
                    .FirstOrDefault();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }
}
