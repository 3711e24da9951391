using AngleSharp.Html.Dom;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Accounts;

/// <summary>A signed-in resident's public forms start with the contact details the portal already holds.</summary>
public sealed class PrefilledFormsTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Theory]
    [InlineData("/concerns/new", "Name", "Email", "Phone")]
    [InlineData("/presentations/request", "RequesterName", "RequesterEmail", "RequesterPhone")]
    [InlineData("/presentations/national-night-out", "HostName", "HostEmail", "HostPhone")]
    public async Task Contact_fields_are_filled_for_a_signed_in_resident_and_empty_for_a_visitor(string url, string name, string email, string phone)
    {
        var address = $"prefill-{Guid.NewGuid():N}@example.com";
        var user = await factory.CreateUserAsync(address);
        await factory.WithDbAsync(async db =>
        {
            var row = await db.Users.FindAsync(user.Id);
            row!.FullName = "Jordan Prefill";
            row.PhoneNumber = "870-555-0142";
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(address);

        var page = await client.GetPageAsync(url);
        string? Value(HtmlPage p, string field) => (p.Document.QuerySelector($"form [name='{field}']") as IHtmlInputElement)?.Value;
        Assert.Equal("Jordan Prefill", Value(page, name));
        Assert.Equal(address, Value(page, email));
        Assert.Equal("870-555-0142", Value(page, phone));

        var visitor = await factory.CreateBrowserClient().GetPageAsync(url);
        Assert.True(string.IsNullOrEmpty(Value(visitor, name)));
        Assert.True(string.IsNullOrEmpty(Value(visitor, email)));
    }
}
