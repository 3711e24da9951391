using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>The problem's page: its SARA sections, action items, links and assessment, with the forms that change them.</summary>
public sealed class ProblemDetailsQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>Every problem controller shows this one view, whatever the controller's name.</summary>
    public const string View = "~/Features/Problems/Problems/Details.cshtml";

    public async Task<ProblemDetailsViewModel?> LoadAsync(int id, bool canEdit, CancellationToken cancellationToken)
    {
        var p = await db.Problems.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ProblemView(p.Id, p.Title, p.Summary, p.AreaId, p.OwnerId, p.Location, p.Stage, p.Offender, p.OffenderHandler, p.VictimOrTarget, p.VictimGuardian,
                p.Place, p.PlaceManager, p.AnalysisNotes, p.ResponsePlan, p.ResponseCarriedOut, p.Effective, p.BeforeStart, p.BeforeEnd, p.AfterStart, p.AfterEnd,
                p.ConcernsBefore, p.ConcernsAfter, p.IncidentsBefore, p.IncidentsAfter, p.AssessmentNotes, p.AssessedUtc, p.OpenedUtc, p.ClosedUtc, p.Version))
            .FirstOrDefaultAsync(cancellationToken);
        if (p is null)
        {
            return null;
        }

        var area = p.AreaId is null ? null : await db.Areas.Where(a => a.Id == p.AreaId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        var owner = await db.Users.Where(u => u.Id == p.OwnerId).Select(u => u.FullName == "" ? u.Email : u.FullName).FirstOrDefaultAsync(cancellationToken) ?? "";
        var actions = await db.ProblemActionItems.AsNoTracking().Where(a => a.ProblemId == id).OrderBy(a => a.Id)
            .Select(a => new ActionItemRow(a.Id, a.What, a.Owner, a.Due, a.Status, a.Outcome, a.Version.ToString())).ToListAsync(cancellationToken);
        var concerns = await db.Concerns.AsNoTracking().Where(c => c.ProblemId == id).OrderBy(c => c.CreatedUtc)
            .Select(c => new LinkedConcern(c.Id, c.ReferenceCode, c.Category, c.Status, c.CreatedUtc)).ToListAsync(cancellationToken);
        var partners = await db.ProblemPartners.AsNoTracking().Where(x => x.ProblemId == id).OrderBy(x => x.PartnerOrganization!.Name)
            .Select(x => new LinkedRecord(x.PartnerOrganizationId, x.PartnerOrganization!.Name)).ToListAsync(cancellationToken);
        var congregations = await db.ProblemCongregations.AsNoTracking().Where(x => x.ProblemId == id).OrderBy(x => x.Congregation!.Name)
            .Select(x => new LinkedRecord(x.CongregationId, x.Congregation!.Name)).ToListAsync(cancellationToken);
        var offenses = await db.ProblemOffenseCodes.AsNoTracking().Where(x => x.ProblemId == id).OrderBy(x => x.NibrsCode)
            .Select(x => new OffenseChoice(x.NibrsCode, x.NibrsOffense!.Name, x.NibrsOffense.CrimesAgainst)).ToListAsync(cancellationToken);
        var partnerChoices = await db.PartnerOrganizations.AsNoTracking().Where(x => x.IsActive).OrderBy(x => x.Name).Take(500)
            .Select(x => new SelectListItem(x.Name, x.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        var congregationChoices = await db.Congregations.AsNoTracking().OrderBy(x => x.Name).Take(500)
            .Select(x => new SelectListItem(x.Name, x.Id.ToString(CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(CentralTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        return new ProblemDetailsViewModel(p, area, owner, actions, concerns, partners, congregations, partnerChoices, congregationChoices, canEdit, today, offenses);
    }
}
