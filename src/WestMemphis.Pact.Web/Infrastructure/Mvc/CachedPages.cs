using System.Data.Common;
using System.Runtime.CompilerServices;
using WestMemphis.Pact.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Infrastructure.Mvc;

/// <summary>
/// Everything a page may have been built from, emptied as one: the anonymous pages (<see cref="PublicPageCache.Tag"/>),
/// the signed-in pages kept per session (<see cref="SignedInPageCache.Tag"/>) and the shared data of signed-in pages
/// (<see cref="PublicDataCache"/>). <see cref="Generation"/> moves on every write the database is sent and again when
/// it is committed: a page whose rendering began before a write is not stored (<see cref="SignedInPagePolicy"/>), so a
/// page read just before a commit cannot outlive the eviction that follows it. See ADR 0014.
/// </summary>
public sealed class CachedPages(IOutputCacheStore store, PublicDataCache data, ILogger<CachedPages> logger)
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>A write was sent (perhaps not yet committed): pages being rendered now must not be stored.</summary>
    public void WriteSent() => Interlocked.Increment(ref _generation);

    /// <summary>A write is committed: every cached page and the shared data go, here and (with Redis) on every instance.</summary>
    public async ValueTask EvictAsync()
    {
        Interlocked.Increment(ref _generation);
        data.Invalidate();
        await store.EvictByTagAsync(SignedInPageCache.Tag, CancellationToken.None);
        await store.EvictByTagAsync(PublicPageCache.Tag, CancellationToken.None);
        Interlocked.Increment(ref _generation);
    }

    /// <summary>
    /// The same eviction for a caller that cannot await (a synchronous commit or dispose), without blocking its thread
    /// on the store (with Redis, a network call): this instance's pages and data are marked stale at once, before this
    /// returns, and the store's tags are evicted in the background; a failure there is logged, not lost.
    /// </summary>
    public void EvictWithoutWaiting()
    {
        var eviction = EvictAsync();
        if (!eviction.IsCompletedSuccessfully)
        {
            _ = ObserveAsync(eviction);
        }
    }

    private async Task ObserveAsync(ValueTask eviction)
    {
        try
        {
            await eviction;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Cached pages could not be evicted from the output-cache store");
        }
    }
}

/// <summary>
/// Empties every cached page after any INSERT, UPDATE, DELETE or MERGE the app sends through EF Core — SaveChanges,
/// ExecuteUpdate/ExecuteDelete, raw SQL and Identity's writes alike, since all of them are commands — once the change
/// is committed (at once when the command ran outside a transaction). Deny by default: a write evicts unless every
/// table it names is one that no cached page shows (<see cref="NotShownOnPages"/>); a write whose table cannot be read
/// from the SQL evicts. Reads (LINQ queries) are never looked at. One per DbContext (scoped).
/// </summary>
public sealed class CachedPageInvalidator(CachedPages pages) : DbCommandInterceptor, IDbTransactionInterceptor, IDisposable, IAsyncDisposable
{
    /// <summary>
    /// The only tables whose writes leave the cached pages alone: none of the cached pages (home, events, an event,
    /// My PACT, the coordinator's events and a roster) reads them, and they are written often in the background.
    /// </summary>
    public static readonly Type[] NotShownOnPages =
    [
        typeof(AuditEntry), // written with staff changes and reads of incident details
        typeof(OutboxMessage), // the email sender claims and marks messages every few seconds
        typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey),
        typeof(Domain.Crime.ImportBatch), // a crime import's progress and lease, updated throughout the import
        typeof(Domain.Crime.ImportRejectedRow),
    ];

    private bool _pending;

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Seen(command, eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        return SeenAsync(command, eventData, result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Seen(command, eventData);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        return SeenAsync(command, eventData, result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Seen(command, eventData);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        return SeenAsync(command, eventData, result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        FlushAsync().AsTask();

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _pending = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = false;
        return Task.CompletedTask;
    }

    /// <summary>A write in a transaction this context never saw committed (one begun outside EF): evict when done with it.</summary>
    public void Dispose() => Flush();

    public ValueTask DisposeAsync() => FlushAsync();

    private async ValueTask<T> SeenAsync<T>(DbCommand command, CommandExecutedEventData eventData, T result)
    {
        if (IsPageWrite(command, eventData) && command.Transaction is null)
        {
            await FlushAsync();
        }

        return result;
    }

    private void Seen(DbCommand command, CommandExecutedEventData eventData)
    {
        if (IsPageWrite(command, eventData) && command.Transaction is null)
        {
            Flush();
        }
    }

    /// <summary>True (and the eviction pending) when the command wrote a table a cached page may show.</summary>
    private bool IsPageWrite(DbCommand command, CommandExecutedEventData eventData)
    {
        if (eventData.CommandSource == CommandSource.LinqQuery)
        {
            return false;
        }

        if (_pending && command.Transaction is not null)
        {
            return true; // already known; the commit will evict
        }

        var excluded = eventData.Context is { } context ? ExcludedTables(context.Model) : [];
        if (!WriteStatements.WritesOtherThan(command.CommandText, excluded))
        {
            return false;
        }

        pages.WriteSent();
        _pending = true;
        return true;
    }

    private void Flush()
    {
        if (_pending)
        {
            _pending = false;
            pages.EvictWithoutWaiting();
        }
    }

    private ValueTask FlushAsync()
    {
        if (!_pending)
        {
            return ValueTask.CompletedTask;
        }

        _pending = false;
        return pages.EvictAsync();
    }

    private static readonly ConditionalWeakTable<IModel, HashSet<string>> ExcludedByModel = [];

    private static HashSet<string> ExcludedTables(IModel model) => ExcludedByModel.GetValue(model, m =>
        NotShownOnPages.Select(t => m.FindEntityType(t)?.GetTableName()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase));
}
