using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>An incident as the chunk leaves it: new (Id 0 until inserted) or stored, with the values of the last row that changed it.</summary>
internal sealed class PendingIncident
{
    public long Id { get; set; }

    public required bool IsNew { get; init; }

    /// <summary>The row the incident now holds; null for a stored incident no row of this chunk changed.</summary>
    public required CrimeRow? Row { get; set; }

    public int? AreaId { get; set; }

    public AreaPlacement How { get; set; }

    public long Hash { get; set; }

    /// <summary>A stored incident whose content changed (rewritten at the flush).</summary>
    public bool Changed { get; set; }

    /// <summary>A stored incident that gained or changed an offense (its highest offense is recomputed after the flush).</summary>
    public bool OffensesChanged { get; set; }

    /// <summary>Offenses this chunk added or changed, by offense key; for a new incident, all of them.</summary>
    public PendingOffenses Offenses { get; } = new();

    /// <summary>The highest of a new incident's offenses (computed before insertion).</summary>
    public string? Highest { get; set; }
}

/// <summary>An incident's pending offenses by offense key: a short list (most incidents have one), lighter than a dictionary.</summary>
internal sealed class PendingOffenses
{
    private readonly List<PendingOffense> _items = new(1);

    public int Count => _items.Count;

    public IReadOnlyList<PendingOffense> Values => _items;

    public PendingOffense this[string key]
    {
        set
        {
            for (var i = 0; i < _items.Count; i++)
            {
                if (_items[i].Row.OffenseKey == key)
                {
                    _items[i] = value;
                    return;
                }
            }

            _items.Add(value);
        }
    }

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out PendingOffense offense)
    {
        foreach (var o in _items)
        {
            if (o.Row.OffenseKey == key)
            {
                offense = o;
                return true;
            }
        }

        offense = null;
        return false;
    }
}

internal sealed class PendingOffense
{
    public required PendingIncident Incident { get; init; }

    /// <summary>The stored offense's key, or 0 for a new one.</summary>
    public long Id { get; init; }

    public required CrimeRow Row { get; set; }

    public NibrsOffenseCode? Code { get; set; }

    public long Hash { get; set; }
}

/// <summary>
/// One chunk of an import, applied in memory and then written set-based. The rules are those of a row-by-row upsert by
/// (source, incident number), and within an incident by offense key: a new incident is inserted with its offense; a row
/// whose incident content differs rewrites the incident (and moves its offenses to its time and area); a new offense key
/// adds an offense; a changed offense is rewritten; anything else is unchanged. Each row counts once as inserted,
/// updated or unchanged, as it would have row by row. Several rows of one incident in a chunk (Seattle's one row per
/// offense) are merged before anything is written.
/// </summary>
internal sealed class ImportChunk(ImportStore store, ImportBatch batch, IReadOnlyDictionary<string, int> rank)
{
    private readonly Dictionary<string, PendingIncident> _incidents = new(StringComparer.Ordinal);
    private Dictionary<(long IncidentId, string Key), StoredOffense> _storedOffenses = [];

    /// <summary>Reads what is stored of these rows' incidents and offenses, a few hundred at a time.</summary>
    public void Load(IReadOnlyList<PreparedRow> rows)
    {
        var numbers = rows.Select(r => r.Row.IncidentNumber).Where(n => !_incidents.ContainsKey(n)).Distinct(StringComparer.Ordinal).ToList();
        var stored = store.FindIncidents(batch.Source, store.MayBeStored(batch.Source, numbers));
        foreach (var (number, incident) in stored)
        {
            _incidents[number] = new PendingIncident { Id = incident.Id, IsNew = false, Row = null, AreaId = incident.AreaId, Hash = incident.Hash };
        }

        _storedOffenses = stored.Count == 0 ? [] : store.FindOffenses([.. stored.Values.Select(i => i.Id)]);
    }

