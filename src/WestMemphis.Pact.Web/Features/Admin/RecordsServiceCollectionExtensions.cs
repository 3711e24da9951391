using WestMemphis.Pact.Domain.Records;

namespace WestMemphis.Pact.Web.Features.Admin;

public static class RecordsServiceCollectionExtensions
{
    /// <summary>Records retention: the rules (section Retention), the purge and its nightly worker.</summary>
    public static IServiceCollection AddRecordsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        services.AddScoped<RecordsRetention>();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
