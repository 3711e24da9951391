using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WestMemphis.Pact.IntegrationTests.Infrastructure;

/// <summary>
/// A real redis-server of the test's own on a free port (Debian's package; test.sh installs it). Without
/// redis-server the tests that need it fail with a message saying so: they are never silently skipped.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private RedisServer(int port, string pidFile)
    {
        Port = port;
        PidFile = pidFile;
    }

    public int Port { get; }
    private string PidFile { get; }
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("These tests need a real redis-server and none is installed: run ./test.sh (it installs one) or `apt-get install -y redis-server`. To leave them out locally: dotnet test --filter \"Category!=Redis\".");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var pidFile = Path.Combine(Path.GetTempPath(), $"pact-redis-{port}.pid");
        await RunAsync(binary, $"--port {port} --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile {pidFile}");
        var server = new RedisServer(port, pidFile);
        Assert.True(await Eventually.TrueAsync(async () => (await RunAsync("redis-cli", $"-p {port} ping", check: false)).Contains("PONG", StringComparison.Ordinal)),
            $"redis-server on port {port} never answered PING");
        return server;
    }

    public async Task StopAsync()
    {
        await RunAsync("redis-cli", $"-p {Port} shutdown nosave", check: false);
        Assert.True(await Eventually.TrueAsync(async () => !(await RunAsync("redis-cli", $"-p {Port} ping", check: false)).Contains("PONG", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync("redis-cli", $"-p {Port} shutdown nosave", check: false);
        File.Delete(PidFile);
    }

    private static async Task<string> RunAsync(string file, string arguments, bool check = true)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in SplitArgs(arguments))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed: {output}");
        }

        return output;
    }

    private static IEnumerable<string> SplitArgs(string arguments) =>
        arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a == "''" ? "" : a);
}
