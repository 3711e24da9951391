using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Csv;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>
/// CSV import of the congregations directory (the shared upload → preview → apply flow of
/// <see cref="CsvImportController{TForm, TItem}"/>): a congregation without an area is placed by its address.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("manage/congregations/import")]
public sealed class CongregationImportController(AppDbContext db, IAreaLocator locator, IValidator<CongregationForm> validator, IDataProtectionProvider protection,
    ILogger<CongregationImportController> logger) : CsvImportController<CongregationCsvRow, Congregation>(db, protection, logger)
{
    protected override CsvImport<CongregationCsvRow> Reader { get; } = new CongregationCsvImport();

    protected override CsvImportPage Page { get; } = new("Import congregations", "congregation(s)", "Congregations", "/manage/congregations",
        "/manage/congregations/import", "/manage/congregations.csv", ["Name", "Address", "Area"]);

    protected override async Task CheckAsync(IReadOnlyList<CsvImportRow<CongregationCsvRow>> rows, List<CsvImportItem<Congregation>> good, List<CsvImportProblem> problems, CancellationToken cancellationToken)
    {
        var areas = await AreaNames.LoadAsync(Db, cancellationToken);
        var existing = (await Db.Congregations.AsNoTracking().Select(c => new { c.Name, c.Address }).ToListAsync(cancellationToken))
            .Select(c => $"{c.Name}|{c.Address}".ToUpperInvariant()).ToHashSet();
        foreach (var (line, (form, areaName)) in rows)
        {
            var result = await validator.ValidateAsync(form, cancellationToken);
            if (!result.IsValid)
            {
                problems.Add(new(line, string.Join(" ", result.Errors.Select(e => e.ErrorMessage))));
                continue;
            }

            if (existing.Contains($"{form.Name!.Trim()}|{form.Address!.Trim()}".ToUpperInvariant()))
            {
                problems.Add(new(line, $"{form.Name.Trim()} at {form.Address.Trim()} is already in the directory."));
                continue;
            }

            int? areaId;
            if (areaName is not null)
            {
                areaId = areas.Find(areaName);
                if (areaId is null)
                {
                    problems.Add(new(line, AreaNames.Unknown(areaName) + " Use an area's name or code, or leave it empty to place it by address."));
                    continue;
                }
            }
            else
            {
                areaId = (await locator.LocateAsync(form.Address, cancellationToken)).AreaId;
            }

            good.Add(new(line, new Congregation
            {
                Name = form.Name.Trim(),
                Denomination = FormRules.Clean(form.Denomination),
                Address = form.Address.Trim(),
                AreaId = areaId,
                Phone = FormRules.Clean(form.Phone),
                Website = FormRules.Clean(form.Website),
                Notes = FormRules.Clean(form.Notes),
            }, [form.Name, form.Address, areas.Name(areaId) ?? "Not placed"]));
        }
    }

    protected override void Add(IReadOnlyList<Congregation> items) => Db.Congregations.AddRange(items);
}
