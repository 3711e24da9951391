using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>
/// Deny by default, proven against the running app: every endpoint it maps is found in its
/// EndpointDataSource, must be listed in <see cref="AccessMatrix"/>, and is called as each role.
/// </summary>
public sealed partial class AccessControlTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private static readonly string?[] Everyone = [null, Roles.Resident, Roles.Coordinator, Roles.Officer, Roles.Admin];

    public sealed record MappedEndpoint(string Key, string Method, string Template);

    private IReadOnlyList<MappedEndpoint> MappedEndpoints()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var result = new List<MappedEndpoint>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var isAction = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not null;
            var template = endpoint.RoutePattern.RawText ?? "";
            if (!isAction && template != "/health" && !template.StartsWith("{*", StringComparison.Ordinal))
            {
                continue; // static files: public by design, covered by the header tests
            }

            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [];
            foreach (var method in methods.Count == 0 ? ["*"] : methods)
            {
                result.Add(new MappedEndpoint($"{method} {template.TrimStart('/') switch { "" => "/", var t when template == "/health" => "/health", var t => t }}", method, template));
            }
        }

        return result.DistinctBy(e => e.Key).ToList();
    }

    [Fact]
    public void Every_endpoint_is_in_the_role_matrix()
    {
        var unlisted = MappedEndpoints().Where(e => !AccessMatrix.Endpoints.ContainsKey(e.Key)).Select(e => e.Key).ToList();
        Assert.True(unlisted.Count == 0, "Endpoints missing from AccessMatrix (decide who may call them):\n" + string.Join("\n", unlisted));
    }

    [Fact]
    public void The_matrix_lists_no_endpoint_the_app_no_longer_has()
    {
        var mapped = MappedEndpoints().Select(e => e.Key).ToHashSet();
        var stale = AccessMatrix.Endpoints.Keys.Where(k => !mapped.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "AccessMatrix lists endpoints the app does not map:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Each_role_reaches_exactly_the_endpoints_the_matrix_allows()
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Everyone)
        {
            var client = factory.CreateBrowserClient(followRedirects: false);
            if (role is not null)
            {
                var email = $"matrix-{role}-{Guid.NewGuid():N}@example.com".ToLowerInvariant();
                await factory.CreateUserAsync(email, TestUsers.Password, role);
                await client.LoginAsync(email);
            }

            clients[role ?? "anonymous"] = client;
        }

        var failures = new List<string>();
        foreach (var endpoint in MappedEndpoints().Where(e => AccessMatrix.Endpoints.ContainsKey(e.Key)))
        {
            if (endpoint.Key is "POST Account/Logout")
            {
                continue; // would end the session the other checks use; covered by the account tests
            }

            var access = AccessMatrix.Endpoints[endpoint.Key];
            var url = "/" + ParameterPattern().Replace(endpoint.Template.TrimStart('/'), "1");
            if (url == "/1")
            {
                url = "/no-such-page"; // the catch-all
            }

            foreach (var role in Everyone)
            {
                var client = clients[role ?? "anonymous"];
                var method = endpoint.Method == "*" ? HttpMethod.Get : new HttpMethod(endpoint.Method);
                using var request = new HttpRequestMessage(method, url);
                if (method == HttpMethod.Post)
                {
                    request.Content = new FormUrlEncodedContent([]);
                }

                var response = await client.SendAsync(request);
                var location = response.Headers.Location?.OriginalString ?? "";
                // The challenge for a page that needs log-in carries ReturnUrl; a page's own redirect to the log-in form does not.
                var outcome = location.Contains("/Account/Login?ReturnUrl=", StringComparison.Ordinal) ? "login"
                    : location.Contains("/Account/AccessDenied", StringComparison.Ordinal) ? "forbidden"
                    : (int)response.StatusCode >= 500 ? "error"
                    : "allowed";
                var expected = AccessMatrix.Allows(access, role) ? "allowed" : role is null ? "login" : "forbidden";
                if (outcome != expected)
                {
                    failures.Add($"{endpoint.Key} as {role ?? "anonymous"}: expected {expected}, got {outcome} ({(int)response.StatusCode} {location})");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_post_endpoint_refuses_a_request_without_an_antiforgery_token()
    {
        var email = $"csrf-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin, Roles.Resident, Roles.Coordinator, Roles.Officer);
        var client = factory.CreateBrowserClient(followRedirects: false);
        await client.LoginAsync(email);

        var posts = MappedEndpoints().Where(e => e.Method == "POST").ToList();
        Assert.NotEmpty(posts);
        foreach (var endpoint in posts)
        {
            var url = "/" + ParameterPattern().Replace(endpoint.Template.TrimStart('/'), "1");
            var response = await client.PostAsync(url, new FormUrlEncodedContent([new("anything", "x")]));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{endpoint.Key} answered {(int)response.StatusCode} without a token");
        }
    }

    [Fact]
    public async Task A_token_from_another_session_is_refused()
    {
        var client = factory.CreateBrowserClient(followRedirects: false);
        var other = factory.CreateBrowserClient(followRedirects: false);
        var foreign = await other.GetPageAsync("/Account/Login");
        var token = foreign.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await client.GetPageAsync("/Account/Login");

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Email", "a@example.com"), new("Password", "whatever password")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_state_change_never_happens_on_get()
    {
        var response = await factory.CreateBrowserClient(followRedirects: false).GetAsync("/Account/Logout");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(MappedEndpoints(), e => e.Key == "POST Account/Logout");
        Assert.DoesNotContain(MappedEndpoints(), e => e.Key == "GET Account/Logout");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex ParameterPattern();
}
