using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Features.Liaison;

namespace WestMemphis.Pact.Web.Features.Areas;

public static class AreasServiceCollectionExtensions
{
    /// <summary>Areas' streets and assignments, and the address lookup; the demo liaison data (it starts from the areas' streets).</summary>
    public static IServiceCollection AddAreasFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IAreaLocator, AreaLocator>();
        services.AddScoped<DemoLiaisonSeeder>();
        return services;
    }
}
