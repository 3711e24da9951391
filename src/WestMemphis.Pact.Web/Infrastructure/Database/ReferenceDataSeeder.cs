using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Infrastructure.Database;

/// <summary>
/// Data every installation needs: the city's five wards as areas, the NIBRS offense codes (<see cref="NibrsCatalog"/>)
/// and the starting offense description mappings. Added only when missing, so an admin's later edits are never
/// overwritten. These rows were once inserted by the migrations (HasData); since the baseline migration
/// (docs/decisions/0020-baseline-migration.md) they are inserted here, with the same keys.
/// </summary>
public sealed class ReferenceDataSeeder(AppDbContext db)
{
    public static readonly IReadOnlyList<Area> Wards =
    [
        new() { Code = "W1", Name = "Ward 1", SortOrder = 1, Description = "North West Memphis, along Interstate 40 and the Broadway corridor." },
        new() { Code = "W2", Name = "Ward 2", SortOrder = 2, IsFocusArea = true, Description = "East of Missouri Street, including older neighborhoods near the civic center." },
        new() { Code = "W3", Name = "Ward 3", SortOrder = 3, IsFocusArea = true, Description = "South-central neighborhoods, schools and parks around Eugene Woods Civic Center." },
        new() { Code = "W4", Name = "Ward 4", SortOrder = 4, Description = "West side, Jackson-Wonder and the Ingram Boulevard area." },
        new() { Code = "W5", Name = "Ward 5", SortOrder = 5, IsFocusArea = true, Description = "South and east toward the riverfront and the port." },
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var existing = await db.Areas.Select(a => a.Code).ToListAsync(cancellationToken);
        foreach (var ward in Wards.Where(w => !existing.Contains(w.Code)))
        {
            db.Areas.Add(new Area
            {
                Code = ward.Code,
                Name = ward.Name,
                Description = ward.Description,
                IsFocusArea = ward.IsFocusArea,
                SortOrder = ward.SortOrder,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedNibrsAsync(cancellationToken);
    }

    /// <summary>
    /// Codes missing from the table are added (a later catalog may add codes; codes are never deleted, and an admin's
    /// choice of which are public is kept). A new table starts with the non-sensitive default set public. The starting mappings go in once, with the codes of a new database, with
    /// ids 1..n as before: an admin may delete a mapping, and it must not come back at the next start.
    /// </summary>
    private async Task SeedNibrsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.NibrsOffenseCodes.Select(c => c.Code).ToListAsync(cancellationToken);
        var isNew = existing.Count == 0;
        foreach (var code in NibrsCatalog.All().Where(c => !existing.Contains(c.Code)))
        {
            code.Version = Guid.NewGuid();
            // A new installation starts with the default public set (OffenseGroups.DefaultPublic); codes added to an existing
            // table later stay staff-only, and an admin's choice is never touched again.
            code.IsPublic = isNew && OffensePublishing.IsDefaultPublic(code.Code, code.IsSensitive);
            db.NibrsOffenseCodes.Add(code);
        }

        if (!isNew)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        if (await db.OffenseDescriptionMappings.AnyAsync(cancellationToken))
        {
            // Not a new database after all (mappings without codes cannot exist, but never guess ids next to rows).
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var id = 0;
        foreach (var (source, description, code) in NibrsCatalog.SeedMappings())
        {
            db.OffenseDescriptionMappings.Add(new OffenseDescriptionMapping
            {
                Id = ++id,
                Source = source,
                Description = description,
                NibrsCode = code,
                Version = Guid.NewGuid(),
            });
        }

        await SaveMappingsWithTheirIdsAsync(cancellationToken);
    }

    /// <summary>SQL Server refuses a value for an identity column unless IDENTITY_INSERT is on for the session.</summary>
    private async Task SaveMappingsWithTheirIdsAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlServer())
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SET IDENTITY_INSERT [OffenseDescriptionMappings] ON", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("SET IDENTITY_INSERT [OffenseDescriptionMappings] OFF", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
