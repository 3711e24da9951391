using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Concerns;

/// <summary>
/// Pictures are measured before they are decoded: what no phone camera takes (a few bytes claiming a huge picture) is
/// refused with a message and the form keeps what was typed; a 48-megapixel phone photo is taken.
/// </summary>
public sealed class ConcernLargePhotoTests : IDisposable
{
    private readonly PactFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>A valid PNG of one colour: its zlib stream of zero rows compresses about 1,000 to 1.</summary>
    private static byte[] BlankPng(int width, int height)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // RGB
        Chunk(output, "IHDR", header);
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + (3 * width)]; // filter byte 0, then black pixels
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        Chunk(output, "IDAT", data.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        output.Write(four);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(four, Crc32(typeAndData));
        output.Write(four);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static byte[] Jpeg(int width, int height)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(90, 120, 60));
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = 50 });
        return output.ToArray();
    }

    [Fact]
    public async Task A_png_of_few_bytes_and_huge_dimensions_is_refused_before_decoding_and_the_form_keeps_what_was_typed()
    {
        var png = BlankPng(6000, 6000); // 36 megapixels (under the old 40 MP cap), about 100 KB
        Assert.True(png.Length < 200_000, $"{png.Length} bytes");
        var before = await _factory.WithDbAsync(db => db.Concerns.CountAsync());

        var page = await _factory.CreateBrowserClient().ReportWithPhotoAsync(png, "screenshot.png", "image/png");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Errors, e => e.Contains("6000×6000 pixels", StringComparison.Ordinal));
        Assert.Equal("900 S 16th St", page.FieldValue("Location"));
        Assert.Equal("Tires dumped behind the vacant lot again.", page.FieldValue("Description")?.Trim());
        Assert.Equal("photo@example.com", page.FieldValue("Email"));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Concerns.CountAsync()));
    }

    [Fact]
    public async Task A_picture_with_a_side_longer_than_any_camera_takes_is_refused()
    {
        var page = await _factory.CreateBrowserClient().ReportWithPhotoAsync(Jpeg(20_000, 64), "panorama.jpg");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Errors, e => e.Contains("20000×64 pixels", StringComparison.Ordinal));
        Assert.Equal("900 S 16th St", page.FieldValue("Location"));
    }

    [Fact]
    public async Task A_48_megapixel_phone_photo_is_accepted_and_stored_at_most_2048_pixels_wide()
    {
        var photo = Jpeg(8000, 6000);

        var sent = await _factory.CreateBrowserClient().ReportWithPhotoAsync(photo, "IMG_0001.jpg");

        Assert.True(sent.Url.AbsolutePath == "/concerns/sent", string.Join(" | ", sent.Errors));
        var concern = await _factory.ConcernAsync(sent.Document.QuerySelector("#reference-code")!.TextContent.Trim());
        var info = Image.Identify(Path.Combine(_factory.Folder, "photos", concern.PhotoStoredName!));
        Assert.Equal((2048, 1536), (info.Width, info.Height));
    }
}
