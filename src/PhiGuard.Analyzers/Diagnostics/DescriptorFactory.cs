using Microsoft.CodeAnalysis;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Diagnostics
{
    /// <summary>The one way descriptors are made: every rule gets the PhiGuard category and its docs page as help link.</summary>
    internal static class DescriptorFactory
    {
        public const string Category = "PhiGuard";

        public static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string description,
            DiagnosticSeverity defaultSeverity,
            params string[] customTags)
        {
#pragma warning disable RS0030 // The factory is the single sanctioned caller of the constructor.
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                Category,
                defaultSeverity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: RuleIdentifiers.HelpLink(id),
                customTags: customTags);
#pragma warning restore RS0030
        }
    }
}
