using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

public sealed record VolunteerFilter(string? Q, string? From, string? To, DateOnly Today)
{
    /// <summary>The typed dates within <see cref="DateRangeLimits"/>, with a message for each one changed.</summary>
    public CheckedRange Dates { get; } = DateRangeLimits.Check(DateRangeLimits.Read(From), DateRangeLimits.Read(To), Today);

    public DateTime FromUtc => Dates.From is { } d ? CentralTimeInput.ToUtc(d, TimeOnly.MinValue) ?? DateTime.MinValue : new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public DateTime ToUtc => Dates.To is { } d ? CentralTimeInput.ToUtc(d.AddDays(1), TimeOnly.MinValue) ?? DateTime.MaxValue : new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public string Query => QueryLinks.Build(("q", Q), ("from", From), ("to", To));
}
