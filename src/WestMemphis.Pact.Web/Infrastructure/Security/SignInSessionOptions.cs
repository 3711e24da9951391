namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>How long sign-ins last (ASVS 7.3, CJIS AC-11).</summary>
public sealed class SignInSessionOptions
{
    public const string Section = "Sessions";

    /// <summary>Staff are signed out after this much inactivity.</summary>
    public TimeSpan StaffIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Staff are signed out this long after signing in, whatever they do.</summary>
    public TimeSpan StaffAbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Residents' sign-ins slide for this long ("keep me signed in" makes the cookie survive the browser).</summary>
    public TimeSpan ResidentTimeout { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long an instance trusts what it read of a staff account (stamp, disabled) before reading it again. A change
    /// saved through this instance applies at the next request; this bounds how long another instance lags.
    /// </summary>
    public TimeSpan StaffStampCheck { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The same for residents' accounts.</summary>
    public TimeSpan ResidentStampCheck { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long before the staff idle time-out the page warns and offers to stay signed in.</summary>
    public TimeSpan WarningBefore { get; set; } = TimeSpan.FromMinutes(2);
}
