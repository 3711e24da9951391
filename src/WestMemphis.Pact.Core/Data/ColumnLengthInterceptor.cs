using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WestMemphis.Pact.Data;

/// <summary>
/// Refuses to save text longer than its column's maximum length in the model, on every provider. SQL Server refuses such
/// a value (string or binary data would be truncated) where SQLite stores it whole, so without this check a value built
/// too long (a name from two fields, a derived address) passes every SQLite test and fails only in production. The
/// exception is a <see cref="DbUpdateException"/> like SQL Server's, so code behaves the same on both providers, and it
/// names the entity, the property and both lengths. Lengths are in UTF-16 code units, as nvarchar(n) counts them.
/// </summary>
public sealed class ColumnLengthInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (TooLong(entry, property) is { } message)
                {
                    throw new ColumnLengthException(message, [entry]);
                }
            }
        }
    }

    private static string? TooLong(EntityEntry entry, PropertyEntry property)
    {
        if (property.CurrentValue is not string text
            || (entry.State == EntityState.Modified && !property.IsModified)
            || property.Metadata.GetMaxLength() is not { } max
            || text.Length <= max)
        {
            return null;
        }

        return $"{entry.Metadata.DisplayName()}.{property.Metadata.Name} is {text.Length} characters long; its column holds at most {max} "
            + "(SQL Server refuses a longer value: clip or validate it before saving).";
    }
}

/// <summary>A value longer than its column, refused before it reaches the database (<see cref="ColumnLengthInterceptor"/>).</summary>
public sealed class ColumnLengthException(string message, IReadOnlyList<EntityEntry> entries) : DbUpdateException(message, entries);
