using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using WestMemphis.Pact.Web.Infrastructure.Database;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Infrastructure.Startup;

public static class Pipeline
{
    public static void UsePactPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            // Cookies are Secure-only outside Development: plain HTTP is redirected or explained, never a 500.
            app.UseMiddleware<RequireHttpsMiddleware>();
        }

        app.WarnAboutProxiesAndHttps();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // Path and status only: no query strings, bodies or personal data; secrets in paths redacted.
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.GetMessageTemplateProperties = (http, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(http.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(LogRedaction.PathForLogs(http))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            // The user's id (never a name or email) so a request can be tied to the audit trail.
            // Not on the forms whose use must not be tied to an account ([LogWithoutUser], e.g. an anonymous concern).
            o.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                if (!LogRedaction.KeepsUserOut(http))
                {
                    diagnostics.Set("UserId", http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
                }
            };
        });

        app.UseRouting();
        app.UseLogRedaction();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapControllers();
        app.MapFallbackToController(nameof(Features.Errors.ErrorsController.NotFoundFallback), "Errors");
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        // Options validated on start (SecurityOptions, BootstrapOptions) must also stop the database work.
        _ = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<BootstrapOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<Email.MailOptions>>().Value;
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            if (scope.ServiceProvider.GetRequiredService<AccountSeeder>().DemoAccountsEnabled)
            {
                // Console only, never the log files: it carries the demo password.
                Console.WriteLine(AccountSeeder.DemoBanner());
            }
        }

        var mail = app.Services.GetRequiredService<IOptions<Email.MailOptions>>().Value;
        if (string.IsNullOrWhiteSpace(mail.SmtpHost))
        {
            var folder = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, mail.PickupDirectory));
            app.Logger.LogInformation("No SMTP host configured: emails are written as .eml files to {MailFolder}", folder);
        }
    }

    public static async Task MigrateAndExitAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
        await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync();
        app.Logger.LogInformation("Database migrated");
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            totalMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), ms = Math.Round(e.Value.Duration.TotalMilliseconds, 1) }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
