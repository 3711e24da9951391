using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Csv;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Text;
using WestMemphis.Pact.Web.Infrastructure.Csv;

namespace WestMemphis.Pact.Web.Features.ManageEvents;

/// <summary>The event's roster as a spreadsheet (formulas neutralised).</summary>
public sealed partial class ManageEventsController
{
    [HttpGet("{id:int}/roster.csv")]
    public async Task<IActionResult> RosterCsv(int id, CancellationToken cancellationToken)
    {
        var e = await db.Events.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.Title }).FirstOrDefaultAsync(cancellationToken);
        if (e is null)
        {
            return NotFound();
        }

        return CsvDownload.File($"roster-{Slug.From(e.Title)}.csv",
            ["Shift", "Shift time", "Name", "Email", "Phone", "Status", "Signed up", "Checked in", "Checked out", "Hours", "Hours approved"],
            RosterRow.Query(db, db.Signups.Where(s => s.Shift!.EventId == id)).AsAsyncEnumerable(),
            r => [r.Role, CentralTime.FormatRange(r.ShiftStartUtc, r.ShiftEndUtc), r.Name, r.Email, r.Phone, r.Status.ToString(),
                CentralTime.Format(r.CreatedUtc), r.CheckedInUtc is { } i ? CentralTime.Format(i) : "", r.CheckedOutUtc is { } o ? CentralTime.Format(o) : "",
                CsvExport.Number(r.Hours), r.HoursApproved ? "Yes" : "No"]);
    }
}
