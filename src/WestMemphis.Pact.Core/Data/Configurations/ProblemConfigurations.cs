using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Domain.Problems;

namespace WestMemphis.Pact.Data.Configurations;

public class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(FieldLengths.Problem.Title);
        builder.Property(p => p.Summary).HasMaxLength(FieldLengths.Problem.Summary);
        builder.Property(p => p.Location).HasMaxLength(FieldLengths.Problem.Location);
        builder.Property(p => p.OwnerId).HasMaxLength(FieldLengths.Problem.OwnerId);
        builder.Property(p => p.Offender).HasMaxLength(FieldLengths.Problem.Offender);
        builder.Property(p => p.OffenderHandler).HasMaxLength(FieldLengths.Problem.OffenderHandler);
        builder.Property(p => p.VictimOrTarget).HasMaxLength(FieldLengths.Problem.VictimOrTarget);
        builder.Property(p => p.VictimGuardian).HasMaxLength(FieldLengths.Problem.VictimGuardian);
        builder.Property(p => p.Place).HasMaxLength(FieldLengths.Problem.Place);
        builder.Property(p => p.PlaceManager).HasMaxLength(FieldLengths.Problem.PlaceManager);
        builder.Property(p => p.AnalysisNotes).HasMaxLength(FieldLengths.Problem.AnalysisNotes);
        builder.Property(p => p.ResponsePlan).HasMaxLength(FieldLengths.Problem.ResponsePlan);
        builder.Property(p => p.AssessmentNotes).HasMaxLength(FieldLengths.Problem.AssessmentNotes);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Area).WithMany().HasForeignKey(p => p.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Owner).WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.Stage, p.AreaId });
        builder.HasIndex(p => p.OwnerId);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Problems_ConcernCounts", "(ConcernsBefore IS NULL OR ConcernsBefore >= 0) AND (ConcernsAfter IS NULL OR ConcernsAfter >= 0)");
            t.HasCheckConstraint("CK_Problems_IncidentCounts", "(IncidentsBefore IS NULL OR IncidentsBefore >= 0) AND (IncidentsAfter IS NULL OR IncidentsAfter >= 0)");
        });
    }
}

public class ProblemActionItemConfiguration : IEntityTypeConfiguration<ProblemActionItem>
{
    public void Configure(EntityTypeBuilder<ProblemActionItem> builder)
    {
        builder.Property(a => a.What).HasMaxLength(FieldLengths.ProblemActionItem.What);
        builder.Property(a => a.Owner).HasMaxLength(FieldLengths.ProblemActionItem.Owner);
        builder.Property(a => a.Outcome).HasMaxLength(FieldLengths.ProblemActionItem.Outcome);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Problem).WithMany(p => p.ActionItems).HasForeignKey(a => a.ProblemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ProblemId, a.Status });
    }
}

public class ProblemPartnerConfiguration : IEntityTypeConfiguration<ProblemPartner>
{
    public void Configure(EntityTypeBuilder<ProblemPartner> builder)
    {
        builder.HasKey(p => new { p.ProblemId, p.PartnerOrganizationId });
        builder.HasOne(p => p.Problem).WithMany(p => p.Partners).HasForeignKey(p => p.ProblemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.PartnerOrganization).WithMany().HasForeignKey(p => p.PartnerOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ProblemCongregationConfiguration : IEntityTypeConfiguration<ProblemCongregation>
{
    public void Configure(EntityTypeBuilder<ProblemCongregation> builder)
    {
        builder.HasKey(p => new { p.ProblemId, p.CongregationId });
        builder.HasOne(p => p.Problem).WithMany(p => p.Congregations).HasForeignKey(p => p.ProblemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Congregation).WithMany().HasForeignKey(p => p.CongregationId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The contact log's optional link to a problem, configured here so the liaison configuration stays as it was.</summary>
public class ContactLogProblemLinkConfiguration : IEntityTypeConfiguration<ContactLog>
{
    public void Configure(EntityTypeBuilder<ContactLog> builder)
    {
        builder.HasOne(c => c.Problem).WithMany().HasForeignKey(c => c.ProblemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.ProblemId);
    }
}
