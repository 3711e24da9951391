using System.Security.Cryptography;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Liaison;

/// <summary>
/// CSV import of the congregations directory: upload, see a preview (rows to add, each bad row with its line
/// and reason), then apply. Apply re-reads the same file (carried in a protected hidden field) and adds every
/// good row in one transaction, or none.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("manage/congregations/import")]
public sealed class CongregationImportController(AppDbContext db, IAreaLocator locator, IValidator<CongregationForm> validator, IDataProtectionProvider protection,
    ILogger<CongregationImportController> logger) : Controller
{
    private const long UploadLimit = 64L * 1024 * 1024;

    private IDataProtector Protector => protection.CreateProtector("Liaison.CongregationImport.v1");

    [HttpGet("")]
    public IActionResult Index() => View(new CongregationImportViewModel(null, [], [], null));

    [HttpPost("")]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Preview(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return View("Index", new CongregationImportViewModel("Choose a CSV file to import.", [], [], null));
        }

        if (file.Length > CongregationCsvImport.MaxBytes)
        {
            return View("Index", new CongregationImportViewModel($"The file is too large ({file.Length / 1024.0 / 1024.0:0.#} MB). Import at most 1 MB ({CongregationCsvImport.MaxRows:N0} rows) at a time. Nothing was imported.", [], [], null));
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        var (error, good, problems) = await AnalyseAsync(bytes, cancellationToken);
        var payload = error is null && good.Count > 0 ? Protector.Protect(Convert.ToBase64String(bytes)) : null;
        return View("Index", new CongregationImportViewModel(error, good, problems, payload));
    }

    [HttpPost("apply")]
    public async Task<IActionResult> Apply(string? payload, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Protector.Unprotect(payload ?? ""));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            this.SetStatus("That import could not be read back. Upload the file again. Nothing was imported.");
            return LocalRedirect("/manage/congregations/import");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Checked again inside the transaction: a row added since the preview is now a duplicate and is skipped.
        var (error, good, problems) = await AnalyseAsync(bytes, cancellationToken);
        if (error is not null || good.Count == 0)
        {
            return View("Index", new CongregationImportViewModel(error ?? "No rows left to import.", good, problems, null));
        }

        foreach (var row in good)
        {
            db.Congregations.Add(new Congregation
            {
                Name = row.Form.Name!.Trim(),
                Denomination = FormRules.Clean(row.Form.Denomination),
                Address = row.Form.Address!.Trim(),
                AreaId = row.AreaId,
                Phone = FormRules.Clean(row.Form.Phone),
                Website = FormRules.Clean(row.Form.Website),
                Notes = FormRules.Clean(row.Form.Notes),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Congregations imported: {Added} added, {Skipped} skipped", good.Count, problems.Count);
        this.SetStatus($"Imported {good.Count} congregation(s).{(problems.Count > 0 ? $" {problems.Count} row(s) were skipped, as the preview listed." : "")}");
        return LocalRedirect("/manage/congregations");
    }

    private async Task<(string? Error, List<ImportRow> Good, List<CongregationCsvImport.Problem> Problems)> AnalyseAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        var read = CongregationCsvImport.Read(bytes);
        if (read.FileError is not null)
        {
            return (read.FileError + " Nothing was imported.", [], []);
        }

        var problems = read.Problems.ToList();
        var good = new List<ImportRow>();
        var areas = await db.Areas.AsNoTracking().Select(a => new { a.Id, a.Name, a.Code }).ToListAsync(cancellationToken);
        var existing = (await db.Congregations.AsNoTracking().Select(c => new { c.Name, c.Address }).ToListAsync(cancellationToken))
            .Select(c => $"{c.Name}|{c.Address}".ToUpperInvariant()).ToHashSet();
        foreach (var row in read.Rows)
        {
            var result = await validator.ValidateAsync(row.Form, cancellationToken);
            if (!result.IsValid)
            {
                problems.Add(new(row.Line, string.Join(" ", result.Errors.Select(e => e.ErrorMessage))));
                continue;
            }

            if (existing.Contains($"{row.Form.Name!.Trim()}|{row.Form.Address!.Trim()}".ToUpperInvariant()))
            {
                problems.Add(new(row.Line, $"{row.Form.Name.Trim()} at {row.Form.Address.Trim()} is already in the directory."));
                continue;
            }

            int? areaId;
            if (row.Area is { } areaName)
            {
                areaId = areas.FirstOrDefault(a => string.Equals(a.Name, areaName.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(a.Code, areaName.Trim(), StringComparison.OrdinalIgnoreCase))?.Id;
                if (areaId is null)
                {
                    problems.Add(new(row.Line, $"no area is called “{(areaName.Length > 40 ? areaName[..40] + "…" : areaName)}”. Use an area's name or code, or leave it empty to place it by address."));
                    continue;
                }
            }
            else
            {
                areaId = (await locator.LocateAsync(row.Form.Address, cancellationToken)).AreaId;
            }

            good.Add(new ImportRow(row.Line, row.Form, areaId, areaId is { } id ? areas.First(a => a.Id == id).Name : null));
        }

        return (null, good, problems.OrderBy(p => p.Line).ToList());
    }
}

public sealed record ImportRow(int Line, CongregationForm Form, int? AreaId, string? AreaName);

public sealed record CongregationImportViewModel(string? Error, IReadOnlyList<ImportRow> Good, IReadOnlyList<CongregationCsvImport.Problem> Problems, string? Payload);
