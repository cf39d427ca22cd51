using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PhiGuard.Cli.Init
{
    /// <summary>A type whose members look like PHI, as a ready-to-paste <c>protected</c> entry.</summary>
    internal sealed record PhiSuggestion(string TypeName, IReadOnlyList<string> Members, string File, int Line);

    /// <summary>
    /// Reads the code (syntax only: no build, no restore) for classes, records and structs with fields or
    /// properties named like PHI, and every member name declared anywhere, so a pack can be chosen by its matches.
    /// </summary>
    internal static class PhiSuggestions
    {
        public static (IReadOnlyList<PhiSuggestion> Suggestions, IReadOnlySet<string> MemberNames) Find(IEnumerable<string> files, string root)
        {
            var suggestions = new List<PhiSuggestion>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                string text;
                try
                {
                    text = File.ReadAllText(file);
                }
                catch (Exception e) when (FileErrors.IsFileError(e))
                {
                    continue;
                }

                var tree = CSharpSyntaxTree.ParseText(text, path: file);
                foreach (var type in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>().Where(t => t is not InterfaceDeclarationSyntax))
                {
                    var members = MemberNames(type).ToList();
                    names.UnionWith(members);
                    var phi = members.Where(PhiNameHints.LooksLikePhi).Distinct(StringComparer.Ordinal).ToList();
                    if (phi.Count > 0)
                    {
                        var line = type.Identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        suggestions.Add(new PhiSuggestion(FullName(type), phi, Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'), line));
                    }
                }
            }

            return (suggestions.OrderBy(s => s.TypeName, StringComparer.Ordinal).ToList(), names);
        }

        private static IEnumerable<string> MemberNames(TypeDeclarationSyntax type)
        {
            foreach (var member in type.Members)
            {
                switch (member)
                {
                    case PropertyDeclarationSyntax property:
                        yield return property.Identifier.ValueText;
                        break;
                    case FieldDeclarationSyntax field:
                        foreach (var variable in field.Declaration.Variables)
                        {
                            yield return variable.Identifier.ValueText;
                        }

                        break;
                }
            }

            if (type.ParameterList is { } primary && type is RecordDeclarationSyntax)
            {
                foreach (var parameter in primary.Parameters)
                {
                    yield return parameter.Identifier.ValueText;
                }
            }
        }

        /// <summary>The name a policy writes for the type: namespace, containing types, and generic arity as <c>`1</c>.</summary>
        private static string FullName(BaseTypeDeclarationSyntax type)
        {
            var parts = new List<string>();
            for (SyntaxNode? node = type; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case TypeDeclarationSyntax declaration:
                        parts.Add(declaration.Identifier.ValueText + (declaration.TypeParameterList is { } typeParameters ? "`" + typeParameters.Parameters.Count : string.Empty));
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        parts.Add(ns.Name.ToString());
                        break;
                }
            }

            parts.Reverse();
            return string.Join('.', parts);
        }
    }
}
