using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace WestMemphis.Pact.IntegrationTests.Infrastructure;

/// <summary>What a person does with the account pages, through the real forms.</summary>
public static partial class AccountSteps
{
    public static async Task<HtmlPage> LoginAsync(this HttpClient client, string email, string password = TestUsers.Password)
    {
        var page = await client.GetPageAsync("/Account/Login");
        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = email, ["Password"] = password });
        if (result.Response.Headers.Location?.OriginalString is { } location && location.StartsWith("/Account/LoginWith2fa", StringComparison.Ordinal))
        {
            result = await client.GetPageAsync(location); // a client that does not follow redirects
        }

        if (result.Url.AbsolutePath == "/Account/LoginWith2fa" && Totp.KeysByEmail.TryGetValue(email, out var key))
        {
            result = await client.SubmitAsync(result, new Dictionary<string, string?> { ["Code"] = Totp.NextCode(key) });
        }

        return result;
    }

    public static async Task<HtmlPage> RegisterAsync(this HttpClient client, string email, string password = TestUsers.Password, string name = "Pat Resident")
    {
        var page = await client.GetPageAsync("/Account/Register");
        return await client.SubmitAsync(page, new Dictionary<string, string?>
        {
            ["FullName"] = name,
            ["Email"] = email,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
            ["IsThirteenOrOlder"] = "true",
        });
    }

    public static async Task<HtmlPage> LogoutAsync(this HttpClient client)
    {
        var page = await client.GetPageAsync("/");
        return await client.SubmitAsync(page, formSelector: "form[action='/Account/Logout']");
    }

    /// <summary>The newest queued email to an address, and the first link in it that contains <paramref name="linkPart"/>.</summary>
    public static async Task<(string Subject, string Body, string? Link)> LatestMailAsync(this PactFactory factory, string to, string? linkPart = null)
    {
        var message = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == to).OrderByDescending(m => m.Id).FirstAsync());
        var link = linkPart is null ? null : UrlPattern().Matches(message.TextBody).Select(m => m.Value).FirstOrDefault(u => u.Contains(linkPart, StringComparison.Ordinal));
        return (message.Subject, message.TextBody, link);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex UrlPattern();
}
