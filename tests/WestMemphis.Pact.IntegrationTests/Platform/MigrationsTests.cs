using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>Both providers' migrations must keep up with the model, and SQL Server's script needs no server.</summary>
public sealed class MigrationsTests
{
    private static AppDbContext Sqlite() => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlite("Data Source=:memory:", o => o.MigrationsAssembly("WestMemphis.Pact.Migrations.Sqlite")).Options);

    private static AppDbContext SqlServer() => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlServer("Server=(local);Database=NeverOpened;Integrated Security=true;TrustServerCertificate=true",
            o => o.MigrationsAssembly("WestMemphis.Pact.Migrations.SqlServer")).Options);

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = Sqlite();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a SQLite migration: dotnet ef migrations add <Name> --project src/WestMemphis.Pact.Migrations.Sqlite --startup-project src/WestMemphis.Pact.Migrations.Sqlite");
    }

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = SqlServer();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a SQL Server migration: dotnet ef migrations add <Name> --project src/WestMemphis.Pact.Migrations.SqlServer --startup-project src/WestMemphis.Pact.Migrations.SqlServer");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_by_name()
    {
        using var sqlite = Sqlite();
        using var sqlServer = SqlServer();
        static IEnumerable<string> Names(AppDbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void SqlServer_idempotent_script_is_generated_without_a_server()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [AspNetUsers]", script);
        Assert.Contains("CREATE TABLE [OutboxMessages]", script);
        Assert.Contains("IF NOT EXISTS", script);
    }
}
