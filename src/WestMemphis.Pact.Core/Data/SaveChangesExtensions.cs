using Microsoft.EntityFrameworkCore;

namespace WestMemphis.Pact.Data;

public static class SaveChangesExtensions
{
    /// <summary>
    /// Saves, or returns false when someone else changed or removed the record meanwhile (its version no
    /// longer matches) — and, with <paramref name="orInsertedMeanwhile"/>, when a record being inserted
    /// was inserted by someone else first (a unique key). Nothing is saved then and the tracker is
    /// cleared, so the caller can load the current state and say what happened.
    /// </summary>
    public static async Task<bool> TrySaveChangesAsync(this DbContext db, CancellationToken cancellationToken, bool orInsertedMeanwhile = false)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        catch (DbUpdateException ex) when (orInsertedMeanwhile && ex.Entries.Any(e => e.State == EntityState.Added))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
