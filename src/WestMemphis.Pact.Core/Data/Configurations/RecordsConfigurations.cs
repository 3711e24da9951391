using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Records;

namespace WestMemphis.Pact.Data.Configurations;

public class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.Property(h => h.RecordId).HasMaxLength(FieldLengths.LegalHold.RecordId);
        builder.Property(h => h.PersonId).HasMaxLength(FieldLengths.LegalHold.PersonId);
        builder.Property(h => h.Reason).HasMaxLength(FieldLengths.LegalHold.Reason);
        builder.Property(h => h.PlacedById).HasMaxLength(FieldLengths.LegalHold.PlacedById);
        builder.Property(h => h.ReleasedById).HasMaxLength(FieldLengths.LegalHold.ReleasedById);
        builder.Property(h => h.ReleaseReason).HasMaxLength(FieldLengths.LegalHold.ReleaseReason);
        builder.HasIndex(h => h.ReleasedUtc);
    }
}

public class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> builder)
    {
        builder.Property(r => r.DayKey).HasMaxLength(FieldLengths.RetentionRun.DayKey);
        builder.Property(r => r.Details).HasMaxLength(FieldLengths.RetentionRun.Details);
        builder.HasIndex(r => r.DayKey).IsUnique();
    }
}
