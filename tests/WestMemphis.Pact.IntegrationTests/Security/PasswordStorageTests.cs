using System.Buffers.Binary;
using Microsoft.AspNetCore.Cryptography.KeyDerivation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>
/// Passwords are stored as the app hashes them outside the test harness: ASP.NET Core Identity's version 3 format,
/// PBKDF2 with HMAC-SHA512 at the platform's work factor (100,000 iterations today). The rest of the suite hashes with
/// <see cref="PactFactory.TestPasswordIterations"/> to save time; this test runs the app as it ships.
/// </summary>
public sealed class PasswordStorageTests
{
    [Fact]
    public async Task A_password_is_stored_as_pbkdf2_with_hmac_sha512_at_the_platforms_work_factor_and_signs_in()
    {
        using var factory = new PactFactory { FastPasswordHashing = false };
        var email = $"hash-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);

        var stored = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());
        var bytes = Convert.FromBase64String(stored!);

        // Layout: format marker 0x01, then the PRF, the iteration count and the salt length as big-endian 32-bit numbers.
        Assert.Equal(0x01, bytes[0]);
        Assert.Equal((uint)KeyDerivationPrf.HMACSHA512, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1, 4)));
        var iterations = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(5, 4));
        Assert.Equal(new PasswordHasherOptions().IterationCount, iterations);
        Assert.True(iterations >= 100_000, $"{iterations} iterations");
        Assert.NotEqual(PactFactory.TestPasswordIterations, iterations);

        var home = await factory.CreateBrowserClient().LoginAsync(email);
        Assert.Empty(home.Errors);
        Assert.Contains("Log out", home.Text, StringComparison.Ordinal);
    }
}
