namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// Which offense types an admin may publish on the public summary. Sex offenses (11A–11D, 36A, 36B) and human trafficking
/// (64A, 64B) are privacy-locked: never public, whatever the table says.
/// </summary>
public static class OffensePublishing
{
    public static bool IsLocked(string code, bool isSensitive) => isSensitive || NibrsCatalog.SensitiveCodes.Contains(code);

    /// <summary>Null when the change is allowed, else the reason it is refused.</summary>
    public static string? Check(string code, bool isSensitive, bool publish) =>
        publish && IsLocked(code, isSensitive)
            ? $"{code} is a sex offense or human trafficking type: it is never shown publicly and cannot be published."
            : null;
}
