using Deque.AxeCore.Commons;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>
/// The real app on real Kestrel (its own SQLite file and mail folder) and Debian's Chromium driven by
/// Playwright — no browser download. One per test class.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    public BrowserFixture()
        : this(new PactFactory())
    {
    }

    /// <summary>xUnit builds a class fixture through its one public constructor; a fixture on other settings derives from this.</summary>
    protected BrowserFixture(PactFactory app) => App = app;

    public PactFactory App { get; }
    public IPlaywright Playwright { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}. Run ./test.sh, which installs Debian's chromium package.");
        }

        // Production runs behind a TLS-terminating proxy; here the browser speaks plain HTTP to Kestrel, so
        // requests are marked HTTPS as the forwarded-headers middleware would mark them behind that proxy.
        App.ConfigureTestServices = services => services.AddTransient<IStartupFilter, BehindTlsProxyStartupFilter>();
        App.UseKestrel(0);
        App.StartServer();
        // "localhost" is a secure context for Chromium, so the app's Secure, __Host- cookies work over plain HTTP in tests.
        var address = App.ClientOptions.BaseAddress;
        BaseUrl = $"http://localhost:{address.Port}";

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>The same, on the Development demo data (the demo accounts, Ward 2's rising thefts from vehicles, its followers).</summary>
public sealed class DemoDataBrowserFixture() : BrowserFixture(new PactFactory { EnvironmentName = "Development" }.With("Seed:DemoData", "true"));

internal sealed class BehindTlsProxyStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Request.Scheme = "https";
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>
/// axe-core (the copy bundled with Deque.AxeCore.Commons, so no download) run in the page itself. Not Deque's <c>RunAxe</c>: that
/// opens a second, blank page for every check to finish the run in isolation (built for pages with cross-origin frames;
/// the portal has none) and returns every pass in full, which made a check cost about 3 s on this machine against
/// 0.3–0.7 s here. The rules and tags are the same.
/// </summary>
public static class AxeAssertions
{
    private static readonly Lazy<string> AxeSource = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>WCAG 2.0 and 2.1, levels A and AA; only violations are reported back (passes are cut to one node each).</summary>
    private const string Run = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            });
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
        }
        """;

    /// <summary>axe-core over the whole page: zero WCAG 2.1 A/AA violations.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var problems = await page.EvaluateAsync<string[]>(Run);
        Assert.True(problems.Length == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", problems));
    }
}
