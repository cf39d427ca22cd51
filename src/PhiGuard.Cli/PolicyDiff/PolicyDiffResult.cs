using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PhiGuard.Cli.Analysis;
using PhiGuard.Cli.Findings;
using PhiGuard.Cli.Inventory;
using PhiGuard.Policy;

namespace PhiGuard.Cli.PolicyDiff
{
    /// <summary>A finding that appears or disappears with a policy change.</summary>
    internal sealed record FindingChange(string RuleId, string File, int Line, string Message);

    /// <summary>
    /// A time-boxed permission of a policy as a diff shows it — an exemption (rule and scope) or an approved sink
    /// (rules and sink method) — with its justification, approver, ticket, expiry and where it is written.
    /// </summary>
    internal sealed record Permission(string Kind, IReadOnlyList<string> Rules, string Target, string Justification, string? ApprovedBy, string? Ticket, DateTime Expires, string At)
    {
        public const string ExemptionKind = "exemption";

        public const string ApprovedSinkKind = "approvedSink";

        public string ExpiresText => Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public string RulesText => Rules.Count == 0 ? "every leak rule" : string.Join(", ", Rules);

        public static Permission Of(Exemption exemption) =>
            new(ExemptionKind, new[] { exemption.Rule }, exemption.Scope, exemption.Justification, exemption.ApprovedBy, exemption.Ticket, exemption.Expires, exemption.Position.FileLabel + ":" + exemption.Position.Line);

        public static Permission Of(ApprovedSink approval) =>
            new(ApprovedSinkKind, approval.Rules, approval.Sink, approval.Justification, approval.ApprovedBy, approval.Ticket, approval.Expires, approval.Position.FileLabel + ":" + approval.Position.Line);

        /// <summary>The same permission on both sides: a renewal (a new expiry or justification) shows as removed and added.</summary>
        public bool SameAs(Permission other) =>
            Kind == other.Kind && Target == other.Target && Justification == other.Justification && Expires == other.Expires
            && Rules.SequenceEqual(other.Rules, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What a policy change does to a code base: each side's analysis compared.</summary>
    internal sealed class PolicyDiffResult
    {
        /// <summary>How far ahead an expiry is reported.</summary>
        public const int ExpiryWindowDays = 30;

        public required string BasePolicy { get; init; }

        public required string HeadPolicy { get; init; }

        public required string Target { get; init; }

        public required DateTime Today { get; init; }

        public required IReadOnlyList<FindingChange> Added { get; init; }

        public required IReadOnlyList<FindingChange> Removed { get; init; }

        public required IReadOnlyList<string> Protected { get; init; }

        public required IReadOnlyList<string> Unprotected { get; init; }

        public required IReadOnlyList<Permission> ExemptionsAdded { get; init; }

        public required IReadOnlyList<Permission> ExemptionsRemoved { get; init; }

        public required IReadOnlyList<Permission> ApprovedSinksAdded { get; init; }

        public required IReadOnlyList<Permission> ApprovedSinksRemoved { get; init; }

        /// <summary>Exemptions and approved sinks of the head policy that expire within <see cref="ExpiryWindowDays"/> days, or have expired.</summary>
        public required IReadOnlyList<Permission> Expiring { get; init; }

        public required IReadOnlyList<ToolNotification> Notifications { get; init; }

        public static PolicyDiffResult Compare(
            (string Path, EffectivePolicy Policy, ScanResult Scan, IReadOnlyList<ProtectedSymbol> Symbols) head,
            (string Path, EffectivePolicy Policy, ScanResult Scan, IReadOnlyList<ProtectedSymbol> Symbols) @base,
            DateTime today)
        {
            var baseFindings = Keyed(@base.Scan);
            var headFindings = Keyed(head.Scan);
            var baseSymbols = @base.Symbols.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            var headSymbols = head.Symbols.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            var baseExemptions = @base.Policy.Exemptions.Select(Permission.Of).ToList();
            var headExemptions = head.Policy.Exemptions.Select(Permission.Of).ToList();
            var baseApprovals = @base.Policy.ApprovedSinks.Select(Permission.Of).ToList();
            var headApprovals = head.Policy.ApprovedSinks.Select(Permission.Of).ToList();
            return new PolicyDiffResult
            {
                BasePolicy = @base.Path,
                HeadPolicy = head.Path,
                Target = head.Scan.Target,
                Today = today,
                Added = headFindings.Where(f => !baseFindings.ContainsKey(f.Key)).Select(f => f.Value).ToList(),
                Removed = baseFindings.Where(f => !headFindings.ContainsKey(f.Key)).Select(f => f.Value).ToList(),
                Protected = headSymbols.Except(baseSymbols).OrderBy(n => n, StringComparer.Ordinal).ToList(),
                Unprotected = baseSymbols.Except(headSymbols).OrderBy(n => n, StringComparer.Ordinal).ToList(),
                ExemptionsAdded = headExemptions.Where(e => !baseExemptions.Any(e.SameAs)).ToList(),
                ExemptionsRemoved = baseExemptions.Where(b => !headExemptions.Any(b.SameAs)).ToList(),
                ApprovedSinksAdded = headApprovals.Where(a => !baseApprovals.Any(a.SameAs)).ToList(),
                ApprovedSinksRemoved = baseApprovals.Where(b => !headApprovals.Any(b.SameAs)).ToList(),
                Expiring = headExemptions.Concat(headApprovals).Where(e => e.Expires.Date <= today.Date.AddDays(ExpiryWindowDays)).OrderBy(e => e.Expires).ToList(),
                Notifications = @base.Scan.Notifications.Concat(head.Scan.Notifications).DistinctBy(n => n.Message).ToList(),
            };
        }

        /// <summary>The active findings by what they are and where; the code is the same on both sides, so lines compare, and the policy's own line numbers in messages do not.</summary>
        private static Dictionary<string, FindingChange> Keyed(ScanResult scan)
        {
            var keyed = new Dictionary<string, FindingChange>(StringComparer.Ordinal);
            foreach (var finding in scan.Active)
            {
                var key = string.Join("\n", finding.RuleId, finding.Location.Path, finding.Location.Line, finding.Location.Column, finding.Subject ?? finding.Message, finding.Sink ?? string.Empty);
                keyed.TryAdd(key, new FindingChange(finding.RuleId, finding.Location.Path, finding.Location.Line, finding.Message));
            }

            return keyed;
        }
    }
}
