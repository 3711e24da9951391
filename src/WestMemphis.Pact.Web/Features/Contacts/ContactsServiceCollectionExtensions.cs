namespace WestMemphis.Pact.Web.Features.Contacts;

public static class ContactsServiceCollectionExtensions
{
    /// <summary>Contact logs and follow-ups: the weekly follow-up digest.</summary>
    public static IServiceCollection AddContactsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LiaisonOptions>(configuration.GetSection(LiaisonOptions.Section));
        services.AddSingleton<FollowUpDigestService>();
        services.AddHostedService(sp => sp.GetRequiredService<FollowUpDigestService>());
        return services;
    }
}
