using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Prevention;

namespace WestMemphis.Pact.Data.Configurations;

public class PreventionMessageConfiguration : IEntityTypeConfiguration<PreventionMessage>
{
    public void Configure(EntityTypeBuilder<PreventionMessage> builder)
    {
        builder.Property(m => m.TemplateKey).HasMaxLength(FieldLengths.PreventionMessage.TemplateKey);
        builder.Property(m => m.Subject).HasMaxLength(FieldLengths.PreventionMessage.Subject);
        builder.Property(m => m.Body).HasMaxLength(FieldLengths.PreventionMessage.Body);
        builder.Property(m => m.CreatedById).HasMaxLength(FieldLengths.PreventionMessage.CreatedById);
        builder.Property(m => m.ApprovedById).HasMaxLength(FieldLengths.PreventionMessage.ApprovedById);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.CrimeFlagAlert).WithMany().HasForeignKey(m => m.CrimeFlagAlertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Area).WithMany().HasForeignKey(m => m.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.CreatedBy).WithMany().HasForeignKey(m => m.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.ApprovedBy).WithMany().HasForeignKey(m => m.ApprovedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.Status, m.CreatedUtc });
    }
}

public class CrimeFlagEventConfiguration : IEntityTypeConfiguration<CrimeFlagEvent>
{
    public void Configure(EntityTypeBuilder<CrimeFlagEvent> builder)
    {
        builder.HasKey(l => new { l.CrimeFlagAlertId, l.EventId });
        builder.Property(l => l.CreatedById).HasMaxLength(FieldLengths.CrimeFlagEvent.CreatedById);
        builder.HasOne(l => l.CrimeFlagAlert).WithMany().HasForeignKey(l => l.CrimeFlagAlertId).OnDelete(DeleteBehavior.Restrict);
        // An event made from a flag belongs to that flag only; deleting the draft event drops the link.
        builder.HasOne(l => l.Event).WithMany().HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.EventId).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(l => l.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
