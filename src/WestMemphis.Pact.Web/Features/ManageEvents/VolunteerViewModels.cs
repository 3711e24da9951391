using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

public sealed record VolunteerRow(string UserId, string Name, string? Email, string Phone, string? Area, AgeGroup AgeGroup, BackgroundCheckStatus BackgroundCheck,
    DateTime? BackgroundCheckUtc, int ShiftsAttended, double Hours, double ApprovedHours);

public sealed record VolunteersViewModel(VolunteerFilter Filter, IReadOnlyList<VolunteerRow> Rows);

public sealed record VolunteerDetailsViewModel(VolunteerProfile Profile, IReadOnlyList<RosterRow> History);
