using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;
using WestMemphis.Pact.Web.Features.Shared;
using WestMemphis.Pact.Web.Infrastructure.Mvc;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Presentations;

/// <summary>Request a visit: a school presentation, a speaking engagement, a station tour or Rusty.</summary>
public sealed partial class PresentationsController
{
    [HttpGet("presentations/request")]
    public async Task<IActionResult> RequestVisit(string? kind, CancellationToken cancellationToken)
    {
        var me = await SignedInContact.FindAsync(User, db, cancellationToken);
        return await RequestViewAsync(new RequestVisitForm
        {
            Kind = kind is "RustyVisit" ? kind : null,
            RustyRequested = kind is "RustyVisit",
            IdempotencyKey = NewKey(),
            RequesterName = me?.Name,
            RequesterEmail = me?.Email,
            RequesterPhone = me?.Phone,
        }, cancellationToken);
    }

    [HttpPost("presentations/request"), FormBudget]
    public async Task<IActionResult> RequestVisit(RequestVisitForm form, [FromServices] IValidator<RequestVisitForm> validator, CancellationToken cancellationToken)
    {
        var valid = (await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState);
        if (valid && form.ParsedSchoolId() is { } schoolId && !await db.Schools.AnyAsync(s => s.Id == schoolId && s.Active, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.SchoolId), "Choose a school from the list, or leave it empty and give your organization's name.");
            valid = false;
        }

        if (!valid)
        {
            return await RequestViewAsync(form, cancellationToken);
        }

        var options = form.Options().Select(o => VisitTimes.Parse(o.Date, o.Start, o.End)).OfType<TimeSlot>().ToList();
        var topics = form.ParsedTopics();
        var request = NewRequest(form.IdempotencyKey, form.ParsedKind()!.Value, form.RequesterName!, form.RequesterEmail!, form.RequesterPhone, form.Location!, options);
        request.RequesterRole = FormRules.Clean(form.RequesterRole);
        request.SchoolId = form.ParsedSchoolId();
        request.OrganizationName = request.SchoolId is null ? FormRules.Clean(form.OrganizationName) : null;
        request.Topics = topics.Count == 0 ? null : string.Join(',', topics);
        request.TopicOther = topics.Contains(PresentationTopic.Other) ? FormRules.Clean(form.TopicOther) : null;
        request.GradeLevels = FormRules.Clean(form.GradeLevels);
        request.NumberOfClasses = RequestVisitForm.Number(form.NumberOfClasses, 1, 50);
        request.AudienceSize = RequestVisitForm.Number(form.AudienceSize, 1, RequestVisitFormValidator.MaxAudience)!.Value;
        request.Outdoor = form.Setting == "Outdoor";
        request.MinutesAllotted = RequestVisitForm.Number(form.MinutesAllotted, 10, 480)!.Value;
        request.Parking = FormRules.Clean(form.Parking);
        request.Greeter = FormRules.Clean(form.Greeter);
        request.OnSitePhone = FormRules.Clean(form.OnSitePhone);
        request.RustyRequested = form.WantsRusty;
        request.Notes = FormRules.Clean(form.Notes);
        return await SaveAsync(request, cancellationToken);
    }

    private async Task<IActionResult> RequestViewAsync(RequestVisitForm form, CancellationToken cancellationToken)
    {
        var schools = await db.Schools.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToListAsync(cancellationToken);
        var today = VisitTimes.Today(clock);
        return View("Request", new RequestVisitPage(form, schools, VisitTimes.Say(AppearanceBookingRules.EarliestDate(today, options.Value.LeadTimeDays)),
            VisitTimes.Say(AppearanceBookingRules.EarliestDate(today, AppearanceBookingRules.LeadDays(true, options.Value.LeadTimeDays, options.Value.RustyLeadTimeDays)))));
    }
}

/// <summary>The request page: the form, the schools to choose from, and the earliest dates that can be asked for (with and without Rusty).</summary>
public sealed record RequestVisitPage(RequestVisitForm Form, IReadOnlyList<SelectListItem> Schools, string Earliest, string EarliestRusty);

