using Microsoft.Extensions.Options;
using MimeKit;

namespace WestMemphis.Pact.Web.Infrastructure.Email;

/// <summary>Development and tests: each message becomes an .eml file that any mail client opens.</summary>
public sealed class PickupDirectoryMailTransport(IOptions<MailOptions> options, IHostEnvironment environment) : IMailTransport
{
    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory));

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{message.MessageId ?? Guid.NewGuid().ToString("N")}.eml";
        var path = Path.Combine(Folder, string.Concat(name.Split(Path.GetInvalidFileNameChars())));

        // Write to a temporary name first so a reader never sees half a message.
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
