using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;

namespace WestMemphis.Pact.Data.Configurations;

public class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.Property(c => c.ReferenceCode).HasMaxLength(FieldLengths.Concern.ReferenceCode);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(FieldLengths.Concern.IdempotencyKey);
        builder.Property(c => c.Location).HasMaxLength(FieldLengths.Concern.Location);
        builder.Property(c => c.Description).HasMaxLength(FieldLengths.Concern.Description);
        builder.Property(c => c.WhenItHappens).HasMaxLength(FieldLengths.Concern.WhenItHappens);
        builder.Property(c => c.ReporterName).HasMaxLength(FieldLengths.Concern.ReporterName);
        builder.Property(c => c.ReporterEmail).HasMaxLength(FieldLengths.Concern.ReporterEmail);
        builder.Property(c => c.ReporterPhone).HasMaxLength(FieldLengths.Concern.ReporterPhone);
        builder.Property(c => c.ReporterUserId).HasMaxLength(FieldLengths.Concern.ReporterUserId);
        builder.Property(c => c.AssignedOfficerId).HasMaxLength(FieldLengths.Concern.AssignedOfficerId);
        builder.Property(c => c.LoggedById).HasMaxLength(FieldLengths.Concern.LoggedById);
        builder.Property(c => c.ResolutionReason).HasMaxLength(FieldLengths.Concern.ResolutionReason);
        builder.Property(c => c.PhotoStoredName).HasMaxLength(FieldLengths.Concern.PhotoStoredName);
        builder.Property(c => c.PhotoContentType).HasMaxLength(FieldLengths.Concern.PhotoContentType);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsOpen);
        builder.HasOne(c => c.Area).WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.AssignedOfficer).WithMany().HasForeignKey(c => c.AssignedOfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.ReporterUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.LoggedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.RaisedAtEvent).WithMany().HasForeignKey(c => c.RaisedAtEventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Problem).WithMany(p => p.Concerns).HasForeignKey(c => c.ProblemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.ReferenceCode).IsUnique();
        builder.HasIndex(c => c.IdempotencyKey).IsUnique();
        builder.HasIndex(c => new { c.Status, c.CreatedUtc });
        builder.HasIndex(c => new { c.AreaId, c.CreatedUtc });
        builder.HasIndex(c => c.ReporterUserId);
        builder.HasIndex(c => c.AssignedOfficerId);
        builder.HasIndex(c => c.ProblemId);
        builder.HasIndex(c => c.RaisedAtEventId);
    }
}

public class ConcernUpdateConfiguration : IEntityTypeConfiguration<ConcernUpdate>
{
    public void Configure(EntityTypeBuilder<ConcernUpdate> builder)
    {
        builder.Property(u => u.Body).HasMaxLength(FieldLengths.ConcernUpdate.Body);
        builder.Property(u => u.AuthorId).HasMaxLength(FieldLengths.ConcernUpdate.AuthorId);
        builder.Property(u => u.AuthorName).HasMaxLength(FieldLengths.ConcernUpdate.AuthorName);
        builder.HasOne(u => u.Concern).WithMany(c => c.Updates).HasForeignKey(u => u.ConcernId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.ConcernId, u.Id });
    }
}
