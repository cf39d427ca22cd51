using System.Collections.Generic;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>The taint of every tracked entity at one program point. Join is union: a value is tainted if it may be.</summary>
    /// <remarks>
    /// Most states hold no member path at all; counting the ones they hold lets reading a whole object and
    /// overwriting one skip the scan for paths below it.
    /// </remarks>
    internal sealed class FlowState
    {
        private readonly Dictionary<Entity, Taint> _taints;
        private int _paths;
        private bool _removed;

        public FlowState()
        {
            _taints = new Dictionary<Entity, Taint>();
        }

        private FlowState(Dictionary<Entity, Taint> taints, int paths)
        {
            _taints = taints;
            _paths = paths;
        }

        public FlowState Clone() => new FlowState(new Dictionary<Entity, Taint>(_taints), _paths);

        /// <summary>
        /// True while nothing has been removed from this state: a dictionary then enumerates its entries in the same
        /// order as a copy of it would, now and after any later change, so the state can be handed on instead of a copy.
        /// </summary>
        public bool StandsForCopy => !_removed;

        public Taint Get(Entity entity) => _taints.TryGetValue(entity, out var taint) ? taint : Taint.None;

        /// <summary>The entity's own taint and that of every member path below it: what reading the whole object reveals.</summary>
        public Taint GetDeep(Entity entity)
        {
            var result = Get(entity);
            if (!HasPathsBelow(entity))
            {
                return result;
            }

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
                Drop(entity);
            }
            else
            {
                Put(entity, taint);
            }
        }

        /// <summary>Adds to what the entity may hold, keeping what it held.</summary>
        public void Add(Entity entity, Taint taint)
        {
            if (!taint.IsEmpty)
            {
                Put(entity, Get(entity).Union(taint));
            }
        }

        /// <summary>Copies <paramref name="from"/> and its member paths onto <paramref name="to"/>, replacing what <paramref name="to"/> held.</summary>
        public void CopyTree(Entity from, Entity to)
        {
            if (!HasPathsBelow(from))
            {
                var whole = Get(from);
                Set(to, Taint.None);
                Add(to, whole);
                return;
            }

            var copies = new List<KeyValuePair<Entity, Taint>>();
            foreach (var pair in _taints)
            {
                if (pair.Key.IsWithin(from) && pair.Key.Rebase(from, to) is { } copy)
                {
                    copies.Add(new KeyValuePair<Entity, Taint>(copy, pair.Value));
                }
            }

            Set(to, Taint.None);
            foreach (var copy in copies)
            {
                Add(copy.Key, copy.Value);
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
                    Put(pair.Key, joined);
                    changed = true;
                }
            }

            return changed;
        }

        public IEnumerable<KeyValuePair<Entity, Taint>> Entries => _taints;

        private bool HasPathsBelow(Entity entity) => _paths > 0 && entity.Depth < Entity.MaxDepth;

        private void Put(Entity entity, Taint taint)
        {
            if (entity.Depth > 0 && !_taints.ContainsKey(entity))
            {
                _paths++;
            }

            _taints[entity] = taint;
        }

        private void Drop(Entity entity)
        {
            if (_taints.Remove(entity))
            {
                _removed = true;
                _paths -= entity.Depth > 0 ? 1 : 0;
            }
        }

        private void RemoveBelow(Entity entity)
        {
            if (!HasPathsBelow(entity))
            {
                return;
            }

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
                    Drop(key);
                }
            }
        }
    }
}
