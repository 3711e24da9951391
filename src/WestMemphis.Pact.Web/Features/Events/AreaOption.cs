namespace WestMemphis.Pact.Web.Features.Events;

/// <summary>One area in a filter or a choice list (<c>db.AreaOptionsAsync</c>).</summary>
public sealed record AreaOption(int Id, string Name);
