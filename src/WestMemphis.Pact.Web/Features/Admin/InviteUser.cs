using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Account;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Admin;

/// <summary>
/// An admin invites a person: the account is created with the roles chosen and no password, and the person gets an
/// email whose link lets them choose one (which also confirms the address). Admin itself is never given here: it
/// needs two-factor sign-in, which the person turns on after choosing a password.
/// </summary>
public sealed partial class UsersController
{
    [HttpGet("invite")]
    public IActionResult Invite() => View(new InviteUserForm());

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(InviteUserForm form, [FromServices] IValidator<InviteUserForm> validator,
        [FromServices] AccountEmails emails)
    {
        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(form);
        }

        var email = form.Email!.Trim();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            ModelState.AddModelError(nameof(InviteUserForm.Email), $"{existing.Email} already has an account. Open it from the list of users to change its roles.");
            return View(form);
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            FullName = form.FullName!.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync();
            ModelState.AddModelError(nameof(InviteUserForm.Email), string.Join(" ", created.Errors.Select(e => e.Description)));
            return View(form);
        }

        var roles = form.Roles.Distinct().ToList();
        await users.AddToRolesAsync(user, roles);
        await emails.QueueInvitationAsync(user);
        audit.Add("AccountInvited", nameof(ApplicationUser), user.Id, string.Join(", ", roles));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        this.SetStatus($"Invitation sent to {user.Email}. The link in it lets them choose a password.");
        return RedirectToAction(nameof(Details), new { id = user.Id });
    }

    /// <summary>Sends the invitation again (a new link) to an account whose owner has not yet chosen a password.</summary>
    [HttpPost("{id}/invite")]
    public async Task<IActionResult> ResendInvitation(string id, [FromServices] AccountEmails emails)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.EmailConfirmed || await users.HasPasswordAsync(user))
        {
            this.SetStatus($"{user.Email} has already accepted the invitation. If they forgot their password, they can reset it from the log-in page.");
            return RedirectToAction(nameof(Details), new { id });
        }

        await emails.QueueInvitationAsync(user);
        audit.Add("AccountInvitationResent", nameof(ApplicationUser), user.Id);
        await db.SaveChangesAsync();
        this.SetStatus($"A new invitation is on its way to {user.Email}.");
        return RedirectToAction(nameof(Details), new { id });
    }
}

public sealed class InviteUserForm
{
    public string? FullName { get; set; }
    public string? Email { get; set; }
    public List<string> Roles { get; set; } = [];
}

public sealed class InviteUserFormValidator : AbstractValidator<InviteUserForm>
{
    /// <summary>The roles an invitation may carry: Admin needs two-factor sign-in first, so it is granted afterwards.</summary>
    public static readonly IReadOnlyList<string> InvitableRoles = [Domain.Roles.Resident, Domain.Roles.Coordinator, Domain.Roles.Officer];

    public InviteUserFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter the person's name.")
            .MaximumLength(FieldLengths.ApplicationUser.FullName).WithMessage($"Names must be {FieldLengths.ApplicationUser.FullName} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The name contains characters we cannot accept.");
        RuleFor(f => f.Email).EmailRules();
        RuleFor(f => f.Roles).NotEmpty().WithMessage("Choose at least one role.")
            .Must(r => r.Count <= 10 && r.All(InvitableRoles.Contains))
            .WithMessage("Choose among Resident, Coordinator and Officer. Admin is granted later, once the person has turned on two-factor sign-in.");
    }
}
