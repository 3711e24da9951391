using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Areas;

/// <summary>
/// /admin/assignments: who covers which area from when. Rows are ended, never rewritten or deleted. One file per
/// use case in this folder (ListAssignments.cs, AssignOfficer.cs, EndAssignment.cs), each with its form.
/// </summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/assignments")]
public sealed partial class AssignmentsController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly TimeProvider clock;
    private readonly UserManager<ApplicationUser> users;
    private readonly ILogger<AssignmentsController> logger;

    public AssignmentsController(AppDbContext db, TimeProvider clock, UserManager<ApplicationUser> users, ILogger<AssignmentsController> logger)
    {
        this.db = db;
        this.clock = clock;
        this.users = users;
        this.logger = logger;
    }
}
