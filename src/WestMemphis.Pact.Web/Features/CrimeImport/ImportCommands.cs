using System.Data;
using System.Data.Common;
using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// The import's prepared statements on the context's open connection. Identifiers are double-quoted (standard SQL,
/// accepted by SQLite and by SQL Server with QUOTED_IDENTIFIER on, its default); only the "insert and return the key"
/// statement differs by provider.
/// </summary>
internal sealed class ImportCommands
{
    private readonly DbCommand _findIncident;
    private readonly DbCommand _insertIncident;
    private readonly DbCommand _updateIncident;
    private readonly DbCommand _moveOffenses;
    private readonly DbCommand _findOffense;
    private readonly DbCommand _insertOffense;
    private readonly DbCommand _updateOffense;
    private readonly DbCommand _offenseCodes;
    private readonly DbCommand _setHighest;
    private readonly DbCommand _reject;
    private readonly DbCommand _checkpoint;
    private readonly List<DbCommand> _all = [];

    private const string IncidentColumns = "\"Source\",\"SourceIncidentNumber\",\"ReportedAtUtc\",\"OccurredAtUtc\",\"Address\",\"HundredBlock\",\"Latitude\",\"Longitude\",\"SourceBeat\",\"AreaId\",\"AreaPlacement\",\"Disposition\",\"IsDomestic\",\"IsJuvenile\",\"HighestOffenseCode\",\"OffenseCount\",\"ImportBatchId\",\"ContentHash\",\"UpdatedAtUtc\"";
    private const string IncidentValues = "@s,@n,@rep,@occ,@addr,@hb,@lat,@lon,@beat,@area,@how,@disp,@dom,@juv,@high,1,@batch,@hash,@now";
    private const string OffenseColumns = "\"IncidentId\",\"OffenseKey\",\"NibrsCode\",\"SourceCode\",\"Description\",\"Category\",\"UcrPart\",\"PartIClass\",\"OccurredAtUtc\",\"AreaId\",\"ContentHash\"";
    private const string OffenseValues = "@inc,@key,@code,@scode,@desc,@cat,@part,@p1,@occ,@area,@hash";

    public ImportCommands(DbConnection connection, bool sqlite)
    {
        DbCommand Make(string text, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = text;
            foreach (var name in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                command.Parameters.Add(p);
            }

            _all.Add(command);
            return command;
        }

        string[] incidentParameters = ["@s", "@n", "@rep", "@occ", "@addr", "@hb", "@lat", "@lon", "@beat", "@area", "@how", "@disp", "@dom", "@juv", "@high", "@batch", "@hash", "@now"];
        _findIncident = Make("SELECT \"Id\",\"ContentHash\",\"AreaId\" FROM \"Incidents\" WHERE \"Source\"=@s AND \"SourceIncidentNumber\"=@n", "@s", "@n");
        _insertIncident = Make(sqlite
            ? $"INSERT INTO \"Incidents\" ({IncidentColumns}) VALUES ({IncidentValues}); SELECT last_insert_rowid();"
            : $"INSERT INTO \"Incidents\" ({IncidentColumns}) OUTPUT INSERTED.\"Id\" VALUES ({IncidentValues});", incidentParameters);
        _updateIncident = Make("UPDATE \"Incidents\" SET \"ReportedAtUtc\"=@rep,\"OccurredAtUtc\"=@occ,\"Address\"=@addr,\"HundredBlock\"=@hb,\"Latitude\"=@lat,\"Longitude\"=@lon,"
            + "\"SourceBeat\"=@beat,\"AreaId\"=@area,\"AreaPlacement\"=@how,\"Disposition\"=@disp,\"IsDomestic\"=@dom,\"IsJuvenile\"=@juv,\"ImportBatchId\"=@batch,\"ContentHash\"=@hash,\"UpdatedAtUtc\"=@now WHERE \"Id\"=@id",
            "@rep", "@occ", "@addr", "@hb", "@lat", "@lon", "@beat", "@area", "@how", "@disp", "@dom", "@juv", "@batch", "@hash", "@now", "@id");
        _moveOffenses = Make("UPDATE \"IncidentOffenses\" SET \"OccurredAtUtc\"=@occ,\"AreaId\"=@area WHERE \"IncidentId\"=@id", "@occ", "@area", "@id");
        _findOffense = Make("SELECT \"Id\",\"ContentHash\" FROM \"IncidentOffenses\" WHERE \"IncidentId\"=@inc AND \"OffenseKey\"=@key", "@inc", "@key");
        _insertOffense = Make($"INSERT INTO \"IncidentOffenses\" ({OffenseColumns}) VALUES ({OffenseValues})", "@inc", "@key", "@code", "@scode", "@desc", "@cat", "@part", "@p1", "@occ", "@area", "@hash");
        _updateOffense = Make("UPDATE \"IncidentOffenses\" SET \"NibrsCode\"=@code,\"SourceCode\"=@scode,\"Description\"=@desc,\"Category\"=@cat,\"UcrPart\"=@part,\"PartIClass\"=@p1,\"AreaId\"=@area,\"ContentHash\"=@hash WHERE \"Id\"=@id",
            "@code", "@scode", "@desc", "@cat", "@part", "@p1", "@area", "@hash", "@id");
        _offenseCodes = Make("SELECT \"NibrsCode\" FROM \"IncidentOffenses\" WHERE \"IncidentId\"=@id", "@id");
        _setHighest = Make("UPDATE \"Incidents\" SET \"HighestOffenseCode\"=@high,\"OffenseCount\"=@count WHERE \"Id\"=@id", "@high", "@count", "@id");
        _reject = Make("INSERT INTO \"ImportRejectedRows\" (\"ImportBatchId\",\"LineNumber\",\"Column\",\"Reason\",\"RawExcerpt\") VALUES (@batch,@line,@col,@reason,@raw)",
            "@batch", "@line", "@col", "@reason", "@raw");
        _checkpoint = Make("UPDATE \"ImportBatches\" SET \"RowsRead\"=@read,\"RowsInserted\"=@ins,\"RowsUpdated\"=@upd,\"RowsUnchanged\"=@unch,\"RowsRejected\"=@rej,"
            + "\"ElapsedSeconds\"=@el,\"LeaseExpiresUtc\"=@lease,\"Status\"=@status,\"FinishedAtUtc\"=@fin,\"LeaseOwner\"=@newOwner WHERE \"Id\"=@id AND \"LeaseOwner\"=@owner",
            "@read", "@ins", "@upd", "@unch", "@rej", "@el", "@lease", "@status", "@fin", "@newOwner", "@id", "@owner");
    }

