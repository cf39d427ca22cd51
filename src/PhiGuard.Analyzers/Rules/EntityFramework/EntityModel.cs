using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PhiGuard.Analyzers.Classification;

namespace PhiGuard.Analyzers.Rules.EntityFramework
{
    /// <summary>
    /// The EF Core model of a compilation as its source declares it: which <c>DbContext</c> maps which entity
    /// types (<c>DbSet&lt;T&gt;</c>, <c>modelBuilder.Entity&lt;T&gt;()</c>, <c>ApplyConfiguration</c>, and the types
    /// their navigations reach), and how <c>OnModelCreating</c>, <c>IEntityTypeConfiguration&lt;T&gt;.Configure</c> and
    /// <c>ConfigureConventions</c> configure their properties. Built once per compilation.
    /// </summary>
    internal sealed class EntityModel
    {
        private const int MaxNavigationDepth = 4;

        private readonly Compilation _compilation;
        private readonly INamedTypeSymbol _dbContext;
        private readonly ConverterJudge _converters;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<INamedTypeSymbol, List<EntityMapping>> _entities = new Dictionary<INamedTypeSymbol, List<EntityMapping>>(SymbolEqualityComparer.Default);
        private readonly HashSet<(INamedTypeSymbol Entity, string Property)> _ignored = new HashSet<(INamedTypeSymbol, string)>(new EntityPropertyComparer());
        private readonly HashSet<(INamedTypeSymbol Entity, string Property)> _encrypted = new HashSet<(INamedTypeSymbol, string)>(new EntityPropertyComparer());
        private readonly HashSet<ITypeSymbol> _encryptedByConvention = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        private readonly List<INamedTypeSymbol> _configurations = new List<INamedTypeSymbol>();

        private EntityModel(Compilation compilation, INamedTypeSymbol dbContext, ConverterJudge converters, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _dbContext = dbContext;
            _converters = converters;
            _cancellationToken = cancellationToken;
        }

        /// <summary>Every mapped entity type, with the contexts that map it.</summary>
        public IReadOnlyDictionary<INamedTypeSymbol, List<EntityMapping>> Entities => _entities;

        public static EntityModel Build(Compilation compilation, INamedTypeSymbol dbContext, ConverterJudge converters, CancellationToken cancellationToken)
        {
            var model = new EntityModel(compilation, dbContext, converters, cancellationToken);
            var types = SourceTypes(compilation.Assembly.GlobalNamespace).ToList();
            model._configurations.AddRange(types.Where(type => ConfiguredEntity(type) is not null));
            foreach (var context in types.Where(model.IsContext))
            {
                model.ReadContext(context);
            }

            foreach (var configuration in model._configurations)
            {
                model.ReadBodies(configuration, "Configure", null);
            }

            model.AddNavigations();
            return model;
        }

        public bool IsIgnored(INamedTypeSymbol entity, IPropertySymbol property) => _ignored.Contains((entity.OriginalDefinition, property.Name));

        public bool IsEncrypted(INamedTypeSymbol entity, IPropertySymbol property) =>
            _encrypted.Contains((entity.OriginalDefinition, property.Name)) || _encryptedByConvention.Contains(StoredType(property.Type));

