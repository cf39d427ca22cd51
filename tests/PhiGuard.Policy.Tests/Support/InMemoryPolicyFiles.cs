using System.Collections.Generic;
using System.IO;
using PhiGuard.Policy;

namespace PhiGuard.Policy.Tests.Support
{
    /// <summary>Policy files held in memory under a made-up root, so extends tests never touch the disk.</summary>
    internal sealed class InMemoryPolicyFiles : IPolicyFileSource
    {
        public const string Advice = "add the file to the test's InMemoryPolicyFiles";

        private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "phiguard-policy-tests"));

        private readonly Dictionary<string, string> _files = new Dictionary<string, string>(PolicyLoader.PathComparer);

        /// <summary>Every path the loader asked for, in order.</summary>
        public List<string> Requests { get; } = new List<string>();

        public string MissingFileAdvice => Advice;

        public static string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

        public InMemoryPolicyFiles With(string relativePath, string text)
        {
            _files[PathOf(relativePath)] = text;
            return this;
        }

        public PolicyLoadResult Load(string relativePath) => PolicyLoader.Load(PathOf(relativePath), _files[PathOf(relativePath)], this);

        public string? ReadText(string fullPath)
        {
            Requests.Add(fullPath);
            return _files.TryGetValue(fullPath, out var text) ? text : null;
        }
    }
}
