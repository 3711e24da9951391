using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model for this provider without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(DesignTimeConnectionString, o => o.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name))
            .Options;
        return new AppDbContext(options);
    }

    private const string DesignTimeConnectionString = "Data Source=design-time.db";
}
