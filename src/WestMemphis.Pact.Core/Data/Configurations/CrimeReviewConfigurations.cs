using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime.Reviews;

namespace WestMemphis.Pact.Data.Configurations;

public class CrimeReviewConfiguration : IEntityTypeConfiguration<CrimeReview>
{
    public void Configure(EntityTypeBuilder<CrimeReview> builder)
    {
        builder.Property(r => r.AreasKey).HasMaxLength(FieldLengths.CrimeReview.AreasKey);
        builder.Property(r => r.Attendees).HasMaxLength(FieldLengths.CrimeReview.Attendees);
        builder.Property(r => r.Notes).HasMaxLength(FieldLengths.CrimeReview.Notes);
        builder.Property(r => r.ProblemsDiscussed).HasMaxLength(FieldLengths.CrimeReview.ProblemsDiscussed);
        builder.Property(r => r.SnapshotJson).HasMaxLength(FieldLengths.CrimeReview.SnapshotJson);
        builder.Property(r => r.CreatedById).HasMaxLength(FieldLengths.CrimeReview.CreatedById);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.CreatedBy).WithMany().HasForeignKey(r => r.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Areas).WithOne().HasForeignKey(a => a.CrimeReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.AreasKey, r.MeetingDate });
        builder.HasIndex(r => r.MeetingDate);
    }
}

public class CrimeReviewAreaConfiguration : IEntityTypeConfiguration<CrimeReviewArea>
{
    public void Configure(EntityTypeBuilder<CrimeReviewArea> builder)
    {
        builder.HasKey(a => new { a.CrimeReviewId, a.AreaId });
        builder.HasOne(a => a.Area).WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.AreaId);
    }
}

public class CrimeActionItemConfiguration : IEntityTypeConfiguration<CrimeActionItem>
{
    public void Configure(EntityTypeBuilder<CrimeActionItem> builder)
    {
        builder.Property(i => i.What).HasMaxLength(CrimeActionItem.WhatMaxLength);
        builder.Property(i => i.Outcome).HasMaxLength(CrimeActionItem.OutcomeMaxLength);
        builder.Property(i => i.PartnerName).HasMaxLength(CrimeActionItem.PartnerMaxLength);
        builder.Property(i => i.OwnerUserId).HasMaxLength(FieldLengths.CrimeActionItem.OwnerUserId);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.IsOpen);
        builder.HasOne(i => i.RaisedInReview).WithMany(r => r.ActionItems).HasForeignKey(i => i.RaisedInReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.CurrentReview).WithMany().HasForeignKey(i => i.CurrentReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.OutcomeReview).WithMany().HasForeignKey(i => i.OutcomeReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.OwnerUser).WithMany().HasForeignKey(i => i.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.CurrentReviewId, i.Status });
        builder.HasIndex(i => new { i.OwnerUserId, i.Status, i.DueDate });
        builder.ToTable(t => t.HasCheckConstraint("CK_CrimeActionItems_TimesCarried", "TimesCarried >= 0"));
    }
}

/// <summary>
/// The review's indexes on the import's offense table — with the offense table's unique key and the partial index of
/// unmapped descriptions, all it has, since every index is paid for on every imported row (docs/performance.md,
/// "Crime import"). Category and Part I class first: each of the figures' range counts ("offenses of this category and
/// class between two instants", citywide or in one area) is one seek and a scan of exactly the rows it counts. Time
/// first and covering: the day-of-week × hour table and the per-area and top-block GROUP BYs citywide, the public summary
/// and a problem's before/after counts (hence NibrsCode) are one range scan of the index, never of the table.
/// </summary>
public class CrimeReviewOffenseIndexes : IEntityTypeConfiguration<WestMemphis.Pact.Domain.Crime.IncidentOffense>
{
    public void Configure(EntityTypeBuilder<WestMemphis.Pact.Domain.Crime.IncidentOffense> builder)
    {
        builder.HasIndex(o => new { o.Category, o.PartIClass, o.OccurredAtUtc }).HasDatabaseName("IX_IncidentOffenses_Review_Citywide");
        builder.HasIndex(o => new { o.AreaId, o.Category, o.PartIClass, o.OccurredAtUtc }).HasDatabaseName("IX_IncidentOffenses_Review_Area");
        builder.HasIndex(o => new { o.OccurredAtUtc, o.AreaId, o.Category, o.PartIClass, o.NibrsCode, o.IncidentId }).HasDatabaseName("IX_IncidentOffenses_Review_Time");
    }
}
