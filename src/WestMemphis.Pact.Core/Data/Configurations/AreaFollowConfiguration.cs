using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Data.Configurations;

public class AreaFollowConfiguration : IEntityTypeConfiguration<AreaFollow>
{
    public void Configure(EntityTypeBuilder<AreaFollow> builder)
    {
        builder.Property(f => f.Email).HasMaxLength(FieldLengths.AreaFollow.Email);
        builder.Property(f => f.UserId).HasMaxLength(FieldLengths.AreaFollow.UserId);
        builder.HasOne(f => f.Area).WithMany().HasForeignKey(f => f.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        // One follow per address and area: a second request for the same pair re-sends the confirmation instead.
        builder.HasIndex(f => new { f.AreaId, f.Email }).IsUnique();
        builder.HasIndex(f => f.UserId);
        builder.HasIndex(f => new { f.ConfirmedUtc, f.LastDigestWeekOf });
    }
}

public class AreaFollowLinkConfiguration : IEntityTypeConfiguration<AreaFollowLink>
{
    public void Configure(EntityTypeBuilder<AreaFollowLink> builder)
    {
        builder.Property(l => l.TokenHash).HasMaxLength(FieldLengths.AreaFollowLink.TokenHash);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasOne(l => l.AreaFollow).WithMany(f => f.Links).HasForeignKey(l => l.AreaFollowId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class CrimeFlagAlertConfiguration : IEntityTypeConfiguration<Domain.Crime.CrimeFlagAlert>
{
    public void Configure(EntityTypeBuilder<Domain.Crime.CrimeFlagAlert> builder)
    {
        builder.HasOne(a => a.Area).WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Restrict);
        // Once per flag, across instances: a second instance's insert of the same episode fails.
        builder.HasIndex(a => new { a.AreaId, a.Category, a.Episode }).IsUnique();
    }
}
