using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Sinks;

namespace PhiGuard.Analyzers.Rules.EntityFramework
{
    /// <summary>
    /// Decides whether a value conversion encrypts: the converter type is one the policy lists as a sanitizer, or
    /// the conversion (its lambdas, or the converter's own source) calls a sanitizer — the policy's, or a built-in
    /// one such as Data Protection's <c>Protect</c> or a cipher's <c>Encrypt</c>.
    /// </summary>
    internal sealed class ConverterJudge
    {
        private readonly Compilation _compilation;
        private readonly SanitizerResolver _sanitizers;
        private readonly CancellationToken _cancellationToken;
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _types = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);

        public ConverterJudge(Compilation compilation, SanitizerResolver sanitizers, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _sanitizers = sanitizers;
            _cancellationToken = cancellationToken;
        }

        /// <summary>True when a <c>HasConversion</c> or <c>HaveConversion</c> call converts through an encrypting converter.</summary>
        public bool Encrypts(IInvocationOperation conversion)
        {
            if (conversion.TargetMethod.TypeArguments.Any(Encrypts))
            {
                return true;
            }

            foreach (var argument in conversion.Arguments)
            {
                var value = argument.Value;
                if (CallsSanitizer(value) || (value is ITypeOfOperation typeOf && Encrypts(typeOf.TypeOperand)))
                {
                    return true;
                }

                while (value is IConversionOperation converted)
                {
                    value = converted.Operand;
                }

                if (value.Type is not null && Encrypts(value.Type))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Encrypts(ITypeSymbol converter) =>
            _types.GetOrAdd(converter.OriginalDefinition, type => _sanitizers.IsSanitizerType(type) || SourceCallsSanitizer(type));

        private bool CallsSanitizer(IOperation operation) =>
            operation.DescendantsAndSelf().OfType<IInvocationOperation>().Any(invocation => _sanitizers.IsSanitizer(invocation.TargetMethod));

        /// <summary>A converter declared here that calls a sanitizer, in its constructor or in a primary constructor's base call.</summary>
        private bool SourceCallsSanitizer(ITypeSymbol converter)
        {
            foreach (var reference in converter.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax(_cancellationToken);
                if (!_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
                {
                    continue;
                }

#pragma warning disable RS1030 // Once per converter type, cached; converters are few.
                var model = _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
                foreach (var invocation in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (model.GetSymbolInfo(invocation, _cancellationToken).Symbol is IMethodSymbol method && _sanitizers.IsSanitizer(method))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
