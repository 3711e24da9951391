namespace WestMemphis.Pact.Web.Features.Concerns;

public static class ConcernsServiceCollectionExtensions
{
    /// <summary>Neighborhood concerns: the photo store, the reporter's emails and the /status look-up.</summary>
    public static IServiceCollection AddConcernsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConcernPhotoOptions>(configuration.GetSection(ConcernPhotoOptions.Section));
        services.AddSingleton<ConcernPhotoDecodeGate>();
        services.AddSingleton<ConcernPhotoStore>();
        services.AddScoped<ConcernEmails>();
        services.AddScoped<ConcernStatusLookup>();
        services.AddScoped<ConcernsSeeder>();
        return services;
    }
}
