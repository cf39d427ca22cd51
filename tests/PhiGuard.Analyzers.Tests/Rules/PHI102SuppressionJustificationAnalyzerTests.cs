using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI102SuppressionJustificationAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Rules
{
    public class PHI102SuppressionJustificationAnalyzerTests
    {
        private static Task Verify(string source, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(source, Policies.Clinic, TestReferences.Net, expected);

        private static string Members(string members) => """
            using System.Diagnostics.CodeAnalysis;

            public class Service
            {

            """ + members + """

            }
            """;

        [Fact]
        public Task SuppressMessage_with_the_code_fix_placeholder_is_reported() => Verify(Members("""
                [{|PHI102:SuppressMessage("PhiGuard", "PHI001", Justification = "<justification>")|}]
                public void Run() { }
            """));

        [Fact]
        public Task SuppressMessage_without_a_justification_is_reported() => Verify(Members("""
                [{|PHI102:SuppressMessage("PhiGuard", "PHI002")|}]
                public void Run() { }
            """));

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("<Pending>")]
        [InlineData("TODO")]
        [InlineData("todo: explain")]
        [InlineData("...")]
        [InlineData("n/a")]
        public Task SuppressMessage_with_an_empty_or_placeholder_justification_is_reported(string justification) => Verify(Members($$"""
                [{|PHI102:SuppressMessage("PhiGuard", "PHI003", Justification = "{{justification}}")|}]
                public void Run() { }
            """));

        [Fact]
        public Task Message_names_the_form_and_the_rule() => Verify(
            Members("""
                [SuppressMessage("PhiGuard", "PHI004:Protected health information is put into an exception")]
                public void Run() { }
            """),
            new DiagnosticResult("PHI102", DiagnosticSeverity.Info)
                .WithSpan(5, 6, 5, 97)
                .WithArguments("[SuppressMessage]", "PHI004:Protected health information is put into an exception"));

        [Fact]
        public Task SuppressMessage_with_a_real_justification_is_clean() => Verify(Members("""
                [SuppressMessage("PhiGuard", "PHI001", Justification = "Logs the masked NHI only; reviewed in SEC-42")]
                public void Run() { }
            """));

        [Fact]
        public Task Justification_given_by_a_constant_is_read() => Verify(Members("""
                private const string Reviewed = "The audit log is encrypted at rest and access-controlled (SEC-7)";

                [SuppressMessage("PhiGuard", "PHI001", Justification = Reviewed)]
                public void Run() { }
            """));

        [Fact]
        public Task Other_analyzers_suppressions_are_not_PhiGuard_business() => Verify(Members("""
                [SuppressMessage("Design", "CA1031")]
                [SuppressMessageAttribute("Style", "IDE0060", Justification = "")]
                public void Run(int unused) { }
            """));

        [Fact]
        public Task A_PHI_id_under_another_category_and_the_PhiGuard_category_with_any_id_are_both_checked() => Verify(Members("""
                [{|PHI102:SuppressMessage("Security", "PHI005")|}]
                [{|PHI102:System.Diagnostics.CodeAnalysis.SuppressMessageAttribute("PhiGuard", "*")|}]
                public void Run() { }
            """));

        [Fact]
        public Task Assembly_level_suppression_is_checked() => Verify("""
            [assembly: {|PHI102:System.Diagnostics.CodeAnalysis.SuppressMessage("PhiGuard", "PHI001", Scope = "member", Target = "~M:Service.Run")|}]
            [assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("PhiGuard", "PHI002", Scope = "member", Target = "~M:Service.Run", Justification = "Serializes to the patient's own download only")]

            public class Service
            {
                public void Run() { }
            }
            """);

        [Fact]
        public Task Pragma_without_a_comment_is_reported() => Verify("""
            public class Service
            {
                public void Run()
                {
            {|PHI102:#pragma warning disable PHI001|}
                    System.Console.WriteLine("x");
            #pragma warning restore PHI001
                }
            }
            """);

        [Fact]
        public Task Pragma_with_a_justification_comment_on_its_line_is_clean() => Verify("""
            public class Service
            {
                public void Run()
                {
            #pragma warning disable PHI001 // The console is the kiosk's own screen, never captured (SEC-9)
                    System.Console.WriteLine("x");
            #pragma warning restore PHI001
                }
            }
            """);

        [Fact]
        public Task Pragma_with_a_placeholder_comment_or_a_comment_on_another_line_is_reported() => Verify("""
            public class Service
            {
                public void Run()
                {
                    // The kiosk's own screen
            {|PHI102:#pragma warning disable PHI001|} // TODO
            {|PHI102:#pragma warning disable PHI006|}
                }
            }
            """);

        [Fact]
        public Task Pragma_of_other_rules_is_clean_and_mixed_ids_name_only_PhiGuard_ones() => Verify(
            """
            public class Service
            {
            #pragma warning disable CS0169
                private int _unused;
            #pragma warning disable CS0414, PHI002
            }
            """,
            new DiagnosticResult("PHI102", DiagnosticSeverity.Info).WithSpan(5, 1, 5, 39).WithArguments("#pragma warning disable", "PHI002"));

        /// <summary>Run as the compiler does: the test framework enables every rule explicitly, which would override the policy's <c>none</c>.</summary>
        [Fact]
        public async Task Policy_can_turn_the_rule_off()
        {
            var source = Members("""
                [SuppressMessage("PhiGuard", "PHI001")]
                public void Run() { }
            """);
            var compilation = AnalyzerRunner.Compile(new[] { ("Service.cs", source) }, await TestReferences.Net.ResolveAsync(LanguageNames.CSharp, default));
            var on = await AnalyzerRunner.RunAsync(compilation, Policies.Clinic);
            var off = await AnalyzerRunner.RunAsync(compilation, Policies.Clinic.Replace("\"sanitizers\"", "\"rules\": { \"PHI102\": \"none\" }, \"sanitizers\""));

            Assert.Single(on.Diagnostics, d => d.Id == "PHI102");
            Assert.DoesNotContain(off.Diagnostics, d => d.Id == "PHI102");
        }

        [Fact]
        public Task Policy_can_raise_the_severity() => VerifyCS.VerifyAsync(
            Members("""
                [SuppressMessage("PhiGuard", "PHI001")]
                public void Run() { }
            """),
            Policies.Clinic.Replace("\"sanitizers\"", "\"rules\": { \"PHI102\": \"warning\" }, \"sanitizers\""),
            TestReferences.Net,
            VerifyCS.Diagnostic("PHI102").WithSpan(5, 6, 5, 43).WithArguments("[SuppressMessage]", "PHI001"));
    }
}
