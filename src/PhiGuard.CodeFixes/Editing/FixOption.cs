using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Editing;

namespace PhiGuard.CodeFixes.Editing
{
    /// <summary>
    /// One fix a finding offers: its title, the key that groups it with the same fix of other findings (Fix All),
    /// and its edit, made against the original solution so that the edits of many findings compose.
    /// </summary>
    internal sealed class FixOption
    {
        public FixOption(string title, string equivalenceKey, Func<SolutionEditor, CancellationToken, Task> apply)
        {
            Title = title;
            EquivalenceKey = equivalenceKey;
            Apply = apply;
        }

        public string Title { get; }

        public string EquivalenceKey { get; }

        public Func<SolutionEditor, CancellationToken, Task> Apply { get; }

        /// <summary>An edit of one document.</summary>
        public static FixOption InDocument(string title, string equivalenceKey, Microsoft.CodeAnalysis.DocumentId document, Action<DocumentEditor> edit) =>
            new FixOption(title, equivalenceKey, async (solution, cancellationToken) => edit(await solution.GetDocumentEditorAsync(document, cancellationToken).ConfigureAwait(false)));
    }
}
