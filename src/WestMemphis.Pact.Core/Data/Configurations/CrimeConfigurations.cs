using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Data.Configurations;

public class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.Property(i => i.Source).HasMaxLength(CrimeLimits.Source);
        builder.Property(i => i.SourceIncidentNumber).HasMaxLength(CrimeLimits.IncidentNumber);
        builder.Property(i => i.Address).HasMaxLength(CrimeLimits.Address);
        builder.Property(i => i.HundredBlock).HasMaxLength(CrimeLimits.Address);
        builder.Property(i => i.SourceBeat).HasMaxLength(CrimeLimits.Beat);
        builder.Property(i => i.Disposition).HasMaxLength(CrimeLimits.Disposition);
        builder.Property(i => i.HighestOffenseCode).HasMaxLength(CrimeLimits.Code);
        builder.HasOne(i => i.Area).WithMany().HasForeignKey(i => i.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.ImportBatch).WithMany().HasForeignKey(i => i.ImportBatchId).OnDelete(DeleteBehavior.SetNull);
        // Upsert key of the import: never two incidents with the same number from one source.
        builder.HasIndex(i => new { i.Source, i.SourceIncidentNumber }).IsUnique();
        // No index by time: the review, the drill-down and the public summary count and list offenses (which carry the
        // incident's time and area, with their own indexes) and join incidents by key. The area and batch foreign keys
        // keep their own indexes (by convention), which a million-row import fills in key order, cheaply.
    }
}

public class IncidentOffenseConfiguration : IEntityTypeConfiguration<IncidentOffense>
{
    public void Configure(EntityTypeBuilder<IncidentOffense> builder)
    {
        builder.Property(o => o.OffenseKey).HasMaxLength(CrimeLimits.OffenseKey);
        builder.Property(o => o.NibrsCode).HasMaxLength(CrimeLimits.Code);
        builder.Property(o => o.SourceCode).HasMaxLength(CrimeLimits.SourceCode);
        builder.Property(o => o.Description).HasMaxLength(CrimeLimits.Description);
        builder.HasOne(o => o.Incident).WithMany(i => i.Offenses).HasForeignKey(o => o.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.NibrsOffense).WithMany().HasForeignKey(o => o.NibrsCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Area>().WithMany().HasForeignKey(o => o.AreaId).OnDelete(DeleteBehavior.Restrict);
        // Upsert key of an offense within its incident (also the incident foreign key's index).
        builder.HasIndex(o => new { o.IncidentId, o.OffenseKey }).IsUnique();
        // The review's indexes (area-first, category-first, time-first) are in CrimeReviewOffenseIndexes.
        // Unmapped descriptions listed for mapping, and re-mapping them: only rows without a code are in it, so the import
        // pays for it on those rows alone (it also stands for the code foreign key's index; codes are never deleted).
        builder.HasIndex(o => new { o.NibrsCode, o.Description }).HasFilter("\"NibrsCode\" IS NULL");
    }
}

public class NibrsOffenseCodeConfiguration : IEntityTypeConfiguration<NibrsOffenseCode>
{
    public void Configure(EntityTypeBuilder<NibrsOffenseCode> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(CrimeLimits.Code);
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.NibrsOffenseCode.Name);
        builder.Property(c => c.Version).IsConcurrencyToken();
        // The catalog's rows are inserted by ReferenceDataSeeder at start-up, not by a migration.
    }
}

public class OffenseDescriptionMappingConfiguration : IEntityTypeConfiguration<OffenseDescriptionMapping>
{
    public void Configure(EntityTypeBuilder<OffenseDescriptionMapping> builder)
    {
        builder.Property(m => m.Source).HasMaxLength(CrimeLimits.Source);
        builder.Property(m => m.Description).HasMaxLength(CrimeLimits.Description);
        builder.Property(m => m.NibrsCode).HasMaxLength(CrimeLimits.Code);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.NibrsOffense).WithMany().HasForeignKey(m => m.NibrsCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.Source, m.Description }).IsUnique();
        // The starting mappings (NibrsCatalog.SeedMappings) are inserted by ReferenceDataSeeder on a new database.
    }
}

public class AreaSourceMappingConfiguration : IEntityTypeConfiguration<AreaSourceMapping>
{
    public void Configure(EntityTypeBuilder<AreaSourceMapping> builder)
    {
        builder.Property(m => m.Source).HasMaxLength(CrimeLimits.Source);
        builder.Property(m => m.Field).HasMaxLength(FieldLengths.AreaSourceMapping.Field);
        builder.Property(m => m.Value).HasMaxLength(CrimeLimits.Beat);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.Area).WithMany().HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.Source, m.Field, m.Value }).IsUnique();
    }
}

public class ImportMappingConfiguration : IEntityTypeConfiguration<ImportMapping>
{
    public void Configure(EntityTypeBuilder<ImportMapping> builder)
    {
        builder.Property(m => m.Source).HasMaxLength(CrimeLimits.Source);
        builder.Property(m => m.ColumnMapJson).HasMaxLength(CrimeLimits.ColumnMap);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => m.Source).IsUnique();
    }
}

public class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.Source).HasMaxLength(CrimeLimits.Source);
        builder.Property(b => b.ColumnMapJson).HasMaxLength(CrimeLimits.ColumnMap);
        builder.Property(b => b.FileName).HasMaxLength(FieldLengths.ImportBatch.FileName);
        builder.Property(b => b.Sha256).HasMaxLength(FieldLengths.ImportBatch.Sha256);
        builder.Property(b => b.StoredFilePath).HasMaxLength(FieldLengths.ImportBatch.StoredFilePath);
        builder.Property(b => b.UploadedById).HasMaxLength(FieldLengths.ImportBatch.UploadedById);
        builder.Property(b => b.Error).HasMaxLength(FieldLengths.ImportBatch.Error);
        builder.Property(b => b.LeaseOwner).HasMaxLength(FieldLengths.ImportBatch.LeaseOwner);
        builder.HasOne(b => b.UploadedBy).WithMany().HasForeignKey(b => b.UploadedById).OnDelete(DeleteBehavior.Restrict);
        // The worker's claim: queued batches, or running ones whose lease has run out.
        builder.HasIndex(b => new { b.Status, b.LeaseExpiresUtc });
        builder.HasIndex(b => b.UploadedAtUtc);
        builder.HasIndex(b => b.Sha256);
    }
}

public class ImportRejectedRowConfiguration : IEntityTypeConfiguration<ImportRejectedRow>
{
    public void Configure(EntityTypeBuilder<ImportRejectedRow> builder)
    {
        builder.Property(r => r.Column).HasMaxLength(FieldLengths.ImportRejectedRow.Column);
        builder.Property(r => r.Reason).HasMaxLength(FieldLengths.ImportRejectedRow.Reason);
        builder.Property(r => r.RawExcerpt).HasMaxLength(CrimeLimits.RawExcerpt);
        builder.HasOne(r => r.ImportBatch).WithMany(b => b.RejectedRows).HasForeignKey(r => r.ImportBatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ImportBatchId, r.LineNumber });
    }
}
