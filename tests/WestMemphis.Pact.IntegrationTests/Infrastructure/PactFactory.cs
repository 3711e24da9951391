using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file of its own, with mail written to a folder of its own. One factory per
/// test class; the folder is deleted on dispose. The file starts as a copy of a template that the real
/// migrations and reference-data seeding built once per test run (the app's own start-up then finds nothing
/// to migrate); <see cref="FromTemplate"/> = false starts from an empty file instead.
/// </summary>
public class PactFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);

    // Each test host watches its content root and wwwroot (configuration reload, asp-append-version). With inotify that
    // is one kernel instance per watcher, and Linux allows 128 per user by default: a suite of a hundred hosts, next to
    // another dotnet process, ran out. Polling watchers need none, and nothing in a test edits files the host watches.
    static PactFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public PactFactory() : this(null)
    {
    }

    /// <summary>A new app on another factory's folder (and so its database): a restart of the app.</summary>
    public static PactFactory ReusingFolder(string folder) => new(folder);

    /// <summary>The app that builds the run's template database in <paramref name="folder"/> (kept after dispose).</summary>
    internal PactFactory(string folder, bool fromTemplate) : this(folder)
    {
        FromTemplate = fromTemplate;
    }

    private PactFactory(string? folder)
    {
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "pact-tests", Guid.NewGuid().ToString("N"));
        OwnsFolder = folder is null;
        Directory.CreateDirectory(Folder);
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    public string Folder { get; }
    private bool OwnsFolder { get; }
    public string DatabasePath => Path.Combine(Folder, "pact.db");
    public string MailFolder => Path.Combine(Folder, "mail");
    public string EnvironmentName { get; set; } = "Testing";

    /// <summary>Whether the database starts as a copy of the run's migrated template (else an empty file the app migrates).</summary>
    public bool FromTemplate { get; set; } = true;

    /// <summary>The PBKDF2 iterations of test apps' password hashes (see <see cref="FastPasswordHashing"/>).</summary>
    public const int TestPasswordIterations = 1_000;

    /// <summary>Whether passwords are hashed with <see cref="TestPasswordIterations"/> (else the app's own setting).</summary>
    public bool FastPasswordHashing { get; set; } = true;

    /// <summary>A clock the test can move (for session time-outs and the like). Null: the real clock.</summary>
    public FakeTimeProvider? Clock { get; set; }

    /// <summary>Extra service registrations for this test app.</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; set; }

    /// <summary>Adds service registrations (after any already set) before the app starts.</summary>
    public PactFactory WithTestServices(Action<IServiceCollection> configure)
    {
        var earlier = ConfigureTestServices;
        ConfigureTestServices = services =>
        {
            earlier?.Invoke(services);
            configure(services);
        };
        return this;
    }

    /// <summary>Override a configuration value before the app starts.</summary>
    public PactFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (FromTemplate)
        {
            TemplateDatabase.CopyTo(DatabasePath);
        }

        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Mail:PickupDirectory", MailFolder);
        builder.UseSetting("Mail:SenderEnabled", "false");
        // Links in emails come from configuration only (Production requires it).
        builder.UseSetting("Mail:PublicBaseUrl", "https://localhost");
        builder.UseSetting("Logging:Folder", Path.Combine(Folder, "logs"));
        builder.UseSetting("Logging:File", "false");
        // Concern photos in the test's own folder, never under the web project.
        builder.UseSetting("Concerns:PhotoFolder", Path.Combine(Folder, "photos"));
        builder.UseSetting("Seed:DemoData", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests sign in far more often than a person could; the rate-limit tests set their own limits.
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicFormsPerMinute", "100000");
        builder.UseSetting("RateLimits:RefusedPostsPerMinute", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (FastPasswordHashing)
        {
            // PBKDF2 at the platform's 100,000 iterations costs about 120 ms of CPU here, and the suite creates and signs in
            // thousands of accounts: 1,000 iterations keep the same code path at a hundredth of the work. The real work
            // factor has its own test (PasswordStorageTests).
            builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordIterations));
        }

        // A client made with a remote address (CreateBrowserClient(remoteAddress: ...)) is seen as connecting from it.
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TestRemoteAddressStartupFilter>());
        if (ConfigureTestServices is not null)
        {
            builder.ConfigureServices(ConfigureTestServices);
        }

        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        }
    }

    public HttpClient CreateBrowserClient(bool followRedirects = true, string? remoteAddress = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, BaseAddress = new Uri("https://localhost"), HandleCookies = true });
        if (remoteAddress is not null)
        {
            client.DefaultRequestHeaders.Add(TestRemoteAddressStartupFilter.Header, remoteAddress);
        }

        return client;
    }

    /// <summary>A client whose cookies the test can read and copy (no redirects followed).</summary>
    public HttpClient CreateClientWithCookies(System.Net.CookieContainer cookies) =>
        CreateDefaultClient(new Uri("https://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Creates a confirmed account directly (test arrangement, not the thing under test).</summary>
    public async Task<ApplicationUser> CreateUserAsync(string email, string password = TestUsers.Password, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = "Test " + email.Split('@')[0],
            CreatedUtc = DateTime.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        foreach (var role in roles.Length == 0 ? [Roles.Resident] : roles)
        {
            await users.AddToRoleAsync(user, role);
        }

        if (roles.Any(Roles.IsStaffRole) && EnrolStaffInTwoFactor)
        {
            // Staff must use two-factor sign-in; LoginAsync answers the code prompt with this key.
            await users.ResetAuthenticatorKeyAsync(user);
            Totp.KeysByEmail[email] = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return user;
    }

    /// <summary>Whether <see cref="CreateUserAsync"/> sets up two-factor sign-in for staff (as they must).</summary>
    public bool EnrolStaffInTwoFactor { get; set; } = true;

    /// <summary>Runs the outbox sender once, as the background worker would.</summary>
    public Task<int> SendQueuedMailAsync() =>
        Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);

    /// <summary>The .eml files written so far.</summary>
    public IReadOnlyList<string> SentMail() =>
        Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml").Order().ToList() : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && OwnsFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open on this platform; the temp folder is cleaned by the OS.
            }
        }
    }
}

/// <summary>
/// The test server has no TCP connection, so every request would come from no address at all; a test client
/// that names one (a header only tests send) is seen as connecting from it, before forwarded headers are read.
/// </summary>
internal sealed class TestRemoteAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && System.Net.IPAddress.TryParse(value.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
                context.Request.Headers.Remove(Header);
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

public static class TestUsers
{
    public const string Password = "correct horse battery staple 42";
}
