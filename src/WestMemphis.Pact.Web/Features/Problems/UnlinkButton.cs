namespace WestMemphis.Pact.Web.Features.Problems;

/// <summary>What a link from a problem points at.</summary>
public enum LinkKind
{
    Concern = 0,
    Partner = 1,
    Congregation = 2,
}

/// <summary>The small form that removes one link, next to the linked record.</summary>
public sealed record UnlinkButton(int ProblemId, Guid Version, LinkKind Kind, int RecordId, string Name);
