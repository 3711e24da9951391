using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using QRCoder;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.Web.Features.Feedback;

/// <summary>The printable card: what it is about, the QR code and the address to type, and the promise of anonymity.</summary>
public sealed partial class ManageFeedbackController
{
    [HttpGet("{id:int}/card")]
    public async Task<IActionResult> Card(int id, [FromServices] LinkBuilder links, CancellationToken cancellationToken)
    {
        var card = await db.FeedbackCards.AsNoTracking().Include(c => c.Area).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return card is null
            ? NotFound()
            : View("Card", new PrintableCard(card.Id, FeedbackRules.Label(card.Program), card.Area?.Name, FeedbackRules.Describe(card.Program, card.Area?.Name),
                links.Absolute($"/feedback/{card.Code}"), card.RetiredUtc is not null));
    }

    /// <summary>The card's QR code as SVG: crisp at any print size, drawn here (no outside service sees the address).</summary>
    [HttpGet("{id:int}/qr.svg")]
    public async Task<IActionResult> Qr(int id, [FromServices] LinkBuilder links, CancellationToken cancellationToken)
    {
        var code = await db.FeedbackCards.AsNoTracking().Where(c => c.Id == id).Select(c => c.Code).FirstOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return NotFound();
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(links.Absolute($"/feedback/{code}"), QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return Content(svg, "image/svg+xml");
    }
}

public sealed record PrintableCard(int Id, string Program, string? Area, string About, string Address, bool Retired);