/// <summary>
/// The public request form (/presentations/request). Every field is text so that any input gets a clear
/// message beside its field, never a binding error.
/// </summary>
public sealed class RequestVisitForm
{
    public string? RequesterName { get; set; }
    public string? RequesterRole { get; set; }
    public string? RequesterEmail { get; set; }
    public string? RequesterPhone { get; set; }
    public string? SchoolId { get; set; }
    public string? OrganizationName { get; set; }
    public string? Kind { get; set; }
    public List<string>? Topics { get; set; }
    public string? TopicOther { get; set; }
    public string? GradeLevels { get; set; }
    public string? NumberOfClasses { get; set; }
    public string? AudienceSize { get; set; }
    public string? Setting { get; set; }
    public string? MinutesAllotted { get; set; }
    public string? Location { get; set; }
    public string? Parking { get; set; }
    public string? Greeter { get; set; }
    public string? OnSitePhone { get; set; }
    public string? Option1Date { get; set; }
    public string? Option1Start { get; set; }
    public string? Option1End { get; set; }
    public string? Option2Date { get; set; }
    public string? Option2Start { get; set; }
    public string? Option2End { get; set; }
    public string? Option3Date { get; set; }
    public string? Option3Start { get; set; }
    public string? Option3End { get; set; }
    public bool RustyRequested { get; set; }
    public string? Notes { get; set; }

    /// <summary>Hidden: the same form submitted twice (double click) makes one request.</summary>
    public string? IdempotencyKey { get; set; }

    public PresentationKind? ParsedKind() => Enum.TryParse<PresentationKind>(Kind, out var k) && Enum.IsDefined(k) && !int.TryParse(Kind, out _) ? k : null;

