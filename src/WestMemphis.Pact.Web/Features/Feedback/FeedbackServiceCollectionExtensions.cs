namespace WestMemphis.Pact.Web.Features.Feedback;

public static class FeedbackServiceCollectionExtensions
{
    /// <summary>Feedback cards, their anonymous answers and the one email asking a requester or a reporter.</summary>
    public static IServiceCollection AddFeedbackFeature(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddScoped<FeedbackInvitations>();
        services.AddScoped<DemoFeedbackSeeder>();
        return services;
    }
}
