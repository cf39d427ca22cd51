using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PhiGuard.Policy
{
    /// <summary>
    /// Reads one policy file strictly: every key known, every value of the right type, every problem reported
    /// with its line and column. It never stops at the first problem, so an author sees them all at once.
    /// </summary>
    internal sealed class PolicyParser
    {
        private static readonly string[] TopLevelKeys =
        {
            "$schema", "version", "name", "extends", "protected", "unprotected", "sanitizers", "sinks", "rules", "exemptions", "approvedSinks",
        };

        private static readonly Dictionary<string, SelectorKind> SelectorKeys =
            Enum.GetValues(typeof(SelectorKind)).Cast<SelectorKind>().ToDictionary(Selector.KeyOf, kind => kind);

        private static readonly string[] SelectorEntryKeys = SelectorKeys.Keys.Concat(new[] { "members", "category", "reason" }).ToArray();

        private static readonly string[] ExemptionKeys = { "rule", "scope", "justification", "expires", "approvedBy", "ticket" };

        private static readonly string[] ApprovedSinkKeys = { "sink", "rules", "justification", "expires", "approvedBy", "ticket" };

        private static readonly Dictionary<string, SinkKind> SinkKeys = new Dictionary<string, SinkKind>(StringComparer.Ordinal)
        {
            ["log"] = SinkKind.Log,
            ["serialize"] = SinkKind.Serialize,
            ["store"] = SinkKind.Store,
            ["exception"] = SinkKind.Exception,
            ["telemetry"] = SinkKind.Telemetry,
            ["url"] = SinkKind.Url,
        };

        private static readonly Dictionary<string, RuleSeverity> Severities = new Dictionary<string, RuleSeverity>(StringComparer.Ordinal)
        {
            ["error"] = RuleSeverity.Error,
            ["warning"] = RuleSeverity.Warning,
            ["info"] = RuleSeverity.Info,
            ["hidden"] = RuleSeverity.Hidden,
            ["none"] = RuleSeverity.None,
        };

        private readonly TokenPositions _positions;
        private readonly List<PolicyProblem> _problems;
        private readonly PolicyDocument _document;

        private PolicyParser(string path, string text, List<PolicyProblem> problems)
        {
            _positions = new TokenPositions(path, text);
            _problems = problems;
            _document = new PolicyDocument(path);
        }

        /// <summary>
        /// Parses <paramref name="text"/>; adds every problem found to <paramref name="problems"/>. Returns null when the
        /// text is not JSON; otherwise what could be read, with <paramref name="complete"/> false when its content had
        /// problems (so that the built-in packs it extends can still be checked, and every problem shown at once).
        /// </summary>
        public static PolicyDocument? Parse(string path, string text, List<PolicyProblem> problems, out bool complete)
        {
            complete = false;
            var parser = new PolicyParser(path, text, problems);
            var root = parser.ReadJson(text);
            if (root is null)
            {
                return null;
            }

            var before = problems.Count;
            parser.ReadRoot(root);
            complete = problems.Count == before;
            return parser._document;
        }

        private JToken? ReadJson(string text)
        {
            if (text.Trim().Length == 0)
            {
                Report(_positions.At(1, 1), "the policy file is empty; it must be a JSON object with at least \"version\": 1");
                return null;
            }

            var before = _problems.Count;
            try
            {
                using var reader = new StrictJsonReader(new StringReader(text), _positions, Report);
                var settings = new JsonLoadSettings
                {
                    LineInfoHandling = LineInfoHandling.Load,
                    CommentHandling = CommentHandling.Ignore,

                    // The reader reports duplicates where they stand, and goes on to find the rest.
                    DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace,
                };
                var root = JToken.ReadFrom(reader, settings);

                // Reading on to the end reports comments after the object and fails on any other content there.
                while (reader.Read())
                {
                }

                // What the content means is judged only once it is plain JSON.
                return _problems.Count == before ? root : null;
            }
            catch (JsonReaderException e)
            {
                Report(_positions.OfReaderError(e.LineNumber, e.LinePosition), "invalid JSON: " + TrimJsonNetLocation(e.Message));
                return null;
            }
        }

        private static string TrimJsonNetLocation(string message)
        {
            var index = message.IndexOf(" Path '", StringComparison.Ordinal);
            return index > 0 ? message.Substring(0, index) : message;
        }

        private void ReadRoot(JToken root)
        {
            if (root is not JObject obj)
            {
                Report(root, "a policy must be a JSON object, not " + Describe(root));
                return;
            }

            CheckKeys(obj, TopLevelKeys, "policy");
            var version = obj.Property("version");
            if (version is null)
            {
                Report(obj, "missing required key \"version\"; add \"version\": 1");
            }
            else if (version.Value.Type != JTokenType.Integer || !Equals(((JValue)version.Value).Value, 1L))
            {
                Report(version.Value, "\"version\" must be the number 1, found " + Describe(version.Value));
            }

            foreach (var property in obj.Properties())
            {
                ReadTopLevel(property);
            }
        }

        private void ReadTopLevel(JProperty property)
        {
            switch (property.Name)
            {
                case "$schema":
                    ExpectString(property.Value, "\"$schema\"");
                    break;
                case "name":
                    _document.Name = ExpectString(property.Value, "\"name\"");
                    break;
                case "extends":
                    foreach (var item in ExpectArray(property.Value, "\"extends\""))
                    {
                        var value = ExpectNonEmptyString(item, "an \"extends\" entry");
                        if (value is not null)
                        {
                            _document.Extends.Add(new PolicyReference(value, _positions.StartOf(item)));
                        }
                    }

                    break;
                case "protected":
                    ReadSelectors(property.Value, "\"protected\"", _document.Protected);
                    break;
                case "unprotected":
                    ReadSelectors(property.Value, "\"unprotected\"", _document.Unprotected);
                    break;
                case "sanitizers":
                    ReadMethodNames(property.Value, "\"sanitizers\"", _document.Sanitizers);
                    break;
                case "sinks":
                    ReadSinks(property.Value);
                    break;
                case "rules":
                    ReadRules(property.Value);
                    break;
                case "exemptions":
                    foreach (var item in ExpectArray(property.Value, "\"exemptions\""))
                    {
                        ReadExemption(item);
                    }

                    break;
                case "approvedSinks":
                    foreach (var item in ExpectArray(property.Value, "\"approvedSinks\""))
                    {
                        ReadApprovedSink(item);
                    }

                    break;
            }
        }

        private void ReadSelectors(JToken token, string what, List<Selector> into)
        {
            foreach (var item in ExpectArray(token, what))
            {
                if (item is not JObject entry)
                {
                    Report(item, "each entry of " + what + " must be an object such as { \"type\": \"Contoso.Patient\" }, found " + Describe(item));
                    continue;
                }

                var selector = ReadSelector(entry, what);
                if (selector is not null)
                {
                    into.Add(selector);
                }
            }
        }

        private Selector? ReadSelector(JObject entry, string what)
        {
            CheckKeys(entry, SelectorEntryKeys, "entry of " + what);
            var present = entry.Properties().Where(p => SelectorKeys.ContainsKey(p.Name)).ToList();
            if (present.Count != 1)
            {
                var found = present.Count == 0 ? "none" : string.Join(" and ", present.Select(p => "\"" + p.Name + "\""));
                Report(entry, "an entry of " + what + " needs exactly one of \"type\", \"member\", \"namespace\", \"derivedFrom\", \"attribute\", \"name\", \"source\"; found " + found);
                return null;
            }

            var kind = SelectorKeys[present[0].Name];
            var pattern = ExpectNonEmptyString(present[0].Value, "\"" + present[0].Name + "\"");
            var members = ReadMembers(entry, kind);
            var category = OptionalString(entry, "category");
            var reason = OptionalString(entry, "reason");
            if (pattern is null || !IsValidPattern(kind, pattern, present[0].Value))
            {
                return null;
            }

            return new Selector(kind, pattern, members, category, reason, _positions.StartOf(entry));
        }

        private IReadOnlyList<string> ReadMembers(JObject entry, SelectorKind kind)
        {
            var property = entry.Property("members");
            if (property is null)
            {
                return Array.Empty<string>();
            }

            if (kind != SelectorKind.Type)
            {
                Report(property, "\"members\" only goes with \"type\"; use one { \"member\": \"Namespace.Type.Member\" } entry per member instead");
                return Array.Empty<string>();
            }

            var members = new List<string>();
            var items = ExpectArray(property.Value, "\"members\"");
            if (property.Value.Type == JTokenType.Array && items.Count == 0)
            {
                Report(property.Value, "\"members\" is empty; list member names, or remove the key to protect the whole type");
            }

            foreach (var item in items)
            {
                var name = ExpectNonEmptyString(item, "a \"members\" entry");
                if (name is not null)
                {
                    if (!IsIdentifierOrGlob(name))
                    {
                        Report(item, "\"" + name + "\" is not a member name; write the simple name, such as \"Diagnosis\"");
                    }
                    else
                    {
                        members.Add(name);
                    }
                }
            }

            return members;
        }

        private bool IsValidPattern(SelectorKind kind, string pattern, JToken at)
        {
            if (kind == SelectorKind.Name)
            {
                if (Glob.LooksLikeRegex(pattern))
                {
                    Report(at, "\"" + pattern + "\" looks like a regular expression; name patterns are globs: * matches any run of characters, ? one character");
                    return false;
                }

                if (Glob.MatchesEverything(pattern))
                {
                    Report(at, "\"" + pattern + "\" matches every name; narrow it, for example \"*ssn*\"");
                    return false;
                }

                if (!IsIdentifierOrGlob(pattern))
                {
                    Report(at, "\"" + pattern + "\" is not a name glob; use letters, digits, _ and the wildcards * and ?");
                    return false;
                }

                return true;
            }

            if (!IsQualifiedNameOrGlob(pattern))
            {
                Report(at, "\"" + pattern + "\" is not a fully qualified name such as \"Contoso.Domain.Patient\" (generic types as Name`1, wildcards * and ? allowed)");
                return false;
            }

            if ((kind == SelectorKind.Member || kind == SelectorKind.Source) && pattern.IndexOf('.') < 0)
            {
                Report(at, "\"" + pattern + "\" needs the type too: write Namespace.Type." + pattern);
                return false;
            }

            return true;
        }

        private static bool IsIdentifierOrGlob(string text) =>
            text.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '*' || c == '?');

        internal static bool IsQualifiedNameOrGlob(string text) =>
            text.Length > 0
            && text[0] != '.' && text[text.Length - 1] != '.'
            && text.IndexOf("..", StringComparison.Ordinal) < 0
            && text.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '`' || c == '+' || c == '*' || c == '?');

        private void ReadMethodNames(JToken token, string what, List<NamedEntry> into)
        {
            foreach (var item in ExpectArray(token, what))
            {
                var name = ExpectNonEmptyString(item, "an entry of " + what);
                if (name is null)
                {
                    continue;
                }

                if (!IsQualifiedNameOrGlob(name) || name.IndexOf('.') < 0)
                {
                    Report(item, "\"" + name + "\" is not a method name; write Namespace.Type.Method (any overload)");
                    continue;
                }

                into.Add(new NamedEntry(name, _positions.StartOf(item)));
            }
        }

        private void ReadSinks(JToken token)
        {
            if (token is not JObject sinks)
            {
                Report(token, "\"sinks\" must be an object such as { \"log\": [\"Contoso.Audit.Write\"] }, found " + Describe(token));
                return;
            }

            CheckKeys(sinks, SinkKeys.Keys.ToArray(), "\"sinks\"");
            foreach (var property in sinks.Properties())
            {
                if (SinkKeys.TryGetValue(property.Name, out var kind))
                {
                    var entries = new List<NamedEntry>();
                    ReadMethodNames(property.Value, "\"sinks\"." + property.Name, entries);
                    _document.Sinks[kind] = entries;
                }
            }
        }

        private void ReadRules(JToken token)
        {
            if (token is not JObject rules)
            {
                Report(token, "\"rules\" must be an object such as { \"PHI001\": \"error\" }, found " + Describe(token));
                return;
            }

            foreach (var property in rules.Properties())
            {
                if (!RuleIdentifiers.Configurable.Contains(property.Name))
                {
                    var hint = property.Name == RuleIdentifiers.InvalidPolicy
                        ? "PHI100 is always an error: an invalid policy fails the build"
                        : "known rules: " + string.Join(", ", RuleIdentifiers.Configurable);
                    Report(property, "unknown rule \"" + property.Name + "\" in \"rules\"; " + hint);
                    continue;
                }

                var value = ExpectString(property.Value, "the severity of " + property.Name);
                if (value is null)
                {
                    continue;
                }

                if (!Severities.TryGetValue(value, out var severity))
                {
                    Report(property.Value, "\"" + value + "\" is not a severity; use one of error, warning, info, hidden, none");
                    continue;
                }

                _document.Rules.Add(new RuleSetting(property.Name, severity, _positions.StartOf(property)));
            }
        }

        private void ReadExemption(JToken token)
        {
            if (token is not JObject entry)
            {
                Report(token, "each exemption must be an object with \"rule\", \"scope\", \"justification\" and \"expires\", found " + Describe(token));
                return;
            }

            CheckKeys(entry, ExemptionKeys, "exemption");
            var rule = RequiredString(entry, "rule", "exemption");
            var scope = RequiredString(entry, "scope", "exemption");
            var justification = RequiredString(entry, "justification", "exemption");
            var expiresText = RequiredString(entry, "expires", "exemption");
            var approvedBy = OptionalString(entry, "approvedBy");
            var ticket = OptionalString(entry, "ticket");
            var valid = rule is not null && scope is not null && justification is not null && expiresText is not null;

            if (rule is not null && rule != "*" && !RuleIdentifiers.Exemptible.Contains(rule))
            {
                Report(entry.Property("rule")!.Value, "\"" + rule + "\" cannot be exempted; name one of " + string.Join(", ", RuleIdentifiers.Exemptible) + ", or *");
                valid = false;
            }

            if (scope is not null && !IsQualifiedNameOrGlob(scope))
            {
                Report(entry.Property("scope")!.Value, "\"" + scope + "\" is not a scope; name a namespace, type or member, such as \"Contoso.Api.FhirController\"");
                valid = false;
            }

            valid &= ReadExpiry(entry, expiresText, out var expires);
            if (valid)
            {
                _document.Exemptions.Add(new Exemption(rule!, scope!, justification!, expires, approvedBy, ticket, _positions.StartOf(entry)));
            }
        }

        private void ReadApprovedSink(JToken token)
        {
            if (token is not JObject entry)
            {
                Report(token, "each approved sink must be an object with \"sink\", \"justification\" and \"expires\", found " + Describe(token));
                return;
            }

            CheckKeys(entry, ApprovedSinkKeys, "approved sink");
            var sink = RequiredString(entry, "sink", "approved sink");
            var justification = RequiredString(entry, "justification", "approved sink");
            var expiresText = RequiredString(entry, "expires", "approved sink");
            var approvedBy = OptionalString(entry, "approvedBy");
            var ticket = OptionalString(entry, "ticket");
            var rules = ReadApprovedRules(entry, out var rulesValid);
            var valid = sink is not null && justification is not null && expiresText is not null && rulesValid;

            if (sink is not null && (!IsQualifiedNameOrGlob(sink) || sink.IndexOf('.') < 0))
            {
                Report(entry.Property("sink")!.Value, "\"" + sink + "\" is not a method name; write Namespace.Type.Method (any overload, * as a wildcard)");
                valid = false;
            }

            valid &= ReadExpiry(entry, expiresText, out var expires);
            if (valid)
            {
                _document.ApprovedSinks.Add(new ApprovedSink(sink!, rules, justification!, expires, approvedBy, ticket, _positions.StartOf(entry)));
            }
        }

        private IReadOnlyList<string> ReadApprovedRules(JObject entry, out bool valid)
        {
            valid = true;
            var property = entry.Property("rules");
            if (property is null)
            {
                return Array.Empty<string>();
            }

            var items = ExpectArray(property.Value, "\"rules\" of an approved sink");
            if (property.Value.Type != JTokenType.Array)
            {
                valid = false;
            }
            else if (items.Count == 0)
            {
                Report(property.Value, "\"rules\" is empty; list leak rules, or remove the key to approve the sink for every leak rule");
                valid = false;
            }

            var rules = new List<string>();
            foreach (var item in items)
            {
                var rule = ExpectNonEmptyString(item, "a \"rules\" entry");
                if (rule is null)
                {
                    valid = false;
                }
                else if (!RuleIdentifiers.Exemptible.Contains(rule))
                {
                    Report(item, "\"" + rule + "\" cannot be approved; name leak rules among " + string.Join(", ", RuleIdentifiers.Exemptible));
                    valid = false;
                }
                else
                {
                    rules.Add(rule);
                }
            }

            return rules;
        }

        private bool ReadExpiry(JObject entry, string? expiresText, out DateTime expires)
        {
            expires = default;
            if (expiresText is not null && !DateTime.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out expires))
            {
                Report(entry.Property("expires")!.Value, "\"" + expiresText + "\" is not a date; write it as YYYY-MM-DD, such as \"2027-06-30\"");
                return false;
            }

            return true;
        }

        private string? RequiredString(JObject entry, string key, string what)
        {
            var property = entry.Property(key);
            if (property is null)
            {
                Report(entry, "missing required key \"" + key + "\" in " + what);
                return null;
            }

            return ExpectNonEmptyString(property.Value, "\"" + key + "\"");
        }

        private string? OptionalString(JObject entry, string key)
        {
            var property = entry.Property(key);
            return property is null ? null : ExpectString(property.Value, "\"" + key + "\"");
        }

        private void CheckKeys(JObject obj, IReadOnlyCollection<string> allowed, string where)
        {
            foreach (var property in obj.Properties())
            {
                if (!allowed.Contains(property.Name))
                {
                    Report(property, "unknown key \"" + property.Name + "\" in " + where + "; allowed keys: " + string.Join(", ", allowed));
                }
            }
        }

        private IReadOnlyList<JToken> ExpectArray(JToken token, string what)
        {
            if (token is JArray array)
            {
                return array.Children().ToList();
            }

            Report(token, what + " must be an array, found " + Describe(token));
            return Array.Empty<JToken>();
        }

        private string? ExpectString(JToken token, string what)
        {
            if (token.Type == JTokenType.String)
            {
                return token.Value<string>();
            }

            Report(token, what + " must be a string, found " + Describe(token));
            return null;
        }

        private string? ExpectNonEmptyString(JToken token, string what)
        {
            var value = ExpectString(token, what);
            if (value is not null && value.Trim().Length == 0)
            {
                Report(token, what + " must not be empty");
                return null;
            }

            return value;
        }

        private static string Describe(JToken token) => token.Type switch
        {
            JTokenType.Object => "an object",
            JTokenType.Array => "an array",
            JTokenType.String => "the string " + token.ToString(Formatting.None),
            JTokenType.Integer or JTokenType.Float => "the number " + token.ToString(Formatting.None),
            JTokenType.Boolean => token.ToString(Formatting.None),
            JTokenType.Null => "null",
            _ => token.Type.ToString().ToLowerInvariant(),
        };

        private void Report(JToken token, string message) => Report(_positions.StartOf(token), message);

        private void Report(SourcePosition position, string message) => _problems.Add(new PolicyProblem(position, message));
    }
}
