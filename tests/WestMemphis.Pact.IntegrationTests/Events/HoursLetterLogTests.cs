using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.IntegrationTests.Security;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>Issuing and checking a letter of hours served logs the letter's id, never its code or the volunteer's name.</summary>
public sealed partial class HoursLetterLogTests(LoggedPactFactory factory) : IClassFixture<LoggedPactFactory>
{
    [GeneratedRegex("PACT-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}")]
    private static partial Regex CodePattern();

    [Fact]
    public async Task The_log_holds_the_letters_id_but_not_its_code_or_the_name()
    {
        var email = EventSteps.Unique("letter-log");
        var user = await factory.VolunteerAsync(email);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.FullName, "Quinn Loggable-Name")));
        var start = DateTime.UtcNow.Date.AddDays(-12).AddHours(15);
        var e = await factory.EventAsync(start, start.AddHours(2), EventStatus.Completed, 4);
        await factory.WithDbAsync(async db =>
        {
            db.Signups.Add(new Signup
            {
                ShiftId = e.Shifts[0].Id,
                VolunteerId = user.Id,
                Status = SignupStatus.Attended,
                CreatedUtc = start.AddDays(-3),
                IdempotencyKey = Guid.NewGuid().ToString("N"),
                CheckedInUtc = start,
                CheckedOutUtc = start.AddHours(2),
                Hours = 2,
                HoursApproved = true,
            });
            await db.SaveChangesAsync();
        });
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        var before = factory.Logs.Events.Count;

        var letter = await client.SubmitAsync(await client.GetPageAsync("/my/letters"));
        var code = CodePattern().Match(letter.Text).Value;
        Assert.NotEmpty(code);
        var id = letter.Url.AbsolutePath["/my/letters/".Length..];
        await factory.CreateBrowserClient().GetPageAsync("/verify?code=" + code);
        await factory.Logs.WaitForAsync(ev => ev.StringProperty("RequestPath") == "/verify");

        var logged = factory.Logs.Events.Skip(before).Select(ev => ev.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " "
            + string.Join(" ", ev.Properties.Select(p => $"{p.Key}={p.Value}"))).ToList();
        Assert.Contains(logged, l => l.Contains("issued", StringComparison.Ordinal) && l.Contains($"HoursLetterId={id}", StringComparison.Ordinal));
        Assert.Contains(logged, l => l.Contains("checked", StringComparison.Ordinal) && l.Contains($"HoursLetterId={id}", StringComparison.Ordinal));
        foreach (var secret in new[] { code, code.Replace("-", "", StringComparison.Ordinal)[4..], "Quinn", "Loggable" })
        {
            Assert.DoesNotContain(logged, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
