using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Sinks;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>Collects what the walk of one body (and the lambdas and local functions inside it) finds.</summary>
    internal sealed class SummaryBuilder
    {
        private readonly List<SinkHit> _hits = new List<SinkHit>();
        private readonly HashSet<string> _hitKeys = new HashSet<string>();
        private readonly List<ParameterSink> _parameterSinks = new List<ParameterSink>();
        private readonly HashSet<string> _parameterSinkKeys = new HashSet<string>();
        private readonly Dictionary<ISymbol, Taint> _fieldWrites = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);
        private readonly Dictionary<int, Taint> _outParameters = new Dictionary<int, Taint>();

        public Taint Returns { get; set; } = Taint.None;

        public Taint ReceiverWrites { get; set; } = Taint.None;

        public void AddHit(SinkKind kind, ValueMode mode, Location location, SourceLabel source, string sink, IReadOnlyList<Location> path)
        {
            var key = kind + "|" + location.SourceTree?.FilePath + "|" + location.SourceSpan + "|" + sink;
            if (_hitKeys.Add(key))
            {
                _hits.Add(new SinkHit(kind, mode, location, source, sink, path));
            }
        }

        public bool HasHitAt(SinkKind kind, Location location) =>
            _hits.Any(hit => hit.Kind == kind && hit.Location.SourceSpan == location.SourceSpan && hit.Location.SourceTree == location.SourceTree);

        public void AddParameterSink(int ordinal, SinkKind kind, ValueMode mode, string sink, IReadOnlyList<Location> path)
        {
            if (_parameterSinkKeys.Add(ordinal + "|" + kind + "|" + mode + "|" + sink))
            {
                _parameterSinks.Add(new ParameterSink(ordinal, kind, mode, sink, path));
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
            new MethodSummary(Returns, _parameterSinks.ToList(), new Dictionary<int, Taint>(_outParameters), ReceiverWrites, new Dictionary<ISymbol, Taint>(_fieldWrites, SymbolEqualityComparer.Default), _hits.ToList());
    }
}
