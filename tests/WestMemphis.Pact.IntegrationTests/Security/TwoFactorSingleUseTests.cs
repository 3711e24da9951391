using System.Net;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>An authenticator code opens one session only (RFC 6238 §5.2, OWASP ASVS 6.5.1).</summary>
public sealed class TwoFactorSingleUseTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static async Task<HtmlPage> PasswordStepAsync(HttpClient client, string email)
    {
        var page = await client.GetPageAsync("/Account/Login");
        var prompt = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = email, ["Password"] = TestUsers.Password });
        Assert.Equal("/Account/LoginWith2fa", prompt.Url.AbsolutePath);
        return prompt;
    }

    [Fact]
    public async Task The_same_code_does_not_sign_in_twice()
    {
        var email = $"once-{Guid.NewGuid():N}@example.com";
        var user = await factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        var key = Totp.KeysByEmail[email];
        var now = DateTimeOffset.UtcNow;
        var code = Totp.Code(key, now);

        var first = factory.CreateBrowserClient();
        var firstResult = await first.SubmitAsync(await PasswordStepAsync(first, email), new Dictionary<string, string?> { ["Code"] = code });
        Assert.Equal("/work", firstResult.Url.AbsolutePath); // staff land on their own work
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin/users")).StatusCode);

        var second = factory.CreateBrowserClient();
        var secondResult = await second.SubmitAsync(await PasswordStepAsync(second, email), new Dictionary<string, string?> { ["Code"] = code });
        Assert.Equal("/Account/LoginWith2fa", secondResult.Url.AbsolutePath);
        Assert.Contains(secondResult.Errors, e => e.Contains("not right", StringComparison.Ordinal));
        Assert.NotEqual("/admin/users", (await second.GetPageAsync("/admin/users")).Url.AbsolutePath);

        // An older code (still inside the allowed drift) is refused too; the next one works.
        var older = await second.SubmitAsync(secondResult, new Dictionary<string, string?> { ["Code"] = Totp.Code(key, now.AddSeconds(-30)) });
        Assert.Equal("/Account/LoginWith2fa", older.Url.AbsolutePath);
        var next = await second.SubmitAsync(older, new Dictionary<string, string?> { ["Code"] = Totp.Code(key, now.AddSeconds(30)) });
        Assert.Equal("/work", next.Url.AbsolutePath);

        var stored = await factory.WithDbAsync(db => db.UserTokens
            .Where(t => t.UserId == user.Id && t.LoginProvider == SingleUseAuthenticatorTokenProvider.LoginProvider)
            .Select(t => t.Value).SingleAsync());
        Assert.Equal(now.ToUnixTimeSeconds() / 30 + 1, long.Parse(stored!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Two_sign_ins_racing_with_one_code_open_one_session()
    {
        var logs = new LogCapture();
        using var factory = new PactFactory { ConfigureTestServices = logs.AddTo };
        var email = $"race-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Officer);
        var code = Totp.Code(Totp.KeysByEmail[email]);
        var clients = new[] { factory.CreateBrowserClient(), factory.CreateBrowserClient(), factory.CreateBrowserClient() };
        var prompts = new List<HtmlPage>();
        foreach (var client in clients)
        {
            prompts.Add(await PasswordStepAsync(client, email));
        }

        var results = await Task.WhenAll(clients.Select((c, i) => c.SubmitAsync(prompts[i], new Dictionary<string, string?> { ["Code"] = code })));

        Assert.True(results.All(r => r.Status != HttpStatusCode.InternalServerError), logs.Text);
        Assert.Equal(1, results.Count(r => r.Url.AbsolutePath == "/work"));
    }
}
