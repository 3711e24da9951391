using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Liaison;

public static class LiaisonSteps
{
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}@example.com";

    public static async Task<(HttpClient Client, ApplicationUser User)> SignedInAsync(this PactFactory factory, params string[] roles)
    {
        var email = Unique(string.Join("-", roles).ToLowerInvariant());
        var user = await factory.CreateUserAsync(email, TestUsers.Password, roles);
        var client = factory.CreateBrowserClient();
        await client.LoginAsync(email);
        return (client, user);
    }

    public static Task<int> AreaIdAsync(this PactFactory factory, string code) =>
        factory.WithDbAsync(db => db.Areas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    /// <summary>Arrangement: a street range straight into the database (the admin form has its own tests).</summary>
    public static Task AddStreetAsync(this PactFactory factory, string code, string street, int from, int to, HouseNumberParity parity = HouseNumberParity.Both) =>
        factory.WithDbAsync(async db =>
        {
            var key = AddressNormalizer.NormalizeStreet(street)!;
            db.StreetRanges.Add(new StreetRange
            {
                AreaId = await db.Areas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync(),
                StreetName = street,
                Directional = key.Directional,
                NameKey = key.Name,
                Suffix = key.Suffix,
                FromNumber = from,
                ToNumber = to,
                Parity = parity,
            });
            await db.SaveChangesAsync();
        });

    public static Task AssignAsync(this PactFactory factory, string officerId, string code, DateOnly? start = null) =>
        factory.WithDbAsync(async db =>
        {
            db.LiaisonAssignments.Add(new LiaisonAssignment
            {
                OfficerId = officerId,
                AreaId = await db.Areas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync(),
                StartDate = start ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30),
                WeeklyHours = 10,
                CreatedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });

    public static Task<Congregation> CongregationAsync(this PactFactory factory, string name, string address, string code) =>
        factory.WithDbAsync(async db =>
        {
            var c = new Congregation { Name = name, Address = address, AreaId = await db.Areas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync() };
            c.Clergy.Add(new Clergy { Name = "Pastor " + name.Split(' ')[0], Title = "Pastor", Phone = "870-555-0199" });
            db.Congregations.Add(c);
            await db.SaveChangesAsync();
            return c;
        });
}
