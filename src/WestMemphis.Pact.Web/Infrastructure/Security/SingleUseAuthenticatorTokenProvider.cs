using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// Authenticator-app codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, two steps of clock drift either
/// way, as Identity's own provider) that work once: the time step of the last accepted code is kept per user
/// (in AspNetUserTokens, no schema change) and a code of that step or an earlier one is refused
/// (RFC 6238 §5.2, OWASP ASVS 6.5.1). Two sign-ins racing with one code cannot both win.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider clock, AppDbContext db) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string ProviderName = "PactAuthenticator";
    public const string LoginProvider = "[PactAuthenticator]";
    public const string LastStepTokenName = "LastAcceptedTimeStep";
    private const int StepSeconds = 30;
    private const int AllowedDrift = 2;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The code comes from the person's app, never from us.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6 || !token.All(char.IsAsciiDigit) || Base32Decode(key) is not { Length: > 0 } secret)
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        long? matched = null;
        for (var step = now - AllowedDrift; step <= now + AllowedDrift; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(token)))
            {
                matched = step;
            }
        }

        if (matched is not { } accepted)
        {
            return false;
        }

        return await TakeStepAsync(user.Id, accepted);
    }

    /// <summary>
    /// Records the step as used, atomically: a conditional update that only moves the step forward, or the
    /// first row's insert, whose key makes a second insert fail. The user's row is not touched, so a losing
    /// racer leaves nothing half-saved behind for the failure count and the audit entry that follow.
    /// </summary>
    private async Task<bool> TakeStepAsync(string userId, long step)
    {
        // Fixed width, so the text column orders as the numbers do.
        var value = step.ToString("D12", CultureInfo.InvariantCulture);
        var moved = await db.UserTokens
            .Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == LastStepTokenName && string.Compare(t.Value, value) < 0)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Value, value));
        if (moved == 1)
        {
            return true;
        }

        if (await db.UserTokens.AnyAsync(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == LastStepTokenName))
        {
            return false; // this step or a later one was already used
        }

        var row = new IdentityUserToken<string> { UserId = userId, LoginProvider = LoginProvider, Name = LastStepTokenName, Value = value };
        db.UserTokens.Add(row);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            // Another sign-in saved the first step for this user at the same moment: that one won.
            db.Entry(row).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>The 6-digit code for a time step (RFC 6238 with RFC 4226's dynamic truncation).</summary>
    public static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32, as Identity writes authenticator keys; null when it is not base32.</summary>
    public static byte[]? Base32Decode(string input)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>(input.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in input.TrimEnd('='))
        {
            if (c == ' ')
            {
                continue;
            }

            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. output];
    }
}
