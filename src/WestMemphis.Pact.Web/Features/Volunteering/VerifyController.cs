using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// /verify: anyone holding a letter of hours served (a school counsellor, a court clerk, an employer) checks its code and
/// sees what the letter says — the name, the hours, the number of shifts, the dates and the day it was issued — and
/// nothing more. A GET, so the letter can print a direct link; every look-up spends the same strict per-address budget as
/// the /status look-up by reference code (each one is a guess), and the code stays out of logs, caches and referrers.
/// </summary>
[AllowAnonymous]
public sealed class VerifyController(AppDbContext db, FormBudgets budgets, ILogger<VerifyController> logger) : Controller
{
    public const string NotFoundAnswer = "No letter has this code. Check it against the letter: codes look like PACT-7KQ4-M2XD-9HTR (the letters O and I and the numbers 0 and 1 are never used). If it still is not found, call 870-735-1210.";

    public const string MalformedAnswer = "This is not a letter's code. Codes look like PACT-7KQ4-M2XD-9HTR: four groups of four letters and numbers, without O, I, 0 or 1.";

    [HttpGet("verify")]
    public async Task<IActionResult> Verify(string? code, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (!Request.Query.ContainsKey("code"))
        {
            return View(new VerifyLetterViewModel(null));
        }

        code ??= "";
        var typed = code.Length <= HoursLetterCode.MaxTypedLength ? code : code[..HoursLetterCode.MaxTypedLength];
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await budgets.RefusalAsync(FormBudgetKind.EveryPost, "verify", client) is { } refusal)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = refusal.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            ModelState.AddModelError("code", refusal.Message);
            return View(new VerifyLetterViewModel(typed));
        }

        var normalized = HoursLetterCode.Normalize(code);
        if (normalized is null)
        {
            ModelState.AddModelError("code", string.IsNullOrWhiteSpace(code) ? "Enter the verification code printed on the letter." : MalformedAnswer);
            return View(new VerifyLetterViewModel(typed));
        }

        // Only what the letter itself states: no email address, no event names, no account id.
        var found = await db.HoursLetters.AsNoTracking().Where(l => l.VerificationCode == normalized)
            .Select(l => new VerifiedLetter(l.Id, l.VolunteerName, l.TotalHours, l.ShiftCount, l.FirstShiftUtc, l.LastShiftUtc, l.IssuedUtc, l.RevokedUtc))
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            ModelState.AddModelError("code", NotFoundAnswer);
            return View(new VerifyLetterViewModel(typed));
        }

        logger.LogInformation("Letter of hours {HoursLetterId} checked", found.Id);
        return View(new VerifyLetterViewModel(HoursLetterCode.Format(normalized), found));
    }
}

public sealed record VerifiedLetter(int Id, string VolunteerName, double TotalHours, int ShiftCount, DateTime FirstShiftUtc, DateTime LastShiftUtc,
    DateTime IssuedUtc, DateTime? RevokedUtc);

public sealed record VerifyLetterViewModel(string? Code, VerifiedLetter? Letter = null);
