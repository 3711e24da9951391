using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Data.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(FieldLengths.AuditEntry.UserId);
        builder.Property(a => a.UserName).HasMaxLength(FieldLengths.AuditEntry.UserName);
        builder.Property(a => a.Action).HasMaxLength(FieldLengths.AuditEntry.Action);
        builder.Property(a => a.RecordType).HasMaxLength(FieldLengths.AuditEntry.RecordType);
        builder.Property(a => a.RecordId).HasMaxLength(FieldLengths.AuditEntry.RecordId);
        builder.Property(a => a.Outcome).HasMaxLength(FieldLengths.AuditEntry.Outcome);
        builder.Property(a => a.Details).HasMaxLength(FieldLengths.AuditEntry.Details);
        builder.Property(a => a.IpAddress).HasMaxLength(FieldLengths.AuditEntry.IpAddress);
        builder.HasIndex(a => a.WhenUtc);
        builder.HasIndex(a => new { a.RecordType, a.RecordId });
        builder.HasIndex(a => a.UserId);
    }
}
