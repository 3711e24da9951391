using WestMemphis.Pact.Domain.Concerns;

namespace WestMemphis.Pact.Domain.Problems;

/// <summary>
/// A concern belongs to one problem at most. Linking one that another problem already holds is refused with a
/// message (it is unlinked there first, on purpose), so that no problem loses a concern without anyone seeing it.
/// </summary>
public static class ProblemLinkRules
{
    /// <summary>Links the concern, or leaves it as it is and says why not. Linking it again to the same problem changes nothing.</summary>
    public static string? LinkConcern(Problem problem, Concern concern, DateTime nowUtc)
    {
        if (concern.ProblemId is { } other && other != problem.Id)
        {
            return $"Concern {concern.ReferenceCode} is already linked to problem {other}. Unlink it there first if it belongs to this problem.";
        }

        if (concern.ProblemId != problem.Id)
        {
            concern.ProblemId = problem.Id;
            concern.UpdatedUtc = nowUtc;
        }

        return null;
    }
}
