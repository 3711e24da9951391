using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>
/// /manage/congregations: houses of worship, their clergy (staff-only) and security assessments. One file per use
/// case in this folder (ListCongregations.cs, CongregationDetails.cs, EditCongregation.cs, AddClergy.cs,
/// AssessCongregation.cs), each with its form and validator; this file holds what several of them share.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("manage/congregations")]
public sealed partial class CongregationsController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly IAreaLocator locator;
    private readonly TimeProvider clock;
    private readonly UserManager<ApplicationUser> users;

    public CongregationsController(AppDbContext db, IAreaLocator locator, TimeProvider clock, UserManager<ApplicationUser> users)
    {
        this.db = db;
        this.locator = locator;
        this.clock = clock;
        this.users = users;
    }

    private async Task<bool> AreaExistsAsync(int? areaId, CancellationToken cancellationToken)
    {
        if (areaId is { } id && !await db.Areas.AnyAsync(a => a.Id == id, cancellationToken))
        {
            ModelState.AddModelError(nameof(CongregationForm.AreaId), "Choose an area from the list.");
            return false;
        }

        return true;
    }

    /// <summary>Applies the form; the area comes from the address unless staff chose one. Returns a note on how it was placed.</summary>
    private async Task<string> ApplyAsync(CongregationForm form, Congregation c, CancellationToken cancellationToken)
    {
        c.Name = form.Name!.Trim();
        c.Denomination = FormRules.Clean(form.Denomination);
        c.Address = form.Address!.Trim();
        c.Phone = FormRules.Clean(form.Phone);
        c.Website = FormRules.Clean(form.Website);
        c.Notes = FormRules.Clean(form.Notes);
        if (form.AreaId is not null)
        {
            c.AreaId = form.AreaId;
            return "";
        }

        var location = await locator.LocateAsync(c.Address, cancellationToken);
        c.AreaId = location.AreaId;
        return location.AreaId is null ? "Its address is not in any area's streets; choose its area on the edit page if you know it." : "Its area was filled from the address.";
    }

    private async Task<IActionResult> EditViewAsync(CongregationForm form, int? id, CancellationToken cancellationToken) =>
        View("Edit", new CongregationEditViewModel(id, form, await Officers.AreaItemsAsync(db, cancellationToken)));
}
