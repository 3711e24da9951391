using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>The steps of a problem's response plan: AddActionItem.cs and UpdateActionItem.cs.</summary>
[Authorize(Policy = Policies.Staff)]
[Route("problems")]
public sealed partial class ProblemActionItemsController(AppDbContext db, ProblemDetailsQuery details, TimeProvider clock, ILogger<ProblemsController> logger)
    : ProblemsControllerBase(db, details, logger);
