using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.IntegrationTests.Infrastructure;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// The NIBRS codes and the starting offense mappings are seeded at start-up (ReferenceDataSeeder), no longer by the
/// migrations: a new database holds the same rows with the same keys as before, and seeding again changes nothing an
/// admin did.
/// </summary>
public sealed class ReferenceDataTests : IDisposable
{
    private readonly PactFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_new_database_has_every_NIBRS_code_and_the_starting_mappings_with_ids_from_one()
    {
        var codes = await _factory.WithDbAsync(db => db.NibrsOffenseCodes.AsNoTracking().ToListAsync());
        static object Row(NibrsOffenseCode c) => (c.Code, c.Name, c.CrimesAgainst, c.Group, c.UcrPart, c.PartIClass, c.HierarchyRank, c.IsSensitive);
        Assert.Equal(
            NibrsCatalog.All().OrderBy(c => c.Code, StringComparer.Ordinal).Select(Row),
            codes.OrderBy(c => c.Code, StringComparer.Ordinal).Select(Row));

        // The default public set, and nothing else, is public on a new database.
        Assert.Equal(OffenseGroups.DefaultPublic.Order(StringComparer.Ordinal), codes.Where(c => c.IsPublic).Select(c => c.Code).Order(StringComparer.Ordinal));

        var expected = NibrsCatalog.SeedMappings().Select((m, i) => (i + 1, m.Source, m.Description, m.Code)).ToList();
        var mappings = await _factory.WithDbAsync(db => db.OffenseDescriptionMappings.AsNoTracking().OrderBy(m => m.Id).Take(expected.Count).ToListAsync());
        Assert.Equal(expected, mappings.Select(m => (m.Id, m.Source, m.Description, m.NibrsCode)));
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_brings_back_no_deleted_mapping_and_keeps_which_types_are_public()
    {
        var wasPublic = await _factory.WithDbAsync(async db =>
        {
            await db.OffenseDescriptionMappings.Where(m => m.Id == 1).ExecuteDeleteAsync();
            var before = await db.NibrsOffenseCodes.Where(c => c.Code == "90Z").Select(c => c.IsPublic).SingleAsync();
            await db.NibrsOffenseCodes.Where(c => c.Code == "90Z").ExecuteUpdateAsync(s => s.SetProperty(c => c.IsPublic, !before));
            // An admin withdrew a default type: the next start must not publish it again.
            await db.NibrsOffenseCodes.Where(c => c.Code == "220").ExecuteUpdateAsync(s => s.SetProperty(c => c.IsPublic, false));
            return before;
        });
        var counts = await _factory.WithDbAsync(async db => (await db.NibrsOffenseCodes.CountAsync(), await db.OffenseDescriptionMappings.CountAsync()));

        for (var run = 0; run < 2; run++)
        {
            using var scope = _factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
        }

        await _factory.WithDbAsync(async db =>
        {
            Assert.Equal(counts, (await db.NibrsOffenseCodes.CountAsync(), await db.OffenseDescriptionMappings.CountAsync()));
            Assert.Equal(NibrsCatalog.All().Count, counts.Item1);
            Assert.False(await db.OffenseDescriptionMappings.AnyAsync(m => m.Id == 1));
            Assert.Equal(!wasPublic, await db.NibrsOffenseCodes.Where(c => c.Code == "90Z").Select(c => c.IsPublic).SingleAsync());
            Assert.False(await db.NibrsOffenseCodes.Where(c => c.Code == "220").Select(c => c.IsPublic).SingleAsync());
        });
    }
}
