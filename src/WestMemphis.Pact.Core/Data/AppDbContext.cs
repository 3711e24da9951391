using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Data;

/// <summary>
/// The one DbContext: Identity, the domain, the outbox, the audit trail and the data-protection keys.
/// Provider-neutral; each provider has its own migrations assembly.
/// </summary>
public partial class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Events and volunteering
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Shift> Shifts => Set<Shift>();
    public DbSet<Signup> Signups => Set<Signup>();
    public DbSet<VolunteerProfile> VolunteerProfiles => Set<VolunteerProfile>();
    public DbSet<CleanupResult> CleanupResults => Set<CleanupResult>();
    public DbSet<EventFollow> EventFollows => Set<EventFollow>();
    public DbSet<AreaFollow> AreaFollows => Set<AreaFollow>();
    public DbSet<AreaFollowLink> AreaFollowLinks => Set<AreaFollowLink>();
    public DbSet<Domain.Crime.CrimeFlagAlert> CrimeFlagAlerts => Set<Domain.Crime.CrimeFlagAlert>();
    public DbSet<Domain.Prevention.PreventionMessage> PreventionMessages => Set<Domain.Prevention.PreventionMessage>();
    public DbSet<Domain.Prevention.CrimeFlagEvent> CrimeFlagEvents => Set<Domain.Prevention.CrimeFlagEvent>();
    public DbSet<HoursLetter> HoursLetters => Set<HoursLetter>();
    public DbSet<Domain.Feedback.FeedbackCard> FeedbackCards => Set<Domain.Feedback.FeedbackCard>();
    public DbSet<Domain.Feedback.FeedbackResponse> FeedbackResponses => Set<Domain.Feedback.FeedbackResponse>();
    public DbSet<Domain.Feedback.FeedbackInvitation> FeedbackInvitations => Set<Domain.Feedback.FeedbackInvitation>();

    // Presentations, appearances and the schools directory
    public DbSet<School> Schools => Set<School>();
    public DbSet<PresentationRequest> PresentationRequests => Set<PresentationRequest>();
    public DbSet<PresentationMessage> PresentationMessages => Set<PresentationMessage>();
    public DbSet<BookableResource> BookableResources => Set<BookableResource>();
    public DbSet<Appearance> Appearances => Set<Appearance>();
    public DbSet<AppearanceBooking> AppearanceBookings => Set<AppearanceBooking>();
    public DbSet<StatusLink> StatusLinks => Set<StatusLink>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // External logins and tokens: keys of 128 characters (as Identity's MaxLengthForKeys = 128 would make them), so
        // the login key fits SQL Server's 900 bytes and the token key is as short as its user id allows.
        builder.Entity<IdentityUserLogin<string>>(b =>
        {
            b.Property(l => l.LoginProvider).HasMaxLength(IdentityKeyLength);
            b.Property(l => l.ProviderKey).HasMaxLength(IdentityKeyLength);
        });
        builder.Entity<IdentityUserToken<string>>(b =>
        {
            b.Property(t => t.LoginProvider).HasMaxLength(IdentityKeyLength);
            b.Property(t => t.Name).HasMaxLength(IdentityKeyLength);
        });

        if (Database.ProviderName == SqlServerProvider)
        {
            // The crime import matches incident numbers and offense keys ordinally (case counts), as SQLite's BINARY
            // collation does; SQL Server's default collation ignores case, so these two columns compare by code point
            // there too, and "ja-1" and "JA-1" are two incidents on both providers. Only the SQL Server model changes.
            foreach (var (entity, property) in CaseSensitiveKeys)
            {
                builder.Entity(entity).Property(property).UseCollation(CaseSensitiveCollation);
            }
        }
    }

    public const int IdentityKeyLength = 128;

    /// <summary>Binary code-point order: case- and accent-sensitive, the same answers as SQLite's BINARY and .NET's ordinal.</summary>
    public const string CaseSensitiveCollation = "Latin1_General_100_BIN2";

    private const string SqlServerProvider = "Microsoft.EntityFrameworkCore.SqlServer";

    private static readonly (Type Entity, string Property)[] CaseSensitiveKeys =
    [
        (typeof(Domain.Crime.Incident), nameof(Domain.Crime.Incident.SourceIncidentNumber)),
        (typeof(Domain.Crime.IncidentOffense), nameof(Domain.Crime.IncidentOffense.OffenseKey)),
    ];

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite hands values back as Unspecified, so say so on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
