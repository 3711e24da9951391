namespace WestMemphis.Pact.Web.Features.CrimeAdmin;

public static class CrimeAdminServiceCollectionExtensions
{
    /// <summary>Crime administration: offense types, offense and area mappings, and the re-classification they apply.</summary>
    public static IServiceCollection AddCrimeAdminFeature(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddScoped<CrimeReclassification>();
        return services;
    }
}
