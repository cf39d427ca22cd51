using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>An evaluated argument; a <c>params</c> array keeps each element's own taint so a finding points at the element.</summary>
    internal sealed class ArgumentValue
    {
        public ArgumentValue(IArgumentOperation argument, Taint taint, IReadOnlyList<KeyValuePair<IOperation, Taint>>? elements, IParameterSymbol? parameter = null)
        {
            Argument = argument;
            Taint = taint;
            Elements = elements;
            Parameter = parameter ?? argument.Parameter;
        }

        public IArgumentOperation Argument { get; }

        /// <summary>The parameter that receives the argument: the argument's own, or, for a call through a delegate, the target method's.</summary>
        public IParameterSymbol? Parameter { get; }

        public int Ordinal => Parameter?.Ordinal ?? -2;

        /// <summary>The same argument as handed on to <paramref name="method"/>, a delegate's target, by position.</summary>
        public ArgumentValue HandedTo(IMethodSymbol method) =>
            new ArgumentValue(Argument, Taint, Elements, Ordinal >= 0 && Ordinal < method.Parameters.Length ? method.Parameters[Ordinal] : null);

        public Taint Taint { get; }

        public IReadOnlyList<KeyValuePair<IOperation, Taint>>? Elements { get; }

        /// <summary>The values this argument hands over: its elements for a <c>params</c> array, else itself.</summary>
        public IEnumerable<KeyValuePair<IOperation, Taint>> Values =>
            Elements ?? new[] { new KeyValuePair<IOperation, Taint>(Argument.Value, Taint) };
    }
}
