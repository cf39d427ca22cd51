using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Protected data that reaches a sink: what it is, where it enters the sink, and the path it took.</summary>
    internal sealed class SinkHit
    {
        public SinkHit(SinkKind kind, ValueMode mode, Location location, SourceLabel source, IReadOnlyList<IMethodSymbol> calls, IReadOnlyList<Location> path)
        {
            Kind = kind;
            Mode = mode;
            Location = location;
            Source = source;
            Calls = calls;
            Path = path;
        }

        public SinkKind Kind { get; }

        /// <summary>How the sink consumes the value: as text, destructured, or by which serializer's rules.</summary>
        public ValueMode Mode { get; }

        /// <summary>The expression that carries the protected value into the sink (or into the call that leads to it).</summary>
        public Location Location { get; }

        public SourceLabel Source { get; }

        /// <summary>The calls from this place to the sink: the call the value enters first, the calls in between, and the sink.</summary>
        public IReadOnlyList<IMethodSymbol> Calls { get; }

        /// <summary>
        /// The methods an approved sink may name to approve this flow: the method the protected data was given to (for
        /// a protected parameter), then <see cref="Calls"/>.
        /// </summary>
        public IEnumerable<IMethodSymbol> ApprovableCalls => Source.GivenTo is { } givenTo ? new[] { givenTo }.Concat(Calls) : Calls;

        /// <summary>The sink with the calls in between: <c>PatientAudit.Record → ILogger.LogInformation</c>.</summary>
        public string Sink => SinkNames.OfChain(Calls);

        /// <summary>Where the value goes on its way to the sink, ending at the sink call itself.</summary>
        public IReadOnlyList<Location> Path { get; }
    }
}
