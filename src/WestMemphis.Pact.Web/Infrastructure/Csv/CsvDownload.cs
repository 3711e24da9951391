using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using WestMemphis.Pact.Csv;

namespace WestMemphis.Pact.Web.Infrastructure.Csv;

/// <summary>CSV downloads: the rows written by <see cref="CsvExport"/> straight to the response, never built in memory.</summary>
public static class CsvDownload
{
    /// <summary>A download of rows already in memory (small, bounded lists), streamed to the response.</summary>
    public static CsvFileResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) =>
        new(fileName, (body, cancellationToken) => CsvExport.WriteAsync(body, header, rows, cancellationToken));

    /// <summary>
    /// A download streamed from an asynchronous source (typically an EF Core query's <c>AsAsyncEnumerable()</c>), one row at
    /// a time, so a large export never sits in memory.
    /// </summary>
    public static CsvFileResult File<T>(string fileName, IReadOnlyList<string> header, IAsyncEnumerable<T> source, Func<T, IReadOnlyList<string?>> row) =>
        new(fileName, (body, cancellationToken) => CsvExport.WriteAsync(body, header, Select(source, row, cancellationToken), cancellationToken));

    private static async IAsyncEnumerable<IReadOnlyList<string?>> Select<T>(IAsyncEnumerable<T> source, Func<T, IReadOnlyList<string?>> row,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            yield return row(item);
        }
    }
}

/// <summary>A CSV attachment written straight to the response body by a callback (see <see cref="CsvDownload"/>).</summary>
public sealed class CsvFileResult(string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public const string ContentType = "text/csv; charset=utf-8";

    public string FileName { get; } = fileName;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        await write(response.Body, context.HttpContext.RequestAborted);
    }
}
