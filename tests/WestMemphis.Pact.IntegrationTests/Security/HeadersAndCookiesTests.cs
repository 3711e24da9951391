using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

public sealed class HeadersAndCookiesTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    [InlineData("/lib/bootstrap/css/bootstrap.min.css")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        Assert.Contains("max-age=31536000", hsts);
    }

    [Fact]
    public async Task Pages_have_no_inline_script()
    {
        var page = await factory.CreateBrowserClient().GetPageAsync("/Account/Register");

        Assert.All(page.Document.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        Assert.DoesNotContain(page.Document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Cookies_are_http_only_same_site_lax_secure_and_host_prefixed()
    {
        var email = $"cookies-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var client = factory.CreateBrowserClient(followRedirects: false);
        var login = await client.GetPageAsync("/Account/Login");
        var antiforgery = login.Response.Headers.GetValues("Set-Cookie").ToList();
        var signedIn = await client.SubmitAsync(login, new Dictionary<string, string?> { ["Email"] = email, ["Password"] = TestUsers.Password });
        var cookies = antiforgery.Concat(signedIn.Response.Headers.GetValues("Set-Cookie")).Where(c => !c.Contains("=;", StringComparison.Ordinal)).ToList();

        Assert.Contains(cookies, c => c.StartsWith("__Host-pact.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-pact.af=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.StartsWith("__Host-", c);
            Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=lax", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("path=/", c, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Pages_behind_log_in_are_never_cached_and_public_pages_may_be()
    {
        var email = $"nostore-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);

        foreach (var url in new[] { "/admin/users", "/Account/Manage", "/", "/no-such-page", "/admin/audit/export.csv" })
        {
            var response = await client.GetAsync(url);
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        }

        // Public pages seen anonymously carry nothing personal and are left to the default cache rules.
        var anonymous = await factory.CreateClient().GetAsync("/about");
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.NotEqual(true, anonymous.Headers.CacheControl?.NoStore);
    }
}

public sealed class ErrorPageTests
{
    [Fact]
    public async Task An_exception_in_production_shows_the_friendly_page_without_a_stack_trace()
    {
        using var factory = new PactFactory { EnvironmentName = "Production" };
        factory.ConfigureTestServices = services => services.AddThrowingEndpoint();
        var response = await factory.CreateClient().GetAsync("/test/throw");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("at WestMemphis", body);
        Assert.DoesNotContain("Boom from a test", body);
        Assert.Contains("frame-ancestors 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
    }
}

public sealed class CookiePolicyTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public void Every_cookie_is_secure_only_outside_development_whatever_the_request_scheme()
    {
        var services = factory.Services;
        var auth = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var antiforgery = services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
        var tempData = services.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value;

        Assert.Equal(CookieSecurePolicy.Always, auth.Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, antiforgery.Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, tempData.Cookie.SecurePolicy);
        Assert.All(new[] { auth.Cookie, antiforgery.Cookie, tempData.Cookie }, c =>
        {
            Assert.StartsWith("__Host-", c.Name);
            Assert.Equal(SameSiteMode.Lax, c.SameSite);
        });
        Assert.True(auth.Cookie.HttpOnly);
    }
}
