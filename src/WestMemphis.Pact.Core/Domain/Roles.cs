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

    /// <summary>
    /// Why this role may not be granted to this account, or null when it may. Admin is never granted to an account
    /// without two-factor sign-in: the account must turn it on first. Other grants are unchanged.
    /// </summary>
    public static string? RefuseGrant(string role, bool twoFactorEnabled) =>
        role == Admin && !twoFactorEnabled
            ? "Admin is not granted to an account without two-factor sign-in. Ask the person to turn on two-factor sign-in first (their account page, Two-factor), then grant Admin."
            : null;
}
