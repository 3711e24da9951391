using System.Net;
using AngleSharp.Html.Dom;

namespace WestMemphis.Pact.IntegrationTests.Infrastructure;

/// <summary>
/// Posts the values from the "Bad input" list of docs/security-promises.md into the fields of a real form, one
/// field at a time (the other fields keep valid values), and checks the promise: never a 5xx; a clear message or
/// a harmless acceptance; typed text never becomes markup; nothing is saved when the form is refused.
/// Public forms get every value in every field. Staff forms get the empty value, the markup string and a
/// duplicated parameter in every field, and the rest of the list shared out among their fields so that every
/// value lands in at least one field of each form (<see cref="Coverage"/>).
/// </summary>
public static class BadInputKit
{
    /// <summary>How many values each field of a form gets.</summary>
    public enum Coverage
    {
        /// <summary>Every value in at least one field; the cheap, telling ones in all.</summary>
        Sampled,

        /// <summary>Every value in every field (the public forms, which anyone on the internet can post).</summary>
        EveryValueInEveryField,
    }

    private const string Duplicate = "DUPLICATE";
    private const int MostGroups = 6;

    public const string Xss = "\"><svg onload=alert(1)>";

    public static readonly IReadOnlyList<string> Values =
    [
        "", "   ", new string('a', 10_000), new string('b', 5 * 1024 * 1024), "nul\0char", "header\r\nInjected: yes", "evil\u202Etxt.exe",
        "zero\u200Bwidth", "emoji 🎉🚓", Xss, "javascript:alert(1)", "' OR 1=1--", "=HYPERLINK(\"http://evil.example\",\"click\")",
        "-1", "0", "2147483648", "1e3", "2026-02-30", "9999-12-31", "2026-03-08T02:30", "2026-11-01T01:30", "//evil.example",
    ];

    public sealed record Outcome(string Field, string Value, HttpStatusCode Status, bool Refused);

    /// <param name="client">A client signed in as whoever may use the form.</param>
    /// <param name="url">The page that shows the form.</param>
    /// <param name="valid">Valid values for the fields, so that only one field at a time is bad.</param>
    /// <param name="savedCount">Counts what the form saves (rows), to prove a refused form saved nothing.</param>
    /// <param name="skipFields">Fields not to fill with bad values (for example a password that must stay right to reach the check).</param>
    public static async Task<IReadOnlyList<Outcome>> RunAsync(HttpClient client, string url, IDictionary<string, string?> valid,
        Func<Task<int>>? savedCount = null, string formSelector = "main form[method=post]", IReadOnlyCollection<string>? skipFields = null,
        Coverage coverage = Coverage.Sampled)
    {
        var outcomes = new List<Outcome>();
        var first = await client.GetPageAsync(url);
        var form = first.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}");
        var fields = HtmlClient.FormFields(form).Select(f => f.Key)
            .Concat(form.QuerySelectorAll("input[type=checkbox][name]").Select(e => e.GetAttribute("name")!))
            .Where(n => n != "__RequestVerificationToken" && !(skipFields?.Contains(n) ?? false))
            .Distinct().ToList();
        Assert.NotEmpty(fields);

        for (var f = 0; f < fields.Count; f++)
        {
            var field = fields[f];
            foreach (var value in ValuesFor(f, fields.Count, coverage))
            {
                var page = await client.GetPageAsync(url);
                var before = savedCount is null ? 0 : await savedCount();
                var values = new Dictionary<string, string?>(valid) { [field] = value == Duplicate ? "5" : value };
                var result = value == Duplicate
                    ? await PostDuplicatedAsync(client, page, formSelector, values, field)
                    : await client.SubmitAsync(page, values, formSelector);
                var shown = value.Length > 40 ? value[..40] + "…" : value;

                Assert.True((int)result.Status < 500, $"{url} field {field} = '{shown}' answered {(int)result.Status}");
                Assert.Null(result.Document.QuerySelector("main svg, main script:not([src])"));
                Assert.DoesNotContain("<svg onload", result.Html, StringComparison.OrdinalIgnoreCase);

                var refused = result.Status == HttpStatusCode.OK && result.Errors.Count > 0 || (int)result.Status is >= 400 and < 500;
                if (refused && savedCount is not null)
                {
                    Assert.True(before == await savedCount(), $"{url} field {field} = '{shown}' was refused but something was saved");
                }

                if (result.Status == HttpStatusCode.OK && result.Errors.Count > 0 && value.Length < 1000 && value is not ("" or Duplicate) && !field.Contains("Password", StringComparison.Ordinal)
                    && result.Document.QuerySelector($"[name='{field}']") is { } input && input is not IHtmlSelectElement && input.GetAttribute("type") is not ("checkbox" or "hidden"))
                {
                    // The form keeps what was typed.
                    Assert.Equal(value.Replace("\r\n", "\n", StringComparison.Ordinal), (result.FieldValue(field) ?? "").Replace("\r\n", "\n", StringComparison.Ordinal));
                }

                outcomes.Add(new Outcome(field, shown, result.Status, refused));
            }
        }

        return outcomes;
    }

    /// <summary>
    /// The values for the field at <paramref name="index"/> of <paramref name="count"/>: with sampling, the list is
    /// dealt into up to six groups, field i taking group i mod n, so a form of n fields covers every group.
    /// </summary>
    internal static IEnumerable<string> ValuesFor(int index, int count, Coverage coverage)
    {
        var always = new[] { "", Xss };
        if (coverage == Coverage.EveryValueInEveryField || count == 1)
        {
            return Values.Append(Duplicate);
        }

        var groups = Math.Min(count, MostGroups);
        var dealt = Values.Where(v => !always.Contains(v)).Where((_, i) => i % groups == index % groups);
        return always.Concat(dealt).Append(Duplicate);
    }

    private static async Task<HtmlPage> PostDuplicatedAsync(HttpClient client, HtmlPage page, string formSelector, Dictionary<string, string?> values, string field)
    {
        var form = (IHtmlFormElement)page.Document.QuerySelector(formSelector)!;
        var fields = HtmlClient.FormFields(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        fields.Add(new(field, "500"));
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : new Uri(page.Url, action);
        return await HtmlPage.FromAsync(await client.PostAsync(target, new FormUrlEncodedContent(fields)));
    }
}
