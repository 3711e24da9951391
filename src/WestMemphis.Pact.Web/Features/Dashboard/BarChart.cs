using System.Globalization;

namespace WestMemphis.Pact.Web.Features.Dashboard;

/// <summary>
/// The geometry of a month-by-month bar chart drawn as SVG on the server (no script, nothing inline that the
/// Content-Security-Policy would block: only SVG attributes). The same figures are in the "Month by month" table.
/// </summary>
public sealed class BarChart
{
    public const double Width = 640;
    public const double Height = 220;
    private const double Left = 8;
    private const double Top = 22;
    private const double Bottom = 30;

    public BarChart(MonthlyChart chart)
    {
        Chart = chart;
        var max = chart.Values.Count == 0 ? 0 : chart.Values.Max(v => v.Value);
        var slot = (Width - 2 * Left) / Math.Max(1, chart.Values.Count);
        var plot = Height - Top - Bottom;
        Bars = chart.Values.Select((v, i) =>
        {
            var h = max <= 0 ? 0 : v.Value / max * plot;
            var x = Left + i * slot + slot * 0.15;
            return new Bar(x, Top + plot - h, slot * 0.7, h, x + slot * 0.35, v.Month.ToString(chart.Values.Count > 12 ? "MMM yy" : "MMM", CultureInfo.GetCultureInfo("en-US")),
                DashboardTable.Html(v.Value));
        }).ToList();
        Baseline = Top + plot;
        var us = CultureInfo.GetCultureInfo("en-US");
        var nonZero = chart.Values.Where(v => v.Value > 0).ToList();
        Summary = chart.Values.Count == 0 ? "No months." : nonZero.Count == 0
            ? $"{chart.Title}: none in any month shown."
            : $"{chart.Title}, {chart.Values[0].Month.ToString("MMMM yyyy", us)} to {chart.Values[^1].Month.ToString("MMMM yyyy", us)}: highest {DashboardTable.Html(max)} in {chart.Values.First(v => v.Value == max).Month.ToString("MMMM yyyy", us)}, total {DashboardTable.Html(chart.Values.Sum(v => v.Value))}. The figures are in the table Month by month.";
    }

    public MonthlyChart Chart { get; }
    public IReadOnlyList<Bar> Bars { get; }
    public double Baseline { get; }
    public string Summary { get; }

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public sealed record Bar(double X, double Y, double Width, double Height, double LabelX, string Month, string Value);
}
