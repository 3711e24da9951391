using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.IntegrationTests.Infrastructure;

namespace WestMemphis.Pact.IntegrationTests.Events;

/// <summary>
/// The app for the events tests. The reminder worker is off, so a test that runs the reminders does so
/// itself and never races the worker. <see cref="Barrier"/> lets a test hold two requests at the
/// moment they save, so "two at once" happens every run rather than by luck; <see cref="BeforeReminderClaim"/>
/// lets a test act between the reminder worker's look-up and its claim.
/// </summary>
public class EventsFactory : PactFactory
{
    public EventsFactory()
    {
        With("Events:ReminderPollSeconds", "0");
        ConfigureTestServices = services =>
        {
            services.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(Barrier, BeforeReminderClaim));
            // Ahead of the app's own interceptors: the audit interceptor opens the write transaction, and
            // two requests must meet before either holds the database's write lock.
            var ours = services.Last(d => d.ServiceType == typeof(IDbContextOptionsConfiguration<AppDbContext>));
            services.Remove(ours);
            services.Insert(services.IndexOf(services.First(d => d.ServiceType == typeof(IDbContextOptionsConfiguration<AppDbContext>))), ours);
        };
    }

    public SaveChangesBarrier Barrier { get; } = new();

    public ReminderLookupHook BeforeReminderClaim { get; } = new();
}

/// <summary>Holds the SaveChanges calls that match until <c>parties</c> of them have arrived, then lets them all go.</summary>
public sealed class SaveChangesBarrier : SaveChangesInterceptor
{
    private readonly Lock _lock = new();
    private Func<DbContext, bool>? _when;
    private int _parties;
    private int _arrived;
    private TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The next <paramref name="parties"/> saves for which <paramref name="when"/> holds wait for each other.</summary>
    public void Arm(int parties, Func<DbContext, bool> when)
    {
        lock (_lock)
        {
            _when = when;
            _parties = parties;
            _arrived = 0;
            _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>How many saves have reached the barrier since it was armed.</summary>
    public int Arrived
    {
        get
        {
            lock (_lock)
            {
                return _arrived;
            }
        }
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Task? wait = null;
        lock (_lock)
        {
            if (_when is not null && eventData.Context is { } context && _arrived < _parties && _when(context))
            {
                _arrived++;
                if (_arrived == _parties)
                {
                    _when = null;
                    _allArrived.TrySetResult();
                }

                wait = _allArrived.Task;
            }
        }

        if (wait is not null)
        {
            try
            {
                // A bound, not a pause: the wait ends as soon as the other request arrives.
                await wait.WaitAsync(TimeSpan.FromSeconds(20), cancellationToken);
            }
            catch (TimeoutException)
            {
                // The other request never came; let this one go on so the test reports what happened.
            }
        }

        return result;
    }
}

/// <summary>
/// Runs a test's action once, when the next database transaction is about to begin. Armed just before
/// the reminders run, that is between the worker's look-up of due reminders and its first claim.
/// </summary>
public sealed class ReminderLookupHook : DbTransactionInterceptor
{
    private Func<Task>? _action;

    public void Once(Func<Task> action) => _action = action;

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _action, null) is { } action)
        {
            await action();
        }

        return result;
    }
}
