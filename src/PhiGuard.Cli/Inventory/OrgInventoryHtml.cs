using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>
    /// An organisation's data map as one self-contained HTML page, merged from the inventories of many repositories:
    /// which repositories hold which protected types, where protected data flows, the exemptions and approved sinks
    /// each relies on, and which expire soon. Every value is encoded, since the inventories come from many places; rows filter by text
    /// and repository (also from the address: <c>org.html#q=Ssn&amp;repo=billing</c>). No external asset is loaded.
    /// </summary>
    internal static class OrgInventoryHtml
    {
        /// <summary>How far ahead an exemption counts as expiring soon.</summary>
        public const int ExpiringWithinDays = 30;

        public static string Render(IReadOnlyList<RepositoryInventory> inventories, DateTime today)
        {
            var soon = today.Date.AddDays(ExpiringWithinDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var exemptions = inventories.SelectMany(i => i.Exemptions.Select(e => (i.Repository, Exemption: e))).OrderBy(x => x.Exemption.Expires, StringComparer.Ordinal).ToList();
            var approvals = inventories.SelectMany(i => i.Approvals.Select(a => (i.Repository, Approval: a))).OrderBy(x => x.Approval.Expires, StringComparer.Ordinal).ToList();
            var expiring = exemptions.Select(x => (x.Repository, Kind: "exemption", Rules: x.Exemption.Rule, Target: x.Exemption.Scope, x.Exemption.Expires, x.Exemption.ApprovedBy, x.Exemption.Ticket, x.Exemption.Justification, x.Exemption.At))
                .Concat(approvals.Select(x => (x.Repository, Kind: "approved sink", Rules: RulesText(x.Approval.Rules), Target: x.Approval.Sink, x.Approval.Expires, x.Approval.ApprovedBy, x.Approval.Ticket, x.Approval.Justification, x.Approval.At)))
                .Where(x => string.CompareOrdinal(x.Expires, soon) <= 0)
                .OrderBy(x => x.Expires, StringComparer.Ordinal)
                .ToList();
            var types = inventories
                .SelectMany(i => i.Symbols.Where(s => s.Kind == "type").Select(s => (s.Name, i.Repository)))
                .GroupBy(x => x.Name, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();

            var page = new StringBuilder();
            page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>PhiGuard organisation data map</title>\n<style>\n").Append(Css)
                .Append("</style>\n</head>\n<body>\n<h1>Organisation PHI data map</h1>\n<section class=\"cards\">")
                .Append(Card("repositories", inventories.Count, "repositories"))
                .Append(Card("protected-types", types.Count, "protected types"))
                .Append(Card("flows", inventories.Sum(i => i.Flows.Count), "places PHI reaches a sink"))
                .Append(Card("exemptions", exemptions.Count, "exemptions"))
                .Append(Card("approved-sinks", approvals.Count, "approved sinks"))
                .Append(Card("expiring", expiring.Count, "expire within " + ExpiringWithinDays + " days"))
                .Append("</section>\n");

            page.Append("<h2>Repositories</h2>\n<table id=\"repositories\"><thead><tr><th>Repository</th><th>Protected types</th><th>Protected members</th><th>Flows into sinks</th><th>Flows into approved sinks</th><th>Exemptions</th><th>Approved sinks</th><th>PhiGuard</th></tr></thead><tbody>\n");
            foreach (var inventory in inventories)
            {
                page.Append("<tr>").Append(Cell(inventory.Repository)).Append(Cell(inventory.Symbols.Count(s => s.Kind == "type"))).Append(Cell(inventory.Symbols.Count(s => s.Kind == "member")))
                    .Append(Cell(inventory.Flows.Count)).Append(Cell(inventory.ApprovedFlows)).Append(Cell(inventory.Exemptions.Count)).Append(Cell(inventory.Approvals.Count))
                    .Append(Cell(inventory.ToolVersion)).Append("</tr>\n");
            }

            page.Append("</tbody></table>\n<h2>Protected types and the repositories that hold them</h2>\n<table id=\"types\"><thead><tr><th>Type</th><th>Repositories</th></tr></thead><tbody>\n");
            foreach (var type in types)
            {
                page.Append("<tr>").Append(Cell(type.Key)).Append(Cell(string.Join(", ", type.Select(x => x.Repository).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal)))).Append("</tr>\n");
            }

            page.Append("</tbody></table>\n<h2>Exemptions and approved sinks that expire within ").Append(ExpiringWithinDays).Append(" days</h2>\n")
                .Append("<table id=\"expiring-permissions\"><thead><tr><th>Repository</th><th>Kind</th><th>Rules</th><th>Scope or sink</th><th>Expires</th><th>Approved by</th><th>Ticket</th><th>Justification</th><th>Policy entry</th></tr></thead><tbody>\n");
            foreach (var x in expiring)
            {
                page.Append("<tr class=\"expiring\">").Append(Cell(x.Repository)).Append(Cell(x.Kind)).Append(Cell(x.Rules)).Append(Cell(x.Target)).Append(Cell(x.Expires))
                    .Append(Cell(x.ApprovedBy)).Append(Cell(x.Ticket)).Append(Cell(x.Justification)).Append(Cell(x.At)).Append("</tr>\n");
            }

            page.Append("</tbody></table>\n<h2>Exemptions</h2>\n");
            ExemptionTable(page, "all-exemptions", exemptions, soon);
            page.Append("<h2>Approved sinks</h2>\n<table id=\"approved-sinks\"><thead><tr><th>Repository</th><th>Sink</th><th>Rules</th><th>Flows</th><th>Expires</th><th>Approved by</th><th>Ticket</th><th>Justification</th><th>Policy entry</th></tr></thead><tbody>\n");
            foreach (var (repository, a) in approvals)
            {
                page.Append(string.CompareOrdinal(a.Expires, soon) <= 0 ? "<tr class=\"expiring\">" : "<tr>")
                    .Append(Cell(repository)).Append(Cell(a.Sink)).Append(Cell(RulesText(a.Rules))).Append(Cell(a.Flows)).Append(Cell(a.Expires))
                    .Append(Cell(a.ApprovedBy)).Append(Cell(a.Ticket)).Append(Cell(a.Justification)).Append(Cell(a.At)).Append("</tr>\n");
            }

            page.Append("</tbody></table>\n");

            page.Append("<h2>Where protected data flows</h2>\n<div class=\"filters\"><input id=\"filter\" type=\"search\" placeholder=\"Filter by symbol, file, sink or rule\" aria-label=\"Filter\">")
                .Append("<select id=\"repo\" aria-label=\"Repository\"><option value=\"\">All repositories</option>");
            foreach (var inventory in inventories)
            {
                page.Append("<option value=\"").Append(Encode(inventory.Repository)).Append("\">").Append(Encode(inventory.Repository)).Append("</option>");
            }

            page.Append("</select><span id=\"shown\"></span></div>\n<table id=\"map\"><thead><tr><th>Repository</th><th>Protected data</th><th>Reaches</th><th>Where</th><th>Sink</th><th>Project</th></tr></thead><tbody>\n");
            foreach (var inventory in inventories)
            {
                foreach (var flow in inventory.Flows)
                {
                    page.Append("<tr class=\"row\" data-repo=\"").Append(Encode(inventory.Repository)).Append("\">").Append(Cell(inventory.Repository)).Append(Cell(flow.Subject))
                        .Append(Cell(flow.Rule + " " + flow.Reaches)).Append(Cell(flow.At)).Append(Cell(flow.Sink)).Append(Cell(flow.Project)).Append("</tr>\n");
                }
            }

            page.Append("</tbody></table>\n<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
            return page.ToString();
        }

        private static void ExemptionTable(StringBuilder page, string id, IReadOnlyList<(string Repository, ExemptionRecord Exemption)> rows, string soon)
        {
            page.Append("<table id=\"").Append(id).Append("\"><thead><tr><th>Repository</th><th>Rule</th><th>Scope</th><th>Expires</th><th>Approved by</th><th>Ticket</th><th>Justification</th><th>Policy entry</th></tr></thead><tbody>\n");
            foreach (var (repository, e) in rows)
            {
                page.Append(string.CompareOrdinal(e.Expires, soon) <= 0 ? "<tr class=\"expiring\">" : "<tr>")
                    .Append(Cell(repository)).Append(Cell(e.Rule)).Append(Cell(e.Scope)).Append(Cell(e.Expires)).Append(Cell(e.ApprovedBy)).Append(Cell(e.Ticket)).Append(Cell(e.Justification)).Append(Cell(e.At))
                    .Append("</tr>\n");
            }

            page.Append("</tbody></table>\n");
        }

        private static string RulesText(IReadOnlyList<string> rules) => rules.Count == 0 ? "every leak rule" : string.Join(", ", rules);

        private static string Card(string id, long value, string label) =>
            "<div class=\"card\" id=\"" + id + "\"><span class=\"value\">" + value.ToString("N0", CultureInfo.InvariantCulture) + "</span><span class=\"label\">" + label + "</span></div>";

        private static string Cell(string? text) => "<td>" + (string.IsNullOrEmpty(text) ? "\u2014" : Encode(text)) + "</td>";

        private static string Cell(long number) => "<td>" + number.ToString(CultureInfo.InvariantCulture) + "</td>";

        private static string Encode(string text) => WebUtility.HtmlEncode(text);

        private const string Css = """
            body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #1c2833; }
            .cards { display: flex; gap: 1rem; flex-wrap: wrap; }
            .card { border: 1px solid #d5d8dc; border-radius: 6px; padding: .8rem 1.2rem; min-width: 9rem; }
            .card .value { display: block; font-size: 1.8rem; font-weight: 600; } .card .label { color: #566573; }
            .filters { display: flex; gap: .6rem; align-items: center; margin-bottom: .6rem; }
            #filter { width: 24rem; padding: .3rem; } #shown { color: #566573; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; } th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #eaecee; vertical-align: top; }
            th { background: #f4f6f7; } tr.row[hidden] { display: none; } tr.expiring td { background: #fdf2e9; }
            """;

        private const string Script = """
            (function () {
              var rows = Array.prototype.slice.call(document.querySelectorAll('#map tr.row'));
              var filter = document.getElementById('filter');
              var repo = document.getElementById('repo');
              function apply() {
                var text = filter.value.toLowerCase();
                var shown = 0;
                rows.forEach(function (tr) {
                  var visible = (!text || tr.textContent.toLowerCase().indexOf(text) >= 0) && (!repo.value || tr.dataset.repo === repo.value);
                  tr.hidden = !visible;
                  if (visible) shown++;
                });
                document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' rows';
              }
              var hash = new URLSearchParams(location.hash.slice(1));
              if (hash.get('q')) filter.value = hash.get('q');
              if (hash.get('repo')) repo.value = hash.get('repo');
              filter.addEventListener('input', apply);
              repo.addEventListener('change', apply);
              apply();
            })();
            """;
    }
}
