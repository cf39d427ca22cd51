using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    internal enum EntityKind
    {
        Local,
        Parameter,
        Capture,
        This,
        Member,
        Static,
    }

    /// <summary>
    /// A storage place the flow engine tracks: a local, a parameter, a compiler flow capture, <c>this</c>, a
    /// static member, or a member path below one of those (<c>dto.Contact.Phone</c>, up to <see cref="MaxDepth"/>).
    /// </summary>
    internal sealed class Entity : IEquatable<Entity>
    {
        public const int MaxDepth = 3;

        public static readonly Entity This = new Entity(EntityKind.This, null, default, null);

        private readonly int _hash;

        private Entity(EntityKind kind, ISymbol? symbol, CaptureId capture, Entity? parent)
        {
            Kind = kind;
            Symbol = symbol;
            Capture = capture;
            Parent = parent;
            Depth = parent is null ? 0 : parent.Depth + 1;
            _hash = ((int)kind * 397) ^ (symbol is null ? capture.GetHashCode() : SymbolEqualityComparer.Default.GetHashCode(symbol)) ^ (parent?._hash * 31 ?? 0);
        }

        public EntityKind Kind { get; }

        public ISymbol? Symbol { get; }

        public CaptureId Capture { get; }

        public Entity? Parent { get; }

        public int Depth { get; }

        public static Entity Local(ILocalSymbol local) => new Entity(EntityKind.Local, local, default, null);

        public static Entity Parameter(IParameterSymbol parameter) => new Entity(EntityKind.Parameter, parameter, default, null);

        public static Entity FlowCapture(CaptureId id) => new Entity(EntityKind.Capture, null, id, null);

        public static Entity Static(ISymbol member) => new Entity(EntityKind.Static, member, default, null);

        /// <summary>The member path below <paramref name="parent"/>, or null past the depth limit.</summary>
        public static Entity? Member(Entity parent, ISymbol member) =>
            parent.Depth >= MaxDepth ? null : new Entity(EntityKind.Member, TupleSlot(member), default, parent);

        /// <summary>A tuple element is one place whether it is named <c>Name</c> or <c>Item1</c>, in a named or unnamed tuple type.</summary>
        private static ISymbol TupleSlot(ISymbol member) =>
            member is IFieldSymbol { ContainingType.IsTupleType: true } field
                ? (field.CorrespondingTupleField ?? field).OriginalDefinition
                : member;

        public bool IsWithin(Entity ancestor)
        {
            for (var current = this; current is not null; current = current.Parent)
            {
                if (current.Equals(ancestor))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>This path moved from below <paramref name="from"/> to below <paramref name="to"/>.</summary>
        public Entity? Rebase(Entity from, Entity to)
        {
            if (Equals(from))
            {
                return to;
            }

            var parent = Parent?.Rebase(from, to);
            return parent is null ? null : Member(parent, Symbol!);
        }

        public bool Equals(Entity? other) =>
            other is not null
            && other._hash == _hash
            && other.Kind == Kind
            && SymbolEqualityComparer.Default.Equals(other.Symbol, Symbol)
            && other.Capture.Equals(Capture)
            && Equals(other.Parent, Parent);

        public override bool Equals(object? obj) => Equals(obj as Entity);

        public override int GetHashCode() => _hash;

        public override string ToString() => Kind switch
        {
            EntityKind.This => "this",
            EntityKind.Capture => "capture",
            EntityKind.Member => Parent + "." + Symbol!.Name,
            _ => Symbol!.Name,
        };
    }
}
