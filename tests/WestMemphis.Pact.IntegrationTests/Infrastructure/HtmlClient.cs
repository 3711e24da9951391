using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Io;

namespace WestMemphis.Pact.IntegrationTests.Infrastructure;

/// <summary>
/// Browser-like helpers over HttpClient: fetch a page and parse it, then submit one of its real forms
/// through its submit button, carrying every field the form has (hidden antiforgery token included).
/// </summary>
public static class HtmlClient
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<HtmlPage> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await HtmlPage.FromAsync(response);
    }

    /// <summary>
    /// Fills and submits a form of <paramref name="page"/>. <paramref name="formSelector"/> picks the form
    /// (default: the first form inside main); <paramref name="values"/> sets fields by name (a null value
    /// removes the field, as if the browser had not sent it). Checkboxes take "true"/"false".
    /// </summary>
    public static async Task<HtmlPage> SubmitAsync(this HttpClient client, HtmlPage page, IDictionary<string, string?>? values = null,
        string formSelector = "main form[method=post]", string? submitSelector = null)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Url}.\n{page.Text[..Math.Min(2000, page.Text.Length)]}");
        var fields = FormFields(form, submitSelector);
        foreach (var (name, value) in values ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Url : new Uri(page.Url, action);
        var response = await client.PostAsync(target, new FormUrlEncodedContent(fields));
        return await HtmlPage.FromAsync(response);
    }

    /// <summary>The name/value pairs a browser would send for this form.</summary>
    public static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form, string? submitSelector = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "file":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement select:
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        fields.Add(new(name, option.Value));
                    }

                    if (!select.IsMultiple && select.SelectedIndex < 0 && select.Options.Length > 0)
                    {
                        fields.Add(new(name, select.Options[0].Value));
                    }

                    break;
            }
        }

        if (submitSelector is not null && form.QuerySelector(submitSelector) is IHtmlButtonElement { Name: { Length: > 0 } buttonName } button)
        {
            fields.Add(new(buttonName, button.Value));
        }

        return fields;
    }

    public static async Task<IDocument> ParseAsync(string html, Uri url) =>
        await Context.OpenAsync(r => r.Content(html).Address(url).Header(HeaderNames.ContentType, "text/html; charset=utf-8"));
}

/// <summary>A fetched page: the response and its parsed document.</summary>
public sealed class HtmlPage
{
    private HtmlPage(HttpResponseMessage response, IDocument document, string html)
    {
        Response = response;
        Document = document;
        Html = html;
    }

    public HttpResponseMessage Response { get; }
    public IDocument Document { get; }
    public string Html { get; }
    public HttpStatusCode Status => Response.StatusCode;
    public Uri Url => Response.RequestMessage!.RequestUri!;
    public string Text => Document.Body?.TextContent ?? "";

    /// <summary>Messages shown next to fields and in the error summary.</summary>
    public IReadOnlyList<string> Errors =>
        Document.QuerySelectorAll(".invalid-feedback, .validation-summary li").Select(e => e.TextContent.Trim()).Distinct().ToList();

    public string? StatusMessage => Document.QuerySelector("[role=status] .alert")?.TextContent.Trim();

    public string? FieldValue(string name) => Document.QuerySelector($"[name='{name}']") switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement textArea => textArea.Value,
        IHtmlSelectElement select => select.Value,
        _ => null,
    };

    public static async Task<HtmlPage> FromAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await HtmlClient.ParseAsync(html, response.RequestMessage!.RequestUri!);
        return new HtmlPage(response, document, html);
    }
}
