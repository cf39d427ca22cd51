using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Classification;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>
    /// Where a writer or stream puts its bytes: a file, a <c>CryptoStream</c> (encrypted on the way), memory, or
    /// somewhere unknown (a response body, a socket). Told from the receiver's type and, for a local, from what
    /// it was created over: <c>new StreamWriter(new CryptoStream(file, ...))</c> writes ciphertext.
    /// </summary>
    internal static class StreamTargets
    {
        private const int MaxHops = 4;

        private enum Target
        {
            Unknown,
            File,
            Encrypted,
            Memory,
        }

        /// <summary>True when the call's receiver writes into a file unencrypted.</summary>
        public static bool WritesToFile(SinkCall call) => Classify(call.Compilation, call.Receiver, 0) == Target.File;

        private static Target Classify(Compilation compilation, IOperation? operation, int hops)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            if (operation is null || hops > MaxHops)
            {
                return Target.Unknown;
            }

            var byType = OfType(operation.Type);
            if (byType is Target.Encrypted or Target.Memory)
            {
                return byType;
            }

            var origin = Origin(compilation, operation, hops);
            if (origin != Target.Unknown)
            {
                return origin;
            }

            return IsFileWriterType(operation.Type) ? Target.File : byType;
        }

        private static Target Origin(Compilation compilation, IOperation operation, int hops)
        {
            switch (operation)
            {
                case IObjectCreationOperation creation when IsWriterType(creation.Type):
                    var inner = creation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0)?.Value;
                    return inner?.Type?.SpecialType == SpecialType.System_String ? Target.File : Classify(compilation, inner, hops + 1);
                case IInvocationOperation invocation when OpensFile(invocation.TargetMethod):
                    return Target.File;
                case ILocalReferenceOperation local:
                    return Classify(compilation, Initializer(compilation, local.Local), hops + 1);
                default:
                    return Target.Unknown;
            }
        }

        /// <summary>The value a local was declared with; its declaration lives outside the control-flow graph being walked.</summary>
        private static IOperation? Initializer(Compilation compilation, ILocalSymbol local)
        {
            if (local.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var syntax = local.DeclaringSyntaxReferences[0].GetSyntax();
            if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // Only at writer sinks; the declarator's tree is the one being analysed.
            var declarator = compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax) as IVariableDeclaratorOperation;
#pragma warning restore RS1030
            return declarator?.Initializer?.Value ?? (declarator?.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
        }

        private static Target OfType(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                switch (SymbolNames.OfType(current))
                {
                    case "System.Security.Cryptography.CryptoStream":
                        return Target.Encrypted;
                    case "System.IO.MemoryStream":
                        return Target.Memory;
                    case "System.IO.FileStream":
                        return Target.File;
                }
            }

            return Target.Unknown;
        }

        private static bool IsWriterType(ITypeSymbol? type) =>
            type is not null && SymbolNames.OfType(type) is "System.IO.StreamWriter" or "System.IO.BinaryWriter";

        /// <summary>A writer whose origin is not known is taken at its word: a <c>StreamWriter</c> is written to a file.</summary>
        private static bool IsFileWriterType(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (IsWriterType(current) || SymbolNames.OfType(current) == "System.IO.FileStream")
                {
                    return true;
                }
            }

            return false;
        }

        private static bool OpensFile(IMethodSymbol method)
        {
            var owner = method.ContainingType is null ? string.Empty : SymbolNames.OfType(method.ContainingType);
            return owner is "System.IO.File" or "System.IO.FileInfo"
                && method.Name is "Create" or "Open" or "OpenWrite" or "CreateText" or "AppendText";
        }
    }
}
