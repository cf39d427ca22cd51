using System.IO;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>How an inventory names its repository by default: the folder of the git checkout that holds the target, else the target's own folder.</summary>
    internal static class RepositoryName
    {
        public static string Of(string target)
        {
            var start = Directory.Exists(target) ? new DirectoryInfo(target) : new FileInfo(target).Directory;
            for (var current = start; current is not null; current = current.Parent)
            {
                if (Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
                {
                    return current.Name;
                }
            }

            return start?.Name ?? target;
        }
    }
}
