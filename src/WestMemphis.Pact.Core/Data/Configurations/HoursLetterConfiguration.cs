using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Data.Configurations;

public class HoursLetterConfiguration : IEntityTypeConfiguration<HoursLetter>
{
    public void Configure(EntityTypeBuilder<HoursLetter> builder)
    {
        builder.Property(l => l.VerificationCode).HasMaxLength(FieldLengths.HoursLetter.VerificationCode);
        builder.Property(l => l.VolunteerId).HasMaxLength(FieldLengths.HoursLetter.VolunteerId);
        builder.Property(l => l.VolunteerName).HasMaxLength(FieldLengths.HoursLetter.VolunteerName);
        builder.HasOne(l => l.Volunteer).WithMany().HasForeignKey(l => l.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Shifts).WithOne().HasForeignKey(s => s.HoursLetterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.VerificationCode).IsUnique();
        builder.HasIndex(l => new { l.VolunteerId, l.IssuedUtc });
    }
}

public class HoursLetterShiftConfiguration : IEntityTypeConfiguration<HoursLetterShift>
{
    public void Configure(EntityTypeBuilder<HoursLetterShift> builder)
    {
        builder.ToTable("HoursLetterShifts");
        builder.Property(s => s.EventTitle).HasMaxLength(FieldLengths.HoursLetterShift.EventTitle);
        builder.Property(s => s.Role).HasMaxLength(FieldLengths.HoursLetterShift.Role);
    }
}
