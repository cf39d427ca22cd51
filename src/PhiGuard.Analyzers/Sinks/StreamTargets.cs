using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Classification;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>
    /// Where a writer or stream puts its bytes: a file, a <c>CryptoStream</c> (encrypted on the way), memory, or
    /// somewhere unknown (a response body, a socket). Told from the receiver's type and, for a local, from what
    /// it was created over: <c>new StreamWriter(new CryptoStream(file, ...))</c> writes ciphertext, and
    /// <c>XmlWriter.Create(path)</c> is the file itself. A writer handed in as a parameter is bound by the caller:
    /// what the method writes into it is part of its summary, checked where the caller's writer is known.
    /// </summary>
    internal static class StreamTargets
    {
        private const int MaxHops = 4;

        private static readonly string[] OutputTypes = { "System.IO.TextWriter", "System.IO.Stream", "System.Xml.XmlWriter", "System.Text.Json.Utf8JsonWriter", "Newtonsoft.Json.JsonWriter" };

        private static readonly string[] XmlNodeTypes = { "System.Xml.XmlNode", "System.Xml.Linq.XNode" };

        private static readonly string[] WritableTypes = OutputTypes.Concat(XmlNodeTypes).Concat(new[] { "System.IO.BinaryWriter", "System.Text.StringBuilder" }).ToArray();

        private enum Target
        {
            Unknown,
            File,
            Encrypted,
            Memory,

            /// <summary>A parameter: the caller knows what it writes into.</summary>
            Caller,
        }

        /// <summary>True when the call's receiver writes into a file unencrypted.</summary>
        public static bool WritesToFile(SinkCall call) => IsFile(call.Compilation, call.Receiver);

        /// <summary>True when the call's first argument names a file (<c>doc.Save(path)</c>).</summary>
        public static bool SavesToPath(SinkCall call) =>
            call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0)?.Value.Type?.SpecialType == SpecialType.System_String;

        /// <summary>True when <paramref name="operation"/> (a writer or stream) writes into a file unencrypted.</summary>
        public static bool IsFile(Compilation compilation, IOperation? operation) => Classify(compilation, operation, 0) == Target.File;

        /// <summary>
        /// The writer, stream or builder that the writer <paramref name="creation"/> makes writes into, or null when it
        /// writes into a path, into a new buffer of its own, or through an encrypting <c>CryptoStream</c>.
        /// </summary>
        public static IOperation? BoundTarget(IOperation? creation)
        {
            var inner = Strip(InnerOf(creation));
            if (inner is null || inner.Type?.SpecialType == SpecialType.System_String || OfType(inner.Type) == Target.Encrypted)
            {
                return null;
            }

            return inner;
        }

        /// <summary>A type whose instances receive writes: writers, streams, builders, XML document nodes.</summary>
        public static bool IsWritable(ITypeSymbol? type) => DerivesFrom(type, WritableTypes);

        /// <summary>A node of an XML document (<c>XmlNode</c>, <c>XElement</c>), which becomes part of the node it is added to.</summary>
        public static bool IsXmlNode(ITypeSymbol? type) => DerivesFrom(type, XmlNodeTypes);

        /// <summary>A type that a library call writes into when it is handed one as an argument (<c>doc.Save(stream)</c>, <c>Serialize(writer, value)</c>).</summary>
        public static bool IsOutput(ITypeSymbol? type) => DerivesFrom(type, OutputTypes);

        /// <summary>The value a local was declared with; its declaration lives outside the control-flow graph being walked.</summary>
        public static IOperation? Initializer(Compilation compilation, ILocalSymbol local)
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

#pragma warning disable RS1030 // Only at writers; the declarator's tree is the one being analysed.
            var declarator = compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax) as IVariableDeclaratorOperation;
