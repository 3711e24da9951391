using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>Register a National Night Out block party and ask for a visit.</summary>
public sealed partial class PresentationsController
{
    [HttpGet("presentations/national-night-out")]
    public async Task<IActionResult> NationalNightOut(CancellationToken cancellationToken)
    {
        var night = BlockPartyForm.NextNightOut(VisitTimes.Today(clock));
        var me = await SignedInContact.FindAsync(User, db, cancellationToken);
        return NightOutView(new BlockPartyForm
        {
            IdempotencyKey = NewKey(),
            PartyDate = night.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            HostName = me?.Name,
            HostEmail = me?.Email,
            HostPhone = me?.Phone,
        });
    }

    [HttpPost("presentations/national-night-out"), FormBudget]
    public async Task<IActionResult> NationalNightOut(BlockPartyForm form, [FromServices] IValidator<BlockPartyForm> validator, CancellationToken cancellationToken)
    {
        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return NightOutView(form);
        }

        var slot = VisitTimes.Parse(form.PartyDate, form.PartyStart, form.PartyEnd)!.Value;
        var request = NewRequest(form.IdempotencyKey, PresentationKind.NationalNightOut, form.HostName!, form.HostEmail!, form.HostPhone, form.Address!, [slot]);
        request.OrganizationName = FormRules.Clean(form.Neighborhood) ?? "Block party";
        request.AudienceSize = RequestVisitForm.Number(form.ExpectedGuests, 1, RequestVisitFormValidator.MaxAudience)!.Value;
        request.Outdoor = true;
        request.MinutesAllotted = 20;
        request.RustyRequested = form.RustyRequested;
        request.Notes = FormRules.Clean(form.Notes);
        request.Topics = nameof(PresentationTopic.CrimePrevention);
        return await SaveAsync(request, cancellationToken);
    }

    private ViewResult NightOutView(BlockPartyForm form) =>
        View("NationalNightOut", new BlockPartyPage(form, VisitTimes.Say(BlockPartyForm.NextNightOut(VisitTimes.Today(clock)))));
}

/// <summary>The block-party page: the form and this year's National Night Out, as said to the host.</summary>
public sealed record BlockPartyPage(BlockPartyForm Form, string NightOut);

/// <summary>National Night Out (first Tuesday of October): a block-party host registers the party and asks for a visit.</summary>
public sealed class BlockPartyForm
{
    public string? HostName { get; set; }
    public string? HostEmail { get; set; }
    public string? HostPhone { get; set; }
    public string? Neighborhood { get; set; }
    public string? Address { get; set; }
    public string? ExpectedGuests { get; set; }
    public string? PartyDate { get; set; }
    public string? PartyStart { get; set; }
    public string? PartyEnd { get; set; }
    public bool RustyRequested { get; set; }
    public string? Notes { get; set; }
    public string? IdempotencyKey { get; set; }

    /// <summary>National Night Out is the first Tuesday of October.</summary>
    public static DateOnly NightOutDate(int year)
    {
        var day = new DateOnly(year, 10, 1);
        while (day.DayOfWeek != DayOfWeek.Tuesday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The next National Night Out on or after <paramref name="today"/>.</summary>
    public static DateOnly NextNightOut(DateOnly today) => NightOutDate(today.Year) >= today ? NightOutDate(today.Year) : NightOutDate(today.Year + 1);
}

public sealed class BlockPartyFormValidator : AbstractValidator<BlockPartyForm>
{
    public BlockPartyFormValidator(TimeProvider clock, IOptions<PresentationsOptions> options)
    {
        RuleFor(f => f.HostName).NotEmpty().WithMessage("Enter your name.").MaximumLength(FieldLengths.PresentationRequest.RequesterName).WithMessage($"Your name must be {FieldLengths.PresentationRequest.RequesterName} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Your name contains characters we cannot accept.");
        RuleFor(f => f.HostEmail).EmailRules();
        RuleFor(f => f.HostPhone).NotEmpty().WithMessage("Enter a phone number we can call you on.").PhoneRules();
        RuleFor(f => f.Neighborhood).MaximumLength(FieldLengths.PresentationRequest.OrganizationName).WithMessage($"The neighborhood must be {FieldLengths.PresentationRequest.OrganizationName} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The neighborhood contains characters we cannot accept.");
        RuleFor(f => f.Address).NotEmpty().WithMessage("Enter the party's address.").MaximumLength(FieldLengths.PresentationRequest.Location).WithMessage($"The address must be {FieldLengths.PresentationRequest.Location} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The address contains characters we cannot accept.");
        RuleFor(f => f.ExpectedGuests).Must(n => RequestVisitForm.Number(n, 1, RequestVisitFormValidator.MaxAudience) is not null)
            .WithMessage($"Enter the expected number of guests as a whole number from 1 to {RequestVisitFormValidator.MaxAudience:N0}.");
        RuleFor(f => f.Notes).MaximumLength(FieldLengths.PresentationRequest.Notes).WithMessage($"Notes must be {FieldLengths.PresentationRequest.Notes} characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("Notes contain characters we cannot accept.");
        RuleFor(f => f.IdempotencyKey).MaximumLength(FieldLengths.PresentationRequest.IdempotencyKey);
        RuleFor(f => f).Custom((f, context) =>
        {
            var o = options.Value;
            var lead = AppearanceBookingRules.LeadDays(f.RustyRequested, o.LeadTimeDays, o.RustyLeadTimeDays);
            var earliest = AppearanceBookingRules.EarliestDate(VisitTimes.Today(clock), lead);
            var slot = VisitTimes.Check((name, message) => context.AddFailure(name, message), "Party time",
                (nameof(f.PartyDate), f.PartyDate), (nameof(f.PartyStart), f.PartyStart), (nameof(f.PartyEnd), f.PartyEnd),
                earliest, f.RustyRequested ? $"{lead} days' notice for a visit by Rusty the Crime Dog" : $"{lead} days' notice", clock.GetUtcNow().UtcDateTime, TimeSpan.FromHours(8));
            if (slot is not null && CentralTimeInput.TryParseDate(f.PartyDate, out var day) && day != BlockPartyForm.NightOutDate(day.Year))
            {
                context.AddFailure(nameof(f.PartyDate), $"National Night Out in {day.Year} is on {VisitTimes.Say(BlockPartyForm.NightOutDate(day.Year))}. For a visit on another day, use the visit request form.");
            }
        });
    }
}
