using Serilog;
using WestMemphis.Pact.Web.Infrastructure.Logging;
using WestMemphis.Pact.Web.Infrastructure.Startup;

Log.Logger = PactLogging.CreateBootstrapLogger();
try
{
    if (args.Contains(WestMemphis.Pact.Web.Infrastructure.Database.SqlServerDeploymentScript.Command, StringComparer.OrdinalIgnoreCase))
    {
        // `dotnet WestMemphis.Pact.Web.dll sqlserver-script pact-deploy.sql`: the SQL Server deployment script; needs no server.
        await WestMemphis.Pact.Web.Infrastructure.Database.SqlServerDeploymentScript.WriteAsync(args);
        return 0;
    }

    var builder = WebApplication.CreateBuilder(args);
    builder.AddPactServices();

    var app = builder.Build();
    if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
    {
        // `dotnet WestMemphis.Pact.Web.dll migrate`: apply the schema and seed reference data, then stop.
        await app.MigrateAndExitAsync();
        return 0;
    }

    if (WestMemphis.Pact.Web.Features.CrimeImport.ImportCrimeFileCommand.Matches(args))
    {
        // `dotnet WestMemphis.Pact.Web.dll import-crime-file F`: import one crime file as the worker would; then stop.
        await app.MigrateAndExitAsync();
        await WestMemphis.Pact.Web.Features.CrimeImport.ImportCrimeFileCommand.RunAsync(app.Services, args);
        return 0;
    }

    await app.InitializeDatabaseAsync();
    app.UsePactPipeline();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "PACT Portal stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}
