using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Data;

/// <summary>
/// The one way staff edits are checked against changes made meanwhile: the form carries the version it was
/// made from, <see cref="ExpectVersion"/> tells EF to update only that version, and
/// <see cref="TrySaveChangesAsync"/> reports a conflict instead of throwing. <see cref="ChangedBySomeoneElse"/>
/// is what the page then says.
/// </summary>
public static class SaveChangesExtensions
{
    /// <summary>What a form says when the record changed since the form was made: "This {what} was changed…".</summary>
    public static string ChangedBySomeoneElse(string what) =>
        $"This {what} was changed by someone else while you were working on it. Nothing of yours was saved; the saved version is shown, so check it and make your change again.";

    /// <summary>
    /// The record is saved only if its stored version is still <paramref name="version"/> (the one the form
    /// was made from); a missing version (<see cref="Guid.Empty"/>) never matches, so a form without one is
    /// treated as out of date rather than saved blindly.
    /// </summary>
    public static void ExpectVersion<T>(this DbContext db, T record, Guid version) where T : class, IVersioned =>
        db.Entry(record).Property(r => r.Version).OriginalValue = version;

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
