using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Data;

// Liaison officers' field work: areas' streets, assignments, directories, contact logs.
public partial class AppDbContext
{
    public DbSet<StreetRange> StreetRanges => Set<StreetRange>();
    public DbSet<LiaisonAssignment> LiaisonAssignments => Set<LiaisonAssignment>();
    public DbSet<Congregation> Congregations => Set<Congregation>();
    public DbSet<Clergy> Clergy => Set<Clergy>();
    public DbSet<SecurityAssessment> SecurityAssessments => Set<SecurityAssessment>();
    public DbSet<PartnerOrganization> PartnerOrganizations => Set<PartnerOrganization>();
    public DbSet<PartnerArea> PartnerAreas => Set<PartnerArea>();
    public DbSet<ContactLog> ContactLogs => Set<ContactLog>();
    public DbSet<FollowUpDigest> FollowUpDigests => Set<FollowUpDigest>();
}
