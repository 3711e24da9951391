using WestMemphis.Pact.Domain.Crime.Review;

namespace WestMemphis.Pact.Web.Features.Crime;

public static class CrimeReviewServiceCollectionExtensions
{
    /// <summary>The crime review's queries, review meetings and the public summary's settings.</summary>
    public static IServiceCollection AddCrimeReviewFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicCrimeOptions>(configuration.GetSection(PublicCrimeOptions.Section));
        services.AddScoped<CrimeReviewQueries>();
        services.AddScoped<DemoIncidentsSeeder>();
        services.AddScoped<DemoCrimeReviewSeeder>();
        return services;
    }
}
