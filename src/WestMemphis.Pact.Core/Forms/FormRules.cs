using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using MimeKit;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Forms;

/// <summary>Field rules shared by every form.</summary>
public static partial class FormRules
{
    public const int MaxPasswordLength = 256;

    /// <summary>
    /// Single-line text a person would type: no control characters (NUL, CR/LF), no bidirectional
    /// overrides that could disguise text. Emoji and accented letters are fine.
    /// </summary>
    public static bool IsPlainText(string? value) =>
        value is null || value.All(c => !char.IsControl(c) && !IsBidiControl(c));

    /// <summary>Multi-line text: as <see cref="IsPlainText"/>, but line breaks and tabs are allowed.</summary>
    public static bool IsPlainMultilineText(string? value) =>
        value is null || value.All(c => c is '\r' or '\n' or '\t' || (!char.IsControl(c) && !IsBidiControl(c)));

    private static bool IsBidiControl(char c) => c is '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E'
        or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u200E' or '\u200F';

    public static IRuleBuilderOptions<T, string?> EmailRules<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("Enter your email address.")
        .MaximumLength(FieldLengths.Email).WithMessage($"Email addresses are at most {FieldLengths.Email} characters.")
        .Must(e => e is null || IsEmailAddress(e)).WithMessage("Enter an email address like name@example.com.");

    public static IRuleBuilderOptions<T, string?> PasswordRules<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("Choose a password.")
        .MinimumLength(12).WithMessage("Passwords must be at least 12 characters. A phrase of a few words is easy to remember.")
        .MaximumLength(MaxPasswordLength).WithMessage($"Passwords must be {MaxPasswordLength} characters or fewer.")
        .Must(p => p is null || !p.Contains('\0', StringComparison.Ordinal)).WithMessage("Passwords cannot contain that character.");

    public static IRuleBuilderOptions<T, string?> PhoneRules<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(FieldLengths.Phone).WithMessage($"Phone numbers are at most {FieldLengths.Phone} characters.")
        .Must(p => string.IsNullOrWhiteSpace(p) || PhonePattern().IsMatch(p)).WithMessage("Enter a phone number like 870-555-0100.");

    private static readonly ParserOptions StrictAddresses = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
    };

    /// <summary>
    /// One bare address as MimeKit (the library that sends our mail) parses it strictly: no display name, angle
    /// brackets, comments or lists, and a domain with at least one dot, so what we store is exactly what we send to.
    /// </summary>
    public static bool IsEmailAddress(string value)
    {
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            || !MailboxAddress.TryParse(StrictAddresses, value, out var mailbox)
            || !string.IsNullOrEmpty(mailbox.Name) || mailbox.Route.Count > 0 || mailbox.Address != value)
        {
            return false;
        }

        var domain = mailbox.Domain;
        return mailbox.LocalPart.Length > 0 && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\+?[0-9 ().\-]{7,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
