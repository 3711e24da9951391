using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Liaison;

namespace WestMemphis.Pact.Web.Features.Areas;

public static class AreasServiceCollectionExtensions
{
    /// <summary>Areas' streets and assignments, and the address lookup (addresses, intersections, landmarks); the demo liaison data (it starts from the areas' streets).</summary>
    public static IServiceCollection AddAreasFeature(this IServiceCollection services, IConfiguration configuration)
    {
        // Named places the look-up knows besides addresses and intersections (see docs/decisions/0008): a short list kept in
        // configuration, next to the wards it points at.
        services.Configure<LandmarkOptions>(configuration.GetSection(LandmarkOptions.Section));
        services.AddScoped<IAreaLocator, AreaLocator>();
        services.AddScoped<DemoLiaisonSeeder>();
        services.AddScoped<AreaFollows>();
        services.AddScoped<DemoFollowsSeeder>();
        services.Configure<AreaDigestOptions>(configuration.GetSection(AreaDigestOptions.Section));
        services.AddSingleton<AreaDigestService>();
        services.AddHostedService(sp => sp.GetRequiredService<AreaDigestService>());
        return services;
    }
}
