using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>
/// A log-in for an unknown address does the same work as a wrong password for a known one (one password
/// hash verified), so the answer time does not tell whether an account exists. Checked on the code path,
/// not the clock.
/// </summary>
public sealed class LoginWorkTests
{
    [Fact]
    public async Task An_unknown_email_verifies_a_password_hash_like_a_wrong_password_does()
    {
        var counter = new PasswordChecks();
        using var factory = new PactFactory
        {
            ConfigureTestServices = services =>
            {
                services.AddSingleton(counter);
                services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<ApplicationUser>, CountingPasswordHasher>());
            },
        };
        var email = $"known-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);

        var before = counter.Verified;
        var wrong = await factory.CreateBrowserClient().LoginAsync(email, "not the right password at all");
        var forKnown = counter.Verified - before;

        before = counter.Verified;
        var unknown = await factory.CreateBrowserClient().LoginAsync($"nobody-{Guid.NewGuid():N}@example.com", "not the right password at all");
        var forUnknown = counter.Verified - before;

        Assert.Equal(1, forKnown);
        Assert.Equal(forKnown, forUnknown);
        Assert.Equal(wrong.Errors, unknown.Errors);
    }

    public sealed class PasswordChecks
    {
        private int _verified;
        public int Verified => Volatile.Read(ref _verified);
        public void Add() => Interlocked.Increment(ref _verified);
    }

    private sealed class CountingPasswordHasher(PasswordChecks checks, IOptions<PasswordHasherOptions> options) : PasswordHasher<ApplicationUser>(options)
    {
        public override PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            checks.Add();
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
