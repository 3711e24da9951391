using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Crime;
using WestMemphis.Pact.Domain.Liaison;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// Every form's text limit against the column it is saved into. SQLite ignores a column's maximum length and SQL Server
/// refuses a longer value, so a validator that allows more than its column passes every test and fails only in
/// production. Each validator of the web assembly is read through its descriptor; each text field of its form is either
/// saved into a column (by the same name on the record the form writes, or as <see cref="Renamed"/> says), bounded by a
/// check the descriptor cannot see (<see cref="CheckedElsewhere"/>), or not saved at all (<see cref="NotSaved"/>, with
/// the reason). A field saved into a column must have a MaximumLength no greater than the column's (equal where the
/// field is the column), and the column must have a maximum length; a form or field nobody classified fails too.
/// </summary>
public sealed class FormLengthsTests
{
    /// <summary>The record each form writes; null for a form that writes no text of its own.</summary>
    private static readonly Dictionary<string, string?> Writes = new()
    {
        ["AddActionItemForm"] = "ProblemActionItem",
        ["AreaForm"] = "Area",
        ["AreaMappingForm"] = "AreaSourceMapping",
        ["AssessmentForm"] = "SecurityAssessment",
        ["AssignConcernForm"] = "Concern",
        ["AssignmentForm"] = "LiaisonAssignment",
        ["BlockPartyForm"] = "PresentationRequest",
        ["CancelEventForm"] = "Event",
        ["CardForm"] = "FeedbackCard",
        ["FeedbackForm"] = "FeedbackResponse",
        ["ChangePasswordForm"] = null,
        ["CleanupResultForm"] = "CleanupResult",
        ["CloseFollowUpForm"] = "ContactLog",
        ["ClergyForm"] = "Clergy",
        ["CompleteForm"] = "PresentationRequest",
        ["ConcernStatusForm"] = "Concern",
        ["ConcernUpdateForm"] = "ConcernUpdate",
        ["CongregationForm"] = "Congregation",
        ["ContactForm"] = "ContactLog",
        ["DeclineForm"] = "PresentationRequest",
        ["EmailForm"] = null,
        ["EventForm"] = "Event",
        ["FollowAreaForm"] = "AreaFollow",
        ["LinkForm"] = null,
        ["LinkProblemForm"] = null,
        ["LogMeetingConcernForm"] = "Concern",
        ["LoginForm"] = null,
        ["MapColumnsForm"] = "ImportMapping",
        ["MessageForm"] = "OutboxMessage",
        ["PreventionMessageForm"] = "PreventionMessage",
        ["NewMeetingForm"] = "CrimeReview",
        ["OffenseMappingForm"] = "OffenseDescriptionMapping",
        ["OutcomeForm"] = "CrimeActionItem",
        ["PartnerForm"] = "PartnerOrganization",
        ["PlaceHoldForm"] = "LegalHold",
        ["ReleaseHoldForm"] = "LegalHold",
        ["ProblemAssessmentForm"] = "Problem",
        ["ProblemForm"] = "Problem",
        ["ProblemStageForm"] = null,
        ["ProfileForm"] = "ApplicationUser",
        ["RecoveryCodeForm"] = null,
        ["ReleaseForm"] = "AuditEntry",
        ["RegisterForm"] = "ApplicationUser",
        ["InviteUserForm"] = "ApplicationUser",
        ["CloseAccountForm"] = null,
        ["ReportConcernForm"] = "Concern",
        ["RequestVisitForm"] = "PresentationRequest",
        ["RequesterMessageForm"] = "PresentationMessage",
        ["ResetPasswordForm"] = null,
        ["ResourceForm"] = "BookableResource",
        ["ReviewActionItemForm"] = "CrimeActionItem",
        ["ScheduleForm"] = "Appearance",
        ["SchoolForm"] = "School",
        ["ShiftForm"] = "Shift",
        ["StatusLookupForm"] = null,
        ["HoursLetterForm"] = null,
        ["StreetRangeForm"] = "StreetRange",
        ["TwoFactorCodeForm"] = null,
        ["UnlinkForm"] = null,
        ["UpdateActionItemForm"] = "ProblemActionItem",
        ["VolunteerProfileForm"] = "VolunteerProfile",
        ["GuardianConsentForm"] = "VolunteerProfile",
    };

