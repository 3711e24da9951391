using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Infrastructure.Csv;

/// <summary>
/// The upload → preview → apply flow every directory import shares: upload a CSV, see what will be added (with
/// counts, and every bad row by line and reason) before anything is saved, then apply. Apply re-reads the same
/// file (carried in a protected hidden field), checks it again inside one transaction and adds every good row,
/// or none. The derived controller names its route and policy, reads its rows and says how to check and add them.
/// </summary>
public abstract class CsvImportController<TForm, TItem>(AppDbContext db, IDataProtectionProvider protection, ILogger logger) : Controller
{
    private const long UploadLimit = 64L * 1024 * 1024;

    protected AppDbContext Db => db;

    protected abstract CsvImport<TForm> Reader { get; }

    protected abstract CsvImportPage Page { get; }

    /// <summary>Checks the rows the file gave (rules, duplicates of what is saved, references) into good items and problems.</summary>
    protected abstract Task CheckAsync(IReadOnlyList<CsvImportRow<TForm>> rows, List<CsvImportItem<TItem>> good, List<CsvImportProblem> problems, CancellationToken cancellationToken);

    /// <summary>Adds the good items to the context (saved by the caller, in its transaction).</summary>
    protected abstract void Add(IReadOnlyList<TItem> items);

    private IDataProtector Protector => protection.CreateProtector($"CsvImport.{GetType().Name}.v1");

    [HttpGet("")]
    public IActionResult Index() => Show(null, [], [], null);

    [HttpPost("")]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Preview(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Show("Choose a CSV file to import.", [], [], null);
        }

        if (file.Length > CsvImport<TForm>.MaxBytes)
        {
            return Show(CsvImport<TForm>.TooLarge(file.Length) + " Nothing was imported.", [], [], null);
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        var (error, good, problems) = await AnalyseAsync(bytes, cancellationToken);
        var payload = error is null && good.Count > 0 ? Protector.Protect(Convert.ToBase64String(bytes)) : null;
        return Show(error, good, problems, payload);
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
            return LocalRedirect(Page.ImportUrl);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Checked again inside the transaction: a row added since the preview is now a duplicate and is skipped.
        var (error, good, problems) = await AnalyseAsync(bytes, cancellationToken);
        if (error is not null || good.Count == 0)
        {
            return Show(error ?? "No rows left to import. Nothing was imported.", good, problems, null);
        }

        Add(good.Select(g => g.Item).ToList());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("CSV import {Import}: {Added} added, {Skipped} skipped", Page.Plural, good.Count, problems.Count);
        this.SetStatus($"Imported {good.Count} {Page.Plural}.{(problems.Count > 0 ? $" {problems.Count} row(s) were skipped, as the preview listed." : "")}");
        return LocalRedirect(Page.ListUrl);
    }

    private async Task<(string? Error, List<CsvImportItem<TItem>> Good, List<CsvImportProblem> Problems)> AnalyseAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        var read = Reader.Read(bytes);
        if (read.FileError is not null)
        {
            return (read.FileError + " Nothing was imported.", [], []);
        }

        var problems = read.Problems.ToList();
        var good = new List<CsvImportItem<TItem>>();
        await CheckAsync(read.Rows, good, problems, cancellationToken);
        return (null, good, problems.OrderBy(p => p.Line).ToList());
    }

    private ViewResult Show(string? error, IReadOnlyList<CsvImportItem<TItem>> good, IReadOnlyList<CsvImportProblem> problems, string? payload) =>
        View("CsvImport", new CsvImportViewModel(Page, Reader.Required, Reader.Optional, error, good.Count,
            good.Select(g => new CsvImportPreviewRow(g.Line, g.Cells)).ToList(), problems, payload));
}

/// <summary>A row that will be added: its line, what is saved, and what the preview shows of it.</summary>
public sealed record CsvImportItem<TItem>(int Line, TItem Item, IReadOnlyList<string?> Cells);

/// <summary>What an import page says: its title, the records' plural ("congregation(s)"), its addresses and preview columns.</summary>
public sealed record CsvImportPage(string Title, string Plural, string ListName, string ListUrl, string ImportUrl, string ExportUrl, IReadOnlyList<string> PreviewColumns);

public sealed record CsvImportPreviewRow(int Line, IReadOnlyList<string?> Cells);

public sealed record CsvImportViewModel(CsvImportPage Page, IReadOnlyList<string> Required, IReadOnlyList<string> Optional, string? Error, int GoodCount,
    IReadOnlyList<CsvImportPreviewRow> Preview, IReadOnlyList<CsvImportProblem> Problems, string? Payload);