    public void Enlist(DbTransaction transaction)
    {
        foreach (var command in _all)
        {
            command.Transaction = transaction;
        }
    }

    private static void Set(DbCommand command, int index, object? value) => command.Parameters[index].Value = value ?? DBNull.Value;

    public (long Id, long Hash, int? AreaId)? FindIncident(string source, string number)
    {
        Set(_findIncident, 0, source);
        Set(_findIncident, 1, number);
        using var reader = _findIncident.ExecuteReader(CommandBehavior.SingleRow);
        if (!reader.Read())
        {
            return null;
        }

        return (reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt32(2));
    }

    public long InsertIncident(ImportBatch batch, CrimeRow row, int? areaId, AreaPlacement how, string? highest, long hash, DateTime now)
    {
        var c = _insertIncident;
        Set(c, 0, batch.Source);
        Set(c, 1, row.IncidentNumber);
        Set(c, 2, row.ReportedAtUtc);
        Set(c, 3, row.OccurredAtUtc);
        Set(c, 4, row.Address);
        Set(c, 5, HundredBlocks.From(row.Address));
        Set(c, 6, row.Latitude);
        Set(c, 7, row.Longitude);
        Set(c, 8, row.Beat ?? row.Ward);
        Set(c, 9, areaId);
        Set(c, 10, (int)how);
        Set(c, 11, row.Disposition);
        Set(c, 12, row.IsDomestic);
        Set(c, 13, row.IsJuvenile);
        Set(c, 14, highest);
        Set(c, 15, batch.Id);
        Set(c, 16, hash);
        Set(c, 17, now);
        return Convert.ToInt64(c.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void UpdateIncident(long id, long batchId, CrimeRow row, int? areaId, AreaPlacement how, long hash, DateTime now)
    {
        var c = _updateIncident;
        Set(c, 0, row.ReportedAtUtc);
        Set(c, 1, row.OccurredAtUtc);
        Set(c, 2, row.Address);
        Set(c, 3, HundredBlocks.From(row.Address));
        Set(c, 4, row.Latitude);
        Set(c, 5, row.Longitude);
        Set(c, 6, row.Beat ?? row.Ward);
        Set(c, 7, areaId);
        Set(c, 8, (int)how);
        Set(c, 9, row.Disposition);
        Set(c, 10, row.IsDomestic);
        Set(c, 11, row.IsJuvenile);
        Set(c, 12, batchId);
        Set(c, 13, hash);
        Set(c, 14, now);
        Set(c, 15, id);
        c.ExecuteNonQuery();
        Set(_moveOffenses, 0, row.OccurredAtUtc);
        Set(_moveOffenses, 1, areaId);
        Set(_moveOffenses, 2, id);
        _moveOffenses.ExecuteNonQuery();
    }

    public (long Id, long Hash)? FindOffense(long incidentId, string key)
    {
        Set(_findOffense, 0, incidentId);
        Set(_findOffense, 1, key);
        using var reader = _findOffense.ExecuteReader(CommandBehavior.SingleRow);
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt64(1)) : null;
    }

    public void InsertOffense(long incidentId, CrimeRow row, NibrsOffenseCode? code, int? areaId, long hash)
    {
        var c = _insertOffense;
        Set(c, 0, incidentId);
        Set(c, 1, row.OffenseKey);
        Set(c, 2, code?.Code);
        Set(c, 3, row.SourceCode);
        Set(c, 4, Clip(row.FullDescription));
        Set(c, 5, (int)(code?.CrimesAgainst ?? OffenseCategory.Unknown));
        Set(c, 6, code?.UcrPart);
        Set(c, 7, (int)(code?.PartIClass ?? PartIClass.None));
        Set(c, 8, row.OccurredAtUtc);
        Set(c, 9, areaId);
        Set(c, 10, hash);
        c.ExecuteNonQuery();
    }

    public void UpdateOffense(long id, CrimeRow row, NibrsOffenseCode? code, int? areaId, long hash)
    {
        var c = _updateOffense;
        Set(c, 0, code?.Code);
        Set(c, 1, row.SourceCode);
        Set(c, 2, Clip(row.FullDescription));
        Set(c, 3, (int)(code?.CrimesAgainst ?? OffenseCategory.Unknown));
        Set(c, 4, code?.UcrPart);
        Set(c, 5, (int)(code?.PartIClass ?? PartIClass.None));
        Set(c, 6, areaId);
        Set(c, 7, hash);
        Set(c, 8, id);
        c.ExecuteNonQuery();
    }

    private static string Clip(string text) => text.Length <= CrimeLimits.Description ? text : text[..CrimeLimits.Description];

    /// <summary>Recomputes the incident's highest offense (UCR hierarchy) and offense count from its offenses.</summary>
    public void RefreshHighest(long incidentId, IReadOnlyDictionary<string, int> rank)
    {
        Set(_offenseCodes, 0, incidentId);
        string? best = null;
        var count = 0;
        using (var reader = _offenseCodes.ExecuteReader())
        {
            while (reader.Read())
            {
                count++;
                if (reader.IsDBNull(0))
                {
                    continue;
                }

                var code = reader.GetString(0);
                if (best is null || rank.GetValueOrDefault(code, 999) < rank.GetValueOrDefault(best, 999)
                    || (rank.GetValueOrDefault(code, 999) == rank.GetValueOrDefault(best, 999) && string.CompareOrdinal(code, best) < 0))
                {
                    best = code;
                }
            }
        }

        Set(_setHighest, 0, best);
        Set(_setHighest, 1, count);
        Set(_setHighest, 2, incidentId);
        _setHighest.ExecuteNonQuery();
    }

    public void Reject(long batchId, long line, string? column, string reason, ReadOnlySpan<char> raw)
    {
        var c = _reject;
        Set(c, 0, batchId);
        Set(c, 1, line);
        Set(c, 2, column is { Length: > 100 } ? column[..100] : column);
        Set(c, 3, reason.Length > 300 ? reason[..300] : reason);
        Set(c, 4, (raw.Length > CrimeLimits.RawExcerpt ? raw[..CrimeLimits.RawExcerpt] : raw).ToString());
        c.ExecuteNonQuery();
    }

    /// <summary>Moves the checkpoint and renews the lease, only while this owner holds it. False: the lease was lost.</summary>
    public bool Checkpoint(long batchId, string owner, CrimeImportRunner.Counts counts, double elapsed, DateTime leaseUntil, DateTime? finished)
    {
        var c = _checkpoint;
        Set(c, 0, counts.Read);
        Set(c, 1, counts.Inserted);
        Set(c, 2, counts.Updated);
        Set(c, 3, counts.Unchanged);
        Set(c, 4, counts.Rejected);
        Set(c, 5, elapsed);
        Set(c, 6, finished is null ? leaseUntil : null);
        Set(c, 7, (int)(finished is null ? ImportStatus.Running : ImportStatus.Completed));
        Set(c, 8, finished);
        Set(c, 9, finished is null ? owner : null);
        Set(c, 10, batchId);
        Set(c, 11, owner);
        return c.ExecuteNonQuery() == 1;
    }
}

/// <summary>A stable 64-bit FNV-1a hash of a row's values, to tell "unchanged" on re-import.</summary>
internal static class ContentHash
{
    public static long Of(params object?[] values)
    {
        var hash = 14695981039346656037UL;
        foreach (var value in values)
        {
            var text = value switch
            {
                null => "\u0000",
                double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "",
            };
            foreach (var ch in text)
            {
                hash = (hash ^ ch) * 1099511628211UL;
            }

            hash = (hash ^ 0x1F) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
