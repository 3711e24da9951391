namespace WestMemphis.Pact.Web.Features.Presentations;

public static class PresentationsServiceCollectionExtensions
{
    /// <summary>Presentation requests, appearances and their booking, schools, calendar, reminders and demo data.</summary>
    public static IServiceCollection AddPresentationsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PresentationsOptions>(configuration.GetSection(PresentationsOptions.Section));
        services.AddScoped<PresentationEmails>();
        services.AddScoped<StatusLinks>();
        services.AddScoped<AppearanceScheduler>();
        services.AddScoped<PresentationsSeeder>();
        services.AddSingleton<AppearanceReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<AppearanceReminderService>());
        return services;
    }
}
