using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>What the upload step learned about a file, kept beside it until the import is queued.</summary>
public sealed record UploadInfo(string Token, string FileName, string Sha256, long SizeBytes, IReadOnlyList<string> Header,
    ImportLayout Layout, string Source, string LayoutName, Dictionary<ImportField, string> Columns, List<List<string>> Sample, long EstimatedRows)
{
    /// <summary>The header is none of the ready-made layouts and no saved mapping fits: the mapping screen asks for the columns.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool NeedsMapping => Columns.Count == 0;
}

/// <summary>
/// Streams an upload to a file under App_Data (outside the web root) in 80 KB pieces, hashing it (SHA-256) and checking
/// that it is UTF-8 text as it goes — the file is never held in memory — then reads its header to recognise the layout.
/// A file that is empty, binary, not UTF-8, has no usable header or lacks needed columns of a ready-made layout is deleted
/// again with a message; any other header is recognised by a saved mapping or waits for the mapping screen.
/// </summary>
public sealed class CrimeUploads(IOptions<CrimeImportOptions> options, IWebHostEnvironment environment, ILogger<CrimeUploads> logger)
{
    public string Folder
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Folder));
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public string PathOf(string token) => Path.Combine(Folder, token + ".csv");

    private string InfoPathOf(string token) => Path.Combine(Folder, token + ".json");

    public static bool IsToken(string? token) => token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower);

    public Task<(UploadInfo? Info, string? Error)> SaveAsync(IFormFile file, CancellationToken cancellationToken) => SaveAsync(file, [], cancellationToken);

    public async Task<(UploadInfo? Info, string? Error)> SaveAsync(IFormFile file, IReadOnlyList<(string Source, IReadOnlyDictionary<ImportField, string> Columns)> savedMappings,
        CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file.FileName ?? "upload.csv");
        name = name.Length > 200 ? name[..200] : name;
        if (file.Length == 0)
        {
            return (null, "The file is empty. Nothing was imported.");
        }

        var token = Guid.NewGuid().ToString("N");
        var path = PathOf(token);
        string sha;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var decoder = new UTF8Encoding(false, true).GetDecoder();
            var chars = new char[81920];
            var buffer = new byte[81920];
            await using (var source = file.OpenReadStream())
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (buffer.AsSpan(0, read).Contains((byte)0))
                    {
                        return Fail(path, "The file is not a CSV text file (it contains binary data). Export the data as CSV and try again. Nothing was imported.");
                    }

                    decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                decoder.GetChars([], 0, 0, chars, 0, flush: true);
            }

            sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (DecoderFallbackException)
        {
            return Fail(path, "The file is not UTF-8 text (it may be saved as Windows-1252 or UTF-16). Save it as “CSV UTF-8” and try again. Nothing was imported.");
        }
        catch (Exception ex)
        {
            // The upload was cut off (a cancellation) or could not be written (disk full): nothing of it is kept.
            Delete(path);
            if (ex is OperationCanceledException || ex is not (IOException or UnauthorizedAccessException))
            {
                throw;
            }

            logger.LogError(ex, "Crime upload could not be stored");
            return (null, ImportFailures.DescribeUpload(ex));
        }

        try
        {
            var (info, error) = Inspect(path, token, name, sha, new FileInfo(path).Length, savedMappings);
            if (info is null)
            {
                return Fail(path, error!);
            }

            await File.WriteAllTextAsync(InfoPathOf(token), JsonSerializer.Serialize(info), cancellationToken);
            return (info, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever stops the first rows from being read, the page answers with a message and the upload is deleted.
            // The exception's text (server paths) is logged, never shown.
            logger.LogWarning(ex, "Crime upload refused while reading its first rows ({ExceptionType})", ex.GetType().Name);
            Delete(InfoPathOf(token));
            return Fail(path, ImportFailures.DescribeUpload(ex));
        }
        catch (OperationCanceledException)
        {
            Delete(InfoPathOf(token));
            Delete(path);
            throw;
        }
    }

    private (UploadInfo?, string?) Fail(string path, string message)
    {
        Delete(path);
        return (null, message);
    }

    private void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not delete a crime upload; the clean-up pass tries again");
        }
    }

    private static (UploadInfo? Info, string? Error) Inspect(string path, string token, string name, string sha, long size,
        IReadOnlyList<(string Source, IReadOnlyDictionary<ImportField, string> Columns)> savedMappings)
    {
        using var reader = ImportFailures.Open(path);
        var header = reader.Header.ColNames.Select(c => c.Trim().TrimStart('\uFEFF')).ToList();
        if (header.Count < 2 || header.All(string.IsNullOrWhiteSpace))
        {
            return (null, "The first line is not a CSV header (column names separated by commas). Nothing was imported.");
        }

        var readyMade = ImportLayouts.ReadyMade(header) is not null;
        var layout = ImportLayouts.Detect(header, out var error, readyMade ? null : ImportMappingRules.FindSaved(header, savedMappings));
        if (layout is null && readyMade)
        {
            return (null, error + " Nothing was imported.");
        }

        var sample = new List<List<string>>();
        long sampleChars = 0;
        var rows = 0;
        var nextLine = 2; // the header is line 1
        while (ImportFailures.MoveNext(reader, ref nextLine))
        {
            var row = reader.Current;
            nextLine = row.LineNumberToExcl;
            if (row.ColCount <= 1 && row[0].Span.Trim().IsEmpty)
            {
                continue;
            }

            rows++;
            sampleChars += row.Span.Length + 2;
            if (sample.Count < 5)
            {
                var values = new List<string>(row.ColCount);
                for (var i = 0; i < row.ColCount; i++)
                {
                    values.Add(row[i].ToString());
                }

                sample.Add(values);
            }

            if (rows >= 200)
            {
                break;
            }
        }

        if (rows == 0)
        {
            return (null, "The file has a header but no rows. Nothing was imported.");
        }

        var estimated = rows < 200 ? rows : (long)Math.Ceiling(size / (double)Math.Max(1, sampleChars / rows));
        return layout is null
            ? (new UploadInfo(token, name, sha, size, header, ImportLayout.Custom, "", "Columns not yet mapped", [], sample, estimated), null)
            : (new UploadInfo(token, name, sha, size, header, layout.Layout, layout.Source, layout.Name,
                layout.Columns.ToDictionary(k => k.Key, k => k.Value), sample, estimated), null);
    }

    public UploadInfo? Find(string? token)
    {
        if (!IsToken(token) || !File.Exists(InfoPathOf(token!)) || !File.Exists(PathOf(token!)))
        {
            return null;
        }

        return JsonSerializer.Deserialize<UploadInfo>(File.ReadAllText(InfoPathOf(token!)));
    }

    public void ForgetInfo(string token) => File.Delete(InfoPathOf(token));

    /// <summary>Records what the mapping screen chose for an upload waiting to be queued.</summary>
    public Task UpdateAsync(UploadInfo info, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(InfoPathOf(info.Token), JsonSerializer.Serialize(info), cancellationToken);
}
