using FluentValidation;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Feedback;
using WestMemphis.Pact.Web.Features.Shared;

namespace WestMemphis.Pact.Web.Features.Feedback;

/// <summary>The three answers, as posted ("Yes", "Partly", "No").</summary>
public sealed class FeedbackForm
{
    public string? Listened { get; set; }
    public string? FeelSafer { get; set; }
    public string? WouldCall { get; set; }

    public FeedbackResponse ToResponse(FeedbackProgram program, int? areaId, int? cardId, FeedbackSource source, DateTime now) => new()
    {
        Program = program,
        AreaId = areaId,
        CardId = cardId,
        Source = source,
        Listened = EnumInput.Parse<FeedbackAnswer>(Listened)!.Value,
        FeelSafer = EnumInput.Parse<FeedbackAnswer>(FeelSafer)!.Value,
        WouldCall = EnumInput.Parse<FeedbackAnswer>(WouldCall)!.Value,
        // The day only (its start in West Memphis): the minute an answer came in could tie it to whoever stood by the card.
        CreatedUtc = CentralTimeZone.DayStartUtc(now),
    };
}

public sealed class FeedbackFormValidator : AbstractValidator<FeedbackForm>
{
    public FeedbackFormValidator()
    {
        foreach (var question in FeedbackRules.Questions)
        {
            var q = question;
            RuleFor(f => Answer(f, q.Field)).Must(a => EnumInput.Parse<FeedbackAnswer>(a) is not null)
                .OverridePropertyName(q.Field).WithMessage($"Choose an answer to \"{q.Text}\"");
        }
    }

    private static string? Answer(FeedbackForm form, string field) => field switch
    {
        nameof(FeedbackForm.Listened) => form.Listened,
        nameof(FeedbackForm.FeelSafer) => form.FeelSafer,
        _ => form.WouldCall,
    };
}

/// <summary>The form's page: what the answers are about, and where they go.</summary>
public sealed record FeedbackPage(string About, string Action, FeedbackForm Form, string? Closed = null);
