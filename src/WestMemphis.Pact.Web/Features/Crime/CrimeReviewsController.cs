using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Crime;

/// <summary>
/// Review meetings: the figures shown (frozen), action items, carry-over of open items to the next meeting of the same
/// areas. One file per use case (ListReviewMeetings.cs, RecordReviewMeeting.cs, ReviewMeetingDetails.cs,
/// AddReviewActionItem.cs, RecordActionItemOutcome.cs); this file holds what they share.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[Route("crime/reviews")]
public sealed partial class CrimeReviewsController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly CrimeReviewQueries queries;
    private readonly TimeProvider clock;
    private readonly UserManager<ApplicationUser> users;
    private readonly ILogger<CrimeReviewsController> logger;
    private readonly Prevention.FlagRecords records;

    public CrimeReviewsController(AppDbContext db, CrimeReviewQueries queries, TimeProvider clock, UserManager<ApplicationUser> users, ILogger<CrimeReviewsController> logger,
        Prevention.FlagRecords records)
    {
        this.records = records;
        this.db = db;
        this.queries = queries;
        this.clock = clock;
        this.users = users;
        this.logger = logger;
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), CrimeReviewQueries.Zone).DateTime);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
