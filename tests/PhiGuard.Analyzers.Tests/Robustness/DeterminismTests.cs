using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;

namespace PhiGuard.Analyzers.Tests.Robustness
{
    /// <summary>
    /// The same code gives the same findings on every run: a baseline and a CI gate depend on it. Recursive and mutually
    /// recursive helpers, long call chains and fields written by recursive methods are summarised in whatever order the
    /// analyzer driver's threads happen to ask for them; the findings must not depend on that order.
    /// </summary>
    public class DeterminismTests
    {
        private const int Runs = 12;

        private const string Usings = """
            using System;
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using Clinic;

            """;

        [Fact]
        public async Task Recursion_cycles_and_shared_helpers_give_identical_findings_in_every_order_and_thread_timing()
        {
            var references = await TestReferences.Logging.ResolveAsync(LanguageNames.CSharp, default);
            var sources = Sources().ToList();
            var random = new Random(20261204);
            var runs = new List<string>();
            for (var run = 0; run < Runs; run++)
            {
                // Each run asks for the summaries in another order: the trees are shuffled, and the driver runs concurrently.
                var order = sources.OrderBy(_ => random.Next()).ToList();
                var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(order, references), Policies.Clinic, concurrent: true);
                Assert.Empty(result.Crashes);
                runs.Add(Describe(result.Diagnostics));
            }

            Assert.All(runs, findings => Assert.Equal(runs[0], findings));

            // The leaks through each cycle are found whichever method of the cycle is summarised first.
            foreach (var place in new[] { "Callers.cs:UseEven", "Callers.cs:UseOdd", "Callers.cs:UseFirst", "Callers.cs:UseMiddle", "Callers.cs:UseLoop", "Notebook.cs:Flush" })
            {
                Assert.Contains(place + ":", runs[0]);
            }
        }

        private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join(
            "\n",
            diagnostics
                .Where(d => d.Id.StartsWith("PHI", StringComparison.Ordinal))
                .Select(d => d.Id + " " + Where(d.Location) + " " + d.GetMessage() + " [" + string.Join(", ", d.AdditionalLocations.Select(Where)) + "]")
                .OrderBy(line => line, StringComparer.Ordinal));

        /// <summary>The file, the calling method's marker comment on the line, and the line and column.</summary>
        private static string Where(Location location)
        {
            var span = location.GetLineSpan();
            var line = location.SourceTree!.GetText().Lines[span.StartLinePosition.Line].ToString();
            var marker = line.Contains("//", StringComparison.Ordinal) ? line.Substring(line.IndexOf("//", StringComparison.Ordinal) + 2).Trim() : "";
            return span.Path + ":" + marker + ":" + (span.StartLinePosition.Line + 1) + ":" + (span.StartLinePosition.Character + 1);
        }

        private static IEnumerable<(string Path, string Text)> Sources()
        {
            yield return ("Callers.cs", Usings + """
                public class Callers
                {
                    private readonly ILogger<Callers> _logger;
                    private readonly Parity _parity;
                    private readonly Chain _chain;
                    private readonly Notebook _notebook;
                    public Callers(ILogger<Callers> logger, Parity parity, Chain chain, Notebook notebook) { _logger = logger; _parity = parity; _chain = chain; _notebook = notebook; }

                    public void UseEven(Patient patient) => _parity.Even(patient.Name, 4); // UseEven
                    public void UseOdd(Patient patient) => _parity.Odd(patient.Ssn, 3); // UseOdd
                    public void UseFirst(Patient patient) => _chain.Step0(patient.Name); // UseFirst
                    public void UseMiddle(Patient patient) => _chain.Step6(patient.Name); // UseMiddle
                    public void UseLoop(Patient patient) => _logger.LogInformation("{Who}", Parity.Echo(patient.Name, 5)); // UseLoop
                    public void UseNotes(Patient patient) { _notebook.Fill(patient, 3); _notebook.Flush(); } // UseNotes
                }
                """);

            // Mutual recursion: each method reaches the sink only through the other.
            yield return ("Parity.cs", Usings + """
                public class Parity
                {
                    private readonly ILogger<Parity> _logger;
                    public Parity(ILogger<Parity> logger) => _logger = logger;

                    public void Even(string text, int n) { if (n == 0) { _logger.LogInformation("{Even}", text); } else { Odd(text, n - 1); } }
                    public void Odd(string text, int n) { if (n > 0) { Even(text, n - 1); } }
                    public static string Echo(string text, int n) => n == 0 ? Wrap(text) : Shout(text, n - 1);
                    public static string Shout(string text, int n) => n == 0 ? "!" : Echo(text, n - 1).ToUpperInvariant();
                    private static string Wrap(string text) => "[" + text + "]";
                }
                """);

            // A chain longer than any fixed depth, with a recursive step in the middle and the sink at the end.
            yield return ("Chain.cs", Usings + """
                public class Chain
                {
                    private readonly ILogger<Chain> _logger;
                    public Chain(ILogger<Chain> logger) => _logger = logger;

                """ + string.Concat(Enumerable.Range(0, 14).Select(i => i == 13
                    ? "    public void Step13(string text) => _logger.LogInformation(\"{Step}\", text);\n"
                    : i == 7
                        ? "    public void Step7(string text) { if (text.Length > 100) { Step7(text.Substring(1)); } Step8(text); }\n"
                        : "    public void Step" + i + "(string text) => Step" + (i + 1) + "(text);\n")) + """
                }
                """);

            // A field written by a recursive method and read by another that logs it.
            yield return ("Notebook.cs", Usings + """
                public class Notebook
                {
                    private readonly ILogger<Notebook> _logger;
                    private string _notes = "";
                    public Notebook(ILogger<Notebook> logger) => _logger = logger;

                    public void Fill(Patient patient, int n) { if (n > 0) { Fill(patient, n - 1); } else { _notes = _notes + patient.Name; } }
                    public void Flush() => _logger.LogInformation("{Notes}", _notes); // Flush
                }
                """);

            yield return ("Model.cs", Policies.Model);
        }
    }
}
