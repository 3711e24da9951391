using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Data;

// Crime data: imported incidents and their offenses, the NIBRS code table, mapping tables and import batches.
public partial class AppDbContext
{
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<IncidentOffense> IncidentOffenses => Set<IncidentOffense>();
    public DbSet<NibrsOffenseCode> NibrsOffenseCodes => Set<NibrsOffenseCode>();
    public DbSet<OffenseDescriptionMapping> OffenseDescriptionMappings => Set<OffenseDescriptionMapping>();
    public DbSet<AreaSourceMapping> AreaSourceMappings => Set<AreaSourceMapping>();
    public DbSet<ImportMapping> ImportMappings => Set<ImportMapping>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportRejectedRow> ImportRejectedRows => Set<ImportRejectedRow>();
}
