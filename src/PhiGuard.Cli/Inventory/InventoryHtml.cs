using System.Linq;
using System.Net;
using System.Text;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>
    /// The data map as one self-contained HTML page for a privacy officer: summary numbers, the chart of findings by
    /// rule and project (inline SVG), and a table of protected symbols and where they go, filterable by text and
    /// rule (also from the address: <c>report.html#q=Ssn</c>). No external asset is loaded.
    /// </summary>
    internal static class InventoryHtml
    {
        public static string Render(InventoryModel model)
        {
            var data = InventoryJson.Render(model).Replace("</", "<\\/", System.StringComparison.Ordinal);
            var rules = model.Scan.Rules.Select(r => "<option value=\"" + r.Id + "\">" + r.Id + " " + WebUtility.HtmlEncode(r.Title) + "</option>");
            var page = new StringBuilder();
            page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>PhiGuard PHI inventory</title>\n<style>\n")
                .Append(Css)
                .Append("</style>\n</head>\n<body>\n<h1>PHI inventory</h1>\n<p class=\"target\">")
                .Append(WebUtility.HtmlEncode(model.Scan.Target)).Append("</p>\n<section class=\"cards\">")
                .Append(Card("protected-types", model.Symbols.Count(s => s.Kind == "type"), "protected types"))
                .Append(Card("protected-members", model.Symbols.Count(s => s.Kind == "member"), "protected members"))
                .Append(Card("flows", model.Flows.Count(), "places PHI reaches a sink"))
                .Append(Card("approved-flows", model.ApprovedFlows.Count(), "flows into approved sinks"))
                .Append(Card("projects", model.Scan.Units.Count, "projects"))
                .Append(Card("files", model.Scan.Files, "files analysed"))
                .Append("</section>\n<h2>Findings by rule and project</h2>\n")
                .Append(FindingsChart.Render(model))
                .Append("\n<h2>Data map</h2>\n<div class=\"filters\"><input id=\"filter\" type=\"search\" placeholder=\"Filter by symbol, file, sink or project\" aria-label=\"Filter\">")
                .Append("<select id=\"rule\" aria-label=\"Rule\"><option value=\"\">All rules</option>").Append(string.Concat(rules)).Append("</select>")
                .Append("<span id=\"shown\"></span></div>\n")
                .Append("<table id=\"map\"><thead><tr><th>Symbol</th><th>Kind</th><th>Protected by</th><th>Declared at</th><th>Reaches</th><th>Where</th><th>Sink</th><th>Project</th></tr></thead><tbody></tbody></table>\n")
                .Append(ApprovedSinksTable(model))
                .Append("<script type=\"application/json\" id=\"inventory-data\">").Append(data).Append("</script>\n<script>\n")
                .Append(Script)
                .Append("</script>\n</body>\n</html>\n");
            return page.ToString();
        }

        /// <summary>The destinations the policy approves, with who approved them, why, until when, and how many flows go there.</summary>
        private static string ApprovedSinksTable(InventoryModel model)
        {
            if (model.ApprovedSinks.Count == 0)
            {
                return string.Empty;
            }

            var json = InventoryJson.Build(model)["approvedSinks"]!.AsArray();
            var table = new StringBuilder("<h2>Approved sinks</h2>\n<table id=\"approved\"><thead><tr><th>Sink</th><th>Rules</th><th>Justification</th><th>Approved by</th><th>Ticket</th><th>Expires</th><th>Flows</th><th>Entry</th></tr></thead><tbody>\n");
            foreach (var row in json)
            {
                var rules = string.Join(", ", row!["rules"]!.AsArray().Select(rule => (string)rule!));
                table.Append("<tr>");
                foreach (var value in new[] { (string?)row["sink"], rules.Length == 0 ? "every leak rule" : rules, (string?)row["justification"], (string?)row["approvedBy"], (string?)row["ticket"], (string?)row["expires"], row["flows"]!.ToString(), (string?)row["entryAt"] })
                {
                    table.Append("<td>").Append(WebUtility.HtmlEncode(value ?? "\u2014")).Append("</td>");
                }

                table.Append("</tr>\n");
            }

            return table.Append("</tbody></table>\n").ToString();
        }

        private static string Card(string id, long value, string label) =>
            "<div class=\"card\" id=\"" + id + "\"><span class=\"value\">" + value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "</span><span class=\"label\">" + label + "</span></div>";

        private const string Css = """
            body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #1c2833; }
            h1 { margin-bottom: 0; } .target { color: #566573; margin-top: .2rem; }
            .cards { display: flex; gap: 1rem; flex-wrap: wrap; }
            .card { border: 1px solid #d5d8dc; border-radius: 6px; padding: .8rem 1.2rem; min-width: 9rem; }
            .card .value { display: block; font-size: 1.8rem; font-weight: 600; } .card .label { color: #566573; }
            svg text { font: 12px system-ui, sans-serif; fill: #1c2833; }
            .filters { display: flex; gap: .6rem; align-items: center; margin-bottom: .6rem; }
            #filter { width: 24rem; padding: .3rem; } #shown { color: #566573; }
            table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #eaecee; vertical-align: top; }
            th { background: #f4f6f7; } tr.row[hidden] { display: none; } td.reach { font-weight: 600; }
            """;

        private const string Script = """
            (function () {
              var data = JSON.parse(document.getElementById('inventory-data').textContent);
              var body = document.querySelector('#map tbody');
              var rows = [];
              function cell(text, cls) { var td = document.createElement('td'); td.textContent = text || '\u2014'; if (cls) td.className = cls; return td; }
              function add(symbol, kind, entry, declared, flow) {
                var tr = document.createElement('tr');
                tr.className = 'row';
                tr.dataset.rule = flow ? flow.rule : '';
                [cell(symbol), cell(kind), cell(entry), cell(declared), cell(flow ? flow.rule + ' ' + flow.reaches : '', 'reach'), cell(flow && flow.at), cell(flow && flow.sink), cell(flow ? flow.project : null)].forEach(function (td) { tr.appendChild(td); });
                body.appendChild(tr);
                rows.push(tr);
              }
              var bySubject = {};
              data.flows.forEach(function (flow) { (bySubject[flow.subject] = bySubject[flow.subject] || []).push(flow); });
              var placed = {};
              data.symbols.forEach(function (symbol) {
                var flows = symbol.kind === 'member' ? (bySubject[symbol.display] || []) : [];
                if (flows.length === 0) { add(symbol.name, symbol.kind, symbol.protectedBy, symbol.declaredAt + ' (' + symbol.project + ')', null); }
                flows.forEach(function (flow) { placed[data.flows.indexOf(flow)] = true; add(symbol.name, symbol.kind, symbol.protectedBy, symbol.declaredAt, flow); });
              });
              data.flows.forEach(function (flow, index) { if (!placed[index]) { add(flow.subject, 'value', flow.protectedBy, '', flow); } });
              var filter = document.getElementById('filter');
              var rule = document.getElementById('rule');
              function apply() {
                var text = filter.value.toLowerCase();
                var shown = 0;
                rows.forEach(function (tr) {
                  var visible = (!text || tr.textContent.toLowerCase().indexOf(text) >= 0) && (!rule.value || tr.dataset.rule === rule.value);
                  tr.hidden = !visible;
                  if (visible) shown++;
                });
                document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' rows';
              }
              var hash = new URLSearchParams(location.hash.slice(1));
              if (hash.get('q')) filter.value = hash.get('q');
              if (hash.get('rule')) rule.value = hash.get('rule');
              filter.addEventListener('input', apply);
              rule.addEventListener('change', apply);
              apply();
            })();
            """;
    }
}
