using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Robustness
{
    /// <summary>
    /// No input shape kills the compiler or hides a leak: long concatenations, deep conditionals and lambdas, long call
    /// chains, deeply nested collections. The analysis runs on a thread with a 1 MB stack, less than the compiler's.
    /// </summary>
    public class DeepInputTests
    {
        private const int OneMegabyte = 1024 * 1024;

        [Fact]
        public async Task A_ten_thousand_term_concatenation_with_a_protected_value_is_reported()
        {
            var terms = Enumerable.Range(0, 10_000).Select(i => i == 5_000 ? "patient.Name" : "\"t" + i + "\"");
            var leaks = await LeaksIn("public void Run(Patient patient) => _logger.LogInformation(\"{Text}\", " + string.Join(" + ", terms) + ");");

            Assert.Single(leaks);
        }

        [Fact]
        public async Task A_leak_under_conditionals_nested_five_hundred_deep_is_reported()
        {
            var condition = "patient.Name";
            for (var i = 0; i < 500; i++)
            {
                condition = "(patient.Id == " + i + " ? " + condition + " : \"none\")";
            }

            var leaks = await LeaksIn("public void Run(Patient patient) => _logger.LogInformation(\"{Text}\", " + condition + ");");

            Assert.Single(leaks);
        }

        [Fact]
        public async Task A_leak_inside_ten_nested_lambdas_is_reported()
        {
            var body = "_logger.LogInformation(\"{Text}\", patient.Name);";
            for (var i = 0; i < 10; i++)
            {
                body = "Action a" + i + " = () => { " + body + " }; a" + i + "();";
            }

            var leaks = await LeaksIn("public void Run(Patient patient) { " + body + " }");

            Assert.Single(leaks);
        }

        [Fact]
        public async Task A_leak_through_a_chain_of_five_hundred_calls_is_reported_at_the_first_call()
        {
            var chain = string.Concat(Enumerable.Range(0, 500).Select(i => i == 499
                ? "private void Step499(string text) => _logger.LogInformation(\"{Text}\", text);\n"
                : "private void Step" + i + "(string text) => Step" + (i + 1) + "(text);\n"));

            var leaks = await LeaksIn("public void Run(Patient patient) => Step0(patient.Name); // first call\n" + chain);

            Assert.Equal("first call", Assert.Single(leaks));
        }

        [Fact]
        public async Task A_protected_value_in_a_list_nested_five_deep_is_reported()
        {
            var leaks = await LeaksIn("""
                public void Run(List<List<List<List<List<Patient>>>>> patients) => _logger.LogInformation("{Patients}", patients); // nested
                """);

            Assert.Equal("nested", Assert.Single(leaks));
        }

        /// <summary>The PHI001 findings in the members, each named by the comment on its line.</summary>
        private static async Task<List<string>> LeaksIn(string members)
        {
            var references = await TestReferences.Logging.ResolveAsync(LanguageNames.CSharp, default);
            var compilation = AnalyzerRunner.Compile(new[] { ("Service.cs", ClinicService.Wrap(members)) }, references);
            var run = OnSmallStack(() => AnalyzerRunner.RunAsync(compilation, Policies.Clinic).GetAwaiter().GetResult());
            Assert.Empty(run.Crashes);
            Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("PHI", StringComparison.Ordinal));
            return run.Diagnostics.Where(d => d.Id == "PHI001").Select(d =>
            {
                var line = d.Location.SourceTree!.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString();
                return line.Contains("//", StringComparison.Ordinal) ? line.Substring(line.IndexOf("//", StringComparison.Ordinal) + 2).Trim() : line.Trim();
            }).ToList();
        }

        private static T OnSmallStack<T>(Func<T> work)
        {
            var result = default(T);
            Exception? failure = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        result = work();
                    }
                    catch (Exception exception)
                    {
                        failure = exception;
                    }
                },
                OneMegabyte);
            thread.Start();
            thread.Join();
            Assert.Null(failure);
            return result!;
        }
    }
}
