using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Data.Configurations;

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.ToAddress).HasMaxLength(FieldLengths.OutboxMessage.ToAddress);
        builder.Property(m => m.ToName).HasMaxLength(FieldLengths.OutboxMessage.ToName);
        builder.Property(m => m.Subject).HasMaxLength(FieldLengths.OutboxMessage.Subject);
        builder.Property(m => m.TextBody).HasMaxLength(FieldLengths.OutboxMessage.TextBody);
        builder.Property(m => m.HtmlBody).HasMaxLength(FieldLengths.OutboxMessage.HtmlBody);
        builder.Property(m => m.AttachmentName).HasMaxLength(FieldLengths.OutboxMessage.AttachmentName);
        builder.Property(m => m.AttachmentContentType).HasMaxLength(FieldLengths.OutboxMessage.AttachmentContentType);
        builder.Property(m => m.Kind).HasMaxLength(FieldLengths.OutboxMessage.Kind);
        builder.Property(m => m.ClaimedBy).HasMaxLength(FieldLengths.OutboxMessage.ClaimedBy);
        builder.Property(m => m.LastError).HasMaxLength(FieldLengths.OutboxMessage.LastError);
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(FieldLengths.OutboxMessage.UnsubscribeUrl);
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtc });
    }
}
