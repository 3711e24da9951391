using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>A problem's concerns, partners and congregations: LinkToProblem.cs and UnlinkFromProblem.cs. Every link and unlink is audited.</summary>
public sealed partial class ProblemLinksController(AppDbContext db, ProblemDetailsQuery details, AuditLog audit, TimeProvider clock, ILogger<ProblemsController> logger)
    : ProblemsControllerBase(db, details, logger);
