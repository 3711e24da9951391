using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.Data.Configurations;

public class StreetRangeConfiguration : IEntityTypeConfiguration<StreetRange>
{
    public void Configure(EntityTypeBuilder<StreetRange> builder)
    {
        builder.Property(r => r.StreetName).HasMaxLength(FieldLengths.StreetRange.StreetName);
        builder.Property(r => r.Directional).HasMaxLength(FieldLengths.StreetRange.Directional);
        builder.Property(r => r.NameKey).HasMaxLength(FieldLengths.StreetRange.NameKey);
        builder.Property(r => r.Suffix).HasMaxLength(FieldLengths.StreetRange.Suffix);
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
        builder.Property(a => a.OfficerId).HasMaxLength(FieldLengths.LiaisonAssignment.OfficerId);
        builder.Property(a => a.CreatedById).HasMaxLength(FieldLengths.LiaisonAssignment.CreatedById);
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
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Congregation.Name);
        builder.Property(c => c.Denomination).HasMaxLength(FieldLengths.Congregation.Denomination);
        builder.Property(c => c.Address).HasMaxLength(FieldLengths.Congregation.Address);
        builder.Property(c => c.Phone).HasMaxLength(FieldLengths.Congregation.Phone);
        builder.Property(c => c.Website).HasMaxLength(FieldLengths.Congregation.Website);
        builder.Property(c => c.Notes).HasMaxLength(FieldLengths.Congregation.Notes);
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
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Clergy.Name);
        builder.Property(c => c.Title).HasMaxLength(FieldLengths.Clergy.Title);
        builder.Property(c => c.Phone).HasMaxLength(FieldLengths.Clergy.Phone);
        builder.Property(c => c.Email).HasMaxLength(FieldLengths.Clergy.Email);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Congregation).WithMany(c => c.Clergy).HasForeignKey(c => c.CongregationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class SecurityAssessmentConfiguration : IEntityTypeConfiguration<SecurityAssessment>
{
    public void Configure(EntityTypeBuilder<SecurityAssessment> builder)
    {
        builder.Property(a => a.OfficerId).HasMaxLength(FieldLengths.SecurityAssessment.OfficerId);
        builder.Property(a => a.Recommendations).HasMaxLength(FieldLengths.SecurityAssessment.Recommendations);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Congregation).WithMany(c => c.Assessments).HasForeignKey(a => a.CongregationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Officer).WithMany().HasForeignKey(a => a.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PartnerOrganizationConfiguration : IEntityTypeConfiguration<PartnerOrganization>
{
    public void Configure(EntityTypeBuilder<PartnerOrganization> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.PartnerOrganization.Name);
        builder.Property(p => p.ContactName).HasMaxLength(FieldLengths.PartnerOrganization.ContactName);
        builder.Property(p => p.ContactPhone).HasMaxLength(FieldLengths.PartnerOrganization.ContactPhone);
        builder.Property(p => p.ContactEmail).HasMaxLength(FieldLengths.PartnerOrganization.ContactEmail);
        builder.Property(p => p.Address).HasMaxLength(FieldLengths.PartnerOrganization.Address);
        builder.Property(p => p.Services).HasMaxLength(FieldLengths.PartnerOrganization.Services);
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
        builder.Property(c => c.OfficerId).HasMaxLength(FieldLengths.ContactLog.OfficerId);
        builder.Property(c => c.FollowUpOwnerId).HasMaxLength(FieldLengths.ContactLog.FollowUpOwnerId);
        builder.Property(c => c.Purpose).HasMaxLength(FieldLengths.ContactLog.Purpose);
        builder.Property(c => c.Notes).HasMaxLength(FieldLengths.ContactLog.Notes);
        builder.Property(c => c.FollowUp).HasMaxLength(FieldLengths.ContactLog.FollowUp);
        builder.Property(c => c.FollowUpOutcome).HasMaxLength(FieldLengths.ContactLog.FollowUpOutcome);
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
        builder.Property(d => d.OfficerId).HasMaxLength(FieldLengths.FollowUpDigest.OfficerId);
        builder.HasOne<WestMemphis.Pact.Domain.ApplicationUser>().WithMany().HasForeignKey(d => d.OfficerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.OfficerId, d.WeekOf }).IsUnique();
    }
}
