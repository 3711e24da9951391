namespace WestMemphis.Pact.Web.Infrastructure.Email;

public sealed class MailOptions
{
    public const string Section = "Mail";

    public string FromAddress { get; set; } = "pact@westmemphis.example";
    public string FromName { get; set; } = "PACT West Memphis";

    /// <summary>SMTP server. When empty, messages are written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;

    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c> or <c>None</c>.</summary>
    public string SmtpSecurity { get; set; } = "StartTls";
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>Folder for .eml files, relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    /// <summary>Run the background sender in this instance.</summary>
    public bool SenderEnabled { get; set; } = true;
    public double PollIntervalSeconds { get; set; } = 5;
    public int MaxAttempts { get; set; } = 8;

    /// <summary>
    /// The site's public address, used for every link in emails (for example https://pact.westmemphis.example).
    /// Required in Production: links are never built from the request's Host header.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public const string PublicBaseUrlRequired =
        "Mail:PublicBaseUrl must be the site's public https address (for example https://pact.westmemphis.example) in Production: " +
        "links in emails are built from it, never from the request. See docs/operations.md.";

    /// <summary>An absolute https address with a host, and no query or fragment.</summary>
    public static bool IsValidPublicBaseUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host)
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment)
        && string.IsNullOrEmpty(uri.UserInfo);
}
