using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Database;

/// <summary>
/// Creates the roles, the first admin from configuration and, in Development with demo data on and no
/// bootstrap admin configured, one demo account per role (printed on the console at every start).
/// </summary>
public sealed class AccountSeeder(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<SeedOptions> seed,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<AccountSeeder> logger)
{
    /// <summary>The demo accounts' shared password. Development only; Production refuses to start with it.</summary>
    public const string DemoPassword = "Pact-Demo-Password-2026";

    public static readonly IReadOnlyList<DemoAccount> DemoAccounts =
    [
        new("admin@demo.pact.local", "Avery Admin (demo)", [Roles.Admin]),
        new("coordinator@demo.pact.local", "Casey Coordinator (demo)", [Roles.Coordinator]),
        new("officer@demo.pact.local", "Officer Jordan Lee (demo)", [Roles.Officer]),
        new("officer2@demo.pact.local", "Officer Morgan Price (demo)", [Roles.Officer]),
        new("resident@demo.pact.local", "Riley Resident (demo)", [Roles.Resident]),
    ];

    public bool DemoAccountsEnabled =>
        environment.IsDevelopment() && seed.Value.DemoData && string.IsNullOrWhiteSpace(bootstrap.Value.AdminEmail);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        var admin = bootstrap.Value;
        if (!string.IsNullOrWhiteSpace(admin.AdminEmail) && !string.IsNullOrWhiteSpace(admin.AdminPassword))
        {
            await EnsureUserAsync(admin.AdminEmail, "Administrator", [Roles.Admin], admin.AdminPassword, isDemo: false);
        }

        if (DemoAccountsEnabled)
        {
            foreach (var account in DemoAccounts)
            {
                await EnsureUserAsync(account.Email, account.Name, account.Roles, DemoPassword, isDemo: true);
            }

            logger.LogInformation("Demo accounts ensured: {Count}", DemoAccounts.Count);
        }
    }

    private async Task EnsureUserAsync(string email, string name, IReadOnlyList<string> roleNames, string password, bool isDemo)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FullName = name,
                IsDemo = isDemo,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user, password), $"account {email}");
        }

        foreach (var role in roleNames)
        {
            if (!await users.IsInRoleAsync(user, role))
            {
                Check(await users.AddToRoleAsync(user, role), $"role {role} for {email}");
            }
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>The console banner. Written to the console only, never to the logs (it carries a password).</summary>
    public static string DemoBanner() =>
        "\n  PACT Portal demo accounts (Development only) - password: " + DemoPassword + "\n"
        + string.Concat(DemoAccounts.Select(a => $"    {a.Email,-32} {string.Join(", ", a.Roles)}\n"));

    public sealed record DemoAccount(string Email, string Name, IReadOnlyList<string> Roles);
}
