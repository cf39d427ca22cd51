using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Local functions that no walked call reaches.</summary>
    internal sealed partial class FlowWalker
    {
        /// <summary>
        /// A local function is walked where it is called, from the state there. One that no walked call reaches (a
        /// handler declared among top-level statements and passed as a method group, a helper not yet used) is still
        /// code that runs: it is walked once on its own, from what the body holds at its end, so the parameters the
        /// policy protects are followed into its sinks like those of any method.
        /// </summary>
        private void WalkUncalledLocalFunctions(FlowState exit)
        {
            foreach (var function in _graph.LocalFunctions)
            {
                if (_summary.WasWalked(function))
                {
                    continue;
                }

                _summary.MarkWalked(function);
                ControlFlowGraph? graph;
                try
                {
                    graph = _graph.GetLocalFunctionControlFlowGraph(function, _cancellationToken);
                }
                catch (System.ArgumentException)
                {
                    graph = null;
                }

                _state = exit.Clone();
                RunNested(graph, function, _ => Taint.None);
            }
        }
    }
}
