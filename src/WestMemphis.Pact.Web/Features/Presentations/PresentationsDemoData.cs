namespace WestMemphis.Pact.Web.Features.Presentations;

public sealed partial class PresentationsSeeder
{
    private partial Task SeedDemoRequestsAsync(CancellationToken cancellationToken)
    {
        logger.LogDebug("Demo presentation requests not seeded yet at {Now}", clock.GetUtcNow());
        return Task.CompletedTask;
    }
}
