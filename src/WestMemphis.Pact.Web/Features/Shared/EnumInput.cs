namespace WestMemphis.Pact.Web.Features.Shared;

public static class EnumInput
{
    /// <summary>
    /// A value a form or query string sent, by name only: numbers ("5", even one that happens to be
    /// defined) and unknown names give null, so a crafted value can never pick a hidden member.
    /// </summary>
    public static T? Parse<T>(string? value) where T : struct, Enum =>
        Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}
