namespace WestMemphis.Pact.Web.Infrastructure.Background;

/// <summary>
/// A worker that makes one pass every few seconds (shift and appearance reminders, follow-up digests). Each pass
/// claims its work with conditional updates, so several instances can run it; a failed pass is logged and tried
/// again at the next tick. A poll of 0 seconds turns the worker off. <see cref="Wake"/> starts the next pass at once
/// (work queued on this instance need not wait for the tick).
/// </summary>
public abstract class PollingWorker(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>Seconds between passes; 0 or less turns the worker off.</summary>
    protected abstract double PollSeconds { get; }

    /// <summary>The app's clock (tests move a fake one).</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>Whether the first pass runs at start-up or only after the first wait.</summary>
    protected virtual bool PassAtStart => true;

    // Released by Wake: at most one pass is owed, however many wake-ups came meanwhile.
    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Starts the next pass now instead of at the next tick (a no-op when the worker is off or already owes one).</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // a pass is already owed
        }
    }

    /// <summary>Queues whatever is due now. Returns how many.</summary>
    public abstract Task<int> SendDueAsync(CancellationToken cancellationToken = default);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = PollSeconds;
        if (poll <= 0)
        {
            return;
        }

        var pass = PassAtStart;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (pass)
                {
                    await SendDueAsync(stoppingToken);
                }

                pass = true;
                await WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Worker} failed; trying again later", GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(poll), Clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Until the next tick or a <see cref="Wake"/>, whichever comes first.</summary>
    private async Task WaitAsync(double poll, CancellationToken stoppingToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var tick = Task.Delay(TimeSpan.FromSeconds(poll), Clock, either.Token);
        var woken = _wake.WaitAsync(either.Token);
        await Task.WhenAny(tick, woken);
        await either.CancelAsync();
        await Task.WhenAll(tick, woken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stoppingToken.ThrowIfCancellationRequested();
    }
}
