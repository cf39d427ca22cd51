using System.Collections.Generic;
using System.IO;
using PhiGuard.Policy;

namespace PhiGuard.Policy.Tests.Support
{
    /// <summary>
    /// Policy files held in memory under a made-up root, so extends tests never touch the disk. A file's text may
    /// mark with <c>$$</c> where problems are expected (see <see cref="PositionMarkup"/>).
    /// </summary>
    internal sealed class InMemoryPolicyFiles : IPolicyFileSource
    {
        public const string Advice = "add the file to the test's InMemoryPolicyFiles";

        private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "phiguard-policy-tests"));

        private readonly Dictionary<string, PositionMarkup> _files = new Dictionary<string, PositionMarkup>(PolicyLoader.PathComparer);

        /// <summary>Every path the loader asked for, in order.</summary>
        public List<string> Requests { get; } = new List<string>();

        public string MissingFileAdvice => Advice;

        public static string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

        public InMemoryPolicyFiles With(string relativePath, string markup)
        {
            _files[PathOf(relativePath)] = PositionMarkup.Parse(PathOf(relativePath), markup);
            return this;
        }

        /// <summary>The places marked in a file's text.</summary>
        public IReadOnlyList<SourcePosition> MarkedIn(string relativePath) => _files[PathOf(relativePath)].Positions;

        public string TextOf(string relativePath) => _files[PathOf(relativePath)].Text;

        public PolicyLoadResult Load(string relativePath) => PolicyLoader.Load(PathOf(relativePath), TextOf(relativePath), this);

        public string? ReadText(string fullPath)
        {
            Requests.Add(fullPath);
            return _files.TryGetValue(fullPath, out var file) ? file.Text : null;
        }
    }
}
