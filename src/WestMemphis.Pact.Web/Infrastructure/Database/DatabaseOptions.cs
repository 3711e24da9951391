namespace WestMemphis.Pact.Web.Infrastructure.Database;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the default, an embedded file) or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>
    /// Apply pending migrations at start-up. On by default for SQLite; for SQL Server the schema is
    /// applied from an idempotent script or the <c>migrate</c> command unless this is set on purpose.
    /// </summary>
    public bool? MigrateOnStartup { get; set; }
}

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
}

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed the clearly-marked demo data (events, requests, incidents, demo accounts).</summary>
    public bool DemoData { get; set; }
}

public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}
