using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// Outside Development (this app runs as "Testing", like Production) every stylesheet and script, asked for
/// as a browser asks, decodes to the file on disk. The factory does nothing about static assets itself: what
/// is tested is the app's own start-up, so a build output run in Production serves the same files.
/// </summary>
public sealed class StaticAssetsTests(PactFactory factory) : IClassFixture<PactFactory>
{
    public static TheoryData<string> Encodings => ["identity", "gzip", "br", "gzip, deflate, br, zstd"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Every_stylesheet_and_script_decodes_to_its_file(string acceptEncoding)
    {
        var webRoot = factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        var assets = await AssetsAsync(webRoot);
        Assert.Contains("/css/site.css", assets);
        Assert.Contains("/js/site.js", assets);

        var client = factory.CreateClient();
        var failures = new List<string>();
        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            using var response = await client.SendAsync(request);
            var body = Decode(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding);
            var onDisk = await File.ReadAllBytesAsync(Path.Combine(webRoot, asset.TrimStart('/')));
            var type = response.Content.Headers.ContentType?.MediaType;
            var expectedType = asset.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript";
            if (response.StatusCode != HttpStatusCode.OK || type != expectedType || !body.AsSpan().SequenceEqual(onDisk))
            {
                failures.Add($"{asset}: {(int)response.StatusCode} {type ?? "(no type)"} {string.Join(",", response.Content.Headers.ContentEncoding)} {body.Length} bytes, file {onDisk.Length}");
            }
        }

        Assert.True(failures.Count == 0, $"Accept-Encoding: {acceptEncoding}\n" + string.Join("\n", failures));
    }

    /// <summary>The stylesheets and scripts the layout links, and every other one under wwwroot.</summary>
    private async Task<SortedSet<string>> AssetsAsync(string webRoot)
    {
        var page = await factory.CreateBrowserClient().GetPageAsync("/");
        var linked = page.Document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href"))
            .Concat(page.Document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")))
            .OfType<string>()
            .Select(url => url.Split('?')[0]);
        var onDisk = Directory.EnumerateFiles(webRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Select(f => "/" + Path.GetRelativePath(webRoot, f).Replace('\\', '/'));
        return new SortedSet<string>(linked.Concat(onDisk), StringComparer.Ordinal);
    }

    private static byte[] Decode(byte[] body, ICollection<string> contentEncoding)
    {
        var encoding = contentEncoding.SingleOrDefault();
        if (encoding is null or "identity")
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = encoding switch
        {
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            _ => throw new InvalidOperationException($"Answered with an encoding the client did not offer: {encoding}"),
        };
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
