using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>Add a clergy contact to a congregation (from its details page).</summary>
public sealed partial class CongregationsController
{
    [HttpPost("{id:int}/clergy")]
    public async Task<IActionResult> AddClergy(int id, ClergyForm form, [FromServices] IValidator<ClergyForm> validator, CancellationToken cancellationToken)
    {
        if (!await db.Congregations.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (!((await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState) && ModelState.IsValid))
        {
            return View("Details", await CongregationDetailsViewModel.LoadAsync(db, id, form, cancellationToken));
        }

        db.Clergy.Add(new Clergy
        {
            CongregationId = id,
            Name = form.Name!.Trim(),
            Title = FormRules.Clean(form.Title),
            Phone = FormRules.Clean(form.Phone),
            Email = FormRules.Clean(form.Email),
            PreferredContact = form.PreferredContact,
        });
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus("Clergy contact added.");
        return LocalRedirect($"/manage/congregations/{id}#clergy");
    }
}

public sealed class ClergyForm
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public PreferredContact PreferredContact { get; set; }
}

public sealed class ClergyFormValidator : AbstractValidator<ClergyForm>
{
    public ClergyFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the clergy member's name.").Text(FieldLengths.Clergy.Name, "The name");
        RuleFor(f => f.Title).Text(FieldLengths.Clergy.Title, "The title");
        RuleFor(f => f.Phone).PhoneRules();
        RuleFor(f => f.Email).EmailRules().When(f => !string.IsNullOrWhiteSpace(f.Email));
        RuleFor(f => f.PreferredContact).IsInEnum().WithMessage("Choose how they prefer to be contacted.");
    }
}
