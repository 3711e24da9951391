using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;
using WestMemphis.Pact.Domain.Problems;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.BrowserTests;

/// <summary>Sample records for the concern and problem pages that take an id.</summary>
public static class ConcernSamples
{
    public static async Task AddAsync(PactFactory app, Dictionary<string, string> samples)
    {
        var owner = await app.CreateUserAsync($"sample-officer-{Guid.NewGuid():N}@example.com", TestUsers.Password, Roles.Officer);
        var (concern, problem) = await app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var p = new Problem { Title = "Sample problem: speeding on a long straight street", OwnerId = owner.Id, Stage = ProblemStage.Response, OpenedUtc = now, UpdatedUtc = now };
            p.ActionItems.Add(new ProblemActionItem { What = "Ask the traffic unit for enforcement at let-out", Owner = "Traffic unit", Due = DateOnly.FromDateTime(now.AddDays(7)), CreatedUtc = now });
            var c = new Concern
            {
                ReferenceCode = ConcernRules.NewReferenceCode(),
                IdempotencyKey = Guid.NewGuid().ToString("N"),
                Category = ConcernCategory.TrafficAndSpeeding,
                Location = "Broadway and S Missouri St",
                Description = "Cars race after school.",
                ReporterName = "Sample Reporter",
                ReporterEmail = "sample.reporter.with.a.long.address@neighbourhood-association.example.org",
                CreatedUtc = now,
                UpdatedUtc = now,
                Problem = p,
            };
            c.Updates.Add(new ConcernUpdate { IsPublic = true, Body = "An officer is looking into it.", CreatedUtc = now });
            db.Concerns.Add(c);
            await db.SaveChangesAsync();
            return (c.Id, p.Id);
        });
        samples["GET concerns/manage/{id:int}"] = $"/concerns/manage/{concern}";
        samples["GET problems/{id:int}"] = $"/problems/{problem}";
        samples["GET problems/{id:int}/edit"] = $"/problems/{problem}/edit";
    }
}