#pragma warning restore RS1030
            return declarator?.Initializer?.Value ?? (declarator?.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
        }

        /// <summary>
        /// True when <paramref name="type"/> is or derives from one of <paramref name="fullNames"/>. Asked of every
        /// argument of library calls, so simple names rule out most types before any full name is built.
        /// </summary>
        private static bool DerivesFrom(ITypeSymbol? type, string[] fullNames)
        {
            if (type is null || type.SpecialType != SpecialType.None || type.TypeKind != TypeKind.Class)
            {
                return false;
            }

            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                var name = current.Name;
                foreach (var fullName in fullNames)
                {
                    if (fullName.Length > name.Length && fullName.EndsWith(name, System.StringComparison.Ordinal) && fullName[fullName.Length - name.Length - 1] == '.'
                        && SymbolNames.OfType(current) == fullName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static Target Classify(Compilation compilation, IOperation? operation, int hops)
        {
            operation = Strip(operation);
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

            if (operation is IParameterReferenceOperation && byType == Target.Unknown)
            {
                return Target.Caller;
            }

            return IsFileWriterType(operation.Type) ? Target.File : byType;
        }

        private static Target Origin(Compilation compilation, IOperation operation, int hops)
        {
            switch (operation)
            {
                case IObjectCreationOperation or IInvocationOperation when InnerOf(operation) is { } inner:
                    return inner.Type?.SpecialType == SpecialType.System_String ? Target.File : Classify(compilation, inner, hops + 1);
                case IInvocationOperation invocation when OpensFile(invocation.TargetMethod):
                    return Target.File;
                case ILocalReferenceOperation local:
                    return Classify(compilation, Initializer(compilation, local.Local), hops + 1);
                default:
                    return Target.Unknown;
            }
        }

        /// <summary>What a writer or wrapping stream is created over: its first argument, a path or another stream, writer or builder.</summary>
        private static IOperation? InnerOf(IOperation? operation)
        {
            switch (Strip(operation))
            {
                case IObjectCreationOperation creation when IsWrapperType(creation.Type):
                    return creation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0)?.Value;
                case IInvocationOperation invocation when IsWriterFactory(invocation.TargetMethod):
                    return invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0)?.Value;
                case IInvocationOperation { Instance: { } document } invocation when IsNodeFactory(invocation.TargetMethod):
                    return document;
                default:
                    return null;
            }
        }

        private static IOperation? Strip(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
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
                    case "System.IO.StringWriter":
                    case "System.Text.StringBuilder":
                        return Target.Memory;
                    case "System.IO.FileStream":
                        return Target.File;
                }
            }

            return Target.Unknown;
        }

        private static bool IsWriterType(ITypeSymbol? type) =>
            type is not null && SymbolNames.OfType(type) is "System.IO.StreamWriter" or "System.IO.BinaryWriter";

        /// <summary>A writer, or a stream that wraps another, created over a path or over the stream, writer or builder it writes into.</summary>
        private static bool IsWrapperType(ITypeSymbol? type) =>
            type is not null && (IsWriterType(type) || SymbolNames.OfType(type) is
                "System.IO.StringWriter"
                or "System.Xml.XmlTextWriter"
                or "System.Text.Json.Utf8JsonWriter"
                or "Newtonsoft.Json.JsonTextWriter"
                or "Newtonsoft.Json.Bson.BsonDataWriter"
                or "System.CodeDom.Compiler.IndentedTextWriter"
                or "System.IO.BufferedStream"
                or "System.IO.Compression.GZipStream"
                or "System.IO.Compression.DeflateStream"
                or "System.IO.Compression.BrotliStream"
                or "System.IO.Compression.ZLibStream");

        private static bool IsWriterFactory(IMethodSymbol method) =>
            method.Name == "Create" && method.ContainingType is { } owner && SymbolNames.OfType(owner) == "System.Xml.XmlWriter";

        /// <summary><c>doc.CreateElement(...)</c> and the other factories of an <c>XmlDocument</c>: the node belongs to that document.</summary>
        private static bool IsNodeFactory(IMethodSymbol method) =>
            method.Name.StartsWith("Create", System.StringComparison.Ordinal) && method.ContainingType is { } owner && SymbolNames.OfType(owner) == "System.Xml.XmlDocument";

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
