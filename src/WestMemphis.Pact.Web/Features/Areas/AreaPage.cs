using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Dashboard;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>
/// /areas/{area}: an area's page with "You said, we did" for the last twelve whole months. What residents raised is
/// counted by category only (<see cref="ConcernMonths"/>: no reporter, no description, no place, small counts withheld);
/// what was done is the problem-solving projects those concerns fed or that moved that month, by title, with the steps
/// completed (their description only), the partner organisations' names and the before-and-after result. Never a
/// project's notes, analysis, owner or officers, its congregations, or anything finer than the hundred block.
/// </summary>
public sealed partial class PublicAreasController
{
    [HttpGet("/areas/{area}")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> Area(string area, [FromServices] IOptions<PublicCrimeOptions> crimeOptions, CancellationToken cancellationToken)
    {
        var areas = await AreasAsync(cancellationToken);
        var wanted = Slug(area);
        var chosen = areas.FirstOrDefault(a => string.Equals(a.Code, area.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? areas.FirstOrDefault(a => wanted.Length > 0 && Slug(a.Name) == wanted);
        if (chosen is null)
        {
            return NotFound();
        }

        var minimum = crimeOptions.Value.MinimumCell;
        var window = await ConcernMonths.LoadAsync(db, CentralTimeZone.Today(clock), cancellationToken);
        var (months, start, end, concerns) = (window.Months, window.StartUtc, window.EndUtc, window.Concerns);
        var said = ConcernMonths.Build(chosen.Id, areas.Select(a => a.Id).ToList(), months, concerns, minimum);

        var fed = concerns.Where(c => c.AreaId == chosen.Id && c.ProblemId is not null && c.CreatedUtc >= start && c.CreatedUtc < end)
            .Select(c => (Problem: c.ProblemId!.Value, Month: EngagementMath.MonthOf(c.CreatedUtc, CentralTime.Zone))).Distinct().ToList();
        var fedIds = fed.Select(f => f.Problem).Distinct().ToList();
        var problems = await db.Problems.AsNoTracking()
            .Where(p => (p.AreaId == chosen.Id || fedIds.Contains(p.Id)) && p.OpenedUtc < end)
            .OrderBy(p => p.OpenedUtc).ThenBy(p => p.Id)
            .Select(p => new ProblemFact(p.Id, p.Title, p.Location, p.Stage, p.OpenedUtc, p.ClosedUtc, p.AssessedUtc, p.Effective,
                p.BeforeStart, p.BeforeEnd, p.AfterStart, p.AfterEnd, p.ConcernsBefore, p.ConcernsAfter, p.IncidentsBefore, p.IncidentsAfter))
            .ToListAsync(cancellationToken);
        var problemIds = problems.Select(p => p.Id).ToList();
        var actions = await db.ProblemActionItems.AsNoTracking()
            .Where(a => problemIds.Contains(a.ProblemId) && a.Status == ActionItemStatus.Done && a.CompletedUtc >= start && a.CompletedUtc < end)
            .OrderBy(a => a.CompletedUtc).ThenBy(a => a.Id)
            .Select(a => new { a.ProblemId, a.What, CompletedUtc = a.CompletedUtc!.Value }).ToListAsync(cancellationToken);
        var partners = await db.ProblemPartners.AsNoTracking().Where(p => problemIds.Contains(p.ProblemId))
            .Select(p => new { p.ProblemId, p.PartnerOrganization!.Name }).ToListAsync(cancellationToken);

        bool In(DateTime? utc, DateOnly month) => utc is { } at && EngagementMath.MonthOf(at, CentralTime.Zone) == month;
        var page = said.Select(s =>
        {
            var done = problems.Select(p =>
            {
                var steps = actions.Where(a => a.ProblemId == p.Id && In(a.CompletedUtc, s.Month)).Select(a => a.What).ToList();
                var fedThisMonth = fed.Contains((p.Id, s.Month));
                var moved = In(p.OpenedUtc, s.Month) || In(p.ClosedUtc, s.Month) || In(p.AssessedUtc, s.Month);
                if (!fedThisMonth && !moved && steps.Count == 0)
                {
                    return null;
                }

                var assessed = p.AssessedUtc is { } at && EngagementMath.MonthOf(at, CentralTime.Zone) <= s.Month && (p.ConcernsBefore is not null || p.IncidentsBefore is not null || p.Effective is not null);
                return new AreaProjectViewModel(p.Title, Block(p.Location), Progress(p, s.Month, In),
                    fedThisMonth, steps, partners.Where(x => x.ProblemId == p.Id).Select(x => x.Name).Distinct().Order(StringComparer.Ordinal).ToList(),
                    assessed ? Result(p, minimum) : null);
            }).OfType<AreaProjectViewModel>().ToList();
            return new AreaMonthViewModel(s, done);
        }).ToList();

        return View(new AreaPageViewModel(chosen, page, minimum));
    }

    /// <summary>"ward-2" from "Ward 2": lower-case letters and digits, runs of anything else as one hyphen.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var ch in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                slug.Append(ch);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    /// <summary>
    /// A project's place as the crime summary would show it: its hundred block, or nothing. Staff often write the block
    /// already ("the 900 block of S 16th St"), which is read as "900 S 16th St" first.
    /// </summary>
    public static string? Block(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return null;
        }

        var written = BlockOf().Match(location.Trim());
        var address = written.Success ? $"{written.Groups["n"].Value} {written.Groups["street"].Value}" : location;
        return PublicCrimeRules.PublicBlock(address, null, domestic: false, juvenile: false);
    }

    [GeneratedRegex(@"^(the\s+)?(?<n>\d{1,7})\s+block\s+(of\s+)?(?<street>.+)$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex BlockOf();

    private static string Progress(ProblemFact p, DateOnly month, Func<DateTime?, DateOnly, bool> inMonth) =>
        inMonth(p.ClosedUtc, month) ? "Closed this month."
        : inMonth(p.AssessedUtc, month) ? "Assessed this month."
        : inMonth(p.OpenedUtc, month) ? "Opened this month."
        : p.ClosedUtc is { } closed && closed < CentralTimeZone.StartOfDayUtc(month.AddMonths(1), CentralTime.Zone) ? "Closed."
        : "Being worked on.";

    private static AreaResultViewModel Result(ProblemFact p, int minimum)
    {
        string Count(int? n) => n switch
        {
            null => "not counted",
            > 0 when n < minimum => "withheld*",
            _ => n.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        };

        var before = Span(p.BeforeStart, p.BeforeEnd);
        var after = Span(p.AfterStart, p.AfterEnd);
        var verdict = p.Effective switch
        {
            true => "Effective: the problem went down after the response.",
            false => "Not effective: the numbers did not go down as hoped.",
            null => "Not yet judged.",
        };
        return new AreaResultViewModel(before, after,
            p.ConcernsBefore is null && p.ConcernsAfter is null ? null : (Count(p.ConcernsBefore), Count(p.ConcernsAfter)),
            p.IncidentsBefore is null && p.IncidentsAfter is null ? null : (Count(p.IncidentsBefore), Count(p.IncidentsAfter)),
            p.Effective, verdict);
    }

    private static string? Span(DateOnly? from, DateOnly? to) => from is { } f && to is { } t ? new ReportPeriod(f, t).Label : null;

    private sealed record ProblemFact(int Id, string Title, string? Location, ProblemStage Stage, DateTime OpenedUtc, DateTime? ClosedUtc, DateTime? AssessedUtc, bool? Effective,
        DateOnly? BeforeStart, DateOnly? BeforeEnd, DateOnly? AfterStart, DateOnly? AfterEnd, int? ConcernsBefore, int? ConcernsAfter, int? IncidentsBefore, int? IncidentsAfter);
}

public sealed record AreaPageViewModel(PublicAreaViewModel Area, IReadOnlyList<AreaMonthViewModel> Months, int MinimumCell);

public sealed record AreaMonthViewModel(ConcernMonth Said, IReadOnlyList<AreaProjectViewModel> Projects)
{
    public string Label => Said.Month.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"));

    public string Id => "m-" + Said.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public bool Quiet => !Said.Any && Projects.Count == 0 && Said.Resolved.Value == 0;
}

/// <param name="Block">The project's place rounded to its hundred block, or null.</param>
/// <param name="FedThisMonth">Concerns raised in the area that month were linked to it.</param>
public sealed record AreaProjectViewModel(string Title, string? Block, string Progress, bool FedThisMonth, IReadOnlyList<string> Done, IReadOnlyList<string> Partners, AreaResultViewModel? Result);

public sealed record AreaResultViewModel(string? Before, string? After, (string Before, string After)? Concerns, (string Before, string After)? Offenses, bool? Effective, string Verdict);
