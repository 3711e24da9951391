using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Data.Configurations;

public class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(FieldLengths.ApplicationUser.FullName);
        builder.Property(u => u.PhoneNumber).HasMaxLength(FieldLengths.ApplicationUser.PhoneNumber);
        builder.HasOne(u => u.Area).WithMany().HasForeignKey(u => u.AreaId).OnDelete(DeleteBehavior.SetNull);
    }
}
