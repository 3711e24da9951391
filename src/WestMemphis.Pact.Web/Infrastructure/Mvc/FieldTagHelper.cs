using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace WestMemphis.Pact.Web.Infrastructure.Mvc;

/// <summary>
/// One labelled form field with its hint and its error message next to it:
/// <c>&lt;field for="Email" type="email" autocomplete="email" /&gt;</c>. The input carries
/// <c>aria-invalid</c> and <c>aria-describedby</c> so screen readers read the error with the field,
/// and keeps what the person typed when the form comes back with errors.
/// </summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    /// <summary>text, email, password, tel, number, date, time, datetime-local, textarea, select, checkbox.</summary>
    public string Type { get; set; } = "text";

    /// <summary>The posted name (and ModelState key), when it differs from the expression (nested view models).</summary>
    public string? Name { get; set; }
    public string? Label { get; set; }
    public string? Hint { get; set; }
    public string? Autocomplete { get; set; }
    public bool Required { get; set; }
    public int? Rows { get; set; }
    public int? Maxlength { get; set; }
    public string? Min { get; set; }
    public string? Max { get; set; }
    public string? Step { get; set; }
    public string? Inputmode { get; set; }

    /// <summary>The id of a &lt;datalist&gt; of suggestions (a type-ahead that needs no script).</summary>
    public string? List { get; set; }

    /// <summary>For type="select".</summary>
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>For type="select": the first, empty choice.</summary>
    public string? Placeholder { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = Name ?? For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var label = Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? name;
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var errors = state?.Errors.Select(e => e.ErrorMessage).Where(e => !string.IsNullOrEmpty(e)).ToList() ?? [];
        var attempted = state?.AttemptedValue;
        var value = attempted ?? FormatValue(For.Model);
        var enc = HtmlEncoder.Default;

        var describedBy = new List<string>();
        if (Hint is not null)
        {
            describedBy.Add(id + "-hint");
        }

        if (errors.Count > 0)
        {
            describedBy.Add(id + "-error");
        }

        var common = $" id=\"{id}\" name=\"{enc.Encode(name)}\""
            + (Required ? " required aria-required=\"true\"" : "")
            + (errors.Count > 0 ? " aria-invalid=\"true\"" : "")
            + (describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "")
            + (Autocomplete is null ? "" : $" autocomplete=\"{enc.Encode(Autocomplete)}\"")
            + (Maxlength is null ? "" : $" maxlength=\"{Maxlength}\"");

        var html = new System.Text.StringBuilder();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var isCheckbox = Type == "checkbox";
        output.Attributes.SetAttribute("class", isCheckbox ? "mb-3 form-check field" : "mb-3 field");

        var requiredMark = Required ? " <span class=\"required-mark\" aria-hidden=\"true\">*</span>" : "";
        if (isCheckbox)
        {
            var isChecked = attempted is not null
                ? attempted.Split(',').Contains("true", StringComparer.OrdinalIgnoreCase)
                : For.Model is true;
            html.Append($"<input type=\"checkbox\" class=\"form-check-input{(errors.Count > 0 ? " is-invalid" : "")}\" value=\"true\"{common}{(isChecked ? " checked" : "")}>");
            html.Append($"<label class=\"form-check-label\" for=\"{id}\">{enc.Encode(label)}{requiredMark}</label>");
            html.Append($"<input type=\"hidden\" name=\"{enc.Encode(name)}\" value=\"false\">");
        }
        else
        {
            html.Append($"<label class=\"form-label\" for=\"{id}\">{enc.Encode(label)}{requiredMark}</label>");
        }

        if (Hint is not null)
        {
            html.Append($"<div id=\"{id}-hint\" class=\"form-text\">{enc.Encode(Hint)}</div>");
        }

        var invalid = errors.Count > 0 ? " is-invalid" : "";
        switch (Type)
        {
            case "checkbox":
                break;
            case "textarea":
                html.Append($"<textarea class=\"form-control{invalid}\" rows=\"{Rows ?? 4}\"{common}>{enc.Encode(value ?? "")}</textarea>");
                break;
            case "select":
                html.Append($"<select class=\"form-select{invalid}\"{common}>");
                if (Placeholder is not null)
                {
                    html.Append($"<option value=\"\">{enc.Encode(Placeholder)}</option>");
                }

                var selected = attempted is not null ? attempted.Split(',') : value is null ? [] : [value];
                foreach (var item in Items ?? [])
                {
                    var isSelected = selected.Contains(item.Value ?? item.Text, StringComparer.Ordinal) || (attempted is null && item.Selected);
                    html.Append($"<option value=\"{enc.Encode(item.Value ?? item.Text)}\"{(isSelected ? " selected" : "")}>{enc.Encode(item.Text)}</option>");
                }

                html.Append("</select>");
                break;
            default:
                var extra = (Min is null ? "" : $" min=\"{enc.Encode(Min)}\"") + (Max is null ? "" : $" max=\"{enc.Encode(Max)}\"")
                    + (Step is null ? "" : $" step=\"{enc.Encode(Step)}\"") + (Inputmode is null ? "" : $" inputmode=\"{enc.Encode(Inputmode)}\"")
                    + (List is null ? "" : $" list=\"{enc.Encode(List)}\"");
                var shown = Type == "password" ? "" : value ?? "";
                html.Append($"<input type=\"{enc.Encode(Type)}\" class=\"form-control{invalid}\" value=\"{enc.Encode(shown)}\"{common}{extra}>");
                break;
        }

        if (errors.Count > 0)
        {
            html.Append($"<div id=\"{id}-error\" class=\"invalid-feedback d-block\">");
            html.Append(string.Join(" ", errors.Select(enc.Encode)));
            html.Append("</div>");
        }

        output.Content.SetHtmlContent(html.ToString());
    }

    private string? FormatValue(object? model) => model switch
    {
        null => null,
        DateTime d when Type == "date" => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d when Type == "datetime-local" => d.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
