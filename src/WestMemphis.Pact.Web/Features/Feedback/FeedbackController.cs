using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Features.Feedback;

/// <summary>
/// The anonymous three-question form: opened from a printed card's QR code (/feedback/{code}) or from the one email
/// a requester or reporter gets (/feedback/answer/{token}). Nothing about the person is kept (<see cref="Domain.Feedback.FeedbackResponse"/>).
/// </summary>
[AllowAnonymous]
public sealed partial class FeedbackController(AppDbContext db, TimeProvider clock) : Controller
{
    public const string Thanks = "/feedback/thanks";

    [HttpGet("feedback/thanks")]
    public IActionResult ThankYou() => View("Thanks");
}
