using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace WestMemphis.Pact.Web.Infrastructure.Email;

/// <summary>
/// Absolute links for emails and feeds. Never built from the request: a forged <c>Host</c> header would
/// otherwise put someone else's site into a password-reset link (reset-link poisoning). The address is
/// <c>Mail:PublicBaseUrl</c>, which Production requires; elsewhere, when it is not set, the address the
/// server listens on.
/// </summary>
public sealed class LinkBuilder(IOptions<MailOptions> options, IServer server)
{
    public string Absolute(string pathAndQuery) => BaseUrl() + pathAndQuery;

    private string BaseUrl()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var listening = addresses.FirstOrDefault(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (listening is null)
        {
            return "http://localhost";
        }

        var binding = BindingAddress.Parse(listening);
        var host = binding.Host is "+" or "*" or "[::]" or "0.0.0.0" ? "localhost" : binding.Host;
        return $"{binding.Scheme}://{host}:{binding.Port}";
    }
}
