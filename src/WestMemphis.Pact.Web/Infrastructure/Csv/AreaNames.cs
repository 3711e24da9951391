using Microsoft.EntityFrameworkCore;
using WestMemphis.Pact.Data;

namespace WestMemphis.Pact.Web.Infrastructure.Csv;

/// <summary>The areas an import may name, by name or code (any case).</summary>
public sealed class AreaNames
{
    private readonly List<(int Id, string Name, string Code)> _areas;

    private AreaNames(List<(int Id, string Name, string Code)> areas) => _areas = areas;

    public static async Task<AreaNames> LoadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        new((await db.Areas.AsNoTracking().Select(a => new { a.Id, a.Name, a.Code }).ToListAsync(cancellationToken)).Select(a => (a.Id, a.Name, a.Code)).ToList());

    public int? Find(string nameOrCode)
    {
        var wanted = nameOrCode.Trim();
        return _areas.FirstOrDefault(a => string.Equals(a.Name, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(a.Code, wanted, StringComparison.OrdinalIgnoreCase)) is { Id: > 0 } found
            ? found.Id
            : null;
    }

    public string? Name(int? id) => id is { } value ? _areas.FirstOrDefault(a => a.Id == value).Name : null;

    public static string Unknown(string nameOrCode) => $"no area is called “{(nameOrCode.Length > 40 ? nameOrCode[..40] + "…" : nameOrCode)}”.";
}
