namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// Which offense types an admin may publish on the public summary. Sex offenses (11A–11D, 36A, 36B) and human trafficking
/// (64A, 64B) are privacy-locked: never public, whatever the table says, whether one type or a whole group is published.
/// </summary>
public static class OffensePublishing
{
    public static bool IsLocked(string code, bool isSensitive) => isSensitive || NibrsCatalog.SensitiveCodes.Contains(code);

    /// <summary>Null when the change is allowed, else the reason it is refused.</summary>
    public static string? Check(string code, bool isSensitive, bool publish) =>
        publish && IsLocked(code, isSensitive)
            ? $"{code} is a sex offense or human trafficking type: it is never shown publicly and cannot be published."
            : null;

    /// <summary>
    /// Null when a whole group may be published or withdrawn, else the reason it is refused: a group holding any
    /// privacy-locked type is never published (withdrawing is always allowed), and an empty group changes nothing.
    /// </summary>
    public static string? CheckGroup(string groupName, IReadOnlyCollection<(string Code, bool IsSensitive)> types, bool publish)
    {
        if (types.Count == 0)
        {
            return $"{groupName} has no offense types.";
        }

        var locked = types.Where(t => IsLocked(t.Code, t.IsSensitive)).Select(t => t.Code).ToList();
        return publish && locked.Count > 0
            ? $"{groupName} holds sex offense or human trafficking types ({string.Join(", ", locked)}): they are never shown publicly, so the group cannot be published."
            : null;
    }

    /// <summary>The types a new installation publishes: the default set, less anything locked (which the default never holds).</summary>
    public static bool IsDefaultPublic(string code, bool isSensitive) => OffenseGroups.DefaultPublic.Contains(code) && !IsLocked(code, isSensitive);
}
