using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Liaison;

public static class LiaisonServiceCollectionExtensions
{
    /// <summary>Areas' streets and assignments, the address lookup, directories and contact logs.</summary>
    public static IServiceCollection AddLiaisonFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LiaisonOptions>(configuration.GetSection(LiaisonOptions.Section));
        services.AddSingleton<FollowUpDigestService>();
        services.AddHostedService(sp => sp.GetRequiredService<FollowUpDigestService>());
        services.AddScoped<IAreaLocator, AreaLocator>();
        services.AddScoped<DemoLiaisonSeeder>();
        return services;
    }
}
