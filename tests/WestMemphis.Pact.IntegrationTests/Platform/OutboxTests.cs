using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Infrastructure.Email;

namespace WestMemphis.Pact.IntegrationTests.Platform;

public sealed class OutboxTests
{
    [Fact]
    public async Task A_queued_message_survives_a_restart_and_is_sent_exactly_once()
    {
        // Both app instances use one folder (database and mail) that the test, not a factory, owns.
        var folder = Path.Combine(Path.GetTempPath(), "pact-tests", Guid.NewGuid().ToString("N"));
        var email = $"restart-{Guid.NewGuid():N}@example.com";
        using (var first = PactFactory.ReusingFolder(folder))
        {
            await first.CreateBrowserClient().RegisterAsync(email);
            Assert.Empty(first.SentMail());
            Assert.Equal(OutboxStatus.Pending, (await first.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == email))).Status);
        }

        try
        {
            var second = PactFactory.ReusingFolder(folder).With("Mail:SenderEnabled", "true").With("Mail:PollIntervalSeconds", "0.1");
            try
            {
                _ = second.Server;
                var sent = await Eventually.TrueAsync(async () =>
                    await second.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == email && m.Status == OutboxStatus.Sent)));
                Assert.True(sent, "the worker did not send the queued message");
                Assert.Equal(0, await second.SendQueuedMailAsync());
            }
            finally
            {
                // Stopping the app stops its worker: whatever it would still send is in the folder before we count.
                second.Dispose();
            }

            Assert.Single(Directory.GetFiles(Path.Combine(folder, "mail"), "*.eml"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Two_senders_working_at_once_never_send_the_same_message_twice()
    {
        using var factory = new PactFactory();
        await factory.WithDbAsync(async db =>
        {
            var outbox = new Outbox(db, TimeProvider.System);
            for (var i = 0; i < 40; i++)
            {
                outbox.Enqueue("Test", $"person{i}@example.com", null, $"Message {i}", "Hello");
            }

            await db.SaveChangesAsync();
        });

        // Two independent senders, as two app instances would have, racing over the same rows.
        var services = factory.Services;
        OutboxSender NewSender() => ActivatorUtilities.CreateInstance<OutboxSender>(services);
        var results = await Task.WhenAll(NewSender().SendDueAsync(CancellationToken.None), NewSender().SendDueAsync(CancellationToken.None));

        Assert.Equal(40, results.Sum());
        Assert.Equal(40, factory.SentMail().Count);
        Assert.Equal(40, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent)));
    }

    [Fact]
    public async Task A_failing_transport_leaves_the_message_queued_for_a_retry_with_back_off()
    {
        using var factory = new PactFactory()
            .With("Mail:SmtpHost", "127.0.0.1")
            .With("Mail:SmtpPort", "1")
            .With("Mail:SmtpSecurity", "None");
        var email = $"retry-{Guid.NewGuid():N}@example.com";
        await factory.WithDbAsync(async db =>
        {
            new Outbox(db, TimeProvider.System).Enqueue("Test", email, null, "Hi", "Hello");
            await db.SaveChangesAsync();
        });

        Assert.Equal(0, await factory.SendQueuedMailAsync());

        var message = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == email));
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.NotNull(message.LastError);
        Assert.True(message.NextAttemptUtc > DateTime.UtcNow.AddSeconds(10));
        Assert.Null(message.ClaimedBy);
    }
}

public sealed class OutboxAdminTests(PactFactory factory) : IClassFixture<PactFactory>
{
    [Fact]
    public async Task An_admin_sees_failed_messages_and_sends_one_again()
    {
        var email = $"failed-{Guid.NewGuid():N}@example.com";
        var id = await factory.WithDbAsync(async db =>
        {
            var message = new Outbox(db, TimeProvider.System).Enqueue("Test", email, null, "Could not send", "Hello");
            message.Status = OutboxStatus.Failed;
            message.Attempts = 8;
            message.LastError = "Connection refused";
            await db.SaveChangesAsync();
            return message.Id;
        });
        var adminEmail = $"outbox-admin-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(adminEmail, TestUsers.Password, Roles.Admin);
        var admin = factory.CreateBrowserClient();
        await admin.LoginAsync(adminEmail);

        var page = await admin.GetPageAsync("/admin/outbox?status=Failed");
        Assert.Contains("Connection refused", page.Text);
        var retried = await admin.SubmitAsync(page, formSelector: $"form[action='/admin/outbox/{id}/retry']");
        Assert.Contains("will be sent again", retried.Text);

        Assert.Equal(1, await factory.SendQueuedMailAsync());
        Assert.Equal(OutboxStatus.Sent, (await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == id))).Status);
    }
}
