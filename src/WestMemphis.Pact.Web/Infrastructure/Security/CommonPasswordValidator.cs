using System.Reflection;
using Microsoft.AspNetCore.Identity;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// Rejects passwords found in a list of commonly used and breached passwords (ASVS 6.2.4), and ones
/// made of a single repeated character or a keyboard run. No composition rules: length does the work.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var normalized = password.Trim().ToLowerInvariant();
        if (IsCommon(normalized)
            || (user.Email is { Length: > 0 } email && normalized.Contains(email.Split('@')[0].ToLowerInvariant(), StringComparison.Ordinal) && email.Split('@')[0].Length >= 6))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "This password is too common or too easy to guess. Try a longer phrase of unrelated words.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    public static bool IsCommon(string normalized) =>
        Common.Value.Contains(normalized)
        || normalized.Distinct().Count() <= 2
        || IsRun(normalized, "0123456789012345678901234567890")
        || IsRun(normalized, "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")
        || IsRun(normalized, "qwertyuiopasdfghjklzxcvbnmqwertyuiop");

    private static bool IsRun(string value, string sequence) => sequence.Contains(value, StringComparison.Ordinal);

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WestMemphis.Pact.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
