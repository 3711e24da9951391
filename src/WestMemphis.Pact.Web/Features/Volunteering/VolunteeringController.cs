using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// A resident's volunteer profile, sign-ups and cancellations. One file per use case in this folder
/// (EditVolunteerProfile.cs, ConfirmSignup.cs, CancelMySignup.cs); this file holds what several of them share.
/// </summary>
[Authorize(Policy = Policies.Resident)]
public sealed partial class VolunteeringController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly ShiftSignups signups;
    private readonly TimeProvider clock;
    private readonly IOptions<EventsOptions> options;

    public VolunteeringController(AppDbContext db, ShiftSignups signups, TimeProvider clock, IOptions<EventsOptions> options)
    {
        this.db = db;
        this.signups = signups;
        this.clock = clock;
        this.options = options;
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private string? SafeLocal(string? url) => !string.IsNullOrEmpty(url) && url.Length <= 500 && Url.IsLocalUrl(url) ? url : null;
}
