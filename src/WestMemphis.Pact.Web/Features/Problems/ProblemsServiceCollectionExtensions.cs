namespace WestMemphis.Pact.Web.Features.Problems;

public static class ProblemsServiceCollectionExtensions
{
    /// <summary>Problem-solving projects (SARA): the problem's page, shared by its controllers.</summary>
    public static IServiceCollection AddProblemsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        // Problems has no options yet; the signature is every feature's.
        _ = configuration;
        services.AddScoped<ProblemDetailsQuery>();
        return services;
    }
}
