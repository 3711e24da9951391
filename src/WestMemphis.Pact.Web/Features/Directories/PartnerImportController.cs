using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>
/// CSV import of partner organizations (the shared upload → preview → apply flow of
/// <see cref="CsvImportController{TForm, TItem}"/>): the kind by its label or name, the areas served by name or
/// code separated by semicolons, Active as Yes or No (Yes when empty). A name already in the directory is skipped.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("manage/partners/import")]
public sealed class PartnerImportController(AppDbContext db, IValidator<PartnerForm> validator, IDataProtectionProvider protection,
    ILogger<PartnerImportController> logger) : CsvImportController<PartnerCsvRow, PartnerOrganization>(db, protection, logger)
{
    protected override CsvImport<PartnerCsvRow> Reader { get; } = new PartnerCsvImport();

    protected override CsvImportPage Page { get; } = new("Import partner organizations", "partner(s)", "Partner organizations", "/manage/partners",
        "/manage/partners/import", "/manage/partners.csv", ["Name", "Kind", "Areas served"]);

    protected override async Task CheckAsync(IReadOnlyList<CsvImportRow<PartnerCsvRow>> rows, List<CsvImportItem<PartnerOrganization>> good, List<CsvImportProblem> problems, CancellationToken cancellationToken)
    {
        var areas = await AreaNames.LoadAsync(Db, cancellationToken);
        var existing = (await Db.PartnerOrganizations.AsNoTracking().Select(p => p.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, (form, kindText, areasText, activeText)) in rows)
        {
            var reasons = new List<string>();
            if (PartnerKinds.TryParse(kindText, out var kind))
            {
                form.Kind = kind;
            }
            else
            {
                reasons.Add(string.IsNullOrWhiteSpace(kindText)
                    ? "Enter the kind of partner."
                    : $"the kind “{Shorten(kindText)}” is not one of: {string.Join(", ", Enum.GetValues<PartnerKind>().Select(PartnerKinds.Label))}.");
            }

            switch (activeText?.ToUpperInvariant())
            {
                case null or "YES" or "TRUE" or "Y" or "1":
                    form.IsActive = true;
                    break;
                case "NO" or "FALSE" or "N" or "0":
                    form.IsActive = false;
                    break;
                default:
                    reasons.Add($"Active must be Yes or No, not “{Shorten(activeText)}”.");
                    break;
            }

            foreach (var name in (areasText ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (areas.Find(name) is { } areaId)
                {
                    form.AreaIds.Add(areaId);
                }
                else
                {
                    reasons.Add(AreaNames.Unknown(name) + " Use areas' names or codes separated by semicolons.");
                }
            }

            if (reasons.Count == 0)
            {
                reasons.AddRange((await validator.ValidateAsync(form, cancellationToken)).Errors.Select(e => e.ErrorMessage));
            }

            if (reasons.Count > 0)
            {
                problems.Add(new(line, string.Join(" ", reasons)));
                continue;
            }

            if (existing.Contains(form.Name!.Trim()))
            {
                problems.Add(new(line, $"{form.Name.Trim()} is already in the directory."));
                continue;
            }

            var partner = new PartnerOrganization { Name = "" };
            PartnersController.Apply(form, partner);
            good.Add(new(line, partner, [partner.Name, PartnerKinds.Label(partner.Kind), string.Join("; ", partner.AreasServed.Select(a => areas.Name(a.AreaId)))]));
        }
    }

    protected override void Add(IReadOnlyList<PartnerOrganization> items) => Db.PartnerOrganizations.AddRange(items);

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
