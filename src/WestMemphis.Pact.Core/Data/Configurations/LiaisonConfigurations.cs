using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Data.Configurations;

public class StreetRangeConfiguration : IEntityTypeConfiguration<StreetRange>
{
    public void Configure(EntityTypeBuilder<StreetRange> builder)
    {
        builder.Property(r => r.StreetName).HasMaxLength(100);
        builder.Property(r => r.Directional).HasMaxLength(2);
        builder.Property(r => r.NameKey).HasMaxLength(100);
        builder.Property(r => r.Suffix).HasMaxLength(10);
        builder.Ignore(r => r.Key);
        builder.HasOne(r => r.Area).WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.NameKey, r.FromNumber });
        builder.ToTable(t => t.HasCheckConstraint("CK_StreetRanges_Numbers", "FromNumber >= 0 AND ToNumber >= FromNumber"));
    }
}

public class LiaisonAssignmentConfiguration : IEntityTypeConfiguration<LiaisonAssignment>
{
    public void Configure(EntityTypeBuilder<LiaisonAssignment> builder)
    {
        builder.Property(a => a.OfficerId).HasMaxLength(450);
        builder.Property(a => a.CreatedById).HasMaxLength(450);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Officer).WithMany().HasForeignKey(a => a.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Area).WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.AreaId, a.StartDate });
        builder.HasIndex(a => new { a.OfficerId, a.AreaId });
    }
}

public class CongregationConfiguration : IEntityTypeConfiguration<Congregation>
{
    public void Configure(EntityTypeBuilder<Congregation> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(150);
        builder.Property(c => c.Denomination).HasMaxLength(100);
        builder.Property(c => c.Address).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Property(c => c.Website).HasMaxLength(300);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Area).WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => c.AreaId);
    }
}

public class ClergyConfiguration : IEntityTypeConfiguration<Clergy>
{
    public void Configure(EntityTypeBuilder<Clergy> builder)
    {
        builder.ToTable("Clergy");
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Title).HasMaxLength(100);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Congregation).WithMany(c => c.Clergy).HasForeignKey(c => c.CongregationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class SecurityAssessmentConfiguration : IEntityTypeConfiguration<SecurityAssessment>
{
    public void Configure(EntityTypeBuilder<SecurityAssessment> builder)
    {
        builder.Property(a => a.OfficerId).HasMaxLength(450);
        builder.Property(a => a.Recommendations).HasMaxLength(4000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Congregation).WithMany(c => c.Assessments).HasForeignKey(a => a.CongregationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Officer).WithMany().HasForeignKey(a => a.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PartnerOrganizationConfiguration : IEntityTypeConfiguration<PartnerOrganization>
{
    public void Configure(EntityTypeBuilder<PartnerOrganization> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(150);
        builder.Property(p => p.ContactName).HasMaxLength(100);
        builder.Property(p => p.ContactPhone).HasMaxLength(30);
        builder.Property(p => p.ContactEmail).HasMaxLength(256);
        builder.Property(p => p.Address).HasMaxLength(200);
        builder.Property(p => p.Services).HasMaxLength(2000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Name);
    }
}

public class PartnerAreaConfiguration : IEntityTypeConfiguration<PartnerArea>
{
    public void Configure(EntityTypeBuilder<PartnerArea> builder)
    {
        builder.HasKey(p => new { p.PartnerOrganizationId, p.AreaId });
        builder.HasOne(p => p.PartnerOrganization).WithMany(p => p.AreasServed).HasForeignKey(p => p.PartnerOrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Area).WithMany().HasForeignKey(p => p.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ContactLogConfiguration : IEntityTypeConfiguration<ContactLog>
{
    public void Configure(EntityTypeBuilder<ContactLog> builder)
    {
        builder.Property(c => c.OfficerId).HasMaxLength(450);
        builder.Property(c => c.FollowUpOwnerId).HasMaxLength(450);
        builder.Property(c => c.Purpose).HasMaxLength(300);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Property(c => c.FollowUp).HasMaxLength(500);
        builder.Property(c => c.FollowUpOutcome).HasMaxLength(1000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.HasOpenFollowUp);
        builder.HasOne(c => c.Officer).WithMany().HasForeignKey(c => c.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.FollowUpOwner).WithMany().HasForeignKey(c => c.FollowUpOwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Congregation).WithMany().HasForeignKey(c => c.CongregationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Clergy).WithMany().HasForeignKey(c => c.ClergyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.PartnerOrganization).WithMany().HasForeignKey(c => c.PartnerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Area).WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OfficerId, c.WhenUtc });
        builder.HasIndex(c => new { c.FollowUpOwnerId, c.FollowUpClosedUtc, c.FollowUpDue });
        builder.HasIndex(c => new { c.AreaId, c.WhenUtc });
        builder.HasIndex(c => c.CongregationId);
        builder.HasIndex(c => c.PartnerOrganizationId);
        builder.ToTable(t => t.HasCheckConstraint("CK_ContactLogs_PositiveContacts", "PositiveContacts >= 0"));
    }
}

public class FollowUpDigestConfiguration : IEntityTypeConfiguration<FollowUpDigest>
{
    public void Configure(EntityTypeBuilder<FollowUpDigest> builder)
    {
        builder.Property(d => d.OfficerId).HasMaxLength(450);
        builder.HasOne<WestMemphis.Pact.Domain.ApplicationUser>().WithMany().HasForeignKey(d => d.OfficerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.OfficerId, d.WeekOf }).IsUnique();
    }
}
