using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Infrastructure.Database;

public static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddPactDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<VersionStampInterceptor>();
        services.AddScoped<AuditInterceptor>();
        services.AddSingleton<ColumnLengthInterceptor>();

        var provider = options.Provider;
        if (string.Equals(provider, DatabaseProviders.SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(DatabaseProviders.SqlServer)
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
            services.AddDbContext<AppDbContext>((sp, db) => db
                .UseSqlServer(connectionString, o => o.MigrationsAssembly("WestMemphis.Pact.Migrations.SqlServer"))
                .AddInterceptors(sp.GetRequiredService<VersionStampInterceptor>(), sp.GetRequiredService<AuditInterceptor>(),
                    sp.GetRequiredService<Mvc.CachedPageInvalidator>(), sp.GetRequiredService<Security.SecurityStampInvalidator>(), sp.GetRequiredService<ColumnLengthInterceptor>()));
        }
        else if (string.Equals(provider, DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = SqliteConnectionString(configuration.GetConnectionString(DatabaseProviders.Sqlite), environment.ContentRootPath);
            services.AddDbContext<AppDbContext>((sp, db) => db
                .UseSqlite(connectionString, o => o.MigrationsAssembly("WestMemphis.Pact.Migrations.Sqlite"))
                .AddInterceptors(sp.GetRequiredService<VersionStampInterceptor>(), sp.GetRequiredService<AuditInterceptor>(),
                    sp.GetRequiredService<Mvc.CachedPageInvalidator>(), sp.GetRequiredService<Security.SecurityStampInvalidator>(), sp.GetRequiredService<ColumnLengthInterceptor>()));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be Sqlite or SqlServer, not '{provider}'.");
        }

        return services;
    }

    /// <summary>Resolves a relative SQLite file against the content root and makes sure its folder exists.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/pact.db");
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        if (builder.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // Writers wait for each other instead of failing at once with "database is locked".
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        builder.Pooling = true;
        return builder.ToString();
    }
}
