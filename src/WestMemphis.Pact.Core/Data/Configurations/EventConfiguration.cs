using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Data.Configurations;

public class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.Event.Title);
        builder.Property(e => e.Description).HasMaxLength(FieldLengths.Event.Description);
        builder.Property(e => e.Location).HasMaxLength(FieldLengths.Event.Location);
        builder.Property(e => e.SeasonNote).HasMaxLength(FieldLengths.Event.SeasonNote);
        builder.Property(e => e.Partners).HasMaxLength(FieldLengths.Event.Partners);
        builder.Property(e => e.CancellationReason).HasMaxLength(FieldLengths.Event.CancellationReason);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne(e => e.Area).WithMany().HasForeignKey(e => e.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Shifts).WithOne(s => s.Event).HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.Status, e.StartUtc });
    }
}

public class ShiftConfiguration : IEntityTypeConfiguration<Shift>
{
    public void Configure(EntityTypeBuilder<Shift> builder)
    {
        builder.Property(s => s.Role).HasMaxLength(FieldLengths.Shift.Role);
        builder.Property(s => s.Notes).HasMaxLength(FieldLengths.Shift.Notes);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.SpotsLeft);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Shifts_Filled", "Filled >= 0 AND Filled <= Capacity");
            t.HasCheckConstraint("CK_Shifts_WaitlistCount", "WaitlistCount >= 0");
        });
        builder.HasIndex(s => new { s.EventId, s.StartUtc });
    }
}

public class SignupConfiguration : IEntityTypeConfiguration<Signup>
{
    public void Configure(EntityTypeBuilder<Signup> builder)
    {
        builder.Property(s => s.VolunteerId).HasMaxLength(FieldLengths.Signup.VolunteerId);
        builder.Property(s => s.IdempotencyKey).HasMaxLength(FieldLengths.Signup.IdempotencyKey);

        // Staff edits (check-in, no-show) must not overwrite a cancellation made meanwhile by a conditional UPDATE.
        builder.Property(s => s.Status).IsConcurrencyToken();
        builder.HasOne(s => s.Shift).WithMany(s => s.Signups).HasForeignKey(s => s.ShiftId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Volunteer).WithMany().HasForeignKey(s => s.VolunteerId).OnDelete(DeleteBehavior.Restrict);

        // One active sign-up per person per shift. The filter avoids quoted identifiers so the same
        // SQL works on SQLite and SQL Server; 2 is SignupStatus.Cancelled.
        builder.HasIndex(s => new { s.ShiftId, s.VolunteerId }).IsUnique().HasFilter("Status <> 2")
            .HasDatabaseName("IX_Signups_ShiftId_VolunteerId_Active");
        builder.HasIndex(s => new { s.VolunteerId, s.IdempotencyKey }).IsUnique();
        builder.HasIndex(s => new { s.ShiftId, s.Status, s.Id });
    }
}

public class VolunteerProfileConfiguration : IEntityTypeConfiguration<VolunteerProfile>
{
    public void Configure(EntityTypeBuilder<VolunteerProfile> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).HasMaxLength(FieldLengths.VolunteerProfile.UserId);
        builder.Property(p => p.Phone).HasMaxLength(FieldLengths.VolunteerProfile.Phone);
        builder.Property(p => p.Interests).HasMaxLength(FieldLengths.VolunteerProfile.Interests);
        builder.Property(p => p.GuardianName).HasMaxLength(FieldLengths.VolunteerProfile.GuardianName);
        builder.Property(p => p.GuardianEmail).HasMaxLength(FieldLengths.VolunteerProfile.GuardianEmail);
        builder.Property(p => p.GuardianSignature).HasMaxLength(FieldLengths.VolunteerProfile.GuardianSignature);
        builder.Property(p => p.GuardianLinkHash).HasMaxLength(FieldLengths.VolunteerProfile.GuardianLinkHash);
        builder.Property(p => p.WaiverVersion).HasMaxLength(FieldLengths.VolunteerProfile.WaiverVersion);
        builder.Property(p => p.CalendarToken).HasMaxLength(FieldLengths.VolunteerProfile.CalendarToken);
        builder.Ignore(p => p.YoungestAge);
        builder.HasOne(p => p.User).WithOne().HasForeignKey<VolunteerProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Area).WithMany().HasForeignKey(p => p.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.CalendarToken).IsUnique();
        builder.HasIndex(p => p.GuardianLinkHash).IsUnique();

        // The coordinator's "waiting for guardian consent" list.
        builder.HasIndex(p => new { p.GuardianConsent, p.GuardianRequestedUtc });
    }
}

public class CleanupResultConfiguration : IEntityTypeConfiguration<CleanupResult>
{
    public void Configure(EntityTypeBuilder<CleanupResult> builder)
    {
        builder.HasKey(c => c.EventId);
        builder.Property(c => c.Notes).HasMaxLength(FieldLengths.CleanupResult.Notes);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Event).WithOne(e => e.CleanupResult).HasForeignKey<CleanupResult>(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class EventFollowConfiguration : IEntityTypeConfiguration<EventFollow>
{
    public void Configure(EntityTypeBuilder<EventFollow> builder)
    {
        builder.Property(f => f.UserId).HasMaxLength(FieldLengths.EventFollow.UserId);
        builder.HasOne(f => f.User).WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Area).WithMany().HasForeignKey(f => f.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.UserId);
        builder.HasIndex(f => f.Type);
        builder.HasIndex(f => f.AreaId);
    }
}
