using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Csv;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Web.Infrastructure.Csv;

namespace WestMemphis.Pact.Web.Features.Volunteering;

/// <summary>/my/hours.csv: the resident's attended shifts and hours, for their own records.</summary>
public sealed partial class MyController
{
    [HttpGet("/my/hours.csv")]
    public async Task<IActionResult> HoursCsv(CancellationToken cancellationToken)
    {
        var rows = await db.Signups.AsNoTracking().Where(s => s.VolunteerId == UserId && s.Status == SignupStatus.Attended)
            .OrderBy(s => s.Shift!.StartUtc)
            .Select(s => new { s.Shift!.Event!.Title, s.Shift.Role, s.Shift.StartUtc, s.Shift.EndUtc, s.Hours, s.HoursApproved })
            .ToListAsync(cancellationToken);
        return CsvDownload.File("my-volunteer-hours.csv", ["Event", "Role", "Date", "Time", "Hours", "Approved"],
            rows.Select(r => (IReadOnlyList<string?>)[r.Title, r.Role, CentralTime.FormatDate(r.StartUtc), CentralTime.FormatRange(r.StartUtc, r.EndUtc),
                CsvExport.Number(r.Hours), r.HoursApproved ? "Yes" : "No"]));
    }
}
