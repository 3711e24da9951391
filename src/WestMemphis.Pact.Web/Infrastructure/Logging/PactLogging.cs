using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace WestMemphis.Pact.Web.Infrastructure.Logging;

public static class PactLogging
{
    public static Serilog.ILogger CreateBootstrapLogger() => new LoggerConfiguration()
        .MinimumLevel.Information()
        .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
        .CreateBootstrapLogger();

    /// <summary>
    /// Console (readable in Development, compact JSON elsewhere) and a daily rolling file. Levels can be
    /// changed under <c>Serilog:MinimumLevel</c> in configuration.
    /// </summary>
    public static void UsePactSerilog(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var logFolder = builder.Configuration["Logging:Folder"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data", "logs");
        // Each host gets its own logger (preserveStaticLogger): several hosts in one process (tests, tools)
        // must not write to each other's sinks.
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, config) =>
        {
            config
                .ReadFrom.Configuration(builder.Configuration)
                // Sinks, enrichers and filters registered as services (tests capture events this way).
                .ReadFrom.Services(services)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .Enrich.With(new RedactedRequestPathEnricher(services.GetRequiredService<IHttpContextAccessor>()))
                .Enrich.WithProperty("Application", "PactPortal");

            if (development)
            {
                config.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                config.WriteTo.Console(new CompactJsonFormatter());
            }

            if (!string.Equals(builder.Configuration["Logging:File"], "false", StringComparison.OrdinalIgnoreCase))
            {
                config.WriteTo.File(new CompactJsonFormatter(), Path.Combine(logFolder, "pact-.log"),
                    rollingInterval: RollingInterval.Day, retainedFileCountLimit: 30, shared: true);
            }
        });
    }
}
