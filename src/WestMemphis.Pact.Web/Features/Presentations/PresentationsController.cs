using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>The public side: request a visit, register a National Night Out party, and follow a request on /status.</summary>
[AllowAnonymous]
public sealed class PresentationsController(AppDbContext db, PresentationEmails emails, TimeProvider clock, IOptions<PresentationsOptions> options,
    ILogger<PresentationsController> logger) : Controller
{
    private const string NotFoundAnswer = "We found no request with that reference code and email address. Check both against your confirmation email, or call 870-735-1210.";

    [HttpGet("presentations/request")]
    public async Task<IActionResult> RequestVisit(string? kind, CancellationToken cancellationToken) =>
        await RequestViewAsync(new RequestVisitForm { Kind = kind is "RustyVisit" ? kind : null, RustyRequested = kind is "RustyVisit", IdempotencyKey = NewKey() }, cancellationToken);

    [HttpPost("presentations/request"), FormBudget]
    public async Task<IActionResult> RequestVisit(RequestVisitForm form, [FromServices] IValidator<RequestVisitForm> validator, CancellationToken cancellationToken)
    {
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (valid && form.ParsedSchoolId() is { } schoolId && !await db.Schools.AnyAsync(s => s.Id == schoolId && s.Active, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.SchoolId), "Choose a school from the list, or leave it empty and give your organization's name.");
            valid = false;
        }

        if (!valid)
        {
            return await RequestViewAsync(form, cancellationToken);
        }

        var options = form.Options().Select(o => VisitTimes.Parse(o.Date, o.Start, o.End)).OfType<TimeSlot>().ToList();
        var topics = form.ParsedTopics();
        var request = NewRequest(form.IdempotencyKey, form.ParsedKind()!.Value, form.RequesterName!, form.RequesterEmail!, form.RequesterPhone, form.Location!, options);
        request.RequesterRole = FormRules.Clean(form.RequesterRole);
        request.SchoolId = form.ParsedSchoolId();
        request.OrganizationName = request.SchoolId is null ? FormRules.Clean(form.OrganizationName) : null;
        request.Topics = topics.Count == 0 ? null : string.Join(',', topics);
        request.TopicOther = topics.Contains(PresentationTopic.Other) ? FormRules.Clean(form.TopicOther) : null;
        request.GradeLevels = FormRules.Clean(form.GradeLevels);
        request.NumberOfClasses = RequestVisitForm.Number(form.NumberOfClasses, 1, 50);
        request.AudienceSize = RequestVisitForm.Number(form.AudienceSize, 1, RequestVisitFormValidator.MaxAudience)!.Value;
        request.Outdoor = form.Setting == "Outdoor";
        request.MinutesAllotted = RequestVisitForm.Number(form.MinutesAllotted, 10, 480)!.Value;
        request.Parking = FormRules.Clean(form.Parking);
        request.Greeter = FormRules.Clean(form.Greeter);
        request.OnSitePhone = FormRules.Clean(form.OnSitePhone);
        request.RustyRequested = form.WantsRusty;
        request.Notes = FormRules.Clean(form.Notes);
        return await SaveAsync(request, cancellationToken);
    }

    [HttpGet("presentations/national-night-out")]
    public IActionResult NationalNightOut()
    {
        var night = BlockPartyForm.NextNightOut(VisitTimes.Today(clock));
        return NightOutView(new BlockPartyForm { IdempotencyKey = NewKey(), PartyDate = night.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
    }

    [HttpPost("presentations/national-night-out"), FormBudget]
    public async Task<IActionResult> NationalNightOut(BlockPartyForm form, [FromServices] IValidator<BlockPartyForm> validator, CancellationToken cancellationToken)
    {
        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return NightOutView(form);
        }

        var slot = VisitTimes.Parse(form.PartyDate, form.PartyStart, form.PartyEnd)!.Value;
        var request = NewRequest(form.IdempotencyKey, PresentationKind.NationalNightOut, form.HostName!, form.HostEmail!, form.HostPhone, form.Address!, [slot]);
        request.OrganizationName = FormRules.Clean(form.Neighborhood) ?? "Block party";
        request.AudienceSize = RequestVisitForm.Number(form.ExpectedGuests, 1, RequestVisitFormValidator.MaxAudience)!.Value;
        request.Outdoor = true;
        request.MinutesAllotted = 20;
        request.RustyRequested = form.RustyRequested;
        request.Notes = FormRules.Clean(form.Notes);
        request.Topics = nameof(PresentationTopic.CrimePrevention);
        return await SaveAsync(request, cancellationToken);
    }

    [HttpGet("presentations/request/sent")]
    public IActionResult Sent() => View();

    [HttpGet("status")]
    public IActionResult Status() => View(new StatusLookupForm());

    /// <summary>
    /// A POST, so the code and email address never appear in an address, a history or a log. A wrong code, a
    /// wrong email or a code that does not exist all get the same answer; the public-forms rate limit stops guessing.
    /// </summary>
    [HttpPost("status"), FormBudget(FormBudgetKind.EveryPost)]
    public async Task<IActionResult> Status(StatusLookupForm form, [FromServices] IValidator<StatusLookupForm> validator, [FromServices] Concerns.ConcernStatusLookup concerns,
        CancellationToken cancellationToken)
    {
        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View(form);
        }

        if (Concerns.ConcernStatusLookup.IsConcernCode(form.Code))
        {
            var concern = await concerns.FindAsync(form.Code, form.Email, cancellationToken);
            if (concern is null)
            {
                ModelState.AddModelError("", Concerns.ConcernStatusLookup.NotFoundAnswer);
            }

            ViewData["ConcernResult"] = concern;
            return View(form);
        }

        var code = PresentationLabels.NormalizeCode(form.Code);
        var found = await db.PresentationRequests.AsNoTracking().Where(r => r.ReferenceCode == code)
            .Select(r => new
            {
                r.RequesterEmail,
                r.ReferenceCode,
                r.Kind,
                r.Status,
                r.CreatedUtc,
                r.DeclineReason,
                r.RustyRequested,
                Organization = r.School != null ? r.School.Name : r.OrganizationName ?? "",
                Appearance = r.Appearance != null && r.Appearance.Active ? new { r.Appearance.StartUtc, r.Appearance.EndUtc, r.Appearance.Location, Rusty = r.Appearance.Bookings.Any(b => b.Resource!.Kind == ResourceKind.Mascot) } : null,
                Messages = r.Messages.OrderBy(m => m.Id).Select(m => new StatusMessageViewModel(m.CreatedUtc, m.Body)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || !string.Equals(found.RequesterEmail.Trim(), form.Email!.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("", NotFoundAnswer);
            return View(form);
        }

        ViewData["Result"] = new StatusViewModel(found.ReferenceCode, PresentationLabels.Name(found.Kind), PresentationLabels.Name(found.Status),
            PresentationLabels.StatusExplanation(found.Status), found.Organization, found.CreatedUtc, found.Appearance?.StartUtc, found.Appearance?.EndUtc,
            found.Appearance?.Location, found.Appearance?.Rusty ?? false, found.Status == PresentationStatus.Declined ? found.DeclineReason : null, found.Messages);
        return View(form);
    }

    private PresentationRequest NewRequest(string? key, PresentationKind kind, string name, string email, string? phone, string location, IReadOnlyList<TimeSlot> options)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new PresentationRequest
        {
            ReferenceCode = PresentationLabels.NewReferenceCode(),
            IdempotencyKey = string.IsNullOrWhiteSpace(key) || key.Length > 64 || !FormRules.IsPlainText(key) ? NewKey() : key.Trim(),
            Kind = kind,
            Status = PresentationStatus.Submitted,
            RequesterName = name.Trim(),
            RequesterEmail = email.Trim(),
            RequesterPhone = FormRules.Clean(phone),
            UserId = User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            Location = location.Trim(),
            Option1StartUtc = options[0].StartUtc,
            Option1EndUtc = options[0].EndUtc,
            Option2StartUtc = options.Count > 1 ? options[1].StartUtc : null,
            Option2EndUtc = options.Count > 1 ? options[1].EndUtc : null,
            Option3StartUtc = options.Count > 2 ? options[2].StartUtc : null,
            Option3EndUtc = options.Count > 2 ? options[2].EndUtc : null,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
    }

    private async Task<IActionResult> SaveAsync(PresentationRequest request, CancellationToken cancellationToken)
    {
        if (await db.PresentationRequests.AsNoTracking().Where(r => r.IdempotencyKey == request.IdempotencyKey).Select(r => r.ReferenceCode).FirstOrDefaultAsync(cancellationToken) is { } earlier)
        {
            return Done(earlier);
        }

        db.PresentationRequests.Add(request);
        emails.Received(request);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // The unique index on the idempotency key: the double-click twin committed first.
            db.ChangeTracker.Clear();
            var twin = await db.PresentationRequests.AsNoTracking().Where(r => r.IdempotencyKey == request.IdempotencyKey).Select(r => r.ReferenceCode).FirstOrDefaultAsync(cancellationToken);
            if (twin is null)
            {
                throw;
            }

            logger.LogInformation(ex, "Duplicate presentation request submission answered with the first one");
            return Done(twin);
        }

        logger.LogInformation("Presentation request {RequestId} ({Kind}) submitted", request.Id, request.Kind);
        return Done(request.ReferenceCode);
    }

    private LocalRedirectResult Done(string code)
    {
        this.SetStatus($"Thank you: your request is in. Your reference code is {code}. We have emailed it to you.");
        return LocalRedirect("/presentations/request/sent");
    }

    private async Task<IActionResult> RequestViewAsync(RequestVisitForm form, CancellationToken cancellationToken)
    {
        ViewData["Schools"] = await db.Schools.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        ViewData["Earliest"] = VisitTimes.Say(AppearanceBookingRules.EarliestDate(VisitTimes.Today(clock), options.Value.LeadTimeDays));
        ViewData["EarliestRusty"] = VisitTimes.Say(AppearanceBookingRules.EarliestDate(VisitTimes.Today(clock), AppearanceBookingRules.LeadDays(true, options.Value.LeadTimeDays, options.Value.RustyLeadTimeDays)));
        return View("Request", form);
    }

    private ViewResult NightOutView(BlockPartyForm form)
    {
        ViewData["NightOut"] = VisitTimes.Say(BlockPartyForm.NextNightOut(VisitTimes.Today(clock)));
        return View("NationalNightOut", form);
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}
