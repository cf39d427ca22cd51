using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Part of a method summary: whatever a caller passes as parameter <see cref="Ordinal"/> reaches a sink.</summary>
    internal sealed class ParameterSink
    {
        public ParameterSink(int ordinal, SinkKind kind, ValueMode mode, string sink, IReadOnlyList<Location> path)
        {
            Ordinal = ordinal;
            Kind = kind;
            Mode = mode;
            Sink = sink;
            Path = path;
        }

        public int Ordinal { get; }

        public SinkKind Kind { get; }

        public ValueMode Mode { get; }

        public string Sink { get; }

        public IReadOnlyList<Location> Path { get; }
    }
}
