using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>
/// Rusty the Crime Dog as a bookable resource (always: the department has one), and with demo data on, the West
/// Memphis School District's schools and clearly-marked demo requests in every state.
/// </summary>
public sealed partial class PresentationsSeeder(AppDbContext db, IOptions<SeedOptions> seed, IHostEnvironment environment, TimeProvider clock, ILogger<PresentationsSeeder> logger)
{
    public const string RustyName = "Rusty the Crime Dog";
    public const string District = "West Memphis School District";

    /// <summary>The district's schools (grades as the demo shows them; the coordinator corrects them in the directory).</summary>
    public static readonly IReadOnlyList<(string Name, string Grades, string AreaCode)> WmsdSchools =
    [
        ("Academies of West Memphis", "9-12", "W3"),
        ("West Junior High School", "7-8", "W4"),
        ("Wonder Junior High School", "7-8", "W2"),
        ("Bragg Elementary School", "K-6", "W3"),
        ("Faulk Elementary School", "K-6", "W1"),
        ("Jackson-Wonder Elementary School", "K-6", "W4"),
        ("Maddux Elementary School", "K-6", "W5"),
        ("Richland Elementary School", "K-6", "W1"),
        ("Weaver Elementary School", "K-6", "W2"),
    ];

    public bool DemoEnabled => environment.IsDevelopment() && seed.Value.DemoData;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.BookableResources.AnyAsync(r => r.Kind == ResourceKind.Mascot, cancellationToken))
        {
            db.BookableResources.Add(new BookableResource { Name = RustyName, Kind = ResourceKind.Mascot });
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!DemoEnabled || await db.Schools.AnyAsync(cancellationToken))
        {
            return;
        }

        var areas = await db.Areas.ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        foreach (var (name, grades, area) in WmsdSchools)
        {
            db.Schools.Add(new School
            {
                Name = name,
                District = District,
                Grades = grades,
                Address = "West Memphis, AR 72301",
                AreaId = areas.TryGetValue(area, out var id) ? id : null,
                ContactName = "Front office (demo)",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedDemoRequestsAsync(cancellationToken);
    }

    private partial Task SeedDemoRequestsAsync(CancellationToken cancellationToken);
}
