using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Concerns;

namespace WestMemphis.Pact.Data.Configurations;

public class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.Property(c => c.ReferenceCode).HasMaxLength(20);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(64);
        builder.Property(c => c.Location).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.WhenItHappens).HasMaxLength(200);
        builder.Property(c => c.ReporterName).HasMaxLength(100);
        builder.Property(c => c.ReporterEmail).HasMaxLength(256);
        builder.Property(c => c.ReporterPhone).HasMaxLength(30);
        builder.Property(c => c.ReporterUserId).HasMaxLength(450);
        builder.Property(c => c.AssignedOfficerId).HasMaxLength(450);
        builder.Property(c => c.LoggedById).HasMaxLength(450);
        builder.Property(c => c.ResolutionReason).HasMaxLength(1000);
        builder.Property(c => c.PhotoStoredName).HasMaxLength(64);
        builder.Property(c => c.PhotoContentType).HasMaxLength(50);
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
        builder.Property(u => u.Body).HasMaxLength(2000);
        builder.Property(u => u.AuthorId).HasMaxLength(450);
        builder.Property(u => u.AuthorName).HasMaxLength(100);
        builder.HasOne(u => u.Concern).WithMany(c => c.Updates).HasForeignKey(u => u.ConcernId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => new { u.ConcernId, u.Id });
    }
}
