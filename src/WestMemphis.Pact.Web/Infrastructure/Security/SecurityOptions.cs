namespace WestMemphis.Pact.Web.Infrastructure.Security;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Development convenience: the demo staff accounts may skip two-factor enrolment. Off by default;
    /// the app refuses to start in Production with it on.
    /// </summary>
    public bool DemoStaffExemptFromTwoFactor { get; set; }
}