    /// <summary>
    /// Fields saved into a column of another name. Exact: the field is the column (its limit must equal the column's);
    /// otherwise the value is a part of what the column holds (its limit must not exceed the column's).
    /// </summary>
    private static readonly Dictionary<(string Form, string Field), (string Property, bool Exact)> Renamed = new()
    {
        [("ProblemAssessmentForm", "Notes")] = ("AssessmentNotes", true),
        [("CloseFollowUpForm", "Outcome")] = ("FollowUpOutcome", true),
        [("ReportConcernForm", "Name")] = ("ReporterName", true),
        [("ReportConcernForm", "Email")] = ("ReporterEmail", true),
        [("ReportConcernForm", "Phone")] = ("ReporterPhone", true),
        [("LogMeetingConcernForm", "Name")] = ("ReporterName", true),
        [("LogMeetingConcernForm", "Email")] = ("ReporterEmail", true),
        [("LogMeetingConcernForm", "Phone")] = ("ReporterPhone", true),
        [("ConcernStatusForm", "Reason")] = ("ResolutionReason", true),
        [("ReleaseHoldForm", "Reason")] = ("ReleaseReason", true),
        [("AssignConcernForm", "OfficerId")] = ("AssignedOfficerId", true),
        [("CancelEventForm", "Reason")] = ("CancellationReason", true),
        [("CompleteForm", "Notes")] = ("CompletionNotes", true),
        [("DeclineForm", "Reason")] = ("DeclineReason", true),
        [("BlockPartyForm", "HostName")] = ("RequesterName", true),
        [("BlockPartyForm", "HostEmail")] = ("RequesterEmail", true),
        [("BlockPartyForm", "HostPhone")] = ("RequesterPhone", true),
        [("BlockPartyForm", "Neighborhood")] = ("OrganizationName", true),
        [("BlockPartyForm", "Address")] = ("Location", true),
        // The coordinator's message goes out by email; the outbox's subject and body hold it with the portal's wording around it.
        [("MessageForm", "Subject")] = ("Subject", false),
        [("MessageForm", "Body")] = ("TextBody", false),
        // A release is logged in the audit log: who asked and the notes are lines of its details.
        [("ReleaseForm", "RequestedBy")] = ("Details", false),
        [("ReleaseForm", "Notes")] = ("Details", false),
        // The library message a prevention message was drafted from.
        [("PreventionMessageForm", "Template")] = ("TemplateKey", true),
        // The guardian's typed name is their signature.
        [("GuardianConsentForm", "Signature")] = ("GuardianSignature", true),
    };

    /// <summary>Fields saved into a column whose length a check other than MaximumLength bounds: the limit that check applies.</summary>
    private static readonly Dictionary<(string Form, string Field), (int Limit, string How)> CheckedElsewhere = new()
    {
        [("AreaForm", "BoundaryGeoJson")] = (AreaBoundary.MaxLength, "AreaBoundary.Check refuses a longer boundary"),
        [("MapColumnsForm", "Source")] = (CrimeLimits.Source, "ImportMappingRules.NormalizeSource refuses a longer name"),
        [("AreaMappingForm", "Field")] = ("Beat".Length, "must be Beat or Ward"),
        [("OffenseMappingForm", "NibrsCode")] = (CrimeLimits.Code, "must match three letters or digits (trimmed)"),
        [("ReviewActionItemForm", "OwnerUserId")] = (FieldLengths.UserId, "must be the id of an officer of the list"),
    };

