using System;
using Xunit;

namespace PhiGuard.Cli.Tests.Support
{
    /// <summary>A test that needs Linux: FIFOs and device nodes made with mkfifo and mknod, and statx.</summary>
    public sealed class LinuxFactAttribute : FactAttribute
    {
        public LinuxFactAttribute()
        {
            if (!OperatingSystem.IsLinux())
            {
                Skip = "needs Linux (FIFOs and device nodes)";
            }
        }
    }
}
