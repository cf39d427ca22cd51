using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Schema
{
    /// <summary>The schema names exactly what the loader knows, so neither can drift from the other.</summary>
    public class SchemaContentTests
    {
        private static IEnumerable<string> LowerCaseNames<TEnum>()
            where TEnum : struct, Enum =>
            Enum.GetNames<TEnum>().Select(name => name.ToLowerInvariant());

        [Fact]
        public void Schema_is_draft_07() =>
            Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)PolicySchema.Json["$schema"]);

        [Fact]
        public void Builtin_names_are_the_packs_in_the_policies_folder()
        {
            var packs = Repository.BuiltinPackFiles().Select(path => "builtin:" + Path.GetFileNameWithoutExtension(path));

            Assert.Equal(packs.OrderBy(n => n, StringComparer.Ordinal), PolicySchema.EnumAt("definitions.builtinPolicy").OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void Rule_keys_are_the_configurable_rules() =>
            Assert.Equal(RuleIdentifiers.Configurable, PolicySchema.PropertiesAt("properties.rules"));

        [Fact]
        public void Severities_are_the_policy_severities() =>
            Assert.Equal(LowerCaseNames<RuleSeverity>(), PolicySchema.EnumAt("definitions.severity"));

        [Fact]
        public void Sink_keys_are_the_sink_kinds() =>
            Assert.Equal(LowerCaseNames<SinkKind>(), PolicySchema.PropertiesAt("properties.sinks"));

        [Fact]
        public void Selector_keys_are_the_selector_kinds()
        {
            var selectorKeys = Enum.GetValues<SelectorKind>().Select(Selector.KeyOf);

            Assert.Equal(
                selectorKeys.Concat(new[] { "members", "category", "reason" }).OrderBy(k => k, StringComparer.Ordinal),
                PolicySchema.PropertiesAt("definitions.selector").OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(
                selectorKeys.OrderBy(k => k, StringComparer.Ordinal),
                PolicySchema.Json.SelectTokens("definitions.selector.oneOf[*].required[0]").Select(t => (string)t!).OrderBy(k => k, StringComparer.Ordinal));
        }

        [Fact]
        public void Exemption_rules_are_the_exemptible_rules_and_star() =>
            Assert.Equal(RuleIdentifiers.Exemptible.Append("*"), PolicySchema.EnumAt("definitions.exemption.properties.rule"));

        [Fact]
        public void Approved_sink_rules_are_the_exemptible_rules() =>
            Assert.Equal(RuleIdentifiers.Exemptible, PolicySchema.EnumAt("definitions.approvedSink.properties.rules.items"));

        [Fact]
        public void Every_key_has_a_description_for_editors()
        {
            var undocumented = PolicySchema.AllKeys()
                .Where(key => ((JObject)key.Value)["description"] is null)
                .Select(key => key.Path);

            Assert.Empty(undocumented);
        }
    }
}
