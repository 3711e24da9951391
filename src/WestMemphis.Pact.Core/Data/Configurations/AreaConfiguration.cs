using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Data.Configurations;

public class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.Code).HasMaxLength(20);
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Property(a => a.BoundaryGeoJson).HasMaxLength(200_000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasIndex(a => a.Name).IsUnique();
    }
}
