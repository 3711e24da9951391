using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
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

    // Presentations, appearances and the schools directory
    public DbSet<School> Schools => Set<School>();
    public DbSet<PresentationRequest> PresentationRequests => Set<PresentationRequest>();
    public DbSet<PresentationMessage> PresentationMessages => Set<PresentationMessage>();
    public DbSet<BookableResource> BookableResources => Set<BookableResource>();
    public DbSet<Appearance> Appearances => Set<Appearance>();
    public DbSet<AppearanceBooking> AppearanceBookings => Set<AppearanceBooking>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite hands values back as Unspecified, so say so on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
