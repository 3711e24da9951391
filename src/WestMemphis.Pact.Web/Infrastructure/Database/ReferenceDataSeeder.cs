using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Database;

/// <summary>
/// Data every installation needs: the city's five wards as areas. Added only when missing, so an
/// admin's later edits are never overwritten.
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
    }
}