        private bool IsContext(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, _dbContext))
                {
                    return true;
                }
            }

            return false;
        }

        private void ReadContext(INamedTypeSymbol context)
        {
            for (var current = context; current is not null && !SymbolEqualityComparer.Default.Equals(current, _dbContext); current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    var type = (member as IPropertySymbol)?.Type ?? (member as IFieldSymbol)?.Type;
                    if (type is INamedTypeSymbol { Name: "DbSet", TypeArguments.Length: 1 } set && set.TypeArguments[0] is INamedTypeSymbol entity && !member.IsImplicitlyDeclared)
                    {
                        Map(entity, context, member.Locations.FirstOrDefault());
                    }
                }
            }

            ReadBodies(context, "OnModelCreating", context);
            ReadBodies(context, "ConfigureConventions", context);
        }

        private void ReadBodies(INamedTypeSymbol type, string methodName, INamedTypeSymbol? context)
        {
            foreach (var method in type.GetMembers(methodName).OfType<IMethodSymbol>())
            {
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    var syntax = reference.GetSyntax(_cancellationToken);
#pragma warning disable RS1030 // The model is read once per compilation, from the few bodies that configure it.
                    var body = _compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax, _cancellationToken);
#pragma warning restore RS1030
                    foreach (var invocation in body?.Descendants().OfType<IInvocationOperation>() ?? Enumerable.Empty<IInvocationOperation>())
                    {
                        Read(invocation, context);
                    }
                }
            }
        }

        private void Read(IInvocationOperation invocation, INamedTypeSymbol? context)
        {
            var method = invocation.TargetMethod;
            switch (method.Name)
            {
                case "Entity" when context is not null && method.TypeArguments.Length == 1 && method.TypeArguments[0] is INamedTypeSymbol entity:
                    Map(entity, context, invocation.Syntax.GetLocation());
                    break;
                case "ApplyConfiguration" when context is not null && method.TypeArguments.Length == 1 && method.TypeArguments[0] is INamedTypeSymbol configured:
                    Map(configured, context, invocation.Syntax.GetLocation());
                    break;
                case "ApplyConfigurationsFromAssembly" when context is not null:
                    foreach (var configuration in _configurations)
                    {
                        Map(ConfiguredEntity(configuration)!, context, invocation.Syntax.GetLocation());
                    }

                    break;
                case "Ignore" when BuiltEntity(invocation.Instance?.Type) is { } ignoring:
                    var ignoredName = PropertyNamed(invocation);
                    if (ignoredName is not null)
                    {
                        _ignored.Add((ignoring, ignoredName));
                    }

                    break;
                case "HasConversion":
                    ReadConversion(invocation);
                    break;
                case "HaveConversion":
                    ReadConventionConversion(invocation);
                    break;
            }
        }

        private void ReadConversion(IInvocationOperation conversion)
        {
            var property = PropertyCall(conversion.Instance);
            if (property is null || BuiltEntity(property.Instance?.Type) is not { } entity || PropertyNamed(property) is not { } name)
            {
                return;
            }

            if (_converters.Encrypts(conversion))
            {
                _encrypted.Add((entity, name));
            }
        }

        /// <summary><c>configurationBuilder.Properties&lt;string&gt;().HaveConversion&lt;EncryptingConverter&gt;()</c>: every property of that type.</summary>
        private void ReadConventionConversion(IInvocationOperation conversion)
        {
            var properties = Unwrap(conversion.Instance) as IInvocationOperation;
            if (properties is { TargetMethod: { Name: "Properties", TypeArguments.Length: 1 } } && _converters.Encrypts(conversion))
            {
                _encryptedByConvention.Add(StoredType(properties.TargetMethod.TypeArguments[0]));
            }
        }

        /// <summary>The <c>Property(...)</c> call a chain such as <c>.Property(p => p.Nhi).HasMaxLength(10)</c> starts from.</summary>
        private static IInvocationOperation? PropertyCall(IOperation? receiver)
        {
            for (var current = Unwrap(receiver) as IInvocationOperation; current is not null; current = Unwrap(current.Instance) as IInvocationOperation)
            {
                if (current.TargetMethod.Name == "Property")
                {
                    return current;
                }
            }

            return null;
        }

        /// <summary>The property a configuration call names: <c>p =&gt; p.Nhi</c>, or <c>"Nhi"</c>.</summary>
        private static string? PropertyNamed(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Value.ConstantValue is { HasValue: true, Value: string name })
                {
                    return name;
                }

                var read = argument.Value.DescendantsAndSelf().OfType<IPropertyReferenceOperation>().FirstOrDefault();
                if (read is not null)
                {
                    return read.Property.Name;
                }
            }

            return null;
        }

        /// <summary>The entity an <c>EntityTypeBuilder&lt;T&gt;</c> (or an owned or complex type builder) configures.</summary>
        private static INamedTypeSymbol? BuiltEntity(ITypeSymbol? builder) =>
            builder is INamedTypeSymbol { IsGenericType: true } named && named.Name.EndsWith("Builder", System.StringComparison.Ordinal)
                ? named.TypeArguments.Last().OriginalDefinition as INamedTypeSymbol
                : null;

        private static INamedTypeSymbol? ConfiguredEntity(INamedTypeSymbol type) =>
            type.AllInterfaces.FirstOrDefault(i => i.Name == "IEntityTypeConfiguration" && i.TypeArguments.Length == 1)?.TypeArguments[0] as INamedTypeSymbol;

        private static IOperation? Unwrap(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>What a converter applies to: <c>string</c> for <c>string?</c>, <c>DateOnly</c> for <c>DateOnly?</c>.</summary>
        private static ITypeSymbol StoredType(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);

        private void Map(INamedTypeSymbol entity, INamedTypeSymbol context, Location? location)
        {
            entity = entity.OriginalDefinition;
            if (!_entities.TryGetValue(entity, out var mappings))
            {
                _entities[entity] = mappings = new List<EntityMapping>();
            }

            if (!mappings.Any(mapping => SymbolEqualityComparer.Default.Equals(mapping.Context, context)))
            {
                mappings.Add(new EntityMapping(context, location ?? Location.None));
            }
        }

        /// <summary>EF Core maps the entity types an entity's navigations reach, and the owned types it holds, by convention.</summary>
        private void AddNavigations()
        {
            var pending = new Queue<(INamedTypeSymbol Entity, int Depth)>(_entities.Keys.Select(entity => (entity, 0)));
            while (pending.Count > 0)
            {
                var (entity, depth) = pending.Dequeue();
                if (depth >= MaxNavigationDepth)
                {
                    continue;
                }

                foreach (var property in EntityProperties.Navigations(entity))
                {
                    var target = EntityProperties.NavigationTarget(property.Type)!;
                    if (_entities.ContainsKey(target) || IsIgnored(entity, property))
                    {
                        continue;
                    }

                    foreach (var mapping in _entities[entity].ToList())
                    {
                        Map(target, mapping.Context, mapping.Location);
                    }

                    pending.Enqueue((target, depth + 1));
                }
            }
        }

        private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol ns)
        {
            foreach (var member in ns.GetMembers())
            {
                if (member is INamespaceSymbol inner)
                {
                    foreach (var type in SourceTypes(inner))
                    {
                        yield return type;
                    }
                }
                else if (member is INamedTypeSymbol type && type.Locations.Any(location => location.IsInSource))
                {
                    foreach (var declared in WithNested(type))
                    {
                        yield return declared;
                    }
                }
            }
        }

        private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type) =>
            new[] { type }.Concat(type.GetTypeMembers().SelectMany(WithNested));

        private sealed class EntityPropertyComparer : IEqualityComparer<(INamedTypeSymbol Entity, string Property)>
        {
            public bool Equals((INamedTypeSymbol Entity, string Property) x, (INamedTypeSymbol Entity, string Property) y) =>
                x.Property == y.Property && SymbolEqualityComparer.Default.Equals(x.Entity, y.Entity);

            public int GetHashCode((INamedTypeSymbol Entity, string Property) obj) =>
                (SymbolEqualityComparer.Default.GetHashCode(obj.Entity) * 397) ^ obj.Property.GetHashCode();
        }
    }
}
