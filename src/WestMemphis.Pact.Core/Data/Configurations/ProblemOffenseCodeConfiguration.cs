using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Problems;

namespace WestMemphis.Pact.Data.Configurations;

public class ProblemOffenseCodeConfiguration : IEntityTypeConfiguration<ProblemOffenseCode>
{
    public void Configure(EntityTypeBuilder<ProblemOffenseCode> builder)
    {
        builder.HasKey(p => new { p.ProblemId, p.NibrsCode });
        builder.Property(p => p.NibrsCode).HasMaxLength(CrimeLimits.Code);
        builder.HasOne(p => p.Problem).WithMany(p => p.OffenseCodes).HasForeignKey(p => p.ProblemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.NibrsOffense).WithMany().HasForeignKey(p => p.NibrsCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.NibrsCode);
    }
}
