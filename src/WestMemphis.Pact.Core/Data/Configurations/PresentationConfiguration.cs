using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Data.Configurations;

public class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(FieldLengths.School.Name);
        builder.Property(s => s.District).HasMaxLength(FieldLengths.School.District);
        builder.Property(s => s.Address).HasMaxLength(FieldLengths.School.Address);
        builder.Property(s => s.Grades).HasMaxLength(FieldLengths.School.Grades);
        builder.Property(s => s.ContactName).HasMaxLength(FieldLengths.School.ContactName);
        builder.Property(s => s.ContactEmail).HasMaxLength(FieldLengths.School.ContactEmail);
        builder.Property(s => s.ContactPhone).HasMaxLength(FieldLengths.School.ContactPhone);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Area).WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.Name).IsUnique();
    }
}

public class PresentationRequestConfiguration : IEntityTypeConfiguration<PresentationRequest>
{
    public void Configure(EntityTypeBuilder<PresentationRequest> builder)
    {
        builder.Property(r => r.ReferenceCode).HasMaxLength(FieldLengths.PresentationRequest.ReferenceCode);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(FieldLengths.PresentationRequest.IdempotencyKey);
        builder.Property(r => r.RequesterName).HasMaxLength(FieldLengths.PresentationRequest.RequesterName);
        builder.Property(r => r.RequesterRole).HasMaxLength(FieldLengths.PresentationRequest.RequesterRole);
        builder.Property(r => r.RequesterEmail).HasMaxLength(FieldLengths.PresentationRequest.RequesterEmail);
        builder.Property(r => r.RequesterPhone).HasMaxLength(FieldLengths.PresentationRequest.RequesterPhone);
        builder.Property(r => r.UserId).HasMaxLength(FieldLengths.PresentationRequest.UserId);
        builder.Property(r => r.OrganizationName).HasMaxLength(FieldLengths.PresentationRequest.OrganizationName);
        builder.Property(r => r.Topics).HasMaxLength(FieldLengths.PresentationRequest.Topics);
        builder.Property(r => r.TopicOther).HasMaxLength(FieldLengths.PresentationRequest.TopicOther);
        builder.Property(r => r.GradeLevels).HasMaxLength(FieldLengths.PresentationRequest.GradeLevels);
        builder.Property(r => r.Location).HasMaxLength(FieldLengths.PresentationRequest.Location);
        builder.Property(r => r.Parking).HasMaxLength(FieldLengths.PresentationRequest.Parking);
        builder.Property(r => r.Greeter).HasMaxLength(FieldLengths.PresentationRequest.Greeter);
        builder.Property(r => r.OnSitePhone).HasMaxLength(FieldLengths.PresentationRequest.OnSitePhone);
        builder.Property(r => r.Notes).HasMaxLength(FieldLengths.PresentationRequest.Notes);
        builder.Property(r => r.DeclineReason).HasMaxLength(FieldLengths.PresentationRequest.DeclineReason);
        builder.Property(r => r.CompletionNotes).HasMaxLength(FieldLengths.PresentationRequest.CompletionNotes);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.WantsRusty);
        builder.HasOne(r => r.School).WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.ReferenceCode).IsUnique();
        builder.HasIndex(r => r.IdempotencyKey).IsUnique();
        builder.HasIndex(r => new { r.Status, r.CreatedUtc });
        builder.HasIndex(r => r.UserId);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_PresentationRequests_AudienceSize", "AudienceSize >= 1 AND AudienceSize <= 5000");
            t.HasCheckConstraint("CK_PresentationRequests_Option1", "Option1EndUtc > Option1StartUtc");
        });
    }
}

public class PresentationMessageConfiguration : IEntityTypeConfiguration<PresentationMessage>
{
    public void Configure(EntityTypeBuilder<PresentationMessage> builder)
    {
        builder.Property(m => m.Body).HasMaxLength(FieldLengths.PresentationMessage.Body);
        builder.Property(m => m.AuthorId).HasMaxLength(FieldLengths.PresentationMessage.AuthorId);
        builder.HasOne(m => m.Request).WithMany(r => r.Messages).HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.RequestId, m.Id });
    }
}

public class BookableResourceConfiguration : IEntityTypeConfiguration<BookableResource>
{
    public void Configure(EntityTypeBuilder<BookableResource> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(BookableResource.NameLength);
        builder.Property(r => r.UserId).HasMaxLength(FieldLengths.BookableResource.UserId);
        builder.Property(r => r.CalendarToken).HasMaxLength(FieldLengths.BookableResource.CalendarToken);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.UserId).IsUnique();
        builder.HasIndex(r => r.CalendarToken).IsUnique();
        builder.HasIndex(r => r.Name).IsUnique();
    }
}

public class AppearanceConfiguration : IEntityTypeConfiguration<Appearance>
{
    public void Configure(EntityTypeBuilder<Appearance> builder)
    {
        builder.Property(a => a.Location).HasMaxLength(FieldLengths.Appearance.Location);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Request).WithOne(r => r.Appearance).HasForeignKey<Appearance>(a => a.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Bookings).WithOne(b => b.Appearance).HasForeignKey(b => b.AppearanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.Active, a.StartUtc });
        builder.ToTable(t => t.HasCheckConstraint("CK_Appearances_Times", "EndUtc > StartUtc"));
    }
}

public class AppearanceBookingConfiguration : IEntityTypeConfiguration<AppearanceBooking>
{
    public void Configure(EntityTypeBuilder<AppearanceBooking> builder)
    {
        builder.HasOne(b => b.Resource).WithMany().HasForeignKey(b => b.ResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.AppearanceId, b.ResourceId }).IsUnique();
        builder.HasIndex(b => b.ResourceId);
    }
}

public class StatusLinkConfiguration : IEntityTypeConfiguration<StatusLink>
{
    public void Configure(EntityTypeBuilder<StatusLink> builder)
    {
        builder.Property(l => l.TokenHash).HasMaxLength(StatusLink.HashLength);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasOne(l => l.PresentationRequest).WithMany().HasForeignKey(l => l.PresentationRequestId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasOne(l => l.Concern).WithMany().HasForeignKey(l => l.ConcernId).OnDelete(DeleteBehavior.ClientCascade);
        // No cascade in the database (SQL Server refuses a second cascading path from the users table); requests and
        // concerns are never deleted, and EF removes tracked links first if one ever is.
        builder.HasIndex(l => l.PresentationRequestId);
        builder.HasIndex(l => l.ConcernId);
        builder.ToTable(t => t.HasCheckConstraint("CK_StatusLinks_OneRecord",
            "(PresentationRequestId IS NULL AND ConcernId IS NOT NULL) OR (PresentationRequestId IS NOT NULL AND ConcernId IS NULL)"));
    }
}
