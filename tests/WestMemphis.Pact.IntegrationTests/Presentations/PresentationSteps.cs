using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Presentations;

/// <summary>What a requester and the coordinator do on the presentation pages, through the real forms.</summary>
public static partial class PresentationSteps
{
    /// <summary>A local date (Central time) this many days from today, as the date field takes it.</summary>
    public static string DaysAhead(int days) =>
        DateOnly.FromDateTime(CentralTime.ToLocal(DateTime.UtcNow)).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Dictionary<string, string?> ValidRequest(string email, int daysAhead = 30) => new()
    {
        ["RequesterName"] = "Pat Secretary",
        ["RequesterRole"] = "School secretary",
        ["RequesterEmail"] = email,
        ["RequesterPhone"] = "870-555-0142",
        ["OrganizationName"] = "Riverside Youth Club",
        ["Kind"] = "SchoolPresentation",
        ["Topics"] = "InternetSafety",
        ["GradeLevels"] = "4-5",
        ["NumberOfClasses"] = "3",
        ["AudienceSize"] = "75",
        ["Setting"] = "Indoor",
        ["MinutesAllotted"] = "45",
        ["Location"] = "Riverside Youth Club hall, 100 Test St",
        ["Parking"] = "Front lot",
        ["Greeter"] = "Ms. Front Desk",
        ["OnSitePhone"] = "870-555-0143",
        ["Option1Date"] = DaysAhead(daysAhead),
        ["Option1Start"] = "09:00",
        ["Option1End"] = "10:00",
        ["Option2Date"] = DaysAhead(daysAhead + 1),
        ["Option2Start"] = "13:00",
        ["Option2End"] = "14:00",
        ["Notes"] = "Please bring stickers.",
    };

    public static async Task<HtmlPage> SubmitRequestAsync(this HttpClient client, IDictionary<string, string?> values)
    {
        var page = await client.GetPageAsync("/presentations/request");
        return await client.SubmitAsync(page, values);
    }

    /// <summary>Sends a valid request and returns its reference code (read from the confirmation page).</summary>
    public static async Task<string> RequestVisitAsync(this HttpClient client, string email, Action<Dictionary<string, string?>>? change = null)
    {
        var values = ValidRequest(email);
        change?.Invoke(values);
        var result = await client.SubmitRequestAsync(values);
        Assert.True(result.Url.AbsolutePath == "/presentations/request/sent", $"Not sent: {string.Join(" | ", result.Errors)}");
        return Code(result.StatusMessage!);
    }

    public static string Code(string text) => CodePattern().Match(text).Value;

    public static async Task<HtmlPage> CheckStatusAsync(this HttpClient client, string code, string email)
    {
        var page = await client.GetPageAsync("/status");
        return await client.SubmitAsync(page, new Dictionary<string, string?> { ["Code"] = code, ["Email"] = email });
    }

    public static Task<PresentationRequest> RequestAsync(this PactFactory factory, string code) =>
        factory.WithDbAsync(db => db.PresentationRequests.AsNoTracking().Include(r => r.Appearance).ThenInclude(a => a!.Bookings).SingleAsync(r => r.ReferenceCode == code));

    public static Task<int> RustyIdAsync(this PactFactory factory) =>
        factory.WithDbAsync(db => db.BookableResources.Where(r => r.Kind == ResourceKind.Mascot).Select(r => r.Id).SingleAsync());

    public static async Task<HttpClient> CoordinatorAsync(this PactFactory factory)
    {
        var email = $"coord-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Coordinator);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return client;
    }

    /// <summary>Opens the schedule page of a request and books it with these values (the rest as the page pre-fills them).</summary>
    public static async Task<HtmlPage> ScheduleAsync(this HttpClient coordinator, int requestId, IDictionary<string, string?> values)
    {
        var page = await coordinator.GetPageAsync($"/manage/presentations/{requestId}/schedule");
        return await coordinator.SubmitAsync(page, values);
    }

    [GeneratedRegex("PR-[23456789A-Z]{8}")]
    private static partial Regex CodePattern();
}
