using Microsoft.CodeAnalysis;

namespace PhiGuard.Analyzers.Rules.EntityFramework
{
    /// <summary>A <c>DbContext</c> that maps an entity type, and where it does so (its <c>DbSet</c>, or its <c>Entity&lt;T&gt;()</c> call).</summary>
    internal sealed class EntityMapping
    {
        public EntityMapping(INamedTypeSymbol context, Location location)
        {
            Context = context;
            Location = location;
        }

        public INamedTypeSymbol Context { get; }

        public Location Location { get; }
    }
}
