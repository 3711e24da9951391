using System.Security.Claims;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>The signed-in user of the current request, for the audit trail.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    /// <summary>The name audit rows carry for what an unnamed member of the public sent.</summary>
    public const string PublicForm = "the public form";

    private bool _publicForm;

    public string? UserId => _publicForm ? null : accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => _publicForm ? PublicForm : accessor.HttpContext?.User.Identity?.Name;
    public string? IpAddress => _publicForm ? null : accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    /// <summary>
    /// For the rest of this request (this scope), every audit row is written as made by "the public form", with no
    /// user id and no address: an anonymous report must not be tied to an account or an address by its audit trail.
    /// </summary>
    public void ActAsPublicForm() => _publicForm = true;
}
