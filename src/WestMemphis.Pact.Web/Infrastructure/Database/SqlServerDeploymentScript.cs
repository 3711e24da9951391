using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Infrastructure.Database;

/// <summary>
/// The SQL Server deployment script: EF Core's idempotent script of every migration, after a header that makes it safe
/// however it is run. Filtered indexes (the double sign-up guard, Identity's UserNameIndex) fail without
/// QUOTED_IDENTIFIER and ANSI_NULLS on, which plain ODBC sqlcmd leaves off; and a script that goes on after an error can
/// record a migration as applied without the statement that failed. So the header sets the options before the first
/// migration's batch is compiled, and stops at the first error (<c>:on error exit</c> in sqlcmd, XACT_ABORT in the
/// server). Written by <c>dotnet WestMemphis.Pact.Web.dll sqlserver-script FILE</c>; needs no server.
/// </summary>
public static class SqlServerDeploymentScript
{
    public const string Command = "sqlserver-script";

    public const string Header = """
        -- PACT Portal: SQL Server deployment script (idempotent: it applies only the migrations the database lacks).
        -- Run it with sqlcmd, which stops at the first error (docs/operations.md, "Deploying on SQL Server"):
        --   sqlcmd -S <server> -d <database> -E -I -b -i pact-deploy.sql
        -- In SSMS or Azure Data Studio turn on SQLCMD mode first, or the line ':on error exit' below is refused.
        :on error exit
        SET ANSI_NULLS ON;
        SET ANSI_PADDING ON;
        SET ANSI_WARNINGS ON;
        SET ARITHABORT ON;
        SET CONCAT_NULL_YIELDS_NULL ON;
        SET QUOTED_IDENTIFIER ON;
        SET NUMERIC_ROUNDABORT OFF;
        SET XACT_ABORT ON;
        GO

        """;

    public static string Generate()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlServer("Server=none", o => o.MigrationsAssembly("WestMemphis.Pact.Migrations.SqlServer"))
            .Options);
        return Header.ReplaceLineEndings("\n") + db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    /// <summary>The command: the script into the file named after it, or to standard output.</summary>
    public static async Task WriteAsync(string[] args)
    {
        var at = Array.FindIndex(args, a => string.Equals(a, Command, StringComparison.OrdinalIgnoreCase));
        var script = Generate();
        if (at + 1 < args.Length)
        {
            await File.WriteAllTextAsync(args[at + 1], script);
        }
        else
        {
            await Console.Out.WriteAsync(script);
        }
    }
}
