using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>
    /// Keeps deep input from overflowing the stack: a 10,000-term concatenation, conditionals nested a thousand deep,
    /// a chain of hundreds of calls. The recursive walks check for room before each step; where the stack runs low,
    /// the rest of the walk continues on a new thread with a fresh stack while this one waits (as .NET's expression
    /// compiler and its dependency-injection container do). Nothing is cut short, so the answer is the same as with an
    /// unbounded stack.
    /// </summary>
    internal static class StackGuard
    {
        /// <summary>Reserved, not committed: only the pages a deep walk touches are used.</summary>
        private const int FreshStackBytes = 64 * 1024 * 1024;

        public static bool HasRoom()
        {
            try
            {
                RuntimeHelpers.EnsureSufficientExecutionStack();
                return true;
            }
            catch (InsufficientExecutionStackException)
            {
                return false;
            }
        }

        /// <summary>Runs <paramref name="work"/> on a new thread that carries on this thread's fixed-point computation.</summary>
        public static T OnFreshStack<T>(Func<T> work)
        {
            var state = FixedPoints.ThreadState;
            var result = default(T);
            ExceptionDispatchInfo? failure = null;
            var thread = new Thread(
                () =>
                {
                    FixedPoints.ThreadState = state;
                    try
                    {
                        result = work();
                    }
                    catch (Exception exception)
                    {
                        failure = ExceptionDispatchInfo.Capture(exception);
                    }
                    finally
                    {
                        FixedPoints.ThreadState = null;
                    }
                },
                FreshStackBytes);
            thread.Start();
            thread.Join();
            failure?.Throw();
            return result!;
        }
    }
}
