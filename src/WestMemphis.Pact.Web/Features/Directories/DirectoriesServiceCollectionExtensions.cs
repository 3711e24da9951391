namespace WestMemphis.Pact.Web.Features.Directories;

public static class DirectoriesServiceCollectionExtensions
{
    /// <summary>
    /// Congregations and partners with their CSV imports. Nothing of their own to register today (validators are
    /// found by assembly scanning); the call stays so that every feature is added the same way.
    /// </summary>
    public static IServiceCollection AddDirectoriesFeature(this IServiceCollection services, IConfiguration configuration) => services;
}
