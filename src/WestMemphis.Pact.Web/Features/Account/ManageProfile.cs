using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Account;

/// <summary>The signed-in person's own name, phone and area (Account/Manage).</summary>
public sealed partial class AccountController
{
    [HttpGet("Manage")]
    public async Task<IActionResult> Manage()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(new ProfilePage(new ProfileForm { FullName = user.FullName, PhoneNumber = user.PhoneNumber, AreaId = user.AreaId }, await AreasAsync()));
    }

    [HttpPost("Manage")]
    public async Task<IActionResult> Manage(ProfileForm form, [FromServices] IValidator<ProfileForm> validator)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!(await validator.ValidateAsync(form)).AddTo(ModelState))
        {
            return View(new ProfilePage(form, await AreasAsync()));
        }

        user.FullName = form.FullName!.Trim();
        user.PhoneNumber = FormRules.Clean(form.PhoneNumber);
        user.AreaId = form.AreaId is { } id && await db.Areas.AnyAsync(a => a.Id == id) ? id : null;
        audit.Add("ProfileUpdated", nameof(ApplicationUser), user.Id);
        await users.UpdateAsync(user);
        this.SetStatus("Your profile has been saved.");
        return RedirectToAction(nameof(Manage));
    }
}

/// <summary>The account page: the profile form and the area choices.</summary>
public sealed record ProfilePage(ProfileForm Form, IReadOnlyList<SelectListItem> Areas);

public sealed class ProfileForm
{
    public string? FullName { get; set; }
    public string? PhoneNumber { get; set; }
    public int? AreaId { get; set; }
}

public sealed class ProfileFormValidator : AbstractValidator<ProfileForm>
{
    public ProfileFormValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Enter your name.").MaximumLength(FieldLengths.ApplicationUser.FullName).WithMessage($"Your name must be {FieldLengths.ApplicationUser.FullName} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Your name contains characters we cannot accept.");
        RuleFor(f => f.PhoneNumber).PhoneRules();
    }
}
