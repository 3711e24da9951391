using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace WestMemphis.Pact.IntegrationTests.Infrastructure;

/// <summary>
/// Every Serilog event the test app writes, as the real sinks receive it (registered as a service; the
/// app reads sinks from its services). Waits are on a condition, never a fixed delay.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();
    private readonly SemaphoreSlim _written = new(0);

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>All captured events rendered as they would be read: message, properties and exception.</summary>
    public string Text => string.Join("\n", Events.Select(e =>
        e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}")) + " " + e.Exception));

    public void Emit(LogEvent logEvent)
    {
        _events.Enqueue(logEvent);
        _written.Release();
    }

    /// <summary>Waits until an event matching <paramref name="match"/> has been written (request logs are written after the response).</summary>
    public async Task<LogEvent> WaitForAsync(Func<LogEvent, bool> match, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (Events.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            try
            {
                await _written.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("No matching log event. Captured:\n" + Text);
            }
        }
    }

    /// <summary>Registers this capture with a test app.</summary>
    public void AddTo(IServiceCollection services) => services.AddSingleton<ILogEventSink>(this);
}

public static class LogEventExtensions
{
    public static string? StringProperty(this LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: var v } ? v?.ToString() : null;
}
