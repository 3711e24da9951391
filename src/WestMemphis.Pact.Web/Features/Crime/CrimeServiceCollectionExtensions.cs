using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.Web.Features.Crime;

public static class CrimeServiceCollectionExtensions
{
    /// <summary>Crime for staff and public: the crime review's queries, review meetings and the public summary's settings.</summary>
    public static IServiceCollection AddCrimeFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicCrimeOptions>(configuration.GetSection(PublicCrimeOptions.Section));
        services.AddScoped<CrimeReviewQueries>();
        services.AddScoped<DemoCrimeReviewSeeder>();
        services.Configure<CrimeAlertOptions>(configuration.GetSection(CrimeAlertOptions.Section));
        services.AddSingleton<CrimeFlagAlertService>();
        services.AddHostedService(sp => sp.GetRequiredService<CrimeFlagAlertService>());
        services.AddScoped<Prevention.FlagRecords>();
        return services;
    }
}
