using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Facts computed on demand that may depend on one another in cycles: the summaries of recursive and mutually
    /// recursive methods, the trigger of methods that call each other, what the writers of a field store in it. Each
    /// answer is the least fixed point of those equations, whichever fact is asked for first and on whichever thread.
    /// </summary>
    /// <remarks>
    /// A fact asked for while it is being computed on this thread (a cycle) answers with its current approximation,
    /// starting from nothing, and the computation that started it runs again with the larger approximation until
    /// nothing changes: a strongly connected component of the dependencies is iterated as a whole, from its first
    /// member on the stack (Tarjan's low link tells which). Facts computed inside a cycle from an approximation are
    /// kept only for the iteration that computed them; once their component settles they are final and shared with
    /// every thread. Because every approximation starts from nothing and only grows, the fixed point reached is the
    /// least one, the same from every entry, so no result depends on the order in which threads ask.
    /// </remarks>
    internal sealed class FixedPoints
    {
        [ThreadStatic]
        private static Evaluation? current;

        private readonly ConcurrentDictionary<FactKey, object> _final = new ConcurrentDictionary<FactKey, object>();

        /// <summary>The computation under way on this thread, to continue it on another thread with more stack.</summary>
        internal static object? ThreadState
        {
            get => current;
            set => current = (Evaluation?)value;
        }

        public bool TryGetFinal<T>(FactKey key, out T value)
        {
            if (_final.TryGetValue(key, out var known))
            {
                value = (T)known;
                return true;
            }

            value = default!;
            return false;
        }

        /// <summary>
        /// The value of <paramref name="key"/>: <paramref name="compute"/> evaluates its equation, asking this method for
        /// the facts it depends on; <paramref name="join"/> is the least upper bound of two approximations, and
        /// <paramref name="bottom"/> the approximation a cycle starts from.
        /// </summary>
        public T Get<T>(FactKey key, T bottom, Func<T> compute, Func<T, T, T> join)
        {
            if (_final.TryGetValue(key, out var known))
            {
                return (T)known;
            }

            if (!StackGuard.HasRoom())
            {
                return StackGuard.OnFreshStack(() => Get(key, bottom, compute, join));
            }

            var evaluation = current ??= new Evaluation();
            var parent = evaluation.Top;
            if (evaluation.OnStack.TryGetValue(key, out var index))
            {
                var cycle = evaluation.Stack[index];
                cycle.ReadBack = true;
                parent?.Lower(index);
                return (T)cycle.Approximation!;
            }

            if (evaluation.Memo.TryGetValue(key, out var provisional))
            {
                parent?.Lower(provisional.Low);
                return (T)provisional.Value;
            }

            var frame = evaluation.Push(key, bottom);
            var mark = evaluation.MemoOrder.Count;
            T result;
            try
            {
                while (true)
                {
                    frame.Low = frame.Index;
                    frame.ReadBack = false;
                    result = compute();
                    if (!frame.ReadBack)
                    {
                        break;
                    }

                    var approximation = (T)frame.Approximation!;
                    var joined = join(approximation, result);
                    if (EqualityComparer<T>.Default.Equals(joined, approximation))
                    {
                        result = joined;
                        break;
                    }

                    frame.Approximation = joined;
                    evaluation.DropMemo(mark);
                }
            }
            catch
            {
                evaluation.DropMemo(mark);
                throw;
            }
            finally
            {
                evaluation.Pop();
            }

            if (frame.Low < frame.Index)
            {
                evaluation.AddMemo(key, result!, frame.Low);
                parent?.Lower(frame.Low);
                return result;
            }

            // Nothing below this fact on the stack was read: it and everything computed for it are settled.
            foreach (var settled in evaluation.TakeMemo(mark))
            {
                _final.TryAdd(settled.Key, settled.Value);
            }

            return (T)_final.GetOrAdd(key, result!);
        }

        private sealed class Frame
        {
            public Frame(FactKey key, int index, object? approximation)
            {
                Key = key;
                Index = index;
                Low = index;
                Approximation = approximation;
            }

            public FactKey Key { get; }

            public int Index { get; }

            /// <summary>The lowest frame whose approximation this computation read, directly or through what it asked.</summary>
            public int Low { get; set; }

            public object? Approximation { get; set; }

            /// <summary>Whether a computation under this one read its approximation: then it must be iterated.</summary>
            public bool ReadBack { get; set; }

            public void Lower(int low) => Low = Math.Min(Low, low);
        }

        private sealed class Evaluation
        {
            public List<Frame> Stack { get; } = new List<Frame>();

            public Dictionary<FactKey, int> OnStack { get; } = new Dictionary<FactKey, int>();

            public Dictionary<FactKey, (object Value, int Low)> Memo { get; } = new Dictionary<FactKey, (object Value, int Low)>();

            public List<FactKey> MemoOrder { get; } = new List<FactKey>();

            public Frame? Top => Stack.Count == 0 ? null : Stack[Stack.Count - 1];

            public Frame Push(FactKey key, object? bottom)
            {
                var frame = new Frame(key, Stack.Count, bottom);
                Stack.Add(frame);
                OnStack[key] = frame.Index;
                return frame;
            }

            public void Pop()
            {
                var frame = Stack[Stack.Count - 1];
                Stack.RemoveAt(Stack.Count - 1);
                OnStack.Remove(frame.Key);
            }

            public void AddMemo(FactKey key, object value, int low)
            {
                Memo[key] = (value, low);
                MemoOrder.Add(key);
            }

            /// <summary>Forgets the facts computed since <paramref name="mark"/>: they were computed from an approximation that grew.</summary>
            public void DropMemo(int mark) => TakeMemo(mark);

            public List<KeyValuePair<FactKey, object>> TakeMemo(int mark)
            {
                var taken = new List<KeyValuePair<FactKey, object>>(MemoOrder.Count - mark);
                for (var i = mark; i < MemoOrder.Count; i++)
                {
                    taken.Add(new KeyValuePair<FactKey, object>(MemoOrder[i], Memo[MemoOrder[i]].Value));
                    Memo.Remove(MemoOrder[i]);
                }

                MemoOrder.RemoveRange(mark, MemoOrder.Count - mark);
                return taken;
            }
        }
    }

    /// <summary>What a fact is about: the summary or the trigger of a body, or what a field may hold.</summary>
    internal readonly struct FactKey : IEquatable<FactKey>
    {
        private FactKey(FactKind kind, object subject)
        {
            Kind = kind;
            Subject = subject;
        }

        public FactKind Kind { get; }

        public object Subject { get; }

        public static FactKey Summary(SyntaxNode body) => new FactKey(FactKind.Summary, body);

        public static FactKey Mentions(SyntaxNode body) => new FactKey(FactKind.Mentions, body);

        public static FactKey Field(ISymbol member) => new FactKey(FactKind.Field, member);

        public bool Equals(FactKey other) =>
            Kind == other.Kind && (Subject is ISymbol symbol ? SymbolEqualityComparer.Default.Equals(symbol, other.Subject as ISymbol) : ReferenceEquals(Subject, other.Subject));

        public override bool Equals(object? obj) => obj is FactKey other && Equals(other);

        public override int GetHashCode() =>
            ((int)Kind * 397) ^ (Subject is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : Subject.GetHashCode());
    }

    internal enum FactKind
    {
        Summary,
        Mentions,
        Field,
    }
}
