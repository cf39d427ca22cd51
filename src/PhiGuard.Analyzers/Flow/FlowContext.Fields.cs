using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Fields and auto-properties: what the other methods of a type store in them. Only methods that write the member
    /// and meet the trigger themselves are summarised: protected data stored in a field comes from somewhere they read.
    /// </summary>
    internal sealed partial class FlowContext
    {
        private static readonly IReadOnlyList<IMethodSymbol> NoWriters = new IMethodSymbol[0];

        private readonly ConcurrentDictionary<ITypeSymbol, Lazy<Dictionary<string, List<IMethodSymbol>>>> _writers = new ConcurrentDictionary<ITypeSymbol, Lazy<Dictionary<string, List<IMethodSymbol>>>>(SymbolEqualityComparer.Default);

        /// <summary>
        /// What other methods of the declaring type store into a field or auto-property, when it is protected data. A
        /// field whose writers read it again depends on itself: its answer is the fixed point of that cycle.
        /// </summary>
        public Taint FieldTaint(ISymbol member, CancellationToken cancellationToken) =>
            _facts.Get(FactKey.Field(member), Taint.None, () => WrittenInto(member, cancellationToken), (left, right) => left.Union(right));

        private Taint WrittenInto(ISymbol member, CancellationToken cancellationToken)
        {
            // Asked for every member the trigger meets; telling a property from an auto-property lists its type's
            // members, so the members that cannot hold protected data are remembered too.
            if (!IsFieldLike(member) || member.DeclaringSyntaxReferences.Length == 0 || Facts.IsBoolean(MemberType(member)))
            {
                return Taint.None;
            }

            var taint = Taint.None;
            foreach (var writer in WritersOf(member))
            {
                if (!Mentions(writer, cancellationToken))
                {
                    continue;
                }

                if (SummaryOf(writer, cancellationToken) is { } summary && summary.FieldWrites.TryGetValue(member, out var written))
                {
                    taint = taint.Union(written);
                }
            }

            return taint;
        }

        /// <summary>A field, or an auto-property (which is a field with accessors).</summary>
        private static bool IsFieldLike(ISymbol member) => member switch
        {
            IFieldSymbol field => !field.IsConst && !field.IsImplicitlyDeclared,
            IPropertySymbol property => property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(field => SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property)),
            _ => false,
        };

        private static ITypeSymbol? MemberType(ISymbol member) => member switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        /// <summary>
        /// The methods of the member's type that may store into it, from an index built once per type. The analyzer
        /// driver walks the methods of one type on several threads at once; they wait for one index rather than each
        /// reading the type's syntax again. Building it reads syntax trees that are parsed already and is not
        /// cancelled, so that no waiting thread can receive another's cancellation.
        /// </summary>
        private IReadOnlyList<IMethodSymbol> WritersOf(ISymbol member)
        {
            var index = _writers.GetOrAdd(member.ContainingType, type => new Lazy<Dictionary<string, List<IMethodSymbol>>>(() => IndexWriters(type))).Value;
            return index.TryGetValue(member.Name, out var writers) ? writers : NoWriters;
        }

        private static Dictionary<string, List<IMethodSymbol>> IndexWriters(ITypeSymbol type)
        {
            var index = new Dictionary<string, List<IMethodSymbol>>();
            var named = new HashSet<string>();
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                if (method.IsImplicitlyDeclared || method.DeclaringSyntaxReferences.Length != 1)
                {
                    continue;
                }

                named.Clear();
                foreach (var name in WritePositions.NamesWrittenIn(method.DeclaringSyntaxReferences[0].GetSyntax()))
                {
                    if (named.Add(name))
                    {
                        if (!index.TryGetValue(name, out var methods))
                        {
                            index[name] = methods = new List<IMethodSymbol>();
                        }

                        methods.Add(method);
                    }
                }
            }

            return index;
        }
    }
}