    /// <summary>Text fields of a form that are not saved into a text column, and why.</summary>
    private static readonly Dictionary<(string Form, string Field), string> NotSaved = new()
    {
        [("CardForm", "Program")] = "parsed to a program from the list",
        [("CardForm", "AreaId")] = "parsed to a number",
        [("FeedbackForm", "Listened")] = "parsed to an answer (Yes, Partly, No)",
        [("FeedbackForm", "FeelSafer")] = "parsed to an answer (Yes, Partly, No)",
        [("FeedbackForm", "WouldCall")] = "parsed to an answer (Yes, Partly, No)",
        [("AddActionItemForm", "Due")] = "parsed to a date",
        [("ProblemAssessmentForm", "AfterStart")] = "parsed to a date",
        [("ProblemAssessmentForm", "AfterEnd")] = "parsed to a date",
        [("LinkForm", "ReferenceCode")] = "looked up, not saved",
        [("PlaceHoldForm", "Target")] = "parsed to a record's number or looked up as an account's email; the hold keeps the number or the user id",
        [("MapColumnsForm", "IncidentNumber")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "OccurredAt")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "ReportedAt")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "NibrsCode")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "OffenseDescription")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "OffenseSubDescription")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "OffenseId")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "SourceCode")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "Address")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "Latitude")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "Longitude")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "Beat")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "Ward")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "Disposition")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "Domestic")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("MapColumnsForm", "Juvenile")] = "a column of the uploaded file, chosen from its header; saved in the column map",
        [("VolunteerProfileForm", "AreaId")] = "parsed to a number",
        [("PreventionMessageForm", "Do")] = "which button was pressed (save or approve and send), not saved",
        [("VolunteerProfileForm", "AgeGroup")] = "parsed to a choice",
        [("VolunteerProfileForm", "ShiftId")] = "where to go next, not saved",
        [("GuardianConsentForm", "Token")] = "the link's secret: hashed and looked up, never saved",
        [("ContactForm", "Date")] = "parsed to a date",
        [("ContactForm", "Time")] = "parsed to a time",
        [("ContactForm", "FollowUpDue")] = "parsed to a date",
        [("ContactForm", "Congregation")] = "a name chosen from the list, saved as the record's id",
        [("ContactForm", "Clergy")] = "a name chosen from the list, saved as the record's id",
        [("ContactForm", "Partner")] = "a name chosen from the list, saved as the record's id",
        [("AssessmentForm", "Date")] = "parsed to a date",
        [("AssessmentForm", "FollowUpDate")] = "parsed to a date",
        [("PartnerForm", "AgreementDate")] = "parsed to a date",
        [("ShiftForm", "Date")] = "parsed to a date",
        [("ShiftForm", "StartTime")] = "parsed to a time",
        [("ShiftForm", "EndDate")] = "parsed to a date",
        [("ShiftForm", "EndTime")] = "parsed to a time",
        [("ShiftForm", "Capacity")] = "parsed to a number",
        [("ShiftForm", "MinimumAge")] = "parsed to a number",
        [("EventForm", "Type")] = "parsed to a choice",
        [("EventForm", "AreaId")] = "parsed to a number",
        [("EventForm", "StartDate")] = "parsed to a date",
        [("EventForm", "StartTime")] = "parsed to a time",
        [("EventForm", "EndDate")] = "parsed to a date",
        [("EventForm", "EndTime")] = "parsed to a time",
        [("CleanupResultForm", "Sites")] = "parsed to a number",
        [("CleanupResultForm", "Volunteers")] = "parsed to a number",
        [("CleanupResultForm", "VolunteerHours")] = "parsed to a number",
        [("CleanupResultForm", "Bags")] = "parsed to a number",
        [("CleanupResultForm", "Tires")] = "parsed to a number",
        [("CleanupResultForm", "LargeItems")] = "parsed to a number",
        [("CleanupResultForm", "EstimatedPounds")] = "parsed to a number",
        [("AssignmentForm", "StartDate")] = "parsed to a date",
        [("SchoolForm", "AreaId")] = "parsed to a number",
        [("ScheduleForm", "Date")] = "parsed to a date",
        [("ScheduleForm", "Start")] = "parsed to a time",
        [("ScheduleForm", "End")] = "parsed to a time",
        [("RequestVisitForm", "SchoolId")] = "parsed to a number",
        [("RequestVisitForm", "Kind")] = "parsed to a choice",
        [("RequestVisitForm", "NumberOfClasses")] = "parsed to a number",
        [("RequestVisitForm", "AudienceSize")] = "parsed to a number",
        [("RequestVisitForm", "Setting")] = "saved as indoor or outdoor",
        [("RequestVisitForm", "MinutesAllotted")] = "parsed to a number",
        [("RequestVisitForm", "Option1Date")] = "parsed to a date",
        [("RequestVisitForm", "Option1Start")] = "parsed to a time",
        [("RequestVisitForm", "Option1End")] = "parsed to a time",
        [("RequestVisitForm", "Option2Date")] = "parsed to a date",
        [("RequestVisitForm", "Option2Start")] = "parsed to a time",
        [("RequestVisitForm", "Option2End")] = "parsed to a time",
        [("RequestVisitForm", "Option3Date")] = "parsed to a date",
        [("RequestVisitForm", "Option3Start")] = "parsed to a time",
        [("RequestVisitForm", "Option3End")] = "parsed to a time",
        [("CompleteForm", "PeopleReached")] = "parsed to a number",
        [("ResourceForm", "Kind")] = "parsed to a choice",
        [("StatusLookupForm", "Code")] = "looked up, not saved",
        [("StatusLookupForm", "Email")] = "looked up, not saved",
        [("HoursLetterForm", "From")] = "parsed to a date",
        [("HoursLetterForm", "To")] = "parsed to a date",
        [("BlockPartyForm", "ExpectedGuests")] = "parsed to a number",
        [("BlockPartyForm", "PartyDate")] = "parsed to a date",
        [("BlockPartyForm", "PartyStart")] = "parsed to a time",
        [("BlockPartyForm", "PartyEnd")] = "parsed to a time",
        [("ChangePasswordForm", "CurrentPassword")] = "a password: checked, never saved",
        [("ChangePasswordForm", "NewPassword")] = "a password: only its hash is saved",
        [("ChangePasswordForm", "ConfirmPassword")] = "a password: compared, never saved",
        [("TwoFactorCodeForm", "Code")] = "a one-time code: checked, never saved",
        [("EmailForm", "Email")] = "looked up, not saved",
        [("ResetPasswordForm", "Email")] = "looked up, not saved",
        [("ResetPasswordForm", "Code")] = "a reset token: checked, never saved",
        [("ResetPasswordForm", "Password")] = "a password: only its hash is saved",
        [("ResetPasswordForm", "ConfirmPassword")] = "a password: compared, never saved",
        [("RegisterForm", "Password")] = "a password: only its hash is saved",
        [("RegisterForm", "ConfirmPassword")] = "a password: compared, never saved",
        [("CloseAccountForm", "Password")] = "a password: checked, never saved",
        [("RecoveryCodeForm", "RecoveryCode")] = "a recovery code: checked, never saved",
        [("LoginForm", "Email")] = "looked up, not saved",
        [("LoginForm", "Password")] = "a password: checked, never saved",
        [("ReviewActionItemForm", "DueDate")] = "parsed to a date",
        [("NewMeetingForm", "MeetingDate")] = "parsed to a date",
        [("NewMeetingForm", "PeriodEnd")] = "parsed to a date",
        [("ReleaseForm", "RequestDate")] = "parsed to a date",
    };

    /// <summary>Fields of every form that are never saved as text.</summary>
    private static readonly Dictionary<string, string> NeverSaved = new()
    {
        ["Version"] = "the concurrency token the form was read at: compared, not saved",
        ["ReturnUrl"] = "where to go next, not saved",
    };

    private static IReadOnlyList<(Type Form, IValidator Validator)> Validators()
    {
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddOptions().BuildServiceProvider();
        return typeof(Web.Features.Shared.AreaOptions).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IValidator).IsAssignableFrom(t))
            .Select(t => (Form: t.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).GetGenericArguments()[0],
                Validator: (IValidator)ActivatorUtilities.CreateInstance(services, t)))
            .OrderBy(v => v.Form.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static IModel Model()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model;
    }

    /// <summary>The smallest maximum length the validator applies to each field.</summary>
    private static Dictionary<string, int> MaximumLengths(IValidator validator) =>
        validator.CreateDescriptor().GetMembersWithValidators()
            .Select(g => (Field: g.Key, Max: g.Select(c => c.Validator).OfType<ILengthValidator>().Where(l => l.Max > 0).Select(l => (int?)l.Max).Min()))
            .Where(f => f.Max is not null)
            .ToDictionary(f => f.Field, f => f.Max!.Value);

    private static IEnumerable<string> TextFields(Type form) =>
        form.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.CanWrite && p.SetMethod!.IsPublic)
            .Select(p => p.Name);

    /// <summary>Every way a form's text field can disagree with its column, one line each.</summary>
    internal static List<string> Problems()
    {
        var model = Model();
        var problems = new List<string>();
        foreach (var (form, validator) in Validators())
        {
            if (!Writes.TryGetValue(form.Name, out var recordName))
            {
                problems.Add($"{form.Name}: name the record it writes (or null) in {nameof(FormLengthsTests)}.{nameof(Writes)}.");
                continue;
            }

            var record = recordName is null ? null : model.GetEntityTypes().Single(t => t.ClrType.Name == recordName && !t.HasSharedClrType);
            var limits = MaximumLengths(validator);
            foreach (var field in TextFields(form))
            {
                var key = (form.Name, field);
                if (NotSaved.ContainsKey(key) || NeverSaved.ContainsKey(field))
                {
                    continue;
                }

                var (propertyName, exact) = Renamed.TryGetValue(key, out var renamed) ? renamed : (field, true);
                var column = record?.FindProperty(propertyName);
                if (column is null)
                {
                    problems.Add($"{form.Name}.{field}: no column {recordName ?? "(no record)"}.{propertyName}; map it in {nameof(Renamed)} or list it in {nameof(NotSaved)} with the reason.");
                    continue;
                }

                var columnMax = column.GetMaxLength();
                if (columnMax is null)
                {
                    problems.Add($"{form.Name}.{field} is saved into {record!.ClrType.Name}.{propertyName}, which has no maximum length: give the column one (FieldLengths).");
                    continue;
                }

                var checkedElsewhere = CheckedElsewhere.TryGetValue(key, out var other);
                exact &= !checkedElsewhere;
                int? formMax = checkedElsewhere ? other.Limit : limits.TryGetValue(field, out var max) ? max : null;
                if (formMax is null)
                {
                    problems.Add($"{form.Name}.{field} has no MaximumLength but is saved into {record!.ClrType.Name}.{propertyName} (at most {columnMax}): "
                        + $"add .MaximumLength(FieldLengths.{record.ClrType.Name}.{propertyName}).");
                }
                else if (formMax > columnMax || (exact && formMax != columnMax))
                {
                    problems.Add($"{form.Name}.{field} allows {formMax} characters but {record!.ClrType.Name}.{propertyName} holds {columnMax}: "
                        + $"use FieldLengths.{record.ClrType.Name}.{propertyName} in both.");
                }
            }
        }

        return problems;
    }

    [Fact]
    public void Every_form_field_saved_into_a_column_is_limited_to_the_columns_length()
    {
        var problems = Problems();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// A "too long" message says the limit the rule applies ("at most 500 characters"), so a limit changed in
    /// <see cref="FieldLengths"/> can never leave a message promising another number.
    /// </summary>
    [Fact]
    public void Every_too_long_message_states_the_limit_the_rule_applies()
    {
        var problems = new List<string>();
        foreach (var (form, validator) in Validators())
        {
            if (form.GetConstructor(Type.EmptyTypes) is null)
            {
                continue;
            }

            foreach (var (field, max) in MaximumLengths(validator))
            {
                var property = form.GetProperty(field);
                if (property?.PropertyType != typeof(string) || property.SetMethod is not { IsPublic: true })
                {
                    continue;
                }

                var instance = Activator.CreateInstance(form)!;
                property.SetValue(instance, new string('a', max + 1));
                var result = validator.Validate(new ValidationContext<object>(instance));
                foreach (var error in result.Errors.Where(e => e.PropertyName == field))
                {
                    // FluentValidation's own message also says how many were typed ("You entered 65 characters"): the limit must be among the numbers.
                    var stated = System.Text.RegularExpressions.Regex.Matches(error.ErrorMessage, @"(\d[\d,]*) characters")
                        .Select(m => int.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();
                    if (stated.Count > 0 && !stated.Contains(max))
                    {
                        problems.Add($"{form.Name}.{field}: the message says {string.Join(" or ", stated)} characters, the rule allows {max}.");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_validator_of_the_portal_is_read()
    {
        var validators = Validators();
        Assert.True(validators.Count >= 50, $"Only {validators.Count} validators found.");
        Assert.Contains(validators, v => v.Form.Name == "ReportConcernForm");
    }

    [Fact]
    public void The_lists_name_only_forms_and_fields_that_exist()
    {
        var forms = Validators().ToDictionary(v => v.Form.Name, v => v.Form);
        var stale = Writes.Keys.Where(f => !forms.ContainsKey(f))
            .Concat(Renamed.Keys.Concat(CheckedElsewhere.Keys).Concat(NotSaved.Keys)
                .Where(k => !forms.TryGetValue(k.Form, out var form) || !TextFields(form).Contains(k.Field))
                .Select(k => $"{k.Form}.{k.Field}"))
            .ToList();
        Assert.True(stale.Count == 0, "Listed but no such form or text field: " + string.Join(", ", stale));
    }
}
