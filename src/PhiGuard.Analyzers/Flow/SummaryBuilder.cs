using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Approvals;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Collects what the walk of one body (and the lambdas and local functions inside it) finds.</summary>
    internal sealed class SummaryBuilder
    {
        private readonly ActiveApprovals _approvals;
        private readonly List<SinkHit> _hits = new List<SinkHit>();
        private readonly Dictionary<string, int> _hitIndex = new Dictionary<string, int>();
        private readonly List<ParameterSink> _parameterSinks = new List<ParameterSink>();
        private readonly HashSet<string> _parameterSinkKeys = new HashSet<string>();
        private readonly Dictionary<ISymbol, Taint> _fieldWrites = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);
        private readonly Dictionary<int, Taint> _outParameters = new Dictionary<int, Taint>();
        private readonly Dictionary<ISymbol, Taint> _receiverFieldWrites = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);

        public SummaryBuilder(ActiveApprovals approvals)
        {
            _approvals = approvals;
        }

        public Taint Returns { get; set; } = Taint.None;

        public Taint ReceiverWrites { get; set; } = Taint.None;

        public void AddHit(SinkKind kind, ValueMode mode, Location location, SourceLabel source, IReadOnlyList<IMethodSymbol> calls, IReadOnlyList<Location> path)
        {
            // One finding per rule and place: a value that reaches several sinks of one kind through a callee is one leak.
            // The one kept is a path no approved sink covers, if there is one, so an approval never hides a leak beside it.
            var key = kind + "|" + location.SourceTree?.FilePath + "|" + location.SourceSpan;
            var hit = new SinkHit(kind, mode, location, source, calls, path);
            if (!_hitIndex.TryGetValue(key, out var index))
            {
                _hitIndex.Add(key, _hits.Count);
                _hits.Add(hit);
            }
            else if (_approvals.Approving(kind, _hits[index].ApprovableCalls) is not null && _approvals.Approving(kind, hit.ApprovableCalls) is null)
            {
                _hits[index] = hit;
            }
        }

        public void AddParameterSink(ParameterLabel parameter, SinkKind kind, ValueMode mode, IReadOnlyList<IMethodSymbol> calls, IReadOnlyList<Location> path)
        {
            if (_parameterSinkKeys.Add(parameter + "|" + kind + "|" + mode + "|" + SinkNames.OfChain(calls)))
            {
                _parameterSinks.Add(new ParameterSink(parameter.Ordinal, parameter.Member, kind, mode, calls, path));
            }
        }

        /// <summary>What this body stores into a field or property of its receiver (any data, for the caller to instantiate).</summary>
        public void AddReceiverFieldWrite(ISymbol member, Taint taint)
        {
            if (!taint.IsEmpty)
            {
                _receiverFieldWrites[member] = _receiverFieldWrites.TryGetValue(member, out var existing) ? existing.Union(taint) : taint;
            }
        }

        public void AddFieldWrite(ISymbol member, Taint taint)
        {
            var sources = taint.OnlySources();
            if (!sources.IsEmpty)
            {
                _fieldWrites[member] = _fieldWrites.TryGetValue(member, out var existing) ? existing.Union(sources) : sources;
            }
        }

        public void SetOutParameter(int ordinal, Taint taint)
        {
            if (!taint.IsEmpty)
            {
                _outParameters[ordinal] = taint;
            }
        }

        public MethodSummary Build() =>
            new MethodSummary(Returns, _parameterSinks.ToList(), new Dictionary<int, Taint>(_outParameters), ReceiverWrites, new Dictionary<ISymbol, Taint>(_receiverFieldWrites, SymbolEqualityComparer.Default), new Dictionary<ISymbol, Taint>(_fieldWrites, SymbolEqualityComparer.Default), _hits.ToList());
    }
}
