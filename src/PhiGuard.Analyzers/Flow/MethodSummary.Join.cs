using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Summaries as approximations of a recursive method's summary: the join of two, and equality, for the fixed point
    /// of a recursion. Where both name the same leak by different paths, the join keeps the one first in a fixed order,
    /// so the joined summary does not depend on which approximation came first.
    /// </summary>
    internal sealed partial class MethodSummary
    {
        public static MethodSummary Join(MethodSummary left, MethodSummary right)
        {
            if (ReferenceEquals(left, right) || ReferenceEquals(right, NoBody))
            {
                return left;
            }

            if (ReferenceEquals(left, NoBody))
            {
                return right;
            }

            return new MethodSummary(
                left.Returns.Union(right.Returns),
                JoinByKey(left.ParameterSinks, right.ParameterSinks, ParameterSinkKey, CompareParameterSinks),
                JoinTaints(left.OutParameters, right.OutParameters, EqualityComparer<int>.Default),
                left.ReceiverWrites.Union(right.ReceiverWrites),
                JoinTaints(left.ReceiverFieldWrites, right.ReceiverFieldWrites, SymbolEqualityComparer.Default),
                JoinTaints(left.FieldWrites, right.FieldWrites, SymbolEqualityComparer.Default),
                JoinByKey(left.Hits, right.Hits, HitKey, CompareHits),
                JoinTaints(left.ParameterWrites, right.ParameterWrites, EqualityComparer<int>.Default));
        }

        public bool Equals(MethodSummary? other) =>
            other is not null
            && (ReferenceEquals(this, other)
                || (Returns.Equals(other.Returns)
                    && ReceiverWrites.Equals(other.ReceiverWrites)
                    && SameTaints(OutParameters, other.OutParameters)
                    && SameTaints(ReceiverFieldWrites, other.ReceiverFieldWrites)
                    && SameTaints(FieldWrites, other.FieldWrites)
                    && SameTaints(ParameterWrites, other.ParameterWrites)
                    && SameByKey(ParameterSinks, other.ParameterSinks, ParameterSinkKey, CompareParameterSinks)
                    && SameByKey(Hits, other.Hits, HitKey, CompareHits)));

        public override bool Equals(object? obj) => Equals(obj as MethodSummary);

        public override int GetHashCode() => Returns.GetHashCode() ^ (Hits.Count * 31) ^ ParameterSinks.Count;

        private static string HitKey(SinkHit hit) => hit.Kind + "|" + hit.Location.SourceTree?.FilePath + "|" + hit.Location.SourceSpan;

        /// <summary>
        /// Which parameter reaches which kind of sink. The sink's name is left out: through a recursion it names every
        /// round (<c>Odd → Even → Odd → ...</c>), and one name, the shortest, is enough for the message.
        /// </summary>
        private static string ParameterSinkKey(ParameterSink sink) =>
            sink.Ordinal + "|" + sink.Member?.ToDisplayString() + "|" + sink.Kind + "|" + sink.Mode;

        private static int CompareHits(SinkHit left, SinkHit right)
        {
            var order = ComparePaths(left.Path, right.Path);
            order = order != 0 ? order : string.CompareOrdinal(left.Sink, right.Sink);
            order = order != 0 ? order : string.CompareOrdinal(left.Source.Subject, right.Source.Subject);
            order = order != 0 ? order : string.CompareOrdinal(left.Source.Selector.Position.Path, right.Source.Selector.Position.Path);
            order = order != 0 ? order : left.Source.Selector.Position.Line.CompareTo(right.Source.Selector.Position.Line);
            order = order != 0 ? order : left.Source.Selector.Position.Column.CompareTo(right.Source.Selector.Position.Column);
            return order != 0 ? order : left.Mode.CompareTo(right.Mode);
        }

        private static int CompareParameterSinks(ParameterSink left, ParameterSink right)
        {
            var order = ComparePaths(left.Path, right.Path);
            order = order != 0 ? order : left.Sink.Length.CompareTo(right.Sink.Length);
            return order != 0 ? order : string.CompareOrdinal(left.Sink, right.Sink);
        }

        /// <summary>Shorter paths first, then by where each step is.</summary>
        private static int ComparePaths(IReadOnlyList<Location> left, IReadOnlyList<Location> right)
        {
            if (left.Count != right.Count)
            {
                return left.Count.CompareTo(right.Count);
            }

            for (var i = 0; i < left.Count; i++)
            {
                var order = string.CompareOrdinal(left[i].SourceTree?.FilePath, right[i].SourceTree?.FilePath);
                order = order != 0 ? order : left[i].SourceSpan.Start.CompareTo(right[i].SourceSpan.Start);
                order = order != 0 ? order : left[i].SourceSpan.Length.CompareTo(right[i].SourceSpan.Length);
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }

        private static List<T> JoinByKey<T>(IReadOnlyList<T> left, IReadOnlyList<T> right, System.Func<T, string> key, System.Comparison<T> order)
        {
            var joined = new List<T>(left);
            var index = new Dictionary<string, int>();
            for (var i = 0; i < joined.Count; i++)
            {
                index[key(joined[i])] = i;
            }

            foreach (var item in right)
            {
                if (!index.TryGetValue(key(item), out var at))
                {
                    index[key(item)] = joined.Count;
                    joined.Add(item);
                }
                else if (order(item, joined[at]) < 0)
                {
                    joined[at] = item;
                }
            }

            return joined;
        }

        private static bool SameByKey<T>(IReadOnlyList<T> left, IReadOnlyList<T> right, System.Func<T, string> key, System.Comparison<T> order)
        {
            if (left.Count != right.Count)
            {
                return false;
            }

            var byKey = new Dictionary<string, T>();
            foreach (var item in left)
            {
                byKey[key(item)] = item;
            }

            return right.All(item => byKey.TryGetValue(key(item), out var match) && order(item, match) == 0);
        }

        private static Dictionary<TKey, Taint> JoinTaints<TKey>(IReadOnlyDictionary<TKey, Taint> left, IReadOnlyDictionary<TKey, Taint> right, IEqualityComparer<TKey> comparer)
            where TKey : notnull
        {
            var joined = new Dictionary<TKey, Taint>(comparer);
            foreach (var entry in left)
            {
                joined[entry.Key] = entry.Value;
            }

            foreach (var entry in right)
            {
                joined[entry.Key] = joined.TryGetValue(entry.Key, out var existing) ? existing.Union(entry.Value) : entry.Value;
            }

            return joined;
        }

        private static bool SameTaints<TKey>(IReadOnlyDictionary<TKey, Taint> left, IReadOnlyDictionary<TKey, Taint> right) =>
            left.Count == right.Count && left.All(entry => right.TryGetValue(entry.Key, out var other) && other.Equals(entry.Value));
    }
}
