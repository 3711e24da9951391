using System.Globalization;
using FluentValidation;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Forms;

namespace WestMemphis.Pact.Web.Features.Records;

// The release form (who asked, when), its validator, the two pages' models and the release register's details.
public sealed record ReleaseFormViewModel(ReleasePacket Packet, ReleaseForm Form);

public sealed record ReleaseCopyViewModel(ReleasePacket Packet, long Reference, DateTime ReleasedUtc, ReleaseDetails Details);

/// <summary>Who asked for a record, and when. Plain single-line text: the release register keeps it one field a line.</summary>
public sealed class ReleaseForm
{
    public string? RequestedBy { get; set; }
    public string? RequestDate { get; set; }
    public string? Notes { get; set; }
}

public sealed class ReleaseFormValidator : AbstractValidator<ReleaseForm>
{
    public const int RequestedByMax = 200;
    public const int NotesMax = 500;

    public ReleaseFormValidator()
    {
        RuleFor(f => f.RequestedBy).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Say who asked for the record: a name or an organization.")
            .MaximumLength(RequestedByMax).WithMessage($"Who asked must be {RequestedByMax} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Who asked contains characters we cannot accept.");
        RuleFor(f => f.RequestDate).Must(d => CentralTimeInput.TryParseDate(d, out var date) && date.Year >= 2000)
            .WithMessage("Enter the date of the request, for example 2026-05-01.");
        RuleFor(f => f.Notes).MaximumLength(NotesMax).WithMessage($"Notes must be {NotesMax} characters or fewer.")
            .Must(FormRules.IsPlainText).WithMessage("Notes contain characters we cannot accept (use one line).");
    }
}

/// <summary>The release register's details, one field a line: who asked, when, notes, then the fields given and withheld.</summary>
public sealed record ReleaseDetails(string RequestedBy, string RequestDate, string? Notes)
{
    private const string By = "Requested by: ";
    private const string On = "Request date: ";
    private const string Note = "Notes: ";

    public static string Write(string requestedBy, DateOnly asked, string? notes, string summary) =>
        By + requestedBy + "\n" + On + asked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\n"
        + (string.IsNullOrEmpty(notes) ? "" : Note + notes + "\n") + summary;

    public static ReleaseDetails Parse(string? details)
    {
        var lines = (details ?? "").Split('\n');
        string? Line(string prefix) => lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
        return new(Line(By) ?? "", Line(On) ?? "", Line(Note));
    }
}
