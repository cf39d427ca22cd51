using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PhiGuard.Analyzers.Flow
{
    /// <summary>An evaluated argument; a <c>params</c> array keeps each element's own taint so a finding points at the element.</summary>
    internal sealed class ArgumentValue
    {
        public ArgumentValue(IArgumentOperation argument, Taint taint, IReadOnlyList<KeyValuePair<IOperation, Taint>>? elements)
        {
            Argument = argument;
            Taint = taint;
            Elements = elements;
        }

        public IArgumentOperation Argument { get; }

        public IParameterSymbol? Parameter => Argument.Parameter;

        public int Ordinal => Argument.Parameter?.Ordinal ?? -2;

        public Taint Taint { get; }

        public IReadOnlyList<KeyValuePair<IOperation, Taint>>? Elements { get; }

        /// <summary>The values this argument hands over: its elements for a <c>params</c> array, else itself.</summary>
        public IEnumerable<KeyValuePair<IOperation, Taint>> Values =>
            Elements ?? new[] { new KeyValuePair<IOperation, Taint>(Argument.Value, Taint) };
    }
}
