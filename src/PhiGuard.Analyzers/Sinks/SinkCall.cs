using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>A call that may be a sink, as a <see cref="SinkDefinition.Condition"/> sees it.</summary>
    internal sealed class SinkCall
    {
        public SinkCall(Compilation compilation, IOperation? receiver, IEnumerable<IArgumentOperation> arguments)
        {
            Compilation = compilation;
            Receiver = receiver;
            Arguments = arguments;
        }

        public Compilation Compilation { get; }

        public IOperation? Receiver { get; }

        public IEnumerable<IArgumentOperation> Arguments { get; }
    }
}
