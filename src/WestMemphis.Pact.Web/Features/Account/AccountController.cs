using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>
/// A person's own account: register and confirm, log in and out, forgotten and changed passwords, profile.
/// One file per use case in this folder (Register.cs, Login.cs, ResetPassword.cs, ...), each with its form and
/// validator; this file holds what several of them share. Identity re-checks passwords (length, common-password
/// list) on the server; the validators give the person a clear message first.
/// </summary>
[Route("Account")]
public sealed partial class AccountController : Controller
{
    // Fields, not primary-constructor parameters: the use-case files are other parts of this class.
    private readonly AppDbContext db;
    private readonly UserManager<ApplicationUser> users;
    private readonly PactSignInManager signIn;
    private readonly AccountEmails emails;
    private readonly AuditLog audit;
    private readonly TimeProvider clock;
    private readonly ILogger<AccountController> logger;

    public AccountController(
        AppDbContext db,
        UserManager<ApplicationUser> users,
        PactSignInManager signIn,
        AccountEmails emails,
        AuditLog audit,
        TimeProvider clock,
        ILogger<AccountController> logger)
    {
        this.db = db;
        this.users = users;
        this.signIn = signIn;
        this.emails = emails;
        this.audit = audit;
        this.clock = clock;
        this.logger = logger;
    }

    private async Task<bool> IsStaffAsync(ApplicationUser user) =>
        (await users.GetRolesAsync(user)).Any(Roles.IsStaffRole);

    /// <summary>A local return address, or the person's start page: staff their work (/work), residents the home page.</summary>
    private string SafeReturnUrl(string? returnUrl, bool isStaff = false) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : isStaff ? "/work" : "/";

    private string? LocalOrNull(string? returnUrl) => SignUpReturn.Safe(returnUrl, Url.IsLocalUrl);

    private Task<string?> ShiftNameAsync(string? returnUrl) =>
        SignUpReturn.ShiftNameAsync(db, LocalOrNull(returnUrl), HttpContext.RequestAborted);

    private Task<List<SelectListItem>> AreasAsync() => db.AreaSelectListAsync(HttpContext.RequestAborted);
}
