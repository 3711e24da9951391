using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace WestMemphis.Pact.IntegrationTests.Infrastructure;

/// <summary>Test-only endpoints, added to one test app at a time.</summary>
public static class TestEndpoints
{
    /// <summary>GET /test/throw throws inside MVC, to prove what an error looks like to a visitor.</summary>
    public static void AddThrowingEndpoint(this IServiceCollection services) =>
        services.AddControllersWithViews().AddApplicationPart(typeof(ThrowingController).Assembly);
}

[AllowAnonymous]
public sealed class ThrowingController : Controller
{
    [HttpGet("/test/throw")]
    public IActionResult Throw() => throw new InvalidOperationException("Boom from a test");
}
