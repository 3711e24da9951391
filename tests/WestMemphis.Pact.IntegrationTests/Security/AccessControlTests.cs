using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// Every state-changing action (each one that accepts POST, PUT, PATCH or DELETE) answers that verb only: it has no GET
    /// or unconstrained route, and a GET or HEAD to its address, from an account holding every role, reaches at most
    /// the GET page of the same address, and changes no row anywhere.
    /// </summary>
    [Fact]
    public async Task No_state_changing_action_answers_a_get()
    {
        var endpoints = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>(),
                Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Action is not null)
            .ToList();
        string[] changing = ["POST", "PUT", "PATCH", "DELETE"];
        var stateChanging = endpoints.Where(e => e.Methods.Any(changing.Contains)).ToList();
        Assert.True(stateChanging.Count >= 30, $"only {stateChanging.Count} state-changing actions found");

        var failures = new List<string>();
        foreach (var (endpoint, action, methods) in stateChanging)
        {
            var name = $"{action!.ControllerName}.{action.ActionName} ({endpoint.RoutePattern.RawText})";
            // Every route of that action, not only this one, must be for state-changing verbs only.
            var allMethods = endpoints.Where(e => e.Action!.Id == action.Id).SelectMany(e => e.Methods.Count == 0 ? ["*"] : e.Methods);
            failures.AddRange(allMethods.Where(m => !changing.Contains(m)).Select(m => $"{name} also answers {m}"));
        }

        var email = $"never-get-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin, Roles.Resident, Roles.Coordinator, Roles.Officer);
        var client = factory.CreateBrowserClient(followRedirects: false);
        await client.LoginAsync(email);
        var before = await RowCountsAsync();

        foreach (var (endpoint, action, _) in stateChanging)
        {
            var template = endpoint.RoutePattern.RawText!.TrimStart('/');
            var page = endpoints.Any(e => e.Endpoint.RoutePattern.RawText!.TrimStart('/') == template && e.Methods.Contains("GET"));
            var url = "/" + ParameterPattern().Replace(template, "1");
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
            {
                using var response = await client.SendAsync(new HttpRequestMessage(method, url));
                var status = (int)response.StatusCode;
                var ok = page ? status < 500 : response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed;
                if (!ok)
                {
                    failures.Add($"{method} {url} ({action!.ControllerName}.{action.ActionName}) answered {status}");
                }
            }
        }

        var after = await RowCountsAsync();
        failures.AddRange(before.Where(b => after[b.Key] != b.Value).Select(b => $"table {b.Key}: {b.Value} rows before the GETs, {after[b.Key]} after"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Rows in every table, except the audit log (reads of some records are audited by design).</summary>
    private Task<Dictionary<string, long>> RowCountsAsync() => factory.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'AuditEntries'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    });

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex ParameterPattern();
}
