using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Contacts;

/// <summary>
/// The liaison officer's contact logs: list, log, details, edit. Officers edit their own logs; admins see all.
/// One file per use case in this folder (ListContacts.cs, LogContact.cs, ContactDetails.cs, EditContact.cs),
/// the form and its validator in ContactForm.cs; this file holds what several of them share.
/// </summary>
[Authorize(Policy = Policies.Officer)]
[Route("liaison")]
public sealed partial class ContactLogsController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly TimeProvider clock;
    private readonly UserManager<ApplicationUser> users;
    private readonly AuditLog audit;
    private readonly ILogger<ContactLogsController> logger;

    public ContactLogsController(AppDbContext db, TimeProvider clock, UserManager<ApplicationUser> users, AuditLog audit, ILogger<ContactLogsController> logger)
    {
        this.db = db;
        this.clock = clock;
        this.users = users;
        this.audit = audit;
        this.logger = logger;
    }

    private string Me => users.GetUserId(User)!;

    private bool IsAdmin => User.IsInRole(Roles.Admin);

    private bool MayOpen(ContactLog log) => log.MayBeOpenedBy(Me, IsAdmin);

    public static string ClergyLabel(string name, string? congregation) => congregation is null ? name : $"{name} ({congregation})";

    private sealed record Links(int? CongregationId, int? CongregationAreaId, int? ClergyId, int? PartnerId, int? PartnerAreaId, string? OwnerId);

    /// <summary>Validates the form and resolves the typed names; null (with errors in ModelState) when something is wrong.</summary>
    private async Task<Links?> ValidateAsync(ContactForm form, IValidator<ContactForm> validator, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return null;
        }

        int? congregationId = null, congregationArea = null, clergyId = null, partnerId = null, partnerArea = null;
        if (FormRules.Clean(form.Congregation) is { } congregationName)
        {
            var all = await db.Congregations.AsNoTracking().Select(c => new { c.Id, c.Name, c.AreaId }).ToListAsync(cancellationToken);
            var match = ContactLogRules.MatchName(all, c => c.Name, congregationName);
            if (match.Count != 1)
            {
                ModelState.AddModelError(nameof(ContactForm.Congregation), match.Count == 0
                    ? $"No congregation called “{congregationName}” is in the directory. Choose one from the suggestions, or add it to the directory first."
                    : match.Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1
                        ? $"More than one congregation is called “{match[0].Name}”. Log it from the congregation's page instead."
                        : $"“{congregationName}” matches more than one congregation: {ContactLogRules.ListNames(match.Select(m => m.Name))}. Type more of the name.");
            }
            else
            {
                congregationId = match[0].Id;
                congregationArea = match[0].AreaId;
            }
        }

        if (FormRules.Clean(form.Clergy) is { } clergyName)
        {
            var clergy = await db.Clergy.AsNoTracking().Select(c => new { c.Id, c.Name, Congregation = c.Congregation!.Name, c.CongregationId }).ToListAsync(cancellationToken);
            var match = clergy.Where(c => string.Equals(ClergyLabel(c.Name, c.Congregation), clergyName, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0)
            {
                match = clergy.Where(c => string.Equals(c.Name, clergyName, StringComparison.OrdinalIgnoreCase) && (congregationId is null || c.CongregationId == congregationId)).ToList();
            }

            if (match.Count == 0)
            {
                // Part of the name (or of "Name (Congregation)"), within the congregation when one is given.
                match = ContactLogRules.MatchName(clergy.Where(c => congregationId is null || c.CongregationId == congregationId), c => ClergyLabel(c.Name, c.Congregation), clergyName).ToList();
            }

            if (match.Count != 1)
            {
                var labels = match.Select(c => ClergyLabel(c.Name, c.Congregation)).ToList();
                ModelState.AddModelError(nameof(ContactForm.Clergy), match.Count == 0
                    ? $"No clergy contact called “{clergyName}” is in the directory. Choose one from the suggestions."
                    : match.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1
                        ? $"More than one clergy contact is called “{match[0].Name}”: {ContactLogRules.ListNames(labels)}. Choose the one with the congregation's name."
                        : $"“{clergyName}” matches more than one clergy contact: {ContactLogRules.ListNames(labels)}. Type more of the name.");
            }
            else
            {
                clergyId = match[0].Id;
                if (congregationId is null)
                {
                    congregationId = match[0].CongregationId;
                    congregationArea = await db.Congregations.Where(c => c.Id == congregationId).Select(c => c.AreaId).FirstOrDefaultAsync(cancellationToken);
                }
            }
        }

        if (FormRules.Clean(form.Partner) is { } partnerName)
        {
            var lower = partnerName.ToLowerInvariant();
            var match = await db.PartnerOrganizations.AsNoTracking().Where(p => p.Name.ToLower() == lower)
                .Select(p => new { p.Id, Area = p.AreasServed.OrderBy(a => a.AreaId).Select(a => (int?)a.AreaId).FirstOrDefault() }).Take(2).ToListAsync(cancellationToken);
            if (match.Count != 1)
            {
                ModelState.AddModelError(nameof(ContactForm.Partner), match.Count == 0
                    ? $"No partner called “{partnerName}” is in the directory. Choose one from the suggestions, or add it to the directory first."
                    : $"More than one partner is called “{partnerName}”. Log it from the partner's page instead.");
            }
            else
            {
                partnerId = match[0].Id;
                partnerArea = match[0].Area;
            }
        }

        if (form.AreaId is { } areaId && !await db.Areas.AnyAsync(a => a.Id == areaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(ContactForm.AreaId), "Choose an area from the list.");
        }

        if (form.ProblemId is { } problemId && !await db.Problems.AnyAsync(p => p.Id == problemId, cancellationToken))
        {
            ModelState.AddModelError(nameof(ContactForm.ProblemId), "Choose a problem from the list.");
        }

        string? owner = null;
        if (FormRules.Clean(form.FollowUp) is not null)
        {
            owner = string.IsNullOrEmpty(form.FollowUpOwnerId) ? Me : form.FollowUpOwnerId;
            if (owner != Me && !await Officers.Query(db).AnyAsync(u => u.Id == owner, cancellationToken))
            {
                ModelState.AddModelError(nameof(ContactForm.FollowUpOwnerId), "Choose the follow-up's owner from the list of officers.");
            }
        }

        return ModelState.IsValid ? new Links(congregationId, congregationArea, clergyId, partnerId, partnerArea, owner) : null;
    }

    private async Task ApplyAsync(ContactForm form, Links links, ContactLog log, CancellationToken cancellationToken)
    {
        var when = form.WhenUtc()!.Value;
        log.WhenUtc = when;
        log.Kind = form.Kind!.Value;
        log.Category = form.Category;
        log.CongregationId = links.CongregationId;
        log.ClergyId = links.ClergyId;
        log.PartnerOrganizationId = links.PartnerId;
        log.Purpose = form.Purpose!.Trim();
        log.Notes = FormRules.Clean(form.Notes);
        // Not given stays null: the dashboard counts it apart from a real 0.
        log.PositiveContacts = form.PositiveContacts;
        log.ProblemId = form.ProblemId;
        log.SetFollowUp(FormRules.Clean(form.FollowUp), links.OwnerId, CentralTimeInput.TryParseDate(form.FollowUpDue, out var due) ? due : null);
        var day = ContactLogRules.VisitDay(when);
        var officersArea = (form.AreaId ?? links.CongregationAreaId ?? links.PartnerAreaId) is not null ? null : await db.LiaisonAssignments
            .Where(a => a.OfficerId == log.OfficerId).Where(LiaisonAssignment.CurrentOn(day))
            .OrderBy(a => a.StartDate).Select(a => (int?)a.AreaId).FirstOrDefaultAsync(cancellationToken);
        log.AreaId = ContactLogRules.AreaOf(form.AreaId, links.CongregationAreaId, links.PartnerAreaId, officersArea);
    }

    private async Task<IActionResult> EditViewAsync(ContactForm form, int? id, CancellationToken cancellationToken)
    {
        var congregations = await db.Congregations.AsNoTracking().OrderBy(c => c.Name).Select(c => c.Name).Take(2000).ToListAsync(cancellationToken);
        var clergy = await db.Clergy.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Name, Congregation = c.Congregation!.Name }).Take(2000).ToListAsync(cancellationToken);
        var partners = await db.PartnerOrganizations.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name).Select(p => p.Name).Take(2000).ToListAsync(cancellationToken);
        var officers = await Officers.ItemsAsync(db, cancellationToken);
        if (!officers.Any(o => o.Value == Me))
        {
            officers.Insert(0, new SelectListItem("Me", Me));
        }

        var problems = await db.Problems.AsNoTracking().Where(p => p.Stage != Domain.Problems.ProblemStage.Closed || p.Id == form.ProblemId).OrderBy(p => p.Title)
            .Select(p => new SelectListItem(p.Title, p.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        return View("Edit", new ContactEditViewModel(id, form, congregations, clergy.Select(c => ClergyLabel(c.Name, c.Congregation)).ToList(), partners,
            await Officers.AreaItemsAsync(db, cancellationToken), officers, problems));
    }
}
