using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.UnitTests;

/// <summary>
/// Which records the audit trail covers is chosen per record: every record of the portal's model is either an
/// <see cref="IAuditedRecord"/> or listed in <see cref="AuditInterceptor.NotAudited"/>, never neither (a new
/// record that forgot to choose fails here, instead of silently going unaudited) and never both.
/// </summary>
public sealed class AuditedRecordsTests
{
    private static IEnumerable<Type> PortalRecords()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && !t.HasSharedClrType)
            .Select(t => t.ClrType)
            .Where(t => t.Namespace?.StartsWith("WestMemphis.", StringComparison.Ordinal) == true)
            .Distinct()
            .ToList();
    }

    [Fact]
    public void Every_record_of_the_portal_is_either_audited_or_named_as_not_audited()
    {
        var undecided = PortalRecords()
            .Where(t => !typeof(IAuditedRecord).IsAssignableFrom(t) && !AuditInterceptor.NotAudited.Contains(t))
            .Select(t => t.FullName)
            .Order()
            .ToList();
        Assert.True(undecided.Count == 0, "Neither audited nor listed as not audited: " + string.Join(", ", undecided));
    }

    [Fact]
    public void No_record_is_both_audited_and_listed_as_not_audited()
    {
        var both = AuditInterceptor.NotAudited.Where(t => typeof(IAuditedRecord).IsAssignableFrom(t)).Select(t => t.Name).ToList();
        Assert.Empty(both);
        Assert.All(AuditInterceptor.NotAudited, t => Assert.Contains(t, PortalRecords()));
    }

    [Fact]
    public void The_records_staff_edit_are_audited()
    {
        Assert.All(PortalRecords().Where(t => typeof(IVersioned).IsAssignableFrom(t)),
            t => Assert.True(typeof(IAuditedRecord).IsAssignableFrom(t), t.Name + " is edited by staff but not audited"));
    }
}
