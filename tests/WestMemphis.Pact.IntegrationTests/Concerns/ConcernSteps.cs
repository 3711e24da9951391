using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Concerns;

/// <summary>What a reporter and staff do on the concern pages, through the real forms.</summary>
public static class ConcernSteps
{
    public static Dictionary<string, string?> ValidConcern(string? email = null) => new()
    {
        ["Category"] = nameof(ConcernCategory.IllegalDumping),
        ["Location"] = "900 S 16th St",
        ["Description"] = "Tires dumped behind the vacant lot again.",
        ["WhenItHappens"] = "Weekend nights",
        ["Name"] = email is null ? null : "Pat Neighbor",
        ["Email"] = email,
        ["Phone"] = email is null ? null : "870-555-0199",
        // The test portal has no street ranges: these concerns are sent as they are, for the coordinator to place
        // (PlacingConcernsTests covers the page that asks first).
        ["SendAsItIs"] = "true",
    };

    /// <summary>Sends a concern (form fields only) and returns the reference code shown on the sent page.</summary>
    public static async Task<string> ReportConcernAsync(this HttpClient client, string? email = null, Action<Dictionary<string, string?>>? change = null)
    {
        var values = ValidConcern(email);
        change?.Invoke(values);
        var page = await client.GetPageAsync("/concerns/new");
        var result = await client.SubmitAsync(page, values);
        Assert.True(result.Url.AbsolutePath == "/concerns/sent", $"Not sent ({result.Status}): {string.Join(" | ", result.Errors)}");
        return result.Document.QuerySelector("#reference-code")!.TextContent.Trim();
    }

    /// <summary>Sends the concern form as a browser does with a file chosen: multipart, the file in the "photo" field.</summary>
    public static async Task<HtmlPage> ReportWithPhotoAsync(this HttpClient client, byte[] photo, string fileName = "photo.jpg", string contentType = "image/jpeg")
    {
        var page = await client.GetPageAsync("/concerns/new");
        var form = (IHtmlFormElement)page.Document.QuerySelector("main form[method=post]")!;
        var fields = HtmlClient.FormFields(form);
        foreach (var (name, value) in ValidConcern("photo@example.com"))
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value!));
        }

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(file, "photo", fileName);
        return await HtmlPage.FromAsync(await client.PostAsync(new Uri(page.Url, form.GetAttribute("action")), content));
    }

    public static async Task<HtmlPage> CheckConcernStatusAsync(this HttpClient client, string code, string? email)
    {
        var page = await client.GetPageAsync("/status");
        return await client.SubmitAsync(page, new Dictionary<string, string?> { ["Code"] = code, ["Email"] = email ?? "" });
    }

    public static Task<Concern> ConcernAsync(this PactFactory factory, string code) =>
        factory.WithDbAsync(db => db.Concerns.AsNoTracking().Include(c => c.Updates).SingleAsync(c => c.ReferenceCode == code));

    public static async Task<HttpClient> StaffAsync(this PactFactory factory, string role = Roles.Officer)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, role);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return client;
    }

    /// <summary>Submits one of the forms on a concern's staff page (chosen by its action's ending).</summary>
    public static async Task<HtmlPage> OnConcernPageAsync(this HttpClient staff, int id, string action, Dictionary<string, string?> values)
    {
        var page = await staff.GetPageAsync($"/concerns/manage/{id}");
        return await staff.SubmitAsync(page, values, $"main form[action='/concerns/manage/{id}/{action}']");
    }
}
