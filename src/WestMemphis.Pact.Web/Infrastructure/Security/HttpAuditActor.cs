using System.Security.Claims;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>The signed-in user of the current request, for the audit trail.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => accessor.HttpContext?.User.Identity?.Name;
    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
