using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace PhiGuard.Cli.Tests.Support
{
    /// <summary>Renders a page in headless Chromium, scripts run, and returns the resulting DOM.</summary>
    public static class Chromium
    {
        /// <param name="fragment">The part of the address after the file, such as <c>#q=Nhi</c>, or empty.</param>
        public static async Task<string> DumpDomAsync(TempDirectory directory, string page, string fragment)
        {
            var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException("headless Chromium is needed to render the inventory page; install Debian's chromium package (eng/test.sh does when run as root)");
            var profile = directory["profile-" + Guid.NewGuid().ToString("N")];
            var run = await PhiGuardTool.RunProcessAsync(
                chromium,
                new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile, "--dump-dom", new Uri(directory[page]).AbsoluteUri + fragment },
                directory.Path,
                timeoutSeconds: 120);
            Assert.True(run.ExitCode == 0, run.ToString());
            return run.Output;
        }
    }
}
