using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Infrastructure.Startup;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>
/// Every way of reaching Production: a certificate on Kestrel (HTTP redirects, HSTS), a trusted TLS proxy
/// (works as is), and plain HTTP with neither (a clear page and one log line, never a 500).
/// </summary>
public sealed class HttpsInProductionTests
{
    private static HttpClient PlainHttpClient(PactFactory factory, string peer = "192.0.2.50")
    {
        var client = factory.CreateBrowserClient(followRedirects: false);
        client.DefaultRequestHeaders.Add(SimulatedNetwork.Scheme, "http");
        client.DefaultRequestHeaders.Add(SimulatedNetwork.Peer, peer);
        return client;
    }

    [Fact]
    public async Task Plain_HTTP_with_no_certificate_and_no_proxy_gets_a_clear_page_and_one_log_line()
    {
        var logs = new LogCapture();
        using var factory = new PactFactory { EnvironmentName = "Production" };
        factory.ConfigureTestServices = services =>
        {
            SimulatedNetwork.AddTo(services);
            logs.AddTo(services);
        };
        var client = PlainHttpClient(factory);

        foreach (var url in new[] { "/Account/Login", "/Account/Register", "/", "/Account/Login" })
        {
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("This site must be reached over HTTPS", body);
            Assert.DoesNotContain("Exception", body);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var refused = logs.Events.Where(e => e.RenderMessage(null).Contains(ProxiesAndHttps.PlainHttpRefused, StringComparison.Ordinal)
            && e.RenderMessage(null).StartsWith("Refused", StringComparison.Ordinal)).ToList();
        Assert.Single(refused);
        Assert.Equal(LogEventLevel.Warning, refused[0].Level);
        Assert.DoesNotContain(logs.Events, e => e.Exception is not null || e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task Production_warns_at_start_up_when_it_has_no_https_endpoint_and_no_proxy()
    {
        var logs = new LogCapture();
        using var factory = new PactFactory { EnvironmentName = "Production", ConfigureTestServices = logs.AddTo };
        _ = factory.Server;

        var warning = await logs.WaitForAsync(e => e.RenderMessage(null).StartsWith("No HTTPS endpoint and no trusted proxy", StringComparison.Ordinal));
        Assert.Contains("configure a certificate or a trusted proxy, see docs/operations.md", warning.RenderMessage(null));
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_that_terminates_TLS_everything_works_and_an_untrusted_one_is_not_believed()
    {
        using var factory = new PactFactory { EnvironmentName = "Production", ConfigureTestServices = SimulatedNetwork.AddTo }
            .With("ForwardedHeaders:KnownProxies:0", "10.0.0.5");
        var email = $"proxy-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email);
        var viaProxy = PlainHttpClient(factory, peer: "10.0.0.5");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        var login = await viaProxy.GetPageAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, login.Status);
        var signedIn = await viaProxy.SubmitAsync(login, new Dictionary<string, string?> { ["Email"] = email, ["Password"] = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/", signedIn.Response.Headers.Location!.OriginalString);
        Assert.Contains("max-age=31536000", string.Join(";", login.Response.Headers.GetValues("Strict-Transport-Security")));

        var spoofer = PlainHttpClient(factory, peer: "192.0.2.99");
        spoofer.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        Assert.Equal(HttpStatusCode.BadRequest, (await spoofer.GetAsync("/Account/Login")).StatusCode);
    }

    [Fact]
    public async Task With_a_certificate_on_Kestrel_HTTP_is_redirected_with_308_and_HTTPS_sends_HSTS()
    {
        var logs = new LogCapture();
        using var factory = new PactFactory { EnvironmentName = "Production", ConfigureTestServices = logs.AddTo }
            .With("AllowedHosts", "localhost;127.0.0.1");
        var pfx = Path.Combine(factory.Folder, "pact.pfx");
        using var certificate = SelfSignedCertificate();
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        factory.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(pfx, "test-password"));
        });
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var http = new Uri(addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)));
        var https = new Uri(addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal)));
        using var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == certificate.Thumbprint,
        };
        using var client = new HttpClient(handler);

        var redirect = await client.GetAsync(new Uri(http, "/Account/Login?returnUrl=%2Fmy"));
        Assert.Equal(HttpStatusCode.PermanentRedirect, redirect.StatusCode);
        Assert.Equal(new Uri(https, "/Account/Login?returnUrl=%2Fmy"), redirect.Headers.Location);

        var page = await client.GetAsync(redirect.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", page.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Contains("__RequestVerificationToken", await page.Content.ReadAsStringAsync());
        Assert.DoesNotContain(logs.Events, e => e.RenderMessage(null).Contains("No HTTPS endpoint", StringComparison.Ordinal));
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
