using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>/manage/resources: the officers and resources that can be booked, each with its private feed; add a resource.</summary>
public sealed partial class AppearanceCalendarController
{
    [HttpGet("manage/resources")]
    public async Task<IActionResult> Resources(CancellationToken cancellationToken) => await ResourcesViewAsync(new ResourceForm(), cancellationToken);

    [HttpPost("manage/resources")]
    public async Task<IActionResult> Resources(ResourceForm form, [FromServices] IValidator<ResourceForm> validator, CancellationToken cancellationToken)
    {
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        var name = form.Name?.Trim();
        if (valid && await db.BookableResources.AnyAsync(r => r.Name == name, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Name), "A resource with this name already exists.");
            valid = false;
        }

        if (!valid)
        {
            return await ResourcesViewAsync(form, cancellationToken);
        }

        db.BookableResources.Add(new BookableResource { Name = name!, Kind = form.ParsedKind()!.Value });
        await db.SaveChangesAsync(cancellationToken);
        this.SetStatus($"{name} can now be booked.");
        return LocalRedirect("/manage/resources");
    }

    private async Task<IActionResult> ResourcesViewAsync(ResourceForm form, CancellationToken cancellationToken, string? newFeedUrl = null)
    {
        var rows = await db.BookableResources.AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.Name)
            .Select(r => new { r.Id, r.Name, r.Kind, r.UserId, r.CalendarToken }).ToListAsync(cancellationToken);
        var officers = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(role => role.Id == ur.RoleId && role.Name == Roles.Officer)))
            .OrderBy(u => u.FullName).Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(cancellationToken);
        var list = rows.Where(r => r.Kind != ResourceKind.Officer)
            .Select(r => new ResourceListItem("r:" + r.Id.ToString(CultureInfo.InvariantCulture), r.Name, r.Kind, r.CalendarToken is not null)).ToList();
        list.AddRange(officers.Select(o =>
        {
            var row = rows.FirstOrDefault(r => r.UserId == o.Id);
            return new ResourceListItem("u:" + o.Id, $"{o.FullName} ({o.Email})", ResourceKind.Officer, row?.CalendarToken is not null);
        }));
        return View("Resources", new ResourcesPage(form, list, newFeedUrl));
    }
}

/// <summary>The resources page: the add form, what can be booked, and a feed address just created (shown this once).</summary>
public sealed record ResourcesPage(ResourceForm Form, IReadOnlyList<ResourceListItem> Items, string? NewFeedUrl);

public sealed record ResourceListItem(string Key, string Name, ResourceKind Kind, bool HasFeed);

public sealed class ResourceForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }

    public ResourceKind? ParsedKind() => Kind is "Mascot" or "Vehicle" or "Other" ? Enum.Parse<ResourceKind>(Kind) : null;
}

public sealed class ResourceFormValidator : AbstractValidator<ResourceForm>
{
    public ResourceFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the resource's name.").MaximumLength(BookableResource.NameLength).WithMessage("The name must be 100 characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The name contains characters we cannot accept.");
        RuleFor(f => f.Kind).Must(k => new ResourceForm { Kind = k }.ParsedKind() is not null).WithMessage("Choose the kind of resource.");
    }
}
