using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>
/// The shift a first sign-up is heading for. An anonymous "Sign up" sends the person to log in with
/// <c>returnUrl=/shifts/{id}/signup</c>; that return address travels through the log-in page's "Create an account"
/// link, registration, the confirmation email and the confirmation page, so the person ends on the shift they chose.
/// Here: which shift a return address names (for "Log in to sign up for …"), read from the database, never the URL's text.
/// </summary>
public static partial class SignUpReturn
{
    /// <summary>A return address kept only when it is local and short; anything else is dropped (no open redirect).</summary>
    public static string? Safe(string? returnUrl, Func<string, bool> isLocal) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.Length <= 500 && isLocal(returnUrl) ? returnUrl : null;

    /// <summary>"Litter pickup at Spring cleanup" when the address is a shift sign-up of a published event, else null.</summary>
    public static async Task<string?> ShiftNameAsync(AppDbContext db, string? returnUrl, CancellationToken cancellationToken)
    {
        if (returnUrl is null || ShiftSignupPath().Match(returnUrl) is not { Success: true } match
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return await db.Shifts.AsNoTracking().Where(s => s.Id == id && s.Event!.Status == EventStatus.Published)
            .Select(s => s.Role + " at " + s.Event!.Title).FirstOrDefaultAsync(cancellationToken);
    }

    [GeneratedRegex(@"^/shifts/([0-9]{1,9})/signup$", RegexOptions.CultureInvariant)]
    private static partial Regex ShiftSignupPath();
}
