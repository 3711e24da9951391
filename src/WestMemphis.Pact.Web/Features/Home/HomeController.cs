using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Features.Home;

[AllowAnonymous]
public sealed class HomeController(AppDbContext db, PublicDataCache publicData) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [CachedPerSession]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // The same for everyone: a signed-in visitor, who misses the output cache, reads it from memory too.
        var model = await publicData.GetOrCreateAsync("home", async ct => new HomeViewModel
        {
            Areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder)
                .Select(a => new AreaSummary(a.Id, a.Name, a.Code, a.IsFocusArea))
                .ToListAsync(ct),
        }, cancellationToken);
        return View(model);
    }

    [HttpGet("/about")]
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    public async Task<IActionResult> About(CancellationToken cancellationToken)
    {
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder)
            .Select(a => new AreaSummary(a.Id, a.Name, a.Code, a.IsFocusArea, a.Description))
            .ToListAsync(cancellationToken);
        return View(areas);
    }

    [HttpGet("/accessibility")]
    public IActionResult Accessibility() => View();

    [HttpGet("/privacy")]
    public IActionResult Privacy() => View();
}

public sealed class HomeViewModel
{
    public IReadOnlyList<AreaSummary> Areas { get; init; } = [];
}

public sealed record AreaSummary(int Id, string Name, string Code, bool IsFocusArea, string? Description = null);
