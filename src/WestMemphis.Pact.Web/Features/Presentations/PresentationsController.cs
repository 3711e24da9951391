using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// The public side: request a visit, register a National Night Out party, and follow a request on /status. One file
/// per use case in this folder (RequestVisit.cs, RegisterBlockParty.cs, StatusLookup.cs), each with its form,
/// validator and page; this file holds what several of them share: a new request, its idempotent save and the sent page.
/// </summary>
[AllowAnonymous]
public sealed partial class PresentationsController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly PresentationEmails emails;
    private readonly TimeProvider clock;
    private readonly IOptions<PresentationsOptions> options;
    private readonly ILogger<PresentationsController> logger;

    public PresentationsController(AppDbContext db, PresentationEmails emails, TimeProvider clock, IOptions<PresentationsOptions> options,
        ILogger<PresentationsController> logger)
    {
        this.db = db;
        this.emails = emails;
        this.clock = clock;
        this.options = options;
        this.logger = logger;
    }

    [HttpGet("presentations/request/sent")]
    public IActionResult Sent() => View(new SentViewModel(TempData[SentLinkKey] as string));

    /// <summary>The private status link made with the request, carried to the sent page once (in the protected temp-data cookie).</summary>
    private const string SentLinkKey = "PresentationStatusLink";

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
        var privateLink = emails.Received(request);
        if (!await db.TrySaveChangesAsync(cancellationToken, orInsertedMeanwhile: true))
        {
            // The unique index on the idempotency key: the double-click twin committed first.
            var twin = await db.PresentationRequests.AsNoTracking().Where(r => r.IdempotencyKey == request.IdempotencyKey).Select(r => r.ReferenceCode).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException($"Presentation request {request.ReferenceCode} was refused by the database, and no request with its idempotency key exists.");
            logger.LogInformation("Duplicate presentation request submission answered with the first one");
            return Done(twin);
        }

        logger.LogInformation("Presentation request {RequestId} ({Kind}) submitted", request.Id, request.Kind);
        TempData[SentLinkKey] = privateLink;
        return Done(request.ReferenceCode);
    }

    private LocalRedirectResult Done(string code)
    {
        this.SetStatus($"Thank you: your request is in. Your reference code is {code}. We have emailed it to you.");
        return LocalRedirect("/presentations/request/sent");
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");
}

/// <summary>The sent page; <see cref="StatusLink"/> is the new request's private status link (absent when the page is reloaded or the request was a repeat).</summary>
public sealed record SentViewModel(string? StatusLink);
