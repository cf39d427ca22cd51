using System.Collections.Generic;
using System.Linq;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Classification
{
    /// <summary>
    /// The selectors of one policy list (<c>protected</c> or <c>unprotected</c>) arranged for lookup: exact names
    /// in dictionaries, globs in short lists. Nested type names written with <c>+</c> are read as <c>.</c>.
    /// </summary>
    internal sealed class SelectorIndex
    {
        private readonly NameTable _types = new NameTable();
        private readonly Dictionary<string, List<Selector>> _typeMembers = new Dictionary<string, List<Selector>>();
        private readonly List<Selector> _typeMemberGlobs = new List<Selector>();
        private readonly NameTable _members = new NameTable();
        private readonly NameTable _sources = new NameTable();
        private readonly List<Selector> _namespaces = new List<Selector>();
        private readonly List<Selector> _derivedFrom = new List<Selector>();
        private readonly List<Selector> _attributes = new List<Selector>();
        private readonly List<Selector> _names = new List<Selector>();

        public SelectorIndex(IEnumerable<Selector> selectors)
        {
            foreach (var selector in selectors)
            {
                var pattern = Normalize(selector.Pattern);
                switch (selector.Kind)
                {
                    case SelectorKind.Type when selector.Members.Count > 0:
                        if (Glob.HasWildcards(pattern))
                        {
                            _typeMemberGlobs.Add(selector);
                        }
                        else
                        {
                            if (!_typeMembers.TryGetValue(pattern, out var list))
                            {
                                _typeMembers[pattern] = list = new List<Selector>();
                            }

                            list.Add(selector);
                        }

                        break;
                    case SelectorKind.Type:
                        _types.Add(pattern, selector);
                        break;
                    case SelectorKind.Member:
                        _members.Add(pattern, selector);
                        break;
                    case SelectorKind.Source:
                        _sources.Add(pattern, selector);
                        break;
                    case SelectorKind.Namespace:
                        _namespaces.Add(selector);
                        break;
                    case SelectorKind.DerivedFrom:
                        _derivedFrom.Add(selector);
                        break;
                    case SelectorKind.Attribute:
                        _attributes.Add(selector);
                        break;
                    case SelectorKind.Name:
                        _names.Add(selector);
                        break;
                }
            }
        }

        public bool HasNameSelectors => _names.Count > 0;

        public bool HasAttributeSelectors => _attributes.Count > 0;

        public static string Normalize(string pattern) => pattern.Replace('+', '.');

        public Selector? Type(string typeName) => _types.Find(typeName);

        public Selector? DerivedFrom(string baseOrInterfaceName) =>
            _derivedFrom.FirstOrDefault(s => Matches(s.Pattern, baseOrInterfaceName));

        public Selector? Attribute(string attributeTypeName) =>
            _attributes.FirstOrDefault(s => Matches(s.Pattern, attributeTypeName));

        public Selector? Namespace(string namespaceName)
        {
            foreach (var selector in _namespaces)
            {
                var pattern = Normalize(selector.Pattern);
                if (Glob.IsMatch(pattern, namespaceName) || namespaceName.StartsWith(pattern + ".", System.StringComparison.Ordinal))
                {
                    return selector;
                }
            }

            return null;
        }

        public Selector? Member(string typeName, string memberName)
        {
            var found = _members.Find(typeName + "." + memberName);
            if (found is not null)
            {
                return found;
            }

            if (_typeMembers.TryGetValue(typeName, out var list))
            {
                found = list.FirstOrDefault(s => s.Members.Any(m => Glob.IsMatch(m, memberName)));
                if (found is not null)
                {
                    return found;
                }
            }

            return _typeMemberGlobs.FirstOrDefault(s => Matches(s.Pattern, typeName) && s.Members.Any(m => Glob.IsMatch(m, memberName)));
        }

        public Selector? Source(string typeName, string methodName) => _sources.Find(typeName + "." + methodName);

        /// <summary>The name selector matching <paramref name="name"/>; a symbol of code that does not bind can have no name, which nothing matches.</summary>
        public Selector? Name(string? name) => string.IsNullOrEmpty(name) ? null : _names.FirstOrDefault(s => Glob.IsMatch(s.Pattern, name!));

        private static bool Matches(string pattern, string name) => Glob.IsMatch(Normalize(pattern), name);

        /// <summary>Exact names by dictionary, wildcard patterns by scan.</summary>
        private sealed class NameTable
        {
            private readonly Dictionary<string, Selector> _exact = new Dictionary<string, Selector>(System.StringComparer.Ordinal);
            private readonly List<KeyValuePair<string, Selector>> _globs = new List<KeyValuePair<string, Selector>>();

            public void Add(string pattern, Selector selector)
            {
                if (Glob.HasWildcards(pattern))
                {
                    _globs.Add(new KeyValuePair<string, Selector>(pattern, selector));
                }
                else if (!_exact.ContainsKey(pattern))
                {
                    _exact[pattern] = selector;
                }
            }

            public Selector? Find(string name)
            {
                if (_exact.TryGetValue(name, out var selector))
                {
                    return selector;
                }

                foreach (var glob in _globs)
                {
                    if (Glob.IsMatch(glob.Key, name))
                    {
                        return glob.Value;
                    }
                }

                return null;
            }
        }
    }
}
