using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Concerns;

namespace WestMemphis.Pact.Web.Features.Concerns;

public sealed record ConcernPublicUpdate(DateTime WhenUtc, string Body);

/// <summary>What a reporter sees on /status: no reporter details, no internal notes, no officer names.</summary>
public sealed record ConcernStatusViewModel(string ReferenceCode, string Category, string Location, string? Area, ConcernStatus Status, DateTime ReportedUtc,
    string? ResolutionReason, IReadOnlyList<ConcernPublicUpdate> Updates);

/// <summary>
/// The concern half of /status. A code that does not exist and a code given with the wrong email get the same
/// answer (null); the /status POST is rate-limited per address.
/// </summary>
public sealed class ConcernStatusLookup(AppDbContext db)
{
    public const string NotFoundAnswer = "We found nothing with that reference code and email address. Check the code (it starts with C- for a concern), and give the email address you reported with, if you gave one.";

    public static bool IsConcernCode(string? code)
    {
        var c = new string((code ?? "").ToUpperInvariant().Where(ch => !char.IsWhiteSpace(ch)).ToArray());
        return c.StartsWith(ConcernRules.Prefix, StringComparison.Ordinal) || c.Replace("-", "", StringComparison.Ordinal).Length == ConcernRules.CodeLength;
    }

    public async Task<ConcernStatusViewModel?> FindAsync(string? code, string? email, CancellationToken cancellationToken)
    {
        if (!ConcernRules.LooksLikeConcernCode(code))
        {
            return null;
        }

        var normalized = ConcernRules.NormalizeCode(code);
        var found = await Project(db.Concerns.AsNoTracking().Where(c => c.ReferenceCode == normalized)).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        // When the reporter gave an email, the code alone is not enough.
        if (found.ReporterEmail is not null && !string.Equals(found.ReporterEmail.Trim(), (email ?? "").Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return found.View with { Category = ConcernRules.Label(found.Category) };
    }

    /// <summary>The same page for a concern opened by its private status link (the link stands for code and email).</summary>
    public async Task<ConcernStatusViewModel?> FindByIdAsync(int id, CancellationToken cancellationToken)
    {
        var found = await Project(db.Concerns.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : found.View with { Category = ConcernRules.Label(found.Category) };
    }

    private static IQueryable<Found> Project(IQueryable<Concern> concerns) => concerns.Select(c => new Found(
        c.ReporterEmail,
        new ConcernStatusViewModel(c.ReferenceCode, "", c.Location, c.Area != null ? c.Area.Name : null, c.Status, c.CreatedUtc,
            c.Status == ConcernStatus.Resolved || c.Status == ConcernStatus.Closed ? c.ResolutionReason : null,
            c.Updates.Where(u => u.IsPublic).OrderBy(u => u.Id).Select(u => new ConcernPublicUpdate(u.CreatedUtc, u.Body)).ToList()),
        c.Category));

    private sealed record Found(string? ReporterEmail, ConcernStatusViewModel View, ConcernCategory Category);
}
