namespace WestMemphis.Pact.Domain;

/// <summary>The Identity roles. A user may hold several.</summary>
public static class Roles
{
    public const string Resident = "Resident";
    public const string Coordinator = "Coordinator";
    public const string Officer = "Officer";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Resident, Coordinator, Officer, Admin];

    /// <summary>Roles whose holders see staff pages and must use two-factor sign-in.</summary>
    public static readonly IReadOnlyList<string> Staff = [Coordinator, Officer, Admin];

    public static bool IsStaffRole(string role) => Staff.Contains(role, StringComparer.Ordinal);
}
