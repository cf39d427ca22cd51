using System;
using System.Collections.Generic;
using System.Linq;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// The labels a value carries: an immutable small set. It is capped, because a finding needs one source to
    /// name, not all of them, and the cap keeps loops and long methods cheap.
    /// </summary>
    internal sealed class Taint : IEquatable<Taint>
    {
        private const int MaxLabels = 8;

        public static readonly Taint None = new Taint(Array.Empty<TaintLabel>());

        private readonly TaintLabel[] _labels;

        private Taint(TaintLabel[] labels)
        {
            _labels = labels;
        }

        public bool IsEmpty => _labels.Length == 0;

        public IReadOnlyList<TaintLabel> Labels => _labels;

        public IEnumerable<SourceLabel> Sources => _labels.OfType<SourceLabel>();

        public bool HasSource => _labels.Any(label => label is SourceLabel);

        public IEnumerable<ParameterLabel> Parameters => _labels.OfType<ParameterLabel>();

        public static Taint Of(TaintLabel label) => new Taint(new[] { label });

        public Taint Union(Taint other)
        {
            if (other.IsEmpty || ReferenceEquals(this, other))
            {
                return this;
            }

            if (IsEmpty)
            {
                return other;
            }

            if (_labels.Length >= MaxLabels)
            {
                return this;
            }

            // The walk unions at every operation: one array, sized for the result, is all this allocates.
            TaintLabel[]? merged = null;
            var count = _labels.Length;
            foreach (var label in other._labels)
            {
                if (Array.IndexOf(_labels, label) >= 0 || (merged is not null && Array.IndexOf(merged, label, _labels.Length, count - _labels.Length) >= 0))
                {
                    continue;
                }

                if (count >= MaxLabels)
                {
                    break;
                }

                if (merged is null)
                {
                    merged = new TaintLabel[Math.Min(MaxLabels, _labels.Length + other._labels.Length)];
                    Array.Copy(_labels, merged, _labels.Length);
                }

                merged[count++] = label;
            }

            if (merged is null)
            {
                return this;
            }

            if (count < merged.Length)
            {
                Array.Resize(ref merged, count);
            }

            return new Taint(merged);
        }

        /// <summary>The taint with parameter labels replaced by what the caller passed for them.</summary>
        public Taint Instantiate(Func<ParameterLabel, Taint> argument)
        {
            var result = None;
            foreach (var label in _labels)
            {
                result = result.Union(label is ParameterLabel parameter ? argument(parameter) : Of(label));
            }

            return result;
        }

        public Taint OnlySources() => _labels.All(label => label is SourceLabel) ? this : new Taint(_labels.Where(label => label is SourceLabel).ToArray());

        public bool Equals(Taint? other) =>
            other is not null && other._labels.Length == _labels.Length && _labels.All(label => Array.IndexOf(other._labels, label) >= 0);

        public override bool Equals(object? obj) => Equals(obj as Taint);

        public override int GetHashCode() => _labels.Aggregate(_labels.Length, (hash, label) => hash ^ label.GetHashCode());

        public override string ToString() => "{" + string.Join(", ", _labels.Select(label => label.ToString())) + "}";
    }
}
