namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>Named authorization policies. Admins hold every staff permission.</summary>
public static class Policies
{
    public const string Resident = nameof(Resident);
    public const string Coordinator = nameof(Coordinator);
    public const string Officer = nameof(Officer);
    public const string Staff = nameof(Staff);
    public const string Admin = nameof(Admin);
}
