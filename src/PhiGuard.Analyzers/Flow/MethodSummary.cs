using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// What one method body does with data, computed once per compilation: what its return value carries,
    /// which parameters reach sinks, what flows into its out parameters, its receiver and the fields it
    /// writes, and the protected values it sends to sinks itself.
    /// </summary>
    internal sealed partial class MethodSummary : System.IEquatable<MethodSummary>
    {
        private static readonly IReadOnlyDictionary<int, Taint> NoParameterWrites = new Dictionary<int, Taint>();

        public static readonly MethodSummary Empty = new MethodSummary(
            Taint.None,
            new List<ParameterSink>(),
            new Dictionary<int, Taint>(),
            Taint.None,
            new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default),
            new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default),
            new List<SinkHit>());

        /// <summary>What a method without a body to walk here answers: callers treat the call as a library call.</summary>
        public static readonly MethodSummary NoBody = new MethodSummary(
            Taint.None,
            new List<ParameterSink>(),
            new Dictionary<int, Taint>(),
            Taint.None,
            new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default),
            new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default),
            new List<SinkHit>());

        public MethodSummary(
            Taint returns,
            IReadOnlyList<ParameterSink> parameterSinks,
            IReadOnlyDictionary<int, Taint> outParameters,
            Taint receiverWrites,
            IReadOnlyDictionary<ISymbol, Taint> receiverFieldWrites,
            IReadOnlyDictionary<ISymbol, Taint> fieldWrites,
            IReadOnlyList<SinkHit> hits,
            IReadOnlyDictionary<int, Taint>? parameterWrites = null)
        {
            Returns = returns;
            ParameterSinks = parameterSinks;
            OutParameters = outParameters;
            ReceiverWrites = receiverWrites;
            ReceiverFieldWrites = receiverFieldWrites;
            FieldWrites = fieldWrites;
            Hits = hits;
            ParameterWrites = parameterWrites ?? NoParameterWrites;
        }

        public Taint Returns { get; }

        public IReadOnlyList<ParameterSink> ParameterSinks { get; }

        public IReadOnlyDictionary<int, Taint> OutParameters { get; }

        /// <summary>What the body stores into its receiver other than through one of its fields or properties.</summary>
        public Taint ReceiverWrites { get; }

        /// <summary>What the body stores into each field or property of its receiver, for the caller's object.</summary>
        public IReadOnlyDictionary<ISymbol, Taint> ReceiverFieldWrites { get; }

        /// <summary>Protected data this body stores into fields and auto-properties, for readers in other methods.</summary>
        public IReadOnlyDictionary<ISymbol, Taint> FieldWrites { get; }

        public IReadOnlyList<SinkHit> Hits { get; }

        /// <summary>
        /// What the body writes into the writers, streams, builders and XML nodes its callers hand it, by parameter
        /// ordinal: the caller's writer receives it, and is a file or a buffer as the caller made it.
        /// </summary>
        public IReadOnlyDictionary<int, Taint> ParameterWrites { get; }
    }
}
