using System.Collections.Generic;

namespace PhiGuard.Policy
{
    /// <summary>An entry of <c>protected</c> or <c>unprotected</c>.</summary>
    public sealed class Selector
    {
        public Selector(SelectorKind kind, string pattern, IReadOnlyList<string> members, string? category, string? reason, SourcePosition position)
        {
            Kind = kind;
            Pattern = pattern;
            Members = members;
            Category = category;
            Reason = reason;
            Position = position;
        }

        public SelectorKind Kind { get; }

        /// <summary>The selector's value: a fully qualified name, or a glob for <see cref="SelectorKind.Name"/>.</summary>
        public string Pattern { get; }

        /// <summary>For a <see cref="SelectorKind.Type"/> selector, the members it is limited to; empty means the whole type.</summary>
        public IReadOnlyList<string> Members { get; }

        public string? Category { get; }

        public string? Reason { get; }

        public SourcePosition Position { get; }

        public static string KeyOf(SelectorKind kind) => kind switch
        {
            SelectorKind.Type => "type",
            SelectorKind.Member => "member",
            SelectorKind.Namespace => "namespace",
            SelectorKind.DerivedFrom => "derivedFrom",
            SelectorKind.Attribute => "attribute",
            SelectorKind.Name => "name",
            _ => "source",
        };

        /// <summary>How a diagnostic names this entry: <c>name "*ssn*" (phiguard.json:12)</c>.</summary>
        public string Describe()
        {
            var text = KeyOf(Kind) + " \"" + Pattern + "\"";
            if (Members.Count > 0)
            {
                text += " members [" + string.Join(", ", Members) + "]";
            }

            text += " (" + Position.FileLabel + ":" + Position.Line + ")";
            if (!string.IsNullOrEmpty(Reason))
            {
                text += ": " + Reason;
            }

            return text;
        }
    }
}
