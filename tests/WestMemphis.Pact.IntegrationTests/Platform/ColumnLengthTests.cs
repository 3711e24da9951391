using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Features.Presentations;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// SQL Server refuses text longer than its column; SQLite stores it. The app refuses it on both (ColumnLengthInterceptor),
/// so the suite, which runs on SQLite, finds a value built too long; and the values the app builds fit their columns.
/// </summary>
public sealed class ColumnLengthTests : IDisposable
{
    private readonly PactFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Text_longer_than_its_column_is_refused_on_SQLite_as_on_SQL_Server()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(connection).AddInterceptors(new ColumnLengthInterceptor()).Options);
        await db.Database.EnsureCreatedAsync();

        db.BookableResources.Add(new BookableResource { Name = new string('R', 100), Kind = ResourceKind.Other });
        await db.SaveChangesAsync();

        db.BookableResources.Add(new BookableResource { Name = new string('R', 101), Kind = ResourceKind.Other });
        var refused = await Assert.ThrowsAsync<ColumnLengthException>(() => db.SaveChangesAsync());
        Assert.Contains("BookableResource.Name is 101 characters long", refused.Message);
        Assert.Contains("at most 100", refused.Message);
        db.ChangeTracker.Clear();

        var stored = await db.BookableResources.SingleAsync();
        stored.Name = new string('S', 101);
        await Assert.ThrowsAsync<ColumnLengthException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task The_app_checks_lengths_on_every_save()
    {
        await _factory.WithDbAsync(db =>
        {
            var interceptors = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors!;
            Assert.Contains(interceptors, i => i is ColumnLengthInterceptor);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task An_officer_with_a_long_name_and_email_can_still_be_booked()
    {
        var officer = await _factory.CreateUserAsync(new string('o', 60) + "@westmemphis-police-department.example.org", roles: Roles.Officer);
        await _factory.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == officer.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.FullName, "Lieutenant " + new string('N', 80)));
        });

        using var scope = _factory.Services.CreateScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<AppearanceScheduler>();
        var resources = await scheduler.OfficerResourcesAsync([officer.Id], CancellationToken.None);

        var id = Assert.Single(resources);
        var name = await scope.ServiceProvider.GetRequiredService<AppDbContext>().BookableResources.Where(r => r.Id == id).Select(r => r.Name).SingleAsync();
        Assert.True(name.Length <= 100, name);
        Assert.StartsWith("Lieutenant NNN", name);
    }

    [Theory]
    [InlineData(199)]
    [InlineData(200)]
    public void A_hundred_block_fits_its_column_whatever_the_address(int length)
    {
        var address = "1 " + new string('A', length - 2);

        var block = HundredBlocks.From(address);

        Assert.NotNull(block);
        Assert.True(block.Length <= CrimeLimits.Address, $"{block.Length} characters");
    }
}
