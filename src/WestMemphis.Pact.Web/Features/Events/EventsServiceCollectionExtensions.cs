namespace WestMemphis.Pact.Web.Features.Events;

public static class EventsServiceCollectionExtensions
{
    /// <summary>Events, shifts, sign-ups, reminders (shifts, background checks ending) and demo events; a resident closing their account (which cancels their sign-ups).</summary>
    public static IServiceCollection AddEventsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventsOptions>(configuration.GetSection(EventsOptions.Section));
        services.AddScoped<EventEmails>();
        services.AddScoped<ShiftSignups>();
        services.AddScoped<Volunteering.AccountClosure>();
        services.AddScoped<Volunteering.GuardianConsents>();
        services.AddScoped<DemoEventsSeeder>();
        services.AddSingleton<ShiftReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<ShiftReminderService>());
        services.AddSingleton<BackgroundCheckReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundCheckReminderService>());
        return services;
    }
}
