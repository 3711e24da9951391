using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Csv;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>The list of partners, searchable by name, services and kind, and its CSV export.</summary>
public sealed partial class PartnersController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, PartnerKind? kind, bool inactive = false, CancellationToken cancellationToken = default)
    {
        var query = db.PartnerOrganizations.AsNoTracking();
        if (FormRules.Clean(q) is { Length: <= 100 } term)
        {
            query = query.Where(p => p.Name.Contains(term) || (p.Services != null && p.Services.Contains(term)));
        }

        if (kind is { } k && Enum.IsDefined(k))
        {
            query = query.Where(p => p.Kind == k);
        }

        if (!inactive)
        {
            query = query.Where(p => p.IsActive);
        }

        var rows = await query.OrderBy(p => p.Name).Take(500)
            .Select(p => new PartnerRow(p.Id, p.Name, p.Kind, p.ContactName, p.IsActive, p.AreasServed.Select(a => a.Area!.Name).ToList(),
                db.ContactLogs.Where(l => l.PartnerOrganizationId == p.Id).Max(l => (DateTime?)l.WhenUtc)))
            .ToListAsync(cancellationToken);
        return View(new PartnersViewModel(rows, q, kind, inactive));
    }

    [HttpGet("/manage/partners.csv")]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken)
    {
        var rows = await db.PartnerOrganizations.AsNoTracking().OrderBy(p => p.Name).Take(100_000)
            .Select(p => new { p.Name, p.Kind, p.ContactName, p.ContactPhone, p.ContactEmail, p.Address, p.Services, p.IsActive, p.AgreementDate, Areas = p.AreasServed.Select(a => a.Area!.Name).ToList() })
            .ToListAsync(cancellationToken);
        return CsvDownload.File("partners.csv", ["Name", "Kind", "Contact", "Phone", "Email", "Address", "Services", "Areas served", "Active", "Agreement date"],
            rows.Select(r => (IReadOnlyList<string?>)[r.Name, PartnerKinds.Label(r.Kind), r.ContactName, r.ContactPhone, r.ContactEmail, r.Address, r.Services,
                string.Join("; ", r.Areas), r.IsActive ? "Yes" : "No", r.AgreementDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
    }
}

public sealed record PartnerRow(int Id, string Name, PartnerKind Kind, string? ContactName, bool IsActive, List<string> Areas, DateTime? LastContactUtc);

public sealed record PartnersViewModel(IReadOnlyList<PartnerRow> Rows, string? Q, PartnerKind? Kind, bool Inactive);
