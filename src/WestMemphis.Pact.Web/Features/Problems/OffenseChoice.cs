using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>A NIBRS offense type offered as a checkbox, grouped by what the crime is against.</summary>
public sealed record OffenseChoice(string Code, string Name, OffenseCategory CrimesAgainst);
