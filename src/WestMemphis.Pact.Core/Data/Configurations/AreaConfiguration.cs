using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Data.Configurations;

public class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(FieldLengths.Area.Name);
        builder.Property(a => a.Code).HasMaxLength(FieldLengths.Area.Code);
        builder.Property(a => a.Description).HasMaxLength(FieldLengths.Area.Description);
        builder.Property(a => a.BoundaryGeoJson).HasMaxLength(FieldLengths.Area.BoundaryGeoJson);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.HasIndex(a => a.Name).IsUnique();
    }
}
