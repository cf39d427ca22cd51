using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Calls through an interface, abstract or virtual method of the code base: what the call does is what the bodies
    /// that can run do, joined, when every one of them has source here.
    /// </summary>
    internal sealed partial class FlowContext
    {
        private readonly ConcurrentDictionary<Compilation, Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>> _subtypes =
            new ConcurrentDictionary<Compilation, Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>>();

        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _implementations =
            new ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);

        /// <summary>
        /// The summary of a call of <paramref name="method"/>: for a virtual dispatch to a method the code base declares,
        /// the join of the summaries of its implementations in the compilation; null when one of them has no body here
        /// or none is found, so the call stays a library call (or the declared body's summary, when it has one).
        /// </summary>
        public MethodSummary? DispatchedSummaryOf(IMethodSymbol method, bool isVirtual, CancellationToken cancellationToken)
        {
            var implementations = isVirtual ? ImplementationsOf(method, cancellationToken) : ImmutableArray<IMethodSymbol>.Empty;
            if (implementations.IsDefaultOrEmpty)
            {
                return SummaryOf(method, cancellationToken);
            }

            MethodSummary? joined = null;
            foreach (var implementation in implementations)
            {
                var summary = SummaryOf(implementation, cancellationToken);
                if (summary is null)
                {
                    return SummaryOf(method, cancellationToken);
                }

                joined = joined is null ? summary : MethodSummary.Join(joined, summary);
            }

            return joined;
        }

        /// <summary>Whether a virtual call of <paramref name="method"/> may run a body that meets the trigger.</summary>
        public bool DispatchMentions(IMethodSymbol method, bool isVirtual, CancellationToken cancellationToken)
        {
            var implementations = isVirtual ? ImplementationsOf(method, cancellationToken) : ImmutableArray<IMethodSymbol>.Empty;
            return implementations.IsDefaultOrEmpty
                ? Mentions(method, cancellationToken)
                : implementations.Any(implementation => Mentions(implementation, cancellationToken));
        }

        /// <summary>
        /// The bodies a virtual call of <paramref name="method"/> may run, in source order; empty when the method is not
        /// overridable, is declared outside the code base (any library type could implement it), or one of its
        /// implementations is not in source here.
        /// </summary>
        private ImmutableArray<IMethodSymbol> ImplementationsOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            method = method.OriginalDefinition;
            var overridable = method.ContainingType?.TypeKind == TypeKind.Interface
                ? !method.IsStatic
                : (method.IsVirtual || method.IsAbstract || method.IsOverride) && !method.IsSealed && method.ContainingType?.IsSealed == false;
            if (!overridable || !method.Locations.Any(location => location.IsInSource))
            {
                return ImmutableArray<IMethodSymbol>.Empty;
            }

            return _implementations.GetOrAdd(method, key => FindImplementations(key, cancellationToken));
        }

        private ImmutableArray<IMethodSymbol> FindImplementations(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var found = new List<IMethodSymbol>();
            if (!method.IsAbstract)
            {
                found.Add(method);
            }

            foreach (var type in SubtypesOf(method))
            {
                cancellationToken.ThrowIfCancellationRequested();

                var implementation = method.ContainingType.TypeKind == TypeKind.Interface ? InterfaceImplementation(type, method) : Override(type, method);
                if (implementation is null || implementation.IsAbstract || found.Contains(implementation.OriginalDefinition, SymbolEqualityComparer.Default))
                {
                    continue;
                }

                if (!implementation.Locations.Any(location => location.IsInSource))
                {
                    // A library base class implements it for this type: its body is not ours to read.
                    return ImmutableArray<IMethodSymbol>.Empty;
                }

                found.Add(implementation.OriginalDefinition);
            }

            return found.Count == 0 || (found.Count == 1 && SymbolEqualityComparer.Default.Equals(found[0], method))
                ? ImmutableArray<IMethodSymbol>.Empty
                : found.ToImmutableArray();
        }

        private static IMethodSymbol? InterfaceImplementation(INamedTypeSymbol type, IMethodSymbol method)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (!SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, method.ContainingType))
                {
                    continue;
                }

                var member = implemented.GetMembers(method.Name).OfType<IMethodSymbol>()
                    .FirstOrDefault(candidate => SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, method));
                if (member is not null && type.FindImplementationForInterfaceMember(member) is IMethodSymbol implementation)
                {
                    return implementation;
                }
            }

            return null;
        }

        /// <summary>The override of <paramref name="method"/> that <paramref name="type"/> runs, if the type derives from the method's type.</summary>
        private static IMethodSymbol? Override(INamedTypeSymbol type, IMethodSymbol method)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, method.ContainingType))
                {
                    return null;
                }

                foreach (var candidate in current.GetMembers(method.Name).OfType<IMethodSymbol>())
                {
                    for (var overridden = candidate.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                    {
                        if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method))
                        {
                            return candidate;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The types declared in this compilation, and, when another project of the solution declares the method, in that
        /// one, that derive from or implement the method's type, in a fixed order.
        /// </summary>
        private IEnumerable<INamedTypeSymbol> SubtypesOf(IMethodSymbol method)
        {
            var projects = new List<Compilation> { Compilation };
            if (method.ContainingAssembly is ISourceAssemblySymbol { Compilation: { } project } && !ReferenceEquals(project, Compilation))
            {
                projects.Add(project);
            }

            return projects
                .SelectMany(compilation => Subtypes(compilation).TryGetValue(method.ContainingType, out var found) ? found : Enumerable.Empty<INamedTypeSymbol>())
                .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
                .OrderBy(type => type.ToDisplayString(), System.StringComparer.Ordinal);
        }

        /// <summary>Every type of a compilation's source by each class and interface it derives from or implements, built once.</summary>
        private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> Subtypes(Compilation compilation) =>
            _subtypes.GetOrAdd(compilation, c =>
            {
                var index = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
                void Add(INamedTypeSymbol supertype, INamedTypeSymbol type)
                {
                    if (!index.TryGetValue(supertype.OriginalDefinition, out var list))
                    {
                        list = new List<INamedTypeSymbol>();
                        index.Add(supertype.OriginalDefinition, list);
                    }

                    list.Add(type);
                }

                var pending = new Stack<INamespaceOrTypeSymbol>();
                pending.Push(c.Assembly.GlobalNamespace);
                while (pending.Count > 0)
                {
                    var container = pending.Pop();
                    IEnumerable<INamespaceOrTypeSymbol> members = container is INamespaceSymbol ns ? ns.GetMembers() : ((INamedTypeSymbol)container).GetTypeMembers();
                    foreach (var member in members)
                    {
                        pending.Push(member);
                        if (member is INamedTypeSymbol type)
                        {
                            foreach (var implemented in type.AllInterfaces)
                            {
                                Add(implemented, type);
                            }

                            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
                            {
                                Add(baseType, type);
                            }
                        }
                    }
                }

                return index;
            });
    }
}
