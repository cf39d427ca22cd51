using System;
using Microsoft.CodeAnalysis;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Where a tainted value came from.</summary>
    internal abstract class TaintLabel : IEquatable<TaintLabel>
    {
        public abstract bool Equals(TaintLabel? other);

        public override bool Equals(object? obj) => Equals(obj as TaintLabel);

        public abstract override int GetHashCode();
    }

    /// <summary>Protected data, read from <see cref="Subject"/> which <see cref="Selector"/> protects.</summary>
    internal sealed class SourceLabel : TaintLabel
    {
        public SourceLabel(string subject, Selector selector, IMethodSymbol? givenTo = null)
        {
            Subject = subject;
            Selector = selector;
            GivenTo = givenTo;
        }

        /// <summary>The protected symbol as a message shows it: <c>Patient.Ssn</c>.</summary>
        public string Subject { get; }

        public Selector Selector { get; }

        /// <summary>
        /// For a parameter the policy protects: the method it is a parameter of, which callers hand the data to. An
        /// approved sink naming that method approves where the data goes inside it. Not part of the label's identity.
        /// </summary>
        public IMethodSymbol? GivenTo { get; }

        public override bool Equals(TaintLabel? other) =>
            other is SourceLabel source && source.Subject == Subject && ReferenceEquals(source.Selector, Selector);

        public override int GetHashCode() => Subject.GetHashCode() ^ Selector.GetHashCode();

        public override string ToString() => Subject;
    }

    /// <summary>
    /// Whatever the caller passes as parameter <see cref="Ordinal"/> (-1 for the receiver), or, with a
    /// <see cref="Member"/>, what the caller's receiver holds in that field or property. Used to build a method's
    /// summary, which callers instantiate with their own argument taints: a method that logs <c>_name</c> leaks what
    /// its receiver's <c>_name</c> holds, not everything its receiver holds.
    /// </summary>
    internal sealed class ParameterLabel : TaintLabel
    {
        public const int Receiver = -1;

        private static readonly ParameterLabel[] Cache = CreateCache();

        private ParameterLabel(int ordinal, ISymbol? member)
        {
            Ordinal = ordinal;
            Member = member;
        }

        public int Ordinal { get; }

        public ISymbol? Member { get; }

        public bool IsWholeReceiver => Ordinal == Receiver && Member is null;

        public static ParameterLabel For(int ordinal) =>
            ordinal + 1 < Cache.Length ? Cache[ordinal + 1] : new ParameterLabel(ordinal, null);

        public static ParameterLabel ForReceiverMember(ISymbol member) => new ParameterLabel(Receiver, member);

        public override bool Equals(TaintLabel? other) =>
            other is ParameterLabel parameter && parameter.Ordinal == Ordinal && SymbolEqualityComparer.Default.Equals(parameter.Member, Member);

        public override int GetHashCode() => Ordinal ^ (Member is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(Member));

        public override string ToString() => Ordinal == Receiver ? (Member is null ? "this" : "this." + Member.Name) : "arg" + Ordinal;

        private static ParameterLabel[] CreateCache()
        {
            var cache = new ParameterLabel[33];
            for (var i = 0; i < cache.Length; i++)
            {
                cache[i] = new ParameterLabel(i - 1, null);
            }

            return cache;
        }
    }
}
