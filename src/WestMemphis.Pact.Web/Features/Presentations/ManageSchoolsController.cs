using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// /manage/schools: the directory the public request form offers. One file per use case (this file lists the
/// schools; EditSchool.cs adds and edits one, with its form and validator).
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("manage/schools")]
public sealed partial class ManageSchoolsController : Controller
{
    // A field, not a primary-constructor parameter: the use-case files are other parts of this class.
    private readonly AppDbContext db;

    public ManageSchoolsController(AppDbContext db) => this.db = db;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Schools.AsNoTracking().OrderBy(s => s.District).ThenBy(s => s.Name)
            .Select(s => new SchoolListItem(s.Id, s.Name, s.District, s.Grades, s.Area != null ? s.Area.Name : null, s.ContactName, s.Active)).ToListAsync(cancellationToken));
}

public sealed record SchoolListItem(int Id, string Name, string District, string? Grades, string? Area, string? ContactName, bool Active);
