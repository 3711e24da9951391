namespace WestMemphis.Pact.Web.Features.ManageEvents;

public sealed class HoursForm
{
    public string? Hours { get; set; }
    public bool Approve { get; set; }
}

public sealed class AddVolunteerForm
{
    public string? Email { get; set; }
}