    public int? ParsedSchoolId() => int.TryParse(SchoolId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public bool WantsRusty => RustyRequested || ParsedKind() == PresentationKind.RustyVisit;

    public IReadOnlyList<PresentationTopic> ParsedTopics() => (Topics ?? []).Select(t => Enum.TryParse<PresentationTopic>(t, out var p) && Enum.IsDefined(p) && !int.TryParse(t, out _) ? p : (PresentationTopic?)null)
        .OfType<PresentationTopic>().Distinct().ToList();

    public IEnumerable<(int Number, string? Date, string? Start, string? End)> Options()
    {
        yield return (1, Option1Date, Option1Start, Option1End);
        yield return (2, Option2Date, Option2Start, Option2End);
        yield return (3, Option3Date, Option3Start, Option3End);
    }

    public static int? Number(string? value, int min, int max) =>
        int.TryParse(value?.Trim(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-US"), out var n) && n >= min && n <= max ? n : null;
}

public sealed class RequestVisitFormValidator : AbstractValidator<RequestVisitForm>
{
    public const int MaxAudience = 5000;

    public RequestVisitFormValidator(TimeProvider clock, IOptions<PresentationsOptions> options)
    {
        RuleFor(f => f.RequesterName).NotEmpty().WithMessage("Enter your name.").MaximumLength(FieldLengths.PresentationRequest.RequesterName).WithMessage($"Your name must be {FieldLengths.PresentationRequest.RequesterName} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Your name contains characters we cannot accept.");
        RuleFor(f => f.RequesterRole).MaximumLength(FieldLengths.PresentationRequest.RequesterRole).WithMessage($"Your role must be {FieldLengths.PresentationRequest.RequesterRole} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Your role contains characters we cannot accept.");
        RuleFor(f => f.RequesterEmail).EmailRules();
        RuleFor(f => f.RequesterPhone).NotEmpty().WithMessage("Enter a phone number we can call you on.").PhoneRules();
        RuleFor(f => f.OnSitePhone).PhoneRules();
        RuleFor(f => f.SchoolId).Must(s => string.IsNullOrEmpty(s) || new RequestVisitForm { SchoolId = s }.ParsedSchoolId() is not null)
            .WithMessage("Choose a school from the list, or leave it empty and give your organization's name.");
        RuleFor(f => f.OrganizationName).MaximumLength(FieldLengths.PresentationRequest.OrganizationName).WithMessage($"The organization's name must be {FieldLengths.PresentationRequest.OrganizationName} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The organization's name contains characters we cannot accept.");
        RuleFor(f => f.OrganizationName).NotEmpty().When(f => string.IsNullOrEmpty(f.SchoolId))
            .WithMessage("Choose your school from the list, or give the name of your organization.");
        RuleFor(f => f.Kind).Must(k => new RequestVisitForm { Kind = k }.ParsedKind() is not null).WithMessage("Choose what you would like.");
        RuleFor(f => f.Topics).Must(t => t is null || t.Count <= PresentationLabels.Topics.Length).WithMessage("Choose topics from the list.")
            .Must(t => t is null || t.All(x => new RequestVisitForm { Topics = [x] }.ParsedTopics().Count == 1)).WithMessage("Choose topics from the list.");
        RuleFor(f => f.TopicOther).MaximumLength(FieldLengths.PresentationRequest.TopicOther).WithMessage($"The other topic must be {FieldLengths.PresentationRequest.TopicOther} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The other topic contains characters we cannot accept.");
        RuleFor(f => f.GradeLevels).MaximumLength(FieldLengths.PresentationRequest.GradeLevels).WithMessage($"Grade levels must be {FieldLengths.PresentationRequest.GradeLevels} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Grade levels contain characters we cannot accept.");
        RuleFor(f => f.NumberOfClasses).Must(n => string.IsNullOrWhiteSpace(n) || RequestVisitForm.Number(n, 1, 50) is not null)
            .WithMessage("Enter the number of classes as a whole number from 1 to 50, or leave it empty.");
        RuleFor(f => f.AudienceSize).Must(n => RequestVisitForm.Number(n, 1, MaxAudience) is not null)
            .WithMessage($"Enter the audience size as a whole number from 1 to {MaxAudience:N0}. For a bigger crowd, call us on 870-735-1210.");
        RuleFor(f => f.Setting).Must(s => s is "Indoor" or "Outdoor").WithMessage("Choose indoor or outdoor.");
        RuleFor(f => f.MinutesAllotted).Must(n => RequestVisitForm.Number(n, 10, 480) is not null)
            .WithMessage("Enter the time allotted in minutes, from 10 to 480.");
        RuleFor(f => f.Location).NotEmpty().WithMessage("Enter where the visit takes place.").MaximumLength(FieldLengths.PresentationRequest.Location).WithMessage($"The location must be {FieldLengths.PresentationRequest.Location} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("The location contains characters we cannot accept.");
        RuleFor(f => f.Parking).MaximumLength(FieldLengths.PresentationRequest.Parking).WithMessage($"Parking must be {FieldLengths.PresentationRequest.Parking} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Parking contains characters we cannot accept.");
        RuleFor(f => f.Greeter).MaximumLength(FieldLengths.PresentationRequest.Greeter).WithMessage($"Who greets the officer must be {FieldLengths.PresentationRequest.Greeter} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Who greets the officer contains characters we cannot accept.");
        RuleFor(f => f.Notes).MaximumLength(FieldLengths.PresentationRequest.Notes).WithMessage($"Notes must be {FieldLengths.PresentationRequest.Notes} characters or fewer.")
            .Must(FormRules.IsPlainMultilineText).WithMessage("Notes contain characters we cannot accept.");
        RuleFor(f => f.IdempotencyKey).MaximumLength(FieldLengths.PresentationRequest.IdempotencyKey);
        RuleFor(f => f).Custom((f, context) => CheckOptions(f, context, clock, options.Value));
    }

    private static void CheckOptions(RequestVisitForm f, ValidationContext<RequestVisitForm> context, TimeProvider clock, PresentationsOptions options)
    {
        var lead = Domain.AppearanceBookingRules.LeadDays(f.WantsRusty, options.LeadTimeDays, options.RustyLeadTimeDays);
        var earliest = Domain.AppearanceBookingRules.EarliestDate(VisitTimes.Today(clock), lead);
        var reason = f.WantsRusty ? $"{lead} days' notice for a visit by Rusty the Crime Dog" : $"{lead} days' notice";
        var now = clock.GetUtcNow().UtcDateTime;
        var seen = new List<(int Number, TimeSlot Slot)>();
        void Fail(string name, string message) => context.AddFailure(name, message);
        foreach (var (number, date, start, end) in f.Options())
        {
            if (number > 1 && VisitTimes.IsEmpty(date, start, end))
            {
                continue;
            }

            var prefix = $"Option{number}";
            var slot = VisitTimes.Check(Fail, $"Choice {number}", (prefix + "Date", date), (prefix + "Start", start), (prefix + "End", end), earliest, reason, now, TimeSpan.FromHours(12));
            if (slot is { } s)
            {
                if (seen.FirstOrDefault(x => x.Slot == s) is { Number: > 0 } same)
                {
                    context.AddFailure(prefix + "Date", $"Choice {number} is the same as choice {same.Number}. Give a different date or time, or leave it empty.");
                }
                else
                {
                    seen.Add((number, s));
                }
            }
        }
    }
}
