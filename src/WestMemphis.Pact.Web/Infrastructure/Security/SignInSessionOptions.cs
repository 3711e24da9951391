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

    /// <summary>How long before the staff idle time-out the page warns and offers to stay signed in.</summary>
    public TimeSpan WarningBefore { get; set; } = TimeSpan.FromMinutes(2);
}
