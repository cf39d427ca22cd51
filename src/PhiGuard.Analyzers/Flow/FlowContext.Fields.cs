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

        [System.ThreadStatic]
        private static HashSet<ISymbol>? fieldsInProgress;

        private readonly ConcurrentDictionary<ISymbol, Taint> _fieldTaints = new ConcurrentDictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, Lazy<Dictionary<string, List<IMethodSymbol>>>> _writers = new ConcurrentDictionary<ITypeSymbol, Lazy<Dictionary<string, List<IMethodSymbol>>>>(SymbolEqualityComparer.Default);

        /// <summary>What other methods of the declaring type store into a field or auto-property, when it is protected data.</summary>
        public Taint FieldTaint(ISymbol member, CancellationToken cancellationToken)
        {
            if (_fieldTaints.TryGetValue(member, out var known))
            {
                return known;
            }

            // Asked for every member the trigger meets; telling a property from an auto-property lists its type's
            // members, so the members that cannot hold protected data are remembered too.
            if (!IsFieldLike(member) || member.DeclaringSyntaxReferences.Length == 0 || Facts.IsBoolean(MemberType(member)))
            {
                _fieldTaints.TryAdd(member, Taint.None);
                return Taint.None;
            }

            // A field whose writers read it again asks about itself: on this thread only, it is not known yet.
            var active = fieldsInProgress ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            if (!active.Add(member))
            {
                return Taint.None;
            }

            try
            {
                return WrittenInto(member, cancellationToken);
            }
            finally
            {
                active.Remove(member);
            }
        }

        private Taint WrittenInto(ISymbol member, CancellationToken cancellationToken)
        {
            var taint = Taint.None;
            var complete = true;
            foreach (var writer in WritersOf(member))
            {
                var mentions = MentionsIfKnown(writer, cancellationToken);
                complete &= mentions is not null;
                if (mentions != true)
                {
                    continue;
                }

                var summary = SummaryOf(writer, cancellationToken);
                complete &= summary is not null;
                if (summary is not null && summary.FieldWrites.TryGetValue(member, out var written))
                {
                    taint = taint.Union(written);
                }
            }

            // A writer that is being walked right now (it reads the field too) has no summary yet: answer with what
            // is known, and ask again next time rather than remember an answer that misses its writes.
            if (complete)
            {
                _fieldTaints[member] = taint;
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
