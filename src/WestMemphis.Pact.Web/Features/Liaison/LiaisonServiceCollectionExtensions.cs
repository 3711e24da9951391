using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Web.Features.Liaison;

public static class LiaisonServiceCollectionExtensions
{
    /// <summary>Areas' streets and assignments, the address lookup, directories and contact logs.</summary>
    public static IServiceCollection AddLiaisonFeature(this IServiceCollection services)
    {
        services.AddScoped<IAreaLocator, AreaLocator>();
        services.AddScoped<DemoLiaisonSeeder>();
        return services;
    }
}
