using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Configuration
{
    /// <summary>Serves policy files from the compilation's AdditionalFiles; analyzers never read the disk.</summary>
    internal sealed class AdditionalFilesPolicySource : IPolicyFileSource
    {
        private readonly Dictionary<string, AdditionalText> _files;
        private readonly CancellationToken _cancellationToken;

        public AdditionalFilesPolicySource(IEnumerable<AdditionalText> files, CancellationToken cancellationToken)
        {
            _files = new Dictionary<string, AdditionalText>(PolicyLoader.PathComparer);
            foreach (var file in files)
            {
                _files[Normalize(file.Path)] = file;
            }

            _cancellationToken = cancellationToken;
        }

        /// <summary>Every file asked for and the text handed out (null when missing), so a cached load can tell whether any changed.</summary>
        public List<KeyValuePair<string, SourceText?>> Read { get; } = new List<KeyValuePair<string, SourceText?>>();

        public string MissingFileAdvice =>
            "PhiGuard passes the files a policy extends to the compiler when it finds them; check the path, or add <AdditionalFiles Include=\"...\" /> for it";

        public AdditionalText? Find(string path) => _files.TryGetValue(Normalize(path), out var file) ? file : null;

        public SourceText? CurrentText(string path) => Find(path)?.GetText(_cancellationToken);

        public string? ReadText(string fullPath)
        {
            var text = CurrentText(fullPath);
            Read.Add(new KeyValuePair<string, SourceText?>(fullPath, text));
            return text is null ? null : AsWritten(text);
        }

        /// <summary>
        /// A policy's text as its UTF-8 bytes say. The compiler reads a file that is not UTF-8 in a fallback code page
        /// instead of failing; turned back into those bytes and decoded as UTF-8, its invalid bytes show as U+FFFD,
        /// which the policy parser reports at their line and column, as the command line does.
        /// </summary>
        public static string AsWritten(SourceText text)
        {
            var encoding = text.Encoding;
            return encoding is null || encoding.CodePage == Encoding.UTF8.CodePage ? text.ToString() : PolicyText.AsUtf8(encoding, text.ToString());
        }

        public static string Normalize(string path)
        {
            try
            {
                return Path.GetFullPath(path);
            }
            catch (System.Exception e) when (e is System.ArgumentException || e is System.NotSupportedException || e is PathTooLongException)
            {
                return path;
            }
        }
    }
}
