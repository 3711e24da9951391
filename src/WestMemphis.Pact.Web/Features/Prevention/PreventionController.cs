using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Review;
using WestMemphis.Pact.Domain.Prevention;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Prevention;

/// <summary>
/// From a crime flag to prevention (docs/decisions/0027): the flag's page and what was done for it, prevention messages
/// drafted from the department's library and approved and sent by a coordinator to the area's followers, and a Park and
/// Walk or Coffee with a Cop made from the flag. Officers and coordinators; only a coordinator approves. One file per use
/// case (FlagPage.cs, DraftMessage.cs, EditMessage.cs, ListMessages.cs, CreateFlagEvent.cs); this file holds what they share.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed partial class PreventionController : Controller
{
    public const string MessageKind = "PreventionMessage";

    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly TimeProvider clock;
    private readonly UserManager<ApplicationUser> users;
    private readonly FlagRecords records;
    private readonly ILogger<PreventionController> logger;

    public PreventionController(AppDbContext db, TimeProvider clock, UserManager<ApplicationUser> users, FlagRecords records, ILogger<PreventionController> logger)
    {
        this.db = db;
        this.clock = clock;
        this.users = users;
        this.records = records;
        this.logger = logger;
    }

    private string Me => users.GetUserId(User)!;

    private bool IsCoordinator => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Admin);

    private Task<FlagHeading?> HeadingAsync(int alertId, CancellationToken cancellationToken) =>
        db.CrimeFlagAlerts.AsNoTracking().Where(a => a.Id == alertId)
            .Select(a => new FlagHeading(a.Id, a.AreaId, a.Area!.Name, a.Area.Code, a.Category, a.Episode, a.ReviewEnd, a.Current, a.Previous, a.SentUtc, a.ClearedUtc))
            .FirstOrDefaultAsync(cancellationToken);
}

/// <summary>A flag as its pages head it.</summary>
public sealed record FlagHeading(int Id, int AreaId, string AreaName, string AreaCode, ReviewCategory Category, int Episode, DateOnly ReviewEnd,
    int Current, int Previous, DateTime SentUtc, DateTime? ClearedUtc)
{
    public string CategoryLabel => ReviewCategories.Label(Category);

    public string Title => $"{CategoryLabel} up in {AreaName}";

    public bool Open => ClearedUtc is null;

    public string AreaPath => $"/areas/{AreaCode.ToLowerInvariant()}";
}

/// <summary>
/// What was done for flags (<see cref="FlagRecordRules"/>): their prevention messages, the events made from them with
/// their checked-in sign-ups, and the contacts officers logged in the area since each flag was raised.
/// </summary>
public sealed class FlagRecords(AppDbContext db)
{
    public async Task<IReadOnlyDictionary<int, FlagRecordSummary>> ForAsync(IReadOnlyCollection<int> alertIds, CancellationToken cancellationToken)
    {
        // The contacts logged in each flag's area since it was raised: a correlated count in the same query, not one query a flag.
        var alerts = await db.CrimeFlagAlerts.AsNoTracking().Where(a => alertIds.Contains(a.Id))
            .Select(a => new { a.Id, Contacts = db.ContactLogs.Count(c => c.AreaId == a.AreaId && c.WhenUtc >= a.SentUtc) }).ToListAsync(cancellationToken);
        var messages = (await db.PreventionMessages.AsNoTracking().Where(m => alertIds.Contains(m.CrimeFlagAlertId))
            .Select(m => new { m.CrimeFlagAlertId, Fact = new FlagMessageFact(m.Id, m.Subject, m.Status, m.RecipientCount, m.SentUtc) }).ToListAsync(cancellationToken))
            .ToLookup(m => m.CrimeFlagAlertId, m => m.Fact);
        var events = (await db.CrimeFlagEvents.AsNoTracking().Where(l => alertIds.Contains(l.CrimeFlagAlertId))
            .Select(l => new
            {
                l.CrimeFlagAlertId,
                Fact = new FlagEventFact(l.EventId, l.Event!.Title, l.Event.Type, l.Event.Status, l.Event.StartUtc,
                    db.Signups.Count(s => s.Shift!.EventId == l.EventId && s.Status == SignupStatus.Attended)),
            }).ToListAsync(cancellationToken))
            .ToLookup(e => e.CrimeFlagAlertId, e => e.Fact);
        var result = new Dictionary<int, FlagRecordSummary>();
        foreach (var a in alerts)
        {
            result[a.Id] = FlagRecordRules.Summarize(messages[a.Id].OrderBy(m => m.Id).ToList(), events[a.Id].OrderBy(e => e.StartUtc).ToList(), a.Contacts);
        }

        return result;
    }
}
