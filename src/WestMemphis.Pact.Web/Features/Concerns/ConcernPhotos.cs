using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace WestMemphis.Pact.Web.Features.Concerns;

public sealed class ConcernPhotoOptions
{
    public const string Section = "Concerns";

    /// <summary>Where photos are kept: outside the web root. Relative paths are under the content root.</summary>
    public string PhotoFolder { get; set; } = Path.Combine("App_Data", "concern-photos");

    /// <summary>Largest upload accepted, in bytes.</summary>
    public long MaxPhotoBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Largest picture accepted, in pixels (width × height), checked before decoding.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Longest side of the stored copy.</summary>
    public int MaxSide { get; set; } = 2048;
}

/// <summary>A photo that passed the checks, re-encoded as JPEG with no metadata, and its random stored name.</summary>
public sealed record StoredPhoto(string StoredName, string ContentType);

/// <summary>
/// Concern photos: checked by decoding (never by the file name or the browser's content type), re-encoded
/// as a fresh JPEG so that EXIF (GPS included), XMP, IPTC, ICC profiles, comments and anything appended to the
/// file are gone, and stored outside the web root under a random name. Served only by a staff action.
/// See docs/decisions/0010-concern-photos.md.
/// </summary>
public sealed class ConcernPhotoStore(IOptions<ConcernPhotoOptions> options, IWebHostEnvironment environment, ILogger<ConcernPhotoStore> logger)
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
            var info = await Image.IdentifyAsync(Formats, buffer, cancellationToken);
            if (info is null || info.Width <= 0 || info.Height <= 0)
            {
                return (null, notAPicture);
            }

            if ((long)info.Width * info.Height > Options.MaxPixels)
            {
                return (null, "The picture has too many pixels. Send a smaller picture, or send the report without one.");
            }

            buffer.Position = 0;
            using var image = await Image.LoadAsync(Formats, buffer, cancellationToken);
            // Turn the picture upright while the orientation tag is still there, then drop every profile.
            image.Mutate(x => x.AutoOrient());
            if (image.Width > Options.MaxSide || image.Height > Options.MaxSide)
            {
                image.Mutate(x => x.Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(Options.MaxSide, Options.MaxSide) }));
            }

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
            return (output.ToArray(), null);
        }
        catch (Exception ex) when (ex is UnknownImageFormatException or InvalidImageContentException or NotSupportedException or ImageFormatException)
        {
            logger.LogInformation("Concern photo refused: {Reason}", ex.GetType().Name);
            return (null, notAPicture);
        }
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
