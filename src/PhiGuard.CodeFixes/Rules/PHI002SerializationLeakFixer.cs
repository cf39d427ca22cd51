using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PhiGuard.Analyzers.Rules;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.CodeFixes.Editing;
using PhiGuard.Policy;

namespace PhiGuard.CodeFixes.Rules
{
    /// <summary>
    /// Fixes PHI002: mark every protected member the serializer at the finding would write with that serializer's
    /// ignore attribute — <c>[JsonIgnore]</c> of System.Text.Json or of Newtonsoft.Json, <c>[XmlIgnore]</c>, or
    /// <c>[IgnoreDataMember]</c> (not on a <c>[DataContract]</c>, whose serializer only reads <c>[DataMember]</c>).
    /// The members may be declared in other files; a record's positional member gets <c>[property: ...]</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PHI002SerializationLeakFixer)), Shared]
    public sealed class PHI002SerializationLeakFixer : PhiGuardFixer
    {
        private const string DataContract = "System.Runtime.Serialization.DataContractAttribute";

        private static readonly Dictionary<ValueMode, string> IgnoreAttributes = new Dictionary<ValueMode, string>
        {
            [ValueMode.SystemTextJson] = "System.Text.Json.Serialization.JsonIgnoreAttribute",
            [ValueMode.NewtonsoftJson] = "Newtonsoft.Json.JsonIgnoreAttribute",
            [ValueMode.Xml] = "System.Xml.Serialization.XmlIgnoreAttribute",
            [ValueMode.DataContract] = "System.Runtime.Serialization.IgnoreDataMemberAttribute",
        };

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.SerializationLeak);

        public static string EquivalenceKeyFor(string attributeMetadataName) => "PhiGuard.Ignore." + attributeMetadataName;

        internal override async Task<IReadOnlyList<FixOption>> FixesAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var site = await FindingSite.CreateAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
            var value = site?.Expression;
            if (site is null || value is null
                || !System.Enum.TryParse<ValueMode>(site.Property(LeakAnalyzer.ModeProperty), out var mode)
                || !IgnoreAttributes.TryGetValue(mode, out var attributeName)
                || site.Model.Compilation.GetTypeByMetadataName(attributeName) is not { } attribute
                || site.Model.GetTypeInfo(value, cancellationToken).Type is not { } type)
            {
                return System.Array.Empty<FixOption>();
            }

            var exposed = site.Services.Exposure.AllStructural(type, mode)
                .Where(member => member.Member is not null)
                .GroupBy(member => member.Member!, SymbolEqualityComparer.Default)
                .Select(group => (Path: group.First().Path, Declaration: Declaration(document.Project.Solution, group.Key, mode, cancellationToken)))
                .ToList();
            if (exposed.Count == 0 || exposed.Any(member => member.Declaration is null))
            {
                return System.Array.Empty<FixOption>();
            }

            var shortName = Attributes.ShortName(attributeName);
            var fix = new FixOption(
                "Add [" + shortName + "] to " + Describe(exposed.Select(member => member.Path).ToList()),
                EquivalenceKeyFor(attributeName),
                async (editor, token) =>
                {
                    foreach (var (_, declaration) in exposed)
                    {
                        var documentEditor = await editor.GetDocumentEditorAsync(declaration!.Value.Document, token).ConfigureAwait(false);
                        documentEditor.ReplaceNode(declaration.Value.Node, (current, generator) =>
                        {
                            if (Attributes.Has(current, attributeName))
                            {
                                return current;
                            }

                            return current is ParameterSyntax parameter
                                ? parameter.AddAttributeLists(Attributes.List(generator, attribute, SyntaxKind.PropertyKeyword))
                                : generator.AddAttributes(current, Attributes.List(generator, attribute, null));
                        });
                    }
                });
            return new[] { fix };
        }

        /// <summary>Where the attribute goes: the property, the field (declared alone), or a record's positional parameter; null when not in this solution or not attributable.</summary>
        private static (DocumentId Document, SyntaxNode Node)? Declaration(Solution solution, ISymbol member, ValueMode mode, CancellationToken cancellationToken)
        {
            if (mode == ValueMode.DataContract && member.ContainingType.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == DataContract))
            {
                return null;
            }

            var reference = member.DeclaringSyntaxReferences.FirstOrDefault();
            var document = reference is null ? null : solution.GetDocument(reference.SyntaxTree);
            var node = reference?.GetSyntax(cancellationToken) switch
            {
                PropertyDeclarationSyntax property => property,
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } } => field,
                ParameterSyntax parameter => parameter,
                _ => (SyntaxNode?)null,
            };
            return document is null || node is null ? null : (document.Id, node);
        }

        private static string Describe(IReadOnlyList<string> paths) =>
            paths.Count <= 3
                ? string.Join(", ", paths.Select(path => "'" + path + "'"))
                : string.Join(", ", paths.Take(2).Select(path => "'" + path + "'")) + " and " + (paths.Count - 2) + " more protected members";
    }
}
