using System.CommandLine;
using PhiGuard.Cli.Analysis;

namespace PhiGuard.Cli.Commands
{
    /// <summary>The target and options every command that analyses code takes: what to scan, with which policy, with or without a build.</summary>
    internal sealed class ScanOptions
    {
        private readonly Argument<string> _target;
        private readonly Option<string?> _policy = new("--policy")
        {
            Description = "Policy file to analyse with (default: the nearest phiguard.json above each project, else builtin:hipaa-safe-harbor)",
            HelpName = "FILE",
        };

        private readonly Option<bool> _noBuild = new("--no-build")
        {
            Description = "Analyse the .cs files under a directory without restoring or building (one compilation per project folder; unresolved references are tolerated)",
        };

        public ScanOptions(string targetDescription)
        {
            _target = new Argument<string>("path") { Description = targetDescription };
        }

        public void AddTo(Command command)
        {
            command.Add(_target);
            command.Add(_policy);
            command.Add(_noBuild);
        }

        public ScanRequest Read(ParseResult parse) => new(parse.GetRequiredValue(_target), parse.GetValue(_policy), parse.GetValue(_noBuild));
    }
}
