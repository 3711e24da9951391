using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace WestMemphis.Pact.Web.Features.Concerns;

public sealed class ConcernPhotoOptions
{
    public const string Section = "Concerns";

    /// <summary>Where photos are kept: outside the web root. Relative paths are under the content root.</summary>
    public string PhotoFolder { get; set; } = Path.Combine("App_Data", "concern-photos");

    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxPhotoBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// Largest JPEG accepted, in pixels (width × height), checked before decoding. A 50-megapixel phone sensor gives
    /// 8160×6144 (50.1 MP); ImageSharp 2.1 decodes every JPEG at full size, at 3 bytes a pixel (about 156 MB here).
    /// </summary>
    public long MaxPixels { get; set; } = 52_000_000;

    /// <summary>
    /// Largest PNG or WebP accepted, in pixels: these compress a blank picture about 1,000 to 1, so a few hundred
    /// kilobytes can claim tens of megapixels. 16.7 MP (4096×4096) is above any phone screenshot or camera PNG.
    /// </summary>
    public long MaxLosslessPixels { get; set; } = 4096 * 4096;

    /// <summary>Longest side accepted, in pixels (no phone camera takes a side over 16,384).</summary>
    public int MaxDimension { get; set; } = 16_384;

    /// <summary>Photos decoded at once on this server; others wait (see <see cref="ConcernPhotoDecodeGate"/>).</summary>
    public int MaxConcurrentDecodes { get; set; } = 1;

    /// <summary>How long a photo waits for its turn to be decoded before the form asks to try again.</summary>
    public int DecodeWaitSeconds { get; set; } = 20;

    /// <summary>Longest side of the stored copy.</summary>
    public int MaxSide { get; set; } = 2048;
}

/// <summary>
/// Bounds the photos decoded at once (a decode holds the whole picture in memory), so a burst of large photos queues
/// instead of multiplying the server's memory. One per app (a singleton).
/// </summary>
public sealed class ConcernPhotoDecodeGate(IOptions<ConcernPhotoOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentDecodes));

    /// <summary>Waits for a slot; false when none came free in time.</summary>
    public Task<bool> EnterAsync(CancellationToken cancellationToken) =>
        _slots.WaitAsync(TimeSpan.FromSeconds(Math.Max(1, options.Value.DecodeWaitSeconds)), cancellationToken);

    public void Exit() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}

/// <summary>A photo that passed the checks, re-encoded as JPEG with no metadata, and its random stored name.</summary>
public sealed record StoredPhoto(string StoredName, string ContentType);

/// <summary>
/// Concern photos: checked by decoding (never by the file name or the browser's content type), re-encoded
/// as a fresh JPEG so that EXIF (GPS included), XMP, IPTC, ICC profiles, comments and anything appended to the
/// file are gone, and stored outside the web root under a random name. Served only by a staff action.
/// See docs/decisions/0010-concern-photos.md.
/// </summary>
public sealed class ConcernPhotoStore(IOptions<ConcernPhotoOptions> options, IWebHostEnvironment environment, ConcernPhotoDecodeGate gate, ILogger<ConcernPhotoStore> logger)
{
    public const string ContentType = "image/jpeg";

    // Only the formats a phone produces; no GIF, BMP or TIFF, and no format sniffing beyond these three.
    private static readonly Configuration Formats = new(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule());

