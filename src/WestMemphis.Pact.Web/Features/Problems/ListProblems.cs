using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>The list of problems, filtered by stage, area and owner.</summary>
public sealed partial class ProblemsController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ProblemStage? stage, int? area, string? owner, CancellationToken cancellationToken)
    {
        var query = Db.Problems.AsNoTracking();
        if (stage is not null && Enum.IsDefined(stage.Value))
        {
            query = query.Where(p => p.Stage == stage);
        }

        if (area is not null)
        {
            query = query.Where(p => p.AreaId == area);
        }

        if (owner is { Length: > 0 and <= 450 })
        {
            query = query.Where(p => p.OwnerId == owner);
        }

        var rows = await query.OrderBy(p => p.Stage).ThenByDescending(p => p.OpenedUtc).Take(500)
            .Select(p => new ProblemRow(p.Id, p.Title, p.Stage, p.Area != null ? p.Area.Name : null, p.Owner != null ? p.Owner.FullName : "", p.OpenedUtc,
                p.Concerns.Count, p.ActionItems.Count(a => a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress), p.Effective))
            .ToListAsync(cancellationToken);
        return View(new ProblemListViewModel(rows, stage, area, owner, await Db.AreaSelectListAsync(cancellationToken), await Officers.ItemsAsync(Db, cancellationToken), CanEdit));
    }
}

public sealed record ProblemRow(int Id, string Title, ProblemStage Stage, string? Area, string Owner, DateTime OpenedUtc, int Concerns, int OpenActions, bool? Effective);

public sealed record ProblemListViewModel(IReadOnlyList<ProblemRow> Rows, ProblemStage? Stage, int? Area, string? Owner, IReadOnlyList<SelectListItem> Areas,
    IReadOnlyList<SelectListItem> Owners, bool CanEdit);
