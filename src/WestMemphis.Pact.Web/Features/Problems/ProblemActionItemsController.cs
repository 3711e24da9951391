using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>The steps of a problem's response plan: AddActionItem.cs and UpdateActionItem.cs.</summary>
public sealed partial class ProblemActionItemsController(AppDbContext db, ProblemDetailsQuery details, TimeProvider clock, ILogger<ProblemsController> logger)
    : ProblemsControllerBase(db, details, logger);
