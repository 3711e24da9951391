namespace WestMemphis.Pact.Web.Features.CrimeImport;

public static class CrimeImportServiceCollectionExtensions
{
    /// <summary>Crime data import: the runner, its queue worker and options, the column-mapping screen's uploads and the demo incidents.</summary>
    public static IServiceCollection AddCrimeImportFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CrimeImportOptions>(configuration.GetSection(CrimeImportOptions.Section));
        services.AddScoped<CrimeImportRunner>();
        services.AddScoped<CrimeUploads>();
        services.AddScoped<ImportFileCleanup>();
        services.AddScoped<DemoIncidentsSeeder>();
        services.AddSingleton<CrimeImportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<CrimeImportWorker>());
        return services;
    }
}
