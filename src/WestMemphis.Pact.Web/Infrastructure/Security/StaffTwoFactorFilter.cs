using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace WestMemphis.Pact.Web.Infrastructure.Security;

/// <summary>
/// Staff pages need two-factor sign-in (ASVS 6.3.3, CJIS IA-2): a member of staff who has not set it up
/// is sent to enrolment from every page that needs a staff policy.
/// </summary>
public sealed class StaffTwoFactorFilter : IAsyncAuthorizationFilter
{
    public static readonly HashSet<string> StaffPolicies = [Policies.Coordinator, Policies.Officer, Policies.Staff, Policies.Admin];

    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true || user.HasTwoFactor())
        {
            return Task.CompletedTask;
        }

        var needsStaff = context.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>()
            .Any(a => a.Policy is { } policy && StaffPolicies.Contains(policy));
        if (needsStaff && user.IsStaff())
        {
            context.Result = new RedirectResult("/Account/TwoFactor?required=true");
        }

        return Task.CompletedTask;
    }
}
