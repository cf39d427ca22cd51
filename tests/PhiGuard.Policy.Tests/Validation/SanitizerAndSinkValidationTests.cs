using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Validation
{
    public class SanitizerAndSinkValidationTests
    {
        [Theory]
        [InlineData("Mask")]
        [InlineData("Contoso.Phi.Mask()")]
        [InlineData("Contoso..Mask")]
        public void Sanitizer_that_is_not_a_qualified_method_name_is_reported_at_the_entry(string name) => PolicyAssert.FailsWithMember(
            "\"sanitizers\": [ $$\"" + name + "\" ]",
            "\"" + name + "\" is not a method name; write Namespace.Type.Method (any overload)");

        [Fact]
        public void Empty_sanitizer_is_reported_at_the_entry() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "sanitizers": [ $$"" ]
            }
            """,
            "an entry of \"sanitizers\" must not be empty");

        [Fact]
        public void Unknown_sink_kind_is_reported_at_the_key_and_lists_the_kinds() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "sinks": { "log": [], $$"logs": [ "Contoso.Audit.Write" ] }
            }
            """,
            "unknown key \"logs\" in \"sinks\"; allowed keys: log, serialize, store, exception, telemetry, url");

        [Fact]
        public void Sink_that_is_not_a_qualified_method_name_is_reported_at_the_entry() => PolicyAssert.Fails(
            """
            {
              "version": 1,
              "sinks": { "store": [ "Contoso.Files.Save", $$"Save" ] }
            }
            """,
            "\"Save\" is not a method name; write Namespace.Type.Method");
    }
}
