using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Logging;

namespace WestMemphis.Pact.Web.Features.Concerns;

/// <summary>
/// The public side of concerns: report one (signed in or not, ReportConcern.cs with its form and validator), and the
/// reference code page. This file holds what they share.
/// </summary>
/// <remarks>No request to these pages logs the user id ([LogWithoutUser]): an anonymous report must not be tied to an account.</remarks>
[AllowAnonymous, LogWithoutUser]
public sealed partial class ConcernsController : Controller
{
    private const string SentKey = "ConcernSent";

    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly IAreaLocator locator;
    private readonly ConcernPhotoStore photos;
    private readonly ConcernEmails emails;
    private readonly TimeProvider clock;
    private readonly ILogger<ConcernsController> logger;

    public ConcernsController(AppDbContext db, IAreaLocator locator, ConcernPhotoStore photos, ConcernEmails emails, TimeProvider clock, ILogger<ConcernsController> logger)
    {
        this.db = db;
        this.locator = locator;
        this.photos = photos;
        this.emails = emails;
        this.clock = clock;
        this.logger = logger;
    }

    [HttpGet("concerns/sent")]
    public async Task<IActionResult> Sent(CancellationToken cancellationToken)
    {
        var code = TempData[SentKey] as string;
        var hasEmail = TempData[SentKey + "Email"] is true;
        string? area = null;
        if (code is not null)
        {
            area = await db.Concerns.AsNoTracking().Where(c => c.ReferenceCode == code).Select(c => c.Area != null ? c.Area.Name : null).FirstOrDefaultAsync(cancellationToken);
        }

        return View(new ConcernSentViewModel(code, hasEmail, area));
    }

    // The code travels in TempData, never in the address, so it stays out of logs and history.
    private RedirectResult Sent(string code, bool hasEmail)
    {
        TempData[SentKey] = code;
        TempData[SentKey + "Email"] = hasEmail;
        return Redirect("/concerns/sent");
    }
}
