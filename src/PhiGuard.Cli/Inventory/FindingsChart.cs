using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using PhiGuard.Cli.Findings;

namespace PhiGuard.Cli.Inventory
{
    /// <summary>
    /// An inline SVG bar chart of findings by project, each bar split by rule, drawn on the server so the page
    /// needs no script or external asset to show it.
    /// </summary>
    internal static class FindingsChart
    {
        private static readonly string[] Palette = { "#c0392b", "#2471a3", "#d68910", "#7d3c98", "#148f77", "#566573", "#a04000", "#1e8449" };
        private const int LabelWidth = 220;
        private const int BarArea = 440;
        private const int Row = 28;

        public static string Render(InventoryModel model)
        {
            var flows = model.Flows.ToList();
            var rules = flows.Select(f => f.RuleId).Distinct().OrderBy(r => r, System.StringComparer.Ordinal).ToList();
            var projects = flows.GroupBy(f => f.Project).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, System.StringComparer.Ordinal).ToList();
            var max = projects.Count == 0 ? 1 : projects.Max(p => p.Count());
            var height = (projects.Count * Row) + 40 + (rules.Count > 0 ? 24 : 0);
            var svg = new StringBuilder();
            svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Findings by rule and project\" width=\"")
                .Append(LabelWidth + BarArea + 60).Append("\" height=\"").Append(height).Append("\" id=\"chart\">");
            if (projects.Count == 0)
            {
                svg.Append("<text x=\"0\" y=\"20\" class=\"empty\">No protected data reaches a sink.</text></svg>");
                return svg.ToString();
            }

            for (var p = 0; p < projects.Count; p++)
            {
                var y = p * Row;
                svg.Append("<text x=\"").Append(LabelWidth - 8).Append("\" y=\"").Append(y + 17).Append("\" text-anchor=\"end\">").Append(Escape(projects[p].Key)).Append("</text>");
                double x = LabelWidth;
                foreach (var rule in rules)
                {
                    var count = projects[p].Count(f => f.RuleId == rule);
                    if (count == 0)
                    {
                        continue;
                    }

                    var width = BarArea * count / (double)max;
                    svg.Append("<rect class=\"bar\" data-rule=\"").Append(rule).Append("\" data-project=\"").Append(Escape(projects[p].Key)).Append("\" x=\"").Append(Number(x)).Append("\" y=\"").Append(y + 4)
                        .Append("\" width=\"").Append(Number(width)).Append("\" height=\"18\" fill=\"").Append(Color(rules, rule)).Append("\"><title>")
                        .Append(Escape(projects[p].Key)).Append(": ").Append(count).Append(' ').Append(rule).Append("</title></rect>");
                    x += width;
                }

                svg.Append("<text x=\"").Append(Number(x + 6)).Append("\" y=\"").Append(y + 17).Append("\">").Append(projects[p].Count()).Append("</text>");
            }

            var legendY = (projects.Count * Row) + 24;
            for (var r = 0; r < rules.Count; r++)
            {
                var x = LabelWidth + (r * 90);
                svg.Append("<rect x=\"").Append(x).Append("\" y=\"").Append(legendY - 11).Append("\" width=\"12\" height=\"12\" fill=\"").Append(Color(rules, rules[r])).Append("\"/>")
                    .Append("<text x=\"").Append(x + 16).Append("\" y=\"").Append(legendY).Append("\">").Append(rules[r]).Append("</text>");
            }

            return svg.Append("</svg>").ToString();
        }

        private static string Color(System.Collections.Generic.List<string> rules, string rule) => Palette[rules.IndexOf(rule) % Palette.Length];

        private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        private static string Escape(string text) => WebUtility.HtmlEncode(text);
    }
}
