// expect-none
// Names that look like identifiers but name files, types, hosts and software: the pack's globs do not match them,
// and framework members that do match (Type.FullName, FileSystemInfo.FullName) are carved out.
using System.IO;
using Microsoft.Extensions.Logging;

namespace Clinic;

public static class Housekeeping
{
    public static void Report(FileInfo file, string fileName, string typeName, string hostName, string userAgent, string className, int capacity, bool emailConfirmed, ILogger logger)
    {
        logger.LogInformation("Cleaning {File} ({Path})", fileName, file.FullName);
        logger.LogInformation("Type {Type} {Full}", typeName, typeof(Housekeeping).FullName);
        logger.LogInformation("Host {Host} agent {Agent} class {Class}", hostName, userAgent, className);
        logger.LogInformation("Capacity {Capacity}, confirmed {Confirmed}", capacity, emailConfirmed);
    }
}
