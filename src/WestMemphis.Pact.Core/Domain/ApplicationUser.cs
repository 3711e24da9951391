using Microsoft.AspNetCore.Identity;

namespace WestMemphis.Pact.Domain;

/// <summary>An account: a resident, or a member of the unit's staff.</summary>
public class ApplicationUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public int? AreaId { get; set; }
    public Area? Area { get; set; }
    public DateTime CreatedUtc { get; set; }

    /// <summary>Set by an admin; a disabled account cannot sign in and its cookies stop working.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Demo accounts are created only in Development and are marked so they can be told apart.</summary>
    public bool IsDemo { get; set; }
}
