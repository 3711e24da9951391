using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>
/// Problem-solving projects (SARA). Officers and admins work them; the coordinator may read them (concerns she
/// triages are linked to them). This controller lists, opens, edits and moves problems, one file per use case
/// (ListProblems.cs, EditProblem.cs, MoveProblemStage.cs); action items, links and the assessment have
/// controllers of their own. Every change carries the version of what it changes, so a stale form is refused.
/// </summary>
public sealed partial class ProblemsController(AppDbContext db, ProblemDetailsQuery details, UserManager<ApplicationUser> users, TimeProvider clock,
    ILogger<ProblemsController> logger) : ProblemsControllerBase(db, details, logger)
{
    /// <summary>What every problem form says when the problem changed since the page was shown.</summary>
    public static readonly string ChangedBySomeoneElse = SaveChangesExtensions.ChangedBySomeoneElse("problem");

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) => await DetailsViewAsync(id, cancellationToken);
}
