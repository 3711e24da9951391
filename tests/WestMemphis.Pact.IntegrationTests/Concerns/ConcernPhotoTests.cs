using System.Net;
using System.Text;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using Rational = SixLabors.ImageSharp.Rational;

namespace WestMemphis.Pact.IntegrationTests.Concerns;

/// <summary>Photo rules: decoded not trusted by name, size-limited, re-encoded without GPS, staff-only.</summary>
public sealed class ConcernPhotoTests : IDisposable
{
    private readonly PactFactory _factory = new PactFactory().With("Concerns:MaxPhotoBytes", "300000");

    public void Dispose() => _factory.Dispose();

    /// <summary>A real JPEG carrying GPS coordinates in its EXIF block (West Memphis City Hall, roughly).</summary>
    private static byte[] JpegWithGps()
    {
        using var image = new Image<Rgb24>(64, 48, new Rgb24(20, 40, 200));
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(35, 1), new Rational(8, 1), new Rational(4740, 100)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "W");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(90, 1), new Rational(11, 1), new Rational(230, 100)]);
        exif.SetValue(ExifTag.Make, "TestPhone");
        image.Metadata.ExifProfile = exif;
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    private static bool HasGps(byte[] jpeg)
    {
        var directories = ImageMetadataReader.ReadMetadata(new MemoryStream(jpeg));
        return directories.OfType<GpsDirectory>().Any(d => d.GetGeoLocation() is not null);
    }

    [Fact]
    public async Task Gps_and_other_metadata_are_gone_from_what_staff_download()
    {
        var original = JpegWithGps();
        Assert.True(HasGps(original), "the test photo must carry GPS to begin with");

        var sent = await _factory.CreateBrowserClient().ReportWithPhotoAsync(original);
        Assert.Equal("/concerns/sent", sent.Url.AbsolutePath);
        var code = sent.Document.QuerySelector("#reference-code")!.TextContent.Trim();
        var concern = await _factory.ConcernAsync(code);
        Assert.NotNull(concern.PhotoStoredName);
        Assert.DoesNotContain("photo", concern.PhotoStoredName!, StringComparison.Ordinal);
        var stored = Path.Combine(_factory.Folder, "photos", concern.PhotoStoredName!);
        Assert.True(System.IO.File.Exists(stored), "stored in the configured folder outside the web root");

        var staff = await _factory.StaffAsync();
        var response = await staff.GetAsync($"/concerns/manage/{concern.Id}/photo");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        var downloaded = await response.Content.ReadAsByteArrayAsync();
        Assert.False(HasGps(downloaded));
        Assert.DoesNotContain(ImageMetadataReader.ReadMetadata(new MemoryStream(downloaded)).OfType<ExifIfd0Directory>(), d => d.ContainsTag(ExifDirectoryBase.TagMake));
        using var decoded = Image.Load(downloaded);
        Assert.Equal(64, decoded.Width);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.RecordType == "ConcernPhoto" && a.RecordId == concern.Id.ToString())));

        // Nobody else gets it: not a stranger, not the web root.
        var stranger = _factory.CreateBrowserClient(followRedirects: false);
        Assert.NotEqual(HttpStatusCode.OK, (await stranger.GetAsync($"/concerns/manage/{concern.Id}/photo")).StatusCode);
        var fromWebRoot = await stranger.GetAsync($"/{concern.PhotoStoredName}");
        Assert.NotEqual(HttpStatusCode.OK, fromWebRoot.StatusCode);
        Assert.NotEqual("image/jpeg", fromWebRoot.Content.Headers.ContentType?.MediaType);
        var residentEmail = $"res-{Guid.NewGuid():N}@example.com";
        await _factory.CreateUserAsync(residentEmail);
        var resident = _factory.CreateBrowserClient(followRedirects: false);
        await resident.LoginAsync(residentEmail);
        Assert.NotEqual(HttpStatusCode.OK, (await resident.GetAsync($"/concerns/manage/{concern.Id}/photo")).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_whatever_its_name()
    {
        var before = await _factory.WithDbAsync(db => db.Concerns.CountAsync());
        var page = await _factory.CreateBrowserClient().ReportWithPhotoAsync(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "photo.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Errors, e => e.Contains("not a photo we can read", StringComparison.Ordinal));
        Assert.Equal("900 S 16th St", page.FieldValue("Location"));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Concerns.CountAsync()));
    }

    [Fact]
    public async Task A_gif_script_polyglot_is_refused_and_a_jpeg_with_a_script_tail_is_cleaned()
    {
        var polyglot = Encoding.ASCII.GetBytes("GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=1;alert(1);//<script>alert(1)</script>");
        var refused = await _factory.CreateBrowserClient().ReportWithPhotoAsync(polyglot, "cat.gif", "image/gif");
        Assert.Contains(refused.Errors, e => e.Contains("not a photo we can read", StringComparison.Ordinal));

        var tail = Encoding.ASCII.GetBytes("<script>alert(document.cookie)</script>");
        var jpegWithScript = JpegWithGps().Concat(tail).ToArray();
        var sent = await _factory.CreateBrowserClient().ReportWithPhotoAsync(jpegWithScript);
        Assert.Equal("/concerns/sent", sent.Url.AbsolutePath);
        var concern = await _factory.ConcernAsync(sent.Document.QuerySelector("#reference-code")!.TextContent.Trim());
        var staff = await _factory.StaffAsync();
        var response = await staff.GetAsync($"/concerns/manage/{concern.Id}/photo");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.DoesNotContain("<script", Encoding.ASCII.GetString(bytes), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_photo_over_the_size_limit_is_refused_with_a_message()
    {
        var big = new byte[400_000];
        JpegWithGps().CopyTo(big, 0);
        var page = await _factory.CreateBrowserClient().ReportWithPhotoAsync(big);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Errors, e => e.Contains("larger than", StringComparison.Ordinal));
    }
}
