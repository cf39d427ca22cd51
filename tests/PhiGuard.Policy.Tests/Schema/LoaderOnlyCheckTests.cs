using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Schema
{
    /// <summary>
    /// What a JSON Schema cannot say: whether files exist, whether extends loops, whether a date is on the calendar,
    /// and whether a key repeats. The schema passes these policies; the loader must not.
    /// </summary>
    public class LoaderOnlyCheckTests
    {
        private static void SchemaAcceptsButLoaderRejects(InMemoryPolicyFiles files, string problem)
        {
            var result = files.Load("phiguard.json");

            Assert.Empty(PolicySchema.Validate(files.TextOf("phiguard.json")));
            Assert.False(result.Succeeded);
            Assert.Contains(result.Problems, p => p.Message.Contains(problem, System.StringComparison.Ordinal));
        }

        [Fact]
        public void Missing_extended_file() => SchemaAcceptsButLoaderRejects(
            new InMemoryPolicyFiles().With("phiguard.json", """{ "version": 1, "extends": [ "org/missing.json" ] }"""),
            "cannot read the extended policy");

        [Fact]
        public void Policy_extending_itself() => SchemaAcceptsButLoaderRejects(
            new InMemoryPolicyFiles().With("phiguard.json", """{ "version": 1, "extends": [ "phiguard.json" ] }"""),
            "makes a cycle");

        [Fact]
        public void Policies_extending_each_other() => SchemaAcceptsButLoaderRejects(
            new InMemoryPolicyFiles()
                .With("phiguard.json", """{ "version": 1, "extends": [ "base.json" ] }""")
                .With("base.json", """{ "version": 1, "extends": [ "phiguard.json" ] }"""),
            "makes a cycle");

        [Fact]
        public void Expiry_date_that_is_not_on_the_calendar() => SchemaAcceptsButLoaderRejects(
            new InMemoryPolicyFiles().With("phiguard.json", """
                { "version": 1, "exemptions": [ { "rule": "PHI001", "scope": "Contoso.Api", "justification": "j", "expires": "2027-02-30" } ] }
                """),
            "is not a date");

        [Fact]
        public void Duplicate_key() => SchemaAcceptsButLoaderRejects(
            new InMemoryPolicyFiles().With("phiguard.json", """{ "version": 1, "name": "a", "name": "b" }"""),
            "duplicate key");
    }
}
