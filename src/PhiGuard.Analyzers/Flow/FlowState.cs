using System.Collections.Generic;
using System.Linq;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>The taint of every tracked entity at one program point. Join is union: a value is tainted if it may be.</summary>
    internal sealed class FlowState
    {
        private readonly Dictionary<Entity, Taint> _taints;

        public FlowState()
        {
            _taints = new Dictionary<Entity, Taint>();
        }

        private FlowState(Dictionary<Entity, Taint> taints)
        {
            _taints = taints;
        }

        public FlowState Clone() => new FlowState(new Dictionary<Entity, Taint>(_taints));

        public Taint Get(Entity entity) => _taints.TryGetValue(entity, out var taint) ? taint : Taint.None;

        /// <summary>The entity's own taint and that of every member path below it: what reading the whole object reveals.</summary>
        public Taint GetDeep(Entity entity)
        {
            var result = Get(entity);
            foreach (var pair in _taints)
            {
                if (pair.Key.Depth > entity.Depth && pair.Key.IsWithin(entity))
                {
                    result = result.Union(pair.Value);
                }
            }

            return result;
        }

        /// <summary>Overwrites the entity and forgets what was known of its members.</summary>
        public void Set(Entity entity, Taint taint)
        {
            RemoveBelow(entity);
            if (taint.IsEmpty)
            {
                _taints.Remove(entity);
            }
            else
            {
                _taints[entity] = taint;
            }
        }

        /// <summary>Adds to what the entity may hold, keeping what it held.</summary>
        public void Add(Entity entity, Taint taint)
        {
            if (!taint.IsEmpty)
            {
                _taints[entity] = Get(entity).Union(taint);
            }
        }

        /// <summary>Copies <paramref name="from"/> and its member paths onto <paramref name="to"/>, replacing what <paramref name="to"/> held.</summary>
        public void CopyTree(Entity from, Entity to)
        {
            var copies = _taints
                .Where(pair => pair.Key.IsWithin(from))
                .Select(pair => new KeyValuePair<Entity?, Taint>(pair.Key.Rebase(from, to), pair.Value))
                .ToList();
            Set(to, Taint.None);
            foreach (var copy in copies)
            {
                if (copy.Key is not null)
                {
                    Add(copy.Key, copy.Value);
                }
            }
        }

        public bool JoinWith(FlowState other)
        {
            var changed = false;
            foreach (var pair in other._taints)
            {
                var current = Get(pair.Key);
                var joined = current.Union(pair.Value);
                if (!ReferenceEquals(joined, current) && !joined.Equals(current))
                {
                    _taints[pair.Key] = joined;
                    changed = true;
                }
            }

            return changed;
        }

        public IEnumerable<KeyValuePair<Entity, Taint>> Entries => _taints;

        private void RemoveBelow(Entity entity)
        {
            List<Entity>? below = null;
            foreach (var key in _taints.Keys)
            {
                if (key.Depth > entity.Depth && key.IsWithin(entity))
                {
                    (below ??= new List<Entity>()).Add(key);
                }
            }

            if (below is not null)
            {
                foreach (var key in below)
                {
                    _taints.Remove(key);
                }
            }
        }
    }
}
