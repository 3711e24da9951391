using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Feedback;

namespace WestMemphis.Pact.Data.Configurations;

public class FeedbackCardConfiguration : IEntityTypeConfiguration<FeedbackCard>
{
    public void Configure(EntityTypeBuilder<FeedbackCard> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(FieldLengths.Feedback.CardCode);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasOne(c => c.Area).WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class FeedbackResponseConfiguration : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> builder)
    {
        // No foreign keys: an answer outlives a retired card or a merged area, and carries nothing to follow back.
        builder.HasIndex(r => new { r.CreatedUtc, r.Program });
    }
}

public class FeedbackInvitationConfiguration : IEntityTypeConfiguration<FeedbackInvitation>
{
    public void Configure(EntityTypeBuilder<FeedbackInvitation> builder)
    {
        builder.Property(i => i.SourceKey).HasMaxLength(FieldLengths.Feedback.SourceKey);
        builder.Property(i => i.TokenHash).HasMaxLength(FieldLengths.Feedback.TokenHash);
        builder.HasIndex(i => i.SourceKey).IsUnique();
        builder.HasIndex(i => i.TokenHash).IsUnique();
    }
}