    public void Apply(in PreparedRow prepared, CrimeImportRunner.Counts counts)
    {
        var (row, code, incidentHash, offenseHash) = (prepared.Row, prepared.Code, prepared.IncidentHash, prepared.OffenseHash);
        if (!_incidents.TryGetValue(row.IncidentNumber, out var incident))
        {
            var (areaId, how) = (prepared.AreaId, prepared.How);
            incident = new PendingIncident { IsNew = true, Row = row, AreaId = areaId, How = how, Hash = incidentHash };
            incident.Offenses[row.OffenseKey] = new PendingOffense { Incident = incident, Row = row, Code = code, Hash = offenseHash };
            _incidents[row.IncidentNumber] = incident;
            counts.Inserted++;
            return;
        }

        var changed = false;
        if (incident.Hash != incidentHash)
        {
            var (areaId, how) = (prepared.AreaId, prepared.How);
            (incident.Row, incident.AreaId, incident.How, incident.Hash) = (row, areaId, how, incidentHash);
            incident.Changed = !incident.IsNew;
            changed = true;
        }

        if (!incident.Offenses.TryGetValue(row.OffenseKey, out var offense))
        {
            var stored = incident.IsNew ? (StoredOffense?)null : _storedOffenses.TryGetValue((incident.Id, row.OffenseKey), out var s) ? s : null;
            if (stored is null)
            {
                incident.Offenses[row.OffenseKey] = new PendingOffense { Incident = incident, Row = row, Code = code, Hash = offenseHash };
                incident.OffensesChanged = !incident.IsNew;
                counts.Bump(changed ? ImportOutcome.Updated : ImportOutcome.Inserted);
                return;
            }

            if (stored.Value.Hash == offenseHash)
            {
                counts.Bump(changed ? ImportOutcome.Updated : ImportOutcome.Unchanged);
                return;
            }

            offense = incident.Offenses[row.OffenseKey] = new PendingOffense { Incident = incident, Id = stored.Value.Id, Row = row, Code = code, Hash = offenseHash };
            incident.OffensesChanged = true;
            counts.Bump(ImportOutcome.Updated);
            return;
        }

        if (offense.Hash != offenseHash)
        {
            (offense.Row, offense.Code, offense.Hash) = (row, code, offenseHash);
            incident.OffensesChanged = !incident.IsNew;
            changed = true;
        }

        counts.Bump(changed ? ImportOutcome.Updated : ImportOutcome.Unchanged);
    }

    /// <summary>Writes the chunk: new incidents, changed incidents, new and changed offenses, then stored incidents' highest offense.</summary>
    public void Flush(DateTime now)
    {
        var created = _incidents.Values.Where(i => i.IsNew).ToList();
        foreach (var incident in created)
        {
            incident.Highest = HighestOffense.Of(incident.Offenses.Values.Select(o => o.Code?.Code), rank);
        }

        store.InsertIncidents(batch, created, now);
        foreach (var incident in _incidents.Values.Where(i => i.Changed))
        {
            store.UpdateIncident(batch.Id, incident, now);
        }

        var all = _incidents.Values.SelectMany(i => i.Offenses.Values).ToList();
        store.InsertOffenses([.. all.Where(o => o.Id == 0)]);
        foreach (var offense in all.Where(o => o.Id != 0))
        {
            store.UpdateOffense(offense);
        }

        foreach (var incident in _incidents.Values.Where(i => i.OffensesChanged))
        {
            store.RefreshHighest(incident.Id, rank);
        }

        _incidents.Clear();
        _storedOffenses = [];
    }
}

/// <summary>A parsed row with what can be worked out without the database: its offense code, content hashes and area.</summary>
internal readonly record struct PreparedRow(CrimeRow Row, NibrsOffenseCode? Code, long IncidentHash, long OffenseHash, int? AreaId, AreaPlacement How);

/// <summary>
/// Prepares rows for a chunk. Not thread-safe (the area resolver caches addresses): one thread prepares while the
/// import's writer works on the previous chunk, never two at once.
/// </summary>
internal sealed class RowPreparer(string source, OffenseResolver offenses, AreaResolver areas)
{
    public PreparedRow Prepare(CrimeRow row)
    {
        var code = offenses.Resolve(source, row);
        var incidentHash = new ContentHash().Add(row.OccurredAtUtc.Ticks).Add(row.ReportedAtUtc?.Ticks).Add(row.Address).Add(row.Latitude)
            .Add(row.Longitude).Add(row.Beat).Add(row.Ward).Add(row.Disposition).Add(row.IsDomestic).Add(row.IsJuvenile).Value;
        var offenseHash = new ContentHash().Add(code?.Code).Add(row.FullDescription).Add(row.SourceCode).Value;
        var (areaId, how) = areas.Place(row);
        return new PreparedRow(row, code, incidentHash, offenseHash, areaId, how);
    }
}

internal enum ImportOutcome
{
    Inserted,
    Updated,
    Unchanged,
}
