using Microsoft.Extensions.Options;

namespace WestMemphis.Pact.Web.Infrastructure.Email;

/// <summary>
/// Absolute links for emails. Uses the configured public address when there is one, so a forged
/// Host header can never put someone else's site into a password-reset link.
/// </summary>
public sealed class LinkBuilder(IOptions<MailOptions> options, IHttpContextAccessor accessor)
{
    public string Absolute(string pathAndQuery)
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/') + pathAndQuery;
        }

        var request = accessor.HttpContext?.Request;
        return request is null ? pathAndQuery : $"{request.Scheme}://{request.Host}{pathAndQuery}";
    }
}