    private ConcernPhotoOptions Options => options.Value;

    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, Options.PhotoFolder));

    public long MaxBytes => Options.MaxPhotoBytes;

    /// <summary>Checks and re-encodes an upload. Returns an error message a person can act on, or the re-encoded bytes.</summary>
    public async Task<(byte[]? Jpeg, string? Error)> PrepareAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var limitMb = Options.MaxPhotoBytes / (1024 * 1024);
        if (file.Length == 0)
        {
            return (null, "The photo is empty. Choose the picture again, or send the report without one.");
        }

        if (file.Length > Options.MaxPhotoBytes)
        {
            return (null, $"The photo is larger than {limitMb} MB. Send a smaller picture, or send the report without one.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > Options.MaxPhotoBytes)
        {
            return (null, $"The photo is larger than {limitMb} MB. Send a smaller picture, or send the report without one.");
        }

        const string notAPicture = "That file is not a photo we can read. Send a JPEG, PNG or WebP picture, or send the report without one.";
        try
        {
            buffer.Position = 0;
            // Width and height from the header only: nothing is decoded until the picture is known to be one a phone takes.
            var (info, format) = await Image.IdentifyWithFormatAsync(Formats, buffer, cancellationToken);
            if (info is null || format is null || info.Width <= 0 || info.Height <= 0)
            {
                return (null, notAPicture);
            }

            if (TooLarge(info.Width, info.Height, format) is { } tooLarge)
            {
                logger.LogInformation("Concern photo refused before decoding: {Format} {Width}x{Height}", format.Name, info.Width, info.Height);
                return (null, tooLarge);
            }

            if (!await gate.EnterAsync(cancellationToken))
            {
                logger.LogWarning("Concern photo refused: no decode slot free in time");
                return (null, "Many photos are being sent right now. Send the report again in a minute, or send it without the photo.");
            }

            try
            {
                return (await ReencodeAsync(buffer, cancellationToken), null);
            }
            finally
            {
                gate.Exit();
            }
        }
        catch (Exception ex) when (ex is UnknownImageFormatException or InvalidImageContentException or NotSupportedException or ImageFormatException)
        {
            logger.LogInformation("Concern photo refused: {Reason}", ex.GetType().Name);
            return (null, notAPicture);
        }
    }

    /// <summary>Why a picture of this size is refused, in words for the form; null when it is one a phone takes.</summary>
    private string? TooLarge(int width, int height, SixLabors.ImageSharp.Formats.IImageFormat format)
    {
        var pixels = (long)width * height;
        var lossless = format is not JpegFormat;
        var max = lossless ? Options.MaxLosslessPixels : Options.MaxPixels;
        if (width > Options.MaxDimension || height > Options.MaxDimension || pixels > max)
        {
            var limit = lossless
                ? $"PNG and WebP pictures are taken up to {max / 1_000_000.0:0.#} megapixels, JPEG photos up to {Options.MaxPixels / 1_000_000.0:0.#}"
                : $"photos are taken up to {max / 1_000_000.0:0.#} megapixels";
            return $"The picture is {width}×{height} pixels, larger than a phone camera takes ({limit}, and at most {Options.MaxDimension:N0} pixels on a side). "
                + "Send a smaller picture, or send the report without one.";
        }

        return null;
    }

    private async Task<byte[]> ReencodeAsync(MemoryStream buffer, CancellationToken cancellationToken)
    {
        buffer.Position = 0;
        // ImageSharp 2.1 has no reduced-size decode: the picture is decoded whole, as 3 bytes a pixel (a photo has no
        // alpha; JPEG drops it anyway), and made small before anything else touches it. See docs/decisions/0010.
        using var image = await Image.LoadAsync<Rgb24>(Formats, buffer, cancellationToken);
        // Made small first (the box is square, so it fits either way up), then turned upright while the orientation tag
        // is still there: turning the full-size picture would copy it whole once more.
        if (image.Width > Options.MaxSide || image.Height > Options.MaxSide)
        {
            image.Mutate(x => x.Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(Options.MaxSide, Options.MaxSide) }));
        }

        image.Mutate(x => x.AutoOrient());
        image.Metadata.ExifProfile = null;
        image.Metadata.IptcProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IccProfile = null;
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IccProfile = null;
            frame.Metadata.IptcProfile = null;
        }

        using var output = new MemoryStream();
        await image.SaveAsJpegAsync(output, new JpegEncoder { Quality = 85 }, cancellationToken);
        return output.ToArray();
    }

    /// <summary>Writes re-encoded bytes under a new random name and returns it.</summary>
    public async Task<StoredPhoto> SaveAsync(byte[] jpeg, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + ".jpg";
        await File.WriteAllBytesAsync(Path.Combine(Folder, name), jpeg, cancellationToken);
        return new StoredPhoto(name, ContentType);
    }

    /// <summary>Removes a stored photo whose concern was not saved.</summary>
    public void Delete(string storedName)
    {
        if (PathFor(storedName) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>The full path of a stored photo, or null when the name is not one this store made.</summary>
    public string? PathFor(string? storedName)
    {
        if (storedName is null || storedName.Length != 36 || !storedName.EndsWith(".jpg", StringComparison.Ordinal)
            || !storedName[..32].All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        return Path.Combine(Folder, storedName);
    }
}
