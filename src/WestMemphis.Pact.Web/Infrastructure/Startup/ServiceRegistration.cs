using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Database;
using WestMemphis.Pact.Web.Features.Account;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Presentations;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Infrastructure.Startup;

public static class ServiceRegistration
{
    public static void AddPactServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var environment = builder.Environment;

        builder.UsePactSerilog();
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        // Production refuses to start with development shortcuts (checked when the host starts).
        var production = environment.IsProduction();
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section))
            .Validate(o => !(production && o.DemoStaffExemptFromTwoFactor), "Security:DemoStaffExemptFromTwoFactor must be off in Production.")
            .ValidateOnStart();
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection(BootstrapOptions.Section))
            .Validate(o => !(production && o.AdminPassword == AccountSeeder.DemoPassword),
                "Bootstrap:AdminPassword is the published demo password. Set a real one.")
            .ValidateOnStart();

        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddScoped<AuditLog>();
        services.AddPactDatabase(configuration, environment);
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<AccountSeeder>();
        services.AddEventsFeature(configuration);
        services.AddPresentationsFeature(configuration);

        AddIdentity(services, configuration, environment);
        AddEmail(services);

        services.AddDataProtection()
            .SetApplicationName("WestMemphis.Pact")
            .PersistKeysToDbContext<AppDbContext>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Resident, p => p.RequireRole(Roles.Resident))
            .AddPolicy(Policies.Coordinator, p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .AddPolicy(Policies.Officer, p => p.RequireRole(Roles.Officer, Roles.Admin))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Coordinator, Roles.Officer, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = environment.IsDevelopment() ? "pact.af" : "__Host-pact.af";
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.FormFieldName = "__RequestVerificationToken";
        });

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new StaffTwoFactorFilter());
            })
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        services.AddValidatorsFromAssemblyContaining<Program>();

        services.AddPactRateLimits(configuration);
        services.AddPublicPageCache(configuration);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
            o.ExcludedHosts.Clear();
        });

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Trust the proxies named in configuration (ForwardedHeaders:KnownProxies), loopback otherwise.
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                if (System.Net.IPAddress.TryParse(proxy, out var address))
                {
                    o.KnownProxies.Add(address);
                }
            }
        });
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var sessions = configuration.GetSection(SignInSessionOptions.Section).Get<SignInSessionOptions>() ?? new SignInSessionOptions();
        services.Configure<SignInSessionOptions>(configuration.GetSection(SignInSessionOptions.Section));
        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<PactSignInManager>()
            .AddClaimsPrincipalFactory<PactClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.AddScoped<PactCookieEvents>();
        services.ConfigureApplicationCookie(o =>
        {
            o.EventsType = typeof(PactCookieEvents);
            o.Cookie.Name = environment.IsDevelopment() ? "pact.auth" : "__Host-pact.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = sessions.ResidentTimeout;
        });

        // The security stamp is checked on every request: log-out, a password or role change, or disabling
        // an account ends the user's other sessions at once (one indexed lookup per signed-in request).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = environment.IsDevelopment() ? "pact.tempdata" : "__Host-pact.tempdata";
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
    }

    private static void AddEmail(IServiceCollection services)
    {
        services.AddScoped<Outbox>();
        services.AddScoped<LinkBuilder>();
        services.AddScoped<AccountEmails>();
        services.AddSingleton<IMailTransport>(sp =>
        {
            var mail = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            return string.IsNullOrWhiteSpace(mail.SmtpHost)
                ? ActivatorUtilities.CreateInstance<PickupDirectoryMailTransport>(sp)
                : ActivatorUtilities.CreateInstance<SmtpMailTransport>(sp);
        });
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
    }
}
