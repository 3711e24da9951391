using System.Text;

namespace WestMemphis.Pact.Text;

/// <summary>Readable URL part from a title: "National Night Out 2026!" → "national-night-out-2026".</summary>
public static class Slug
{
    public static string From(string? title)
    {
        var builder = new StringBuilder();
        foreach (var c in (title ?? "").ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= 60)
            {
                break;
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "event" : slug;
    }

    public static string EventPath(int id, string title) => $"/events/{id}/{From(title)}";
}
