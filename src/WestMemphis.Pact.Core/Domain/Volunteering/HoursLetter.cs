namespace WestMemphis.Pact.Domain;

/// <summary>
/// A letter of hours served, as issued: a snapshot a school counsellor, a court or an employer can check at /verify
/// with its <see cref="VerificationCode"/>. Later changes to the account's name or to events do not change a letter
/// already handed out; only approved hours of attended shifts are on it.
/// </summary>
public class HoursLetter
{
    public int Id { get; set; }

    /// <summary>Normalised (<see cref="HoursLetterCode.Normalize"/>): twelve characters, no prefix or dashes.</summary>
    public required string VerificationCode { get; set; }
    public required string VolunteerId { get; set; }
    public ApplicationUser? Volunteer { get; set; }

    /// <summary>The volunteer's name as the account gave it on the day of issue.</summary>
    public required string VolunteerName { get; set; }

    /// <summary>The start of the first and of the last shift on the letter.</summary>
    public DateTime FirstShiftUtc { get; set; }
    public DateTime LastShiftUtc { get; set; }
    public double TotalHours { get; set; }
    public int ShiftCount { get; set; }
    public DateTime IssuedUtc { get; set; }

    /// <summary>Set when the letter is withdrawn: /verify then says so instead of vouching for it.</summary>
    public DateTime? RevokedUtc { get; set; }
    public List<HoursLetterShift> Shifts { get; set; } = [];

    /// <summary>The letter's figures from its lines: hours rounded as the coordinator enters them (hundredths).</summary>
    public static (double TotalHours, int ShiftCount, DateTime FirstShiftUtc, DateTime LastShiftUtc) Summarize(IReadOnlyCollection<HoursLetterShift> shifts)
    {
        if (shifts.Count == 0)
        {
            throw new ArgumentException("A letter lists at least one shift.", nameof(shifts));
        }

        return (Math.Round(shifts.Sum(s => s.Hours), 2), shifts.Count, shifts.Min(s => s.StartUtc), shifts.Max(s => s.StartUtc));
    }
}

/// <summary>One attended shift on a letter, copied when it was issued.</summary>
public class HoursLetterShift
{
    public long Id { get; set; }
    public int HoursLetterId { get; set; }
    public required string EventTitle { get; set; }
    public required string Role { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public double Hours { get; set; }
}
