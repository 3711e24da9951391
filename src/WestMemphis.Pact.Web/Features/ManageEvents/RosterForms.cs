namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>A roster button's form (check in, check out, no-show, remove): the version of the sign-up it was read at.</summary>
public sealed class RosterForm
{
    public string? Version { get; set; }
}

public sealed class HoursForm
{
    public string? Hours { get; set; }
    public bool Approve { get; set; }

    /// <summary>The version of the sign-up the form was read at (<see cref="Domain.Signup.RosterVersion()"/>).</summary>
    public string? Version { get; set; }
}

public sealed class AddVolunteerForm
{
    public string? Email { get; set; }
}
