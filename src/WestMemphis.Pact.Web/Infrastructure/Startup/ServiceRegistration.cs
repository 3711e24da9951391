using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Account;
using WestMemphis.Pact.Web.Features.Areas;
using WestMemphis.Pact.Web.Features.Contacts;
using WestMemphis.Pact.Web.Features.Dashboard;
using WestMemphis.Pact.Web.Features.Directories;
using WestMemphis.Pact.Web.Features.Events;
using WestMemphis.Pact.Web.Features.Presentations;
using WestMemphis.Pact.Web.Features.Problems;
using WestMemphis.Pact.Web.Infrastructure.Database;
using WestMemphis.Pact.Web.Infrastructure.Email;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Scaling;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Infrastructure.Startup;

public static class ServiceRegistration
{
    public static void AddPactServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var environment = builder.Environment;

        // Every date is shown in West Memphis time: a host without that zone's data stops here, with what to do.
        CentralTime.EnsureAvailable();
        builder.UsePactSerilog();
        // MapStaticAssets serves the files its build manifest lists. Run from the build output (not a publish),
        // those files are the project's wwwroot and the compressed copies under obj/, reachable only through
        // the static web assets manifest, which the host reads by itself in Development only; elsewhere every
        // CSS and JS answered an empty 200. A publish has no such manifest, so this is a no-op there.
        builder.WebHost.UseStaticWebAssets();
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        // Production refuses to start with development shortcuts (checked when the host starts).
        var production = environment.IsProduction();
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => !production || MailOptions.IsValidPublicBaseUrl(o.PublicBaseUrl), MailOptions.PublicBaseUrlRequired)
            .ValidateOnStart();
        AddHostFiltering(services, configuration, production);
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section))
            .Validate(o => !(production && o.DemoStaffExemptFromTwoFactor), "Security:DemoStaffExemptFromTwoFactor must be off in Production.")
            .ValidateOnStart();
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection(BootstrapOptions.Section))
            .Validate(o => !(production && o.AdminPassword == AccountSeeder.DemoPassword),
                "Bootstrap:AdminPassword is the published demo password. Set a real one.")
            .ValidateOnStart();

        services.AddHttpContextAccessor();
        services.AddScoped<HttpAuditActor>();
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<HttpAuditActor>());
        services.AddScoped<AuditLog>();
        services.AddPactDatabase(configuration, environment);
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<AccountSeeder>();
        services.AddEventsFeature(configuration);
        services.AddAreasFeature(configuration);
        services.AddDirectoriesFeature(configuration);
        services.AddContactsFeature(configuration);
        services.AddProblemsFeature(configuration);
        services.AddDashboardFeature(configuration);
        services.AddPresentationsFeature(configuration);
        WestMemphis.Pact.Web.Features.Concerns.ConcernsServiceCollectionExtensions.AddConcernsFeature(services, configuration);
        WestMemphis.Pact.Web.Features.CrimeImport.CrimeImportServiceCollectionExtensions.AddCrimeImportFeature(services, configuration);
        WestMemphis.Pact.Web.Features.Crime.CrimeServiceCollectionExtensions.AddCrimeFeature(services, configuration);
        WestMemphis.Pact.Web.Features.CrimeAdmin.CrimeAdminServiceCollectionExtensions.AddCrimeAdminFeature(services, configuration);
        services.AddScoped<WestMemphis.Pact.Web.Features.Records.ReleasePackets>();
        WestMemphis.Pact.Web.Features.Admin.RecordsServiceCollectionExtensions.AddRecordsFeature(services, configuration);
        WestMemphis.Pact.Web.Features.Feedback.FeedbackServiceCollectionExtensions.AddFeedbackFeature(services, configuration);

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
        // After AddControllersWithViews (which registers the framework's antiforgery): a signed-in visitor's request
        // token is made once per antiforgery cookie, not on every page view (ReusedAntiforgeryTokens).
        services.AddReusedAntiforgeryTokens();

        services.AddPactRateLimits(configuration);
        services.AddPublicPageCache(configuration);
        services.AddSingleton<PublicDataCache>();
        // Signed-in pages too, one entry per session, emptied by every write (ADR 0014).
        services.AddSignedInPageCache(configuration);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
            o.ExcludedHosts.Clear();
        });

        var health = services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        // In memory (one instance) unless Redis:Configuration is set: see docs/operations.md.
        services.AddPactSharedStore(configuration, health);

        services.AddPactForwardedHeaders(configuration);
    }

    /// <summary>
    /// <c>AllowedHosts</c> from configuration; in Production, when it is not set, only the host of
    /// <c>Mail:PublicBaseUrl</c> (requests naming any other host get 400).
    /// </summary>
    private static void AddHostFiltering(IServiceCollection services, IConfiguration configuration, bool production)
    {
        if (production && string.IsNullOrWhiteSpace(configuration["AllowedHosts"])
            && Uri.TryCreate(configuration[$"{MailOptions.Section}:{nameof(MailOptions.PublicBaseUrl)}"], UriKind.Absolute, out var publicUrl))
        {
            // Runs after the framework's own post-configuration, which falls back to "*".
            services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.AllowedHosts = [publicUrl.IdnHost]);
        }
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
                o.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.ProviderName)
            .AddSignInManager<PactSignInManager>()
            .AddClaimsPrincipalFactory<PactClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.AddSingleton<PactCookieEvents>();
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

        // The security stamp is checked on every request (PactCookieEvents): log-out, a password or role change, or
        // disabling an account ends the user's other sessions at once. The check reads the account from memory
        // (SecurityStampCache, emptied for an account whenever it is saved), not the database, and keeps the cookie.
        services.AddMemoryCache();
        services.AddSingleton<SecurityStampCache>();
        services.AddScoped<SecurityStampInvalidator>();
        // The sign-in cookie is decrypted once per cookie value a minute, not on every page view (RememberedCookieTickets).
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, RememberCookieTickets>();
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
