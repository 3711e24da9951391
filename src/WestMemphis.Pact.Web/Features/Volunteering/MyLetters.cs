using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Mvc;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>
/// /my/letters: a letter of hours served, for school service hours, court-ordered hours or a job application. Issuing one
/// keeps a snapshot (the name, the approved hours of attended shifts, the dates) that anyone can check at /verify with the
/// letter's code; the volunteer can print it again from the list, and only they can open it.
/// </summary>
public sealed partial class MyController
{
    [HttpGet("/my/letters")]
    public async Task<IActionResult> Letters(CancellationToken cancellationToken) =>
        View(await LettersModelAsync(new HoursLetterForm(), cancellationToken));

    [HttpPost("/my/letters")]
    public async Task<IActionResult> IssueLetter(HoursLetterForm form, [FromServices] IValidator<HoursLetterForm> validator,
        [FromServices] ILogger<MyController> logger, CancellationToken cancellationToken)
    {
        if (!(await validator.ValidateAsync(form, cancellationToken)).AddTo(ModelState))
        {
            return View("Letters", await LettersModelAsync(form, cancellationToken));
        }

        var name = (await db.Users.AsNoTracking().Where(u => u.Id == UserId).Select(u => u.FullName).SingleAsync(cancellationToken)).Trim();
        if (name.Length == 0)
        {
            ModelState.AddModelError("", "A letter carries your name, and your account has none yet. Add it on your account page (/Account/Manage, \"Your name\"), then come back.");
            return View("Letters", await LettersModelAsync(form, cancellationToken));
        }

        var (fromUtc, toUtc) = form.PeriodUtc();
        var shifts = await ApprovedShifts(fromUtc, toUtc)
            .OrderBy(s => s.Shift!.StartUtc).ThenBy(s => s.Id)
            .Select(s => new HoursLetterShift
            {
                EventTitle = s.Shift!.Event!.Title,
                Role = s.Shift.Role,
                StartUtc = s.Shift.StartUtc,
                EndUtc = s.Shift.EndUtc,
                Hours = s.Hours!.Value,
            })
            .ToListAsync(cancellationToken);
        if (shifts.Count == 0)
        {
            ModelState.AddModelError("", fromUtc is null && toUtc is null
                ? NoApprovedHours
                : "You have no approved hours in those dates, so there is nothing to put on a letter. Choose other dates, or leave both empty for all your hours.");
            return View("Letters", await LettersModelAsync(form, cancellationToken));
        }

        var (total, count, first, last) = HoursLetter.Summarize(shifts);
        var letter = new HoursLetter
        {
            VerificationCode = await NewLetterCodeAsync(cancellationToken),
            VolunteerId = UserId,
            VolunteerName = name.Length <= FieldLengths.HoursLetter.VolunteerName ? name : name[..FieldLengths.HoursLetter.VolunteerName],
            FirstShiftUtc = first,
            LastShiftUtc = last,
            TotalHours = total,
            ShiftCount = count,
            IssuedUtc = clock.GetUtcNow().UtcDateTime,
            Shifts = shifts,
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.HoursLetters.Add(letter);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add("HoursLetterIssued", nameof(HoursLetter), letter.Id.ToString(CultureInfo.InvariantCulture),
                $"{FormatHours(total)} hours over {count} shifts");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Ids only: the letter's code is what vouches for it, and the name stays out of the logs.
        logger.LogInformation("Letter of hours {HoursLetterId} issued", letter.Id);
        this.SetStatus("Your letter is ready. Print it, or save it as a PDF from your browser's print window.");
        return LocalRedirect($"/my/letters/{letter.Id}");
    }

    [HttpGet("/my/letters/{id:int}")]
    public async Task<IActionResult> Letter(int id, CancellationToken cancellationToken)
    {
        var letter = await db.HoursLetters.AsNoTracking().Include(l => l.Shifts)
            .FirstOrDefaultAsync(l => l.Id == id && l.VolunteerId == UserId, cancellationToken);
        if (letter is null)
        {
            return NotFound();
        }

        var code = HoursLetterCode.Format(letter.VerificationCode);
        return View(new HoursLetterViewModel(letter, letter.Shifts.OrderBy(s => s.StartUtc).ThenBy(s => s.Id).ToList(), code,
            links.Absolute("/verify"), links.Absolute("/verify?code=" + Uri.EscapeDataString(code))));
    }

    /// <summary>
    /// The volunteer withdraws a letter (lost, or handed to the wrong place): from then on /verify says it was withdrawn
    /// instead of vouching for it. Kept, not deleted, so the answer stays truthful; a new letter can be issued at any time.
    /// </summary>
    [HttpPost("/my/letters/{id:int}/withdraw")]
    public async Task<IActionResult> WithdrawLetter(int id, CancellationToken cancellationToken)
    {
        var letter = await db.HoursLetters.FirstOrDefaultAsync(l => l.Id == id && l.VolunteerId == UserId, cancellationToken);
        if (letter is null)
        {
            return NotFound();
        }

        if (letter.RevokedUtc is null)
        {
            letter.RevokedUtc = clock.GetUtcNow().UtcDateTime;
            audit.Add("HoursLetterWithdrawn", nameof(HoursLetter), letter.Id.ToString(CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(cancellationToken);
        }

        this.SetStatus("Withdrawn: anyone who checks this letter's code is now told it was withdrawn.");
        return LocalRedirect($"/my/letters/{letter.Id}");
    }

    private const string NoApprovedHours =
        "You have no approved volunteer hours yet, so there is nothing to put on a letter. Hours count once you have attended a shift and the coordinator has approved them.";

    /// <summary>The sign-ups a letter counts: attended, with hours the coordinator approved, in the period (Central days, both included).</summary>
    private IQueryable<Signup> ApprovedShifts(DateTime? fromUtc, DateTime? toUtc) =>
        db.Signups.AsNoTracking().Where(s => s.VolunteerId == UserId && s.Status == SignupStatus.Attended && s.HoursApproved && s.Hours != null && s.Hours > 0
            && (fromUtc == null || s.Shift!.StartUtc >= fromUtc) && (toUtc == null || s.Shift!.StartUtc < toUtc));

    /// <summary>A code no other letter has. With 60 random bits a clash is all but impossible; the unique index is the last word.</summary>
    private async Task<string> NewLetterCodeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = HoursLetterCode.New();
            if (!await db.HoursLetters.AnyAsync(l => l.VerificationCode == code, cancellationToken))
            {
                return code;
            }
        }
    }

    private async Task<HoursLettersViewModel> LettersModelAsync(HoursLetterForm form, CancellationToken cancellationToken)
    {
        var approved = await ApprovedShifts(null, null).Select(s => s.Hours!.Value).ToListAsync(cancellationToken);
        var letters = await db.HoursLetters.AsNoTracking().Where(l => l.VolunteerId == UserId)
            .OrderByDescending(l => l.IssuedUtc).ThenByDescending(l => l.Id)
            .Select(l => new HoursLetterRow(l.Id, l.IssuedUtc, l.FirstShiftUtc, l.LastShiftUtc, l.TotalHours, l.ShiftCount, l.RevokedUtc))
            .ToListAsync(cancellationToken);
        var name = await db.Users.AsNoTracking().Where(u => u.Id == UserId).Select(u => u.FullName).SingleAsync(cancellationToken);
        return new HoursLettersViewModel(form, name.Trim(), approved.Count, Math.Round(approved.Sum(), 2), letters, NoApprovedHours);
    }

    internal static string FormatHours(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"Sat, Mar 7, 2026" for one day, "Sat, Mar 7, 2026 to Tue, Jun 30, 2026" for several (Central dates).</summary>
    internal static string FormatDates(DateTime firstUtc, DateTime lastUtc) =>
        CentralTime.FormatDate(firstUtc) is var first && CentralTime.FormatDate(lastUtc) is var last && first == last ? first : $"{first} to {last}";
}

/// <summary>The period a letter covers, as Central dates from date fields; both optional (empty: all time).</summary>
public sealed class HoursLetterForm
{
    public string? From { get; set; }
    public string? To { get; set; }

    /// <summary>The period in UTC: from the start of the first day to the start of the day after the last. Call after validation.</summary>
    public (DateTime? FromUtc, DateTime? ToUtc) PeriodUtc() =>
        (DateRangeLimits.Read(From) is { } from ? CentralTimeInput.ToUtc(from, TimeOnly.MinValue) : null,
         DateRangeLimits.Read(To) is { } to ? CentralTimeInput.ToUtc(to.AddDays(1), TimeOnly.MinValue) : null);
}

public sealed class HoursLetterFormValidator : AbstractValidator<HoursLetterForm>
{
    public HoursLetterFormValidator(TimeProvider clock)
    {
        DateOnly Today() => DateOnly.FromDateTime(CentralTime.ToLocal(clock.GetUtcNow().UtcDateTime));

        RuleFor(f => f.From).Must(BeADate).WithMessage("Enter the first day as a date, for example 2026-01-15, or leave it empty.")
            .Must(d => Within(d, Today())).WithMessage(_ => DateRangeLimits.OutOfBounds("The first day", Today()));
        RuleFor(f => f.To).Must(BeADate).WithMessage("Enter the last day as a date, for example 2026-06-30, or leave it empty.")
            .Must(d => Within(d, Today())).WithMessage(_ => DateRangeLimits.OutOfBounds("The last day", Today()));
        RuleFor(f => f.To).Must((f, to) => DateRangeLimits.Read(f.From) is not { } from || DateRangeLimits.Read(to) is not { } last || last >= from)
            .WithMessage("The last day must be on or after the first day.");
    }

    private static bool BeADate(string? value) => string.IsNullOrWhiteSpace(value) || DateRangeLimits.Read(value) is not null;

    private static bool Within(string? value, DateOnly today) => DateRangeLimits.Read(value) is not { } date || DateRangeLimits.IsWithin(date, today);
}

public sealed record HoursLetterRow(int Id, DateTime IssuedUtc, DateTime FirstShiftUtc, DateTime LastShiftUtc, double TotalHours, int ShiftCount, DateTime? RevokedUtc);

public sealed record HoursLettersViewModel(HoursLetterForm Form, string Name, int ApprovedShifts, double ApprovedHours, IReadOnlyList<HoursLetterRow> Letters, string NoApprovedHoursMessage);

public sealed record HoursLetterViewModel(HoursLetter Letter, IReadOnlyList<HoursLetterShift> Shifts, string Code, string VerifyUrl, string VerifyLinkWithCode);
