using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Input;
using PhiGuard.Cli.Explain;
using PhiGuard.Cli.PolicyTesting;
using PhiGuard.Policy;

namespace PhiGuard.Cli.Commands
{
    /// <summary><c>phiguard policy validate|test|explain</c>: the security team's tools for the policy itself.</summary>
    internal static class PolicyCommand
    {
        public static Command Create()
        {
            var policy = new Command("policy", "Validate, test, explain, pack and diff phiguard.json policies");
            policy.Add(Validate());
            policy.Add(Test());
            policy.Add(ExplainCommand());
            policy.Add(PolicyPackCommand.Create());
            policy.Add(PolicyDiffCommand.Create());
            return policy;
        }

        private static Command Validate()
        {
            var file = new Argument<string>("file") { Description = "The policy file (phiguard.json) to check, with every file it extends" };
            var command = new Command("validate", "Check a policy as the analyzers do (PHI100); exit 2 listing every problem at its file, line and column") { file };
            command.SetAction(parse => RunValidate(parse.GetRequiredValue(file)));
            return command;
        }

        private static int RunValidate(string path)
        {
            var full = InputFiles.FullPath(path, "policy");
            var (result, _) = PolicyResolver.LoadFile(full, projectDirectory: null, PolicyPackages.NuGetPackagesFolder.ForCurrentUser());
            // In file order, as an editor lists them; the parser meets some (an unknown key) before others above them.
            var ordered = result.Problems
                .OrderBy(problem => problem.Position.Path, StringComparer.Ordinal)
                .ThenBy(problem => problem.Position.Line)
                .ThenBy(problem => problem.Position.Column);
            foreach (var problem in ordered)
            {
                Console.Out.WriteLine(problem.Position.Path + ":" + problem.Position.Line + ":" + problem.Position.Column + ": error " + RuleIdentifiers.InvalidPolicy + ": " + problem.Message);
            }

            if (result.Policy is not { } valid)
            {
                Console.Out.WriteLine(path + ": invalid, " + Reports.ScanSummary.Count(result.Problems.Count, "problem"));
                return ExitCodes.InputError;
            }

            foreach (var exemption in valid.Exemptions.Where(e => e.IsExpiredOn(DateTime.UtcNow.Date)))
            {
                Console.Out.WriteLine(exemption.Position.Path + ":" + exemption.Position.Line + ":" + exemption.Position.Column + ": warning " + RuleIdentifiers.ExpiredExemption + ": the exemption of " + exemption.Rule + " for '" + exemption.Scope + "' expired on " + exemption.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            foreach (var approval in valid.ApprovedSinks.Where(a => a.IsExpiredOn(DateTime.UtcNow.Date)))
            {
                Console.Out.WriteLine(approval.Position.Path + ":" + approval.Position.Line + ":" + approval.Position.Column + ": warning " + RuleIdentifiers.ExpiredExemption + ": the approval of '" + approval.Sink + "' as a sink expired on " + approval.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            var extends = valid.Documents.Count > 1 ? ", composed from " + string.Join(", ", valid.Documents.Select(d => new SourcePosition(d.Path, 1, 1).FileLabel)) : string.Empty;
            Console.Out.WriteLine(path + ": valid: " + Reports.ScanSummary.Count(valid.Protected.Count, "protected entry", "protected entries")
                + ", " + valid.Unprotected.Count + " unprotected, " + Reports.ScanSummary.Count(valid.Sanitizers.Count, "sanitizer") + ", " + Reports.ScanSummary.Count(valid.Exemptions.Count, "exemption") + ", " + Reports.ScanSummary.Count(valid.ApprovedSinks.Count, "approved sink") + extends);
            return ExitCodes.Clean;
        }

        private static Command Test()
        {
            var directory = new Argument<string>("dir") { Description = "Directory with a phiguard.json and C# snippets marked with // expect: PHI00x or // expect-none" };
            var command = new Command("test", "Run a policy against C# snippets that declare what must and must not be reported; exit 1 when one fails") { directory };
            command.SetAction((parse, cancellationToken) => RunTestAsync(parse.GetRequiredValue(directory), cancellationToken));
            return command;
        }

        private static async Task<int> RunTestAsync(string directory, CancellationToken cancellationToken)
        {
            var runner = new PolicyTestRunner(directory);
            int passed = 0, failed = 0;
            foreach (var snippet in runner.Snippets())
            {
                var outcome = await runner.RunAsync(snippet, cancellationToken).ConfigureAwait(false);
                Console.Out.WriteLine((outcome.Passed ? "PASS " : "FAIL ") + outcome.Path);
                foreach (var failure in outcome.Failures)
                {
                    Console.Out.WriteLine("  " + failure);
                }

                _ = outcome.Passed ? passed++ : failed++;
            }

            Console.Out.WriteLine(passed + " passed, " + failed + " failed");
            return failed == 0 ? ExitCodes.Clean : ExitCodes.Findings;
        }

        private static Command ExplainCommand()
        {
            var symbol = new Argument<string>("symbol") { Description = "A type or member: Namespace.Type or Namespace.Type.Member" };
            var project = new Option<string>("--project") { Description = "Solution, project or directory that declares the symbol", HelpName = "PATH", Required = true };
            var policy = new Option<string?>("--policy") { Description = "Policy to explain with (default: the one the project is analysed with)", HelpName = "FILE" };
            var noBuild = new Option<bool>("--no-build") { Description = "Load the code without restoring or building it" };
            var command = new Command("explain", "Tell whether a type or member is protected, and which policy entry (file, line) makes it so") { symbol, project, policy, noBuild };
            command.SetAction((parse, cancellationToken) => SymbolExplainer.RunAsync(
                parse.GetRequiredValue(symbol),
                new ScanRequest(parse.GetRequiredValue(project), parse.GetValue(policy), parse.GetValue(noBuild)),
                cancellationToken));
            return command;
        }
    }
}
