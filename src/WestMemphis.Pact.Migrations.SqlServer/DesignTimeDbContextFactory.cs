using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the model for this provider without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlServer(DesignTimeConnectionString, o => o.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name))
            .Options;
        return new AppDbContext(options);
    }

    // Never opened: generating migrations and scripts needs no server.
    private const string DesignTimeConnectionString = "Server=(local);Database=Pact;Integrated Security=true;TrustServerCertificate=true";
}
