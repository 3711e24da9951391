namespace WestMemphis.Pact.Web.Features.Contacts;

public sealed record MyAreaRow(int AreaId, string Name, bool IsFocusArea, int WeeklyHours, DateOnly Since);

public sealed record MyEventRow(int Id, string Title, DateTime StartUtc, DateTime EndUtc, string Area);

public sealed record LiaisonHomeViewModel(IReadOnlyList<MyAreaRow> Areas, IReadOnlyList<FollowUpRow> FollowUps, IReadOnlyList<ContactRow> Recent, IReadOnlyList<MyEventRow> Events, DateOnly Today);
