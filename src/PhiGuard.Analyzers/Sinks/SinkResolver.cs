using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Classification;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Sinks
{
    /// <summary>
    /// The sink catalogue and the policy's extra sinks, resolved against one compilation: catalogue types
    /// the compilation does not reference cost nothing, and each method's answer is cached.
    /// </summary>
    internal sealed class SinkResolver
    {
        private readonly Dictionary<INamedTypeSymbol, List<SinkDefinition>> _byType = new Dictionary<INamedTypeSymbol, List<SinkDefinition>>(SymbolEqualityComparer.Default);
        private readonly List<KeyValuePair<INamedTypeSymbol, SinkDefinition>> _derived = new List<KeyValuePair<INamedTypeSymbol, SinkDefinition>>();
        private readonly List<KeyValuePair<string, SinkDefinition>> _policySinks = new List<KeyValuePair<string, SinkDefinition>>();
        private readonly ConcurrentDictionary<IMethodSymbol, IReadOnlyList<SinkDefinition>> _cache = new ConcurrentDictionary<IMethodSymbol, IReadOnlyList<SinkDefinition>>(SymbolEqualityComparer.Default);
        private readonly INamedTypeSymbol? _loggerMessageAttribute;
        private readonly INamedTypeSymbol? _microsoftLogger;
        private readonly SinkDefinition _generatedLoggingMethod = SinkDefinition.Of(SinkKind.Log, "Microsoft.Extensions.Logging.LoggerMessageAttribute", "*");

        public SinkResolver(Compilation compilation, EffectivePolicy policy)
        {
            foreach (var definition in SinkCatalog.All)
            {
                var type = compilation.GetTypeByMetadataName(definition.TypeName);
                if (type is null)
                {
                    continue;
                }

                if (!_byType.TryGetValue(type, out var list))
                {
                    _byType[type] = list = new List<SinkDefinition>();
                }

                list.Add(definition);
                if (definition.IncludeDerived)
                {
                    _derived.Add(new KeyValuePair<INamedTypeSymbol, SinkDefinition>(type, definition));
                }
            }

            foreach (var pair in policy.Sinks)
            {
                foreach (var entry in pair.Value)
                {
                    var pattern = SelectorIndex.Normalize(entry.Name);
                    var split = pattern.LastIndexOf('.');
                    var definition = SinkDefinition.Of(pair.Key, pattern.Substring(0, split), pattern.Substring(split + 1));
                    _policySinks.Add(new KeyValuePair<string, SinkDefinition>(pattern, pair.Key == SinkKind.Serialize ? definition.As(ValueMode.Serialized) : definition));
                }
            }

            _loggerMessageAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
            _microsoftLogger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
        }

        /// <summary>True when nothing in the catalogue or the policy can match in this compilation.</summary>
        public bool IsEmpty => _byType.Count == 0 && _policySinks.Count == 0 && _loggerMessageAttribute is null;

        /// <summary>The sink rows that <paramref name="method"/> (a method, constructor or property accessor) matches.</summary>
        public IReadOnlyList<SinkDefinition> Match(IMethodSymbol method) => _cache.GetOrAdd(method.OriginalDefinition, Resolve);

        private IReadOnlyList<SinkDefinition> Resolve(IMethodSymbol method)
        {
            var found = new List<SinkDefinition>();
            var type = method.ContainingType?.OriginalDefinition;
            if (type is null)
            {
                return found;
            }

            if (_byType.TryGetValue(type, out var own))
            {
                found.AddRange(own.Where(definition => definition.MatchesName(method.Name)));
            }

            foreach (var pair in _derived)
            {
                if (!found.Contains(pair.Value) && pair.Value.MatchesName(method.Name) && InheritsOrImplements(type, pair.Key))
                {
                    found.Add(pair.Value);
                }
            }

            if (_policySinks.Count > 0)
            {
                var name = SymbolNames.OfType(type) + "." + method.Name;
                found.AddRange(_policySinks.Where(pair => Glob.IsMatch(pair.Key, name)).Select(pair => pair.Value));
            }

            if (PlatformInvokeSinks.Match(method) is { } native)
            {
                found.Add(native);
            }

            if (_loggerMessageAttribute is not null && HasLoggerMessageAttribute(method))
            {
                found.Add(_generatedLoggingMethod);
            }

            return found;
        }

        /// <summary>
        /// A call through a delegate made by <c>LoggerMessage.Define</c>: an <c>Action&lt;ILogger, ...&gt;</c> whose
        /// arguments after the logger are logged.
        /// </summary>
        public bool IsLoggerMessageDelegate(IMethodSymbol method) =>
            _microsoftLogger is not null
            && method.MethodKind == MethodKind.DelegateInvoke
            && method.Parameters.Length > 1
            && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, _microsoftLogger);

        public SinkDefinition LoggerMessageDelegateSink => _generatedLoggingMethod;

        private bool HasLoggerMessageAttribute(IMethodSymbol method) =>
            method.GetAttributes().Any(attribute => SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _loggerMessageAttribute));

        private static bool InheritsOrImplements(INamedTypeSymbol type, INamedTypeSymbol baseType)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return type.AllInterfaces.Any(implemented => SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, baseType));
        }
    }
}
