using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Dashboard;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Dashboard;

/// <summary>The engagement dashboard, its CSV tables and the printable monthly report (Coordinator and Admin).</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("dashboard")]
public sealed class DashboardController(AppDbContext db, EngagementQueries engagement, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? from, string? to, string? area, CancellationToken cancellationToken)
    {
        var model = await BuildAsync(from, to, area, cancellationToken);
        ShowErrors(model);
        return View(model);
    }

    [HttpGet("{table}.csv")]
    public async Task<IActionResult> Csv(string table, string? from, string? to, string? area, CancellationToken cancellationToken)
    {
        var model = await BuildAsync(from, to, area, cancellationToken);
        if (model.Errors.Count > 0)
        {
            return BadRequest(string.Join(" ", model.Errors.Select(e => e.Value)));
        }

        var found = model.Tables.FirstOrDefault(t => t.Id == table);
        if (found is null)
        {
            return NotFound();
        }

        var name = $"pact-{found.Id}-{model.Period!.From:yyyy-MM-dd}-to-{model.Period.To:yyyy-MM-dd}{(model.AreaCode is null ? "" : "-" + model.AreaCode)}.csv";
        return CsvDownload.File(name, found.Header, found.Rows.Select(r => (IReadOnlyList<string?>)r.Select(DashboardTable.Csv).ToList()));
    }

    /// <summary>The printable report for one month, for the city council and grant reports.</summary>
    [HttpGet("report")]
    public async Task<IActionResult> Report(string? month, string? area, CancellationToken cancellationToken)
    {
        var today = Today();
        var first = ReportPeriod.LastFullMonth(today).From;
        string? error = null;
        if (!string.IsNullOrWhiteSpace(month))
        {
            if (month.Length <= 7 && DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) && m.Year is >= 2000 and <= 2100)
            {
                first = m;
            }
            else
            {
                error = "The month is not a real month; use the form 2026-10.";
            }
        }

        var period = ReportPeriod.Month(first);
        var model = await BuildAsync(period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), area, cancellationToken);
        if (error is not null)
        {
            model = model with { Errors = [new("month", error), .. model.Errors], Figures = null, Tables = [] };
        }

        ShowErrors(model);
        return View(model with { Month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture) });
    }

    /// <summary>Bad filter values: the page again with the messages next to the fields, answered 400.</summary>
    private void ShowErrors(DashboardViewModel model)
    {
        foreach (var (key, message) in model.Errors)
        {
            ModelState.AddModelError(key, message);
        }

        Response.StatusCode = model.Errors.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    private DateOnly Today() => DateOnly.FromDateTime(CentralTime.ToLocal(clock.GetUtcNow().UtcDateTime));

    private async Task<DashboardViewModel> BuildAsync(string? from, string? to, string? area, CancellationToken cancellationToken)
    {
        var (period, periodErrors) = ReportPeriod.Parse(from, to, ReportPeriod.LastFullMonth(Today()));
        var errors = periodErrors.ToList();
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Name, a.Code }).ToListAsync(cancellationToken);
        int? areaId = null;
        string? areaName = null;
        string? areaCode = null;
        if (!string.IsNullOrWhiteSpace(area))
        {
            var match = int.TryParse(area, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? areas.FirstOrDefault(a => a.Id == id) : null;
            if (match is null)
            {
                errors.Add(new("area", "Choose an area from the list."));
            }
            else
            {
                (areaId, areaName, areaCode) = (match.Id, match.Name, match.Code);
            }
        }

        var areaItems = areas.Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture), a.Id == areaId)).ToList();
        var shownFrom = period?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Clip(from);
        var shownTo = period?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Clip(to);
        if (errors.Count > 0 || period is null)
        {
            return new DashboardViewModel(shownFrom, shownTo, areaId, areaName, areaCode, areaItems, errors, null, null, [], Today());
        }

        var figures = await engagement.LoadAsync(period, areaId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return new DashboardViewModel(shownFrom, shownTo, areaId, areaName, areaCode, areaItems, errors, period, figures, DashboardTables.Build(figures), Today());
    }

    /// <summary>What was typed goes back into the box, shortened: a 5 MB value is not sent back.</summary>
    private static string Clip(string? value) => value is null ? "" : value.Length > 40 ? value[..40] : value;
}

public sealed record DashboardViewModel(string From, string To, int? AreaId, string? AreaName, string? AreaCode, IReadOnlyList<SelectListItem> Areas,
    IReadOnlyList<KeyValuePair<string, string>> Errors, ReportPeriod? Period, EngagementFigures? Figures, IReadOnlyList<DashboardTable> Tables, DateOnly Today)
{
    public string? Month { get; init; }

    public string Query => QueryLinks.Build(("from", From), ("to", To), ("area", AreaId?.ToString(CultureInfo.InvariantCulture)));

    public DashboardTable Table(string id) => Tables.First(t => t.Id == id);

    /// <summary>Quick choices of period, relative to today.</summary>
    public IReadOnlyList<(string Label, ReportPeriod Period)> Presets
    {
        get
        {
            var thisMonth = ReportPeriod.Month(Today);
            var yearStart = new DateOnly(Today.Year, 1, 1);
            return
            [
                ("Last month", ReportPeriod.LastFullMonth(Today)),
                ("This month so far", thisMonth with { To = Today }),
                ("Year to date", new ReportPeriod(yearStart, Today)),
                ("Last 12 months", new ReportPeriod(thisMonth.From.AddMonths(-12), thisMonth.From.AddDays(-1))),
            ];
        }
    }
}
