using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Accounts;

/// <summary>An admin invites a person; the emailed link lets them choose a password, which confirms the address.</summary>
public sealed class InviteUserTests(PactFactory factory) : IClassFixture<PactFactory>
{
    private async Task<HttpClient> AdminAsync()
    {
        var email = $"inviter-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(email, TestUsers.Password, Roles.Admin);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return client;
    }

    private static void Tick(HtmlPage page, string role) => ((IHtmlInputElement)page.Document.QuerySelector($"#role-{role}")!).IsChecked = true;

    [Fact]
    public async Task An_invited_officer_chooses_a_password_from_the_email_and_can_log_in()
    {
        var admin = await AdminAsync();
        var email = $"invited-{Guid.NewGuid():N}@example.com";
        var list = await admin.GetPageAsync("/admin/users");
        var form = await admin.GetPageAsync(list.Document.QuerySelector("a[href='/admin/users/invite']")!.GetAttribute("href")!);
        Tick(form, Roles.Officer);
        Tick(form, Roles.Resident);

        var sent = await admin.SubmitAsync(form, new Dictionary<string, string?> { ["FullName"] = "Dana O'Neal", ["Email"] = email });

        Assert.Contains($"Invitation sent to {email}", sent.Text, StringComparison.Ordinal);
        Assert.Contains("Send the invitation again", sent.Text, StringComparison.Ordinal);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.False(user.EmailConfirmed);
        Assert.Null(user.PasswordHash);
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync());
        Assert.Equal([Roles.Officer, Roles.Resident], roles.Order());

        // Before choosing a password nobody can log in to the account.
        Assert.Contains("/Account/Login", (await factory.CreateBrowserClient().LoginAsync(email)).Url.AbsolutePath, StringComparison.Ordinal);

        var (subject, body, link) = await factory.LatestMailAsync(email, "/Account/ResetPassword");
        Assert.Equal("You are invited to PACT West Memphis", subject);
        Assert.Contains("Dana O'Neal", body, StringComparison.Ordinal);
        var person = factory.CreateBrowserClient();
        var welcome = await person.GetPageAsync(new Uri(link!).PathAndQuery);
        Assert.Equal("Welcome: choose your password", welcome.Document.QuerySelector("h1")!.TextContent.Trim());

        const string password = "a lantern by the levee";
        var short1 = await person.SubmitAsync(welcome, new Dictionary<string, string?> { ["Password"] = "short", ["ConfirmPassword"] = "short" });
        Assert.Contains("at least 12 characters", short1.Text, StringComparison.Ordinal);
        Assert.Equal("Welcome: choose your password", short1.Document.QuerySelector("h1")!.TextContent.Trim());

        var done = await person.SubmitAsync(short1, new Dictionary<string, string?> { ["Password"] = password, ["ConfirmPassword"] = password });
        Assert.Contains("Your password is set and your account is ready", done.Text, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.EmailConfirmed).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "AccountInvited" && a.RecordId == user.Id)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "PasswordChosen" && a.RecordId == user.Id)));

        var loggedIn = await factory.CreateBrowserClient().LoginAsync(email, password);
        Assert.DoesNotContain("/Account/Login", loggedIn.Url.AbsolutePath, StringComparison.Ordinal);

        // Once accepted, the admin no longer sees the resend button, and a stale resend is refused.
        var details = await admin.GetPageAsync($"/admin/users/{user.Id}");
        Assert.DoesNotContain("Send the invitation again", details.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_invitations_are_refused_on_the_form_and_create_nothing()
    {
        var admin = await AdminAsync();
        var form = await admin.GetPageAsync("/admin/users/invite");

        var empty = await admin.SubmitAsync(form);
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("Enter the person's name.", empty.Text, StringComparison.Ordinal);
        Assert.Contains("Choose at least one role.", empty.Text, StringComparison.Ordinal);

        var adminEmail = $"would-be-admin-{Guid.NewGuid():N}@example.com";
        var asAdmin = await admin.SubmitAsync(form, new Dictionary<string, string?> { ["FullName"] = "Pat", ["Email"] = adminEmail, ["Roles"] = Roles.Admin });
        Assert.Contains("Admin is granted later", asAdmin.Text, StringComparison.Ordinal);
        Assert.Equal("Pat", ((IHtmlInputElement)asAdmin.Document.QuerySelector("#FullName")!).Value);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == adminEmail)));

        var existing = await factory.CreateUserAsync($"taken-{Guid.NewGuid():N}@example.com");
        var taken = await admin.SubmitAsync(form, new Dictionary<string, string?> { ["FullName"] = "Sam", ["Email"] = existing.Email, ["Roles"] = Roles.Resident });
        Assert.Contains("already has an account", taken.Text, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == existing.Email && m.Kind == "AccountInvitation")));
    }

    [Fact]
    public async Task The_invitation_is_sent_again_with_a_new_link_until_it_is_accepted()
    {
        var admin = await AdminAsync();
        var email = $"resend-{Guid.NewGuid():N}@example.com";
        var sent = await admin.SubmitAsync(await admin.GetPageAsync("/admin/users/invite"),
            new Dictionary<string, string?> { ["FullName"] = "Lee Ray", ["Email"] = email, ["Roles"] = Roles.Coordinator });

        var again = await admin.SubmitAsync(sent, formSelector: "form[action$='/invite']");
        Assert.Contains($"A new invitation is on its way to {email}", again.Text, StringComparison.Ordinal);
        Assert.Equal(2, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email && m.Kind == "AccountInvitation")));

        // A self-registered account is not an invitation: nothing is sent.
        var resident = await factory.CreateUserAsync($"self-{Guid.NewGuid():N}@example.com");
        again.Document.QuerySelector("form[action$='/invite']")!.SetAttribute("action", $"/admin/users/{resident.Id}/invite");
        var refused = await admin.SubmitAsync(again, formSelector: "form[action$='/invite']");
        Assert.Contains("has already accepted the invitation", refused.Text, StringComparison.Ordinal);
    }
}
