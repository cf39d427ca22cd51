using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Approvals;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Commands;
using PhiGuard.Cli.Findings;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Explain
{
    /// <summary>
    /// <c>phiguard policy explain</c>: whether a type or member is protected under the policy its project is analysed
    /// with, and the entry (file, line) that protects it — or the unprotected entry that carves it out. Uses the
    /// analyzers' own classifier, so the answer is the one the analyzers act on. A method an approved sink names is
    /// shown with that approval: the rules, the justification, and until when.
    /// </summary>
    internal static class SymbolExplainer
    {
        public static async Task<int> RunAsync(string name, ScanRequest request, CancellationToken cancellationToken)
        {
            using var codeBase = await LoadedCodeBase.LoadAsync(request, ConsoleReporter.Warn, cancellationToken).ConfigureAwait(false);
            var root = ReportRoot.For(codeBase.Directory);
            foreach (var unit in codeBase.Units)
            {
                var compilation = await unit.Compile(cancellationToken).ConfigureAwait(false);
                var symbols = compilation is null ? Array.Empty<ISymbol>() : SymbolLookup.Find(compilation, name);
                if (symbols.Count == 0)
                {
                    continue;
                }

                var choice = codeBase.Policies.For(unit.Directory, unit.ConfiguredPolicy);
                Console.Out.WriteLine("policy: " + (choice.Path ?? PolicyReference.BuiltinPrefix + PhiGuard.Analyzers.Configuration.PolicyDiscovery.DefaultBuiltin) + " (" + choice.Origin + ")");
                var explainer = new Explanation(choice.Policy, root);
                foreach (var symbol in symbols)
                {
                    Console.Out.Write(explainer.Describe(symbol));
                }

                return ExitCodes.Clean;
            }

            throw new InputException("no type or member named " + name + " in " + request.Target + "; write it as Namespace.Type or Namespace.Type.Member");
        }

        private sealed class Explanation
        {
            private readonly ProtectionClassifier _classifier;
            private readonly SelectorIndex _unprotected;
            private readonly IReadOnlyList<ApprovedSink> _approvals;
            private readonly ReportRoot _root;

            public Explanation(EffectivePolicy policy, ReportRoot root)
            {
                _classifier = new ProtectionClassifier(policy);
                _unprotected = new SelectorIndex(policy.Unprotected);
                _approvals = policy.ApprovedSinks;
                _root = root;
            }

            public string Describe(ISymbol symbol)
            {
                var text = new System.Text.StringBuilder();
                text.Append(Heading(symbol)).AppendLine();
                if (symbol is ITypeSymbol type)
                {
                    text.Append("  ").AppendLine(Verdict(_classifier.ProtectedType(type), null));
                    foreach (var member in type.GetMembers().Where(IsDataMember))
                    {
                        text.Append("  ").Append(member.Name).Append(": ").AppendLine(Verdict(_classifier.ProtectedMember(member, type), UnprotectedEntry(member, type)));
                    }

                    foreach (var method in type.GetMembers().OfType<IMethodSymbol>().Where(m => !m.IsImplicitlyDeclared && m.MethodKind == MethodKind.Ordinary).GroupBy(m => m.Name).Select(g => g.First()))
                    {
                        foreach (var approval in ApprovalsOf(method))
                        {
                            text.Append("  ").Append(method.Name).Append(": ").AppendLine(approval);
                        }
                    }
                }
                else
                {
                    text.Append("  ").AppendLine(Verdict(_classifier.ProtectedMember(symbol, symbol.ContainingType), UnprotectedEntry(symbol, symbol.ContainingType)));
                    if (symbol is IMethodSymbol method)
                    {
                        foreach (var approval in ApprovalsOf(method))
                        {
                            text.Append("  ").AppendLine(approval);
                        }
                    }
                }

                return text.ToString();
            }

            /// <summary>Each approved sink naming the method: <c>approved sink for PHI002 by "Contoso.Channel.Send" at phiguard.json:12:5: why (until 2027-06-30)</c>.</summary>
            private IEnumerable<string> ApprovalsOf(IMethodSymbol method)
            {
                var name = ApprovedSinkNames.Of(method);
                foreach (var approval in _approvals.Where(a => Glob.IsMatch(SelectorIndex.Normalize(a.Sink), name)))
                {
                    var rules = approval.Rules.Count == 0 ? "every leak rule" : string.Join(", ", approval.Rules);
                    var expired = approval.IsExpiredOn(DateTime.UtcNow.Date) ? ", expired: approves nothing" : string.Empty;
                    yield return "approved sink for " + rules + " by \"" + approval.Sink + "\" at " + Position(approval.Position) + ": " + approval.Justification.Trim()
                        + " (until " + approval.Expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + expired + ")";
                }
            }

            private string Heading(ISymbol symbol)
            {
                var location = symbol.Locations.FirstOrDefault(l => l.IsInSource)?.GetLineSpan();
                var where = location is { } span ? ", declared at " + _root.Relative(span.Path) + ":" + (span.StartLinePosition.Line + 1) : string.Empty;
                var name = symbol is ITypeSymbol type ? SymbolNames.OfType(type) : SymbolNames.OfMember(symbol.ContainingType, symbol);
                var kind = symbol is ITypeSymbol ? "type" : symbol.Kind.ToString().ToLowerInvariant();
                return name + " (" + kind + where + ")";
            }

            private static string Verdict(Selector? protector, Selector? carvedOut)
            {
                if (protector is not null)
                {
                    return "protected by " + protector.Describe() + " at " + Position(protector.Position);
                }

                return carvedOut is null ? "not protected" : "not protected: unprotected by " + carvedOut.Describe() + " at " + Position(carvedOut.Position);
            }

            private Selector? UnprotectedEntry(ISymbol member, ITypeSymbol? type) =>
                _classifier.IsUnprotectedMember(member, type)
                    ? (type is null ? null : _unprotected.Member(SymbolNames.OfType(type), member.Name)) ?? _unprotected.Name(member.Name)
                    : null;

            private static string Position(SourcePosition position) => position.Path + ":" + position.Line + ":" + position.Column;

            private static bool IsDataMember(ISymbol member) =>
                !member.IsImplicitlyDeclared && member is IFieldSymbol or IPropertySymbol;
        }
    }
}
