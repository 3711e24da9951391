namespace WestMemphis.Pact.Web.Features.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The engagement dashboard: the queries behind its figures.</summary>
    public static IServiceCollection AddDashboardFeature(this IServiceCollection services, IConfiguration configuration)
    {
        // The dashboard has no options yet; the signature is every feature's.
        _ = configuration;
        services.AddScoped<EngagementQueries>();
        return services;
    }
}
