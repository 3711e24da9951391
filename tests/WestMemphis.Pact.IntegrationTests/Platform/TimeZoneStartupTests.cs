using System.Diagnostics;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// A slim container without time-zone data: the app stops at start-up with a message saying what to install,
/// instead of starting and answering 500 on the first page that shows a date. The real app is run as a process
/// with TZDIR pointing at an empty folder (the .NET runtime reads zone files from there).
/// </summary>
public sealed class TimeZoneStartupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pact-tests", "tz-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Without_time_zone_data_the_app_refuses_to_start_and_says_what_to_install()
    {
        var emptyZoneInfo = Directory.CreateDirectory(Path.Combine(_folder, "zoneinfo")).FullName;
        var app = Path.Combine(AppContext.BaseDirectory, "WestMemphis.Pact.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["TZDIR"] = emptyZoneInfo;
        start.Environment.Remove("TZ");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(_folder, "pact.db")}";
        start.Environment["Logging__File"] = "false";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The app started (or hung) on a host without time-zone data instead of stopping with a message.");
        }

        var text = await output + await error;
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("no time-zone data for America/Chicago", text);
        Assert.Contains("tzdata", text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
