using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Part of a method summary: whatever a caller passes as parameter <see cref="Ordinal"/> reaches a sink.</summary>
    internal sealed class ParameterSink
    {
        public ParameterSink(int ordinal, ISymbol? member, SinkKind kind, ValueMode mode, IReadOnlyList<IMethodSymbol> calls, IReadOnlyList<Location> path)
        {
            Ordinal = ordinal;
            Member = member;
            Kind = kind;
            Mode = mode;
            Calls = calls;
            Path = path;
        }

        public int Ordinal { get; }

        /// <summary>For the receiver: the field or property of it that reaches the sink, or null for all of it.</summary>
        public ISymbol? Member { get; }

        public SinkKind Kind { get; }

        public ValueMode Mode { get; }

        /// <summary>The calls from the parameter to the sink, the sink last.</summary>
        public IReadOnlyList<IMethodSymbol> Calls { get; }

        public string Sink => SinkNames.OfChain(Calls);

        public IReadOnlyList<Location> Path { get; }
    }
}
