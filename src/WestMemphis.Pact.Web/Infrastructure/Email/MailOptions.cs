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

    /// <summary>Public base address used in links inside emails (for example https://pact.westmemphis.example).</summary>
    public string? PublicBaseUrl { get; set; }
}
