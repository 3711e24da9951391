using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace WestMemphis.Pact.Web.Features.CrimeImport;

/// <summary>
/// One prepared statement of the import, bound by position (parameters are numbered in the order they first appear in the
/// text) and reused for every row. Two kinds: on SQLite straight on the connection's native handle, which saves the
/// ADO.NET layer's per-execution and per-parameter cost that dominated a million-row import; elsewhere (SQL Server) an
/// ordinary prepared <see cref="DbCommand"/>. Both store values exactly as EF Core does, so EF reads them back unchanged.
/// </summary>
internal abstract class ImportStatement : IDisposable
{
    /// <summary>
    /// Text for a column of <paramref name="size"/> characters (-1: unbounded). The size is declared on SQL Server (else
    /// SqlClient declares each parameter by its value's length and the server caches a plan per combination), and a longer
    /// value is refused on both providers, as SQL Server itself would refuse it: callers clip what may be clipped.
    /// </summary>
    public void Text(int index, string? value, int size)
    {
        if (value is not null && size >= 0 && value.Length > size)
        {
            throw new InvalidOperationException($"A value of {value.Length} characters was bound for a column of {size}: '{value[..Math.Min(value.Length, 40)]}…'.");
        }

        BindText(index, value, size);
    }

    protected abstract void BindText(int index, string? value, int size);

    public abstract void Integer(int index, long? value);

    public abstract void Real(int index, double? value);

    public abstract void Date(int index, DateTime? value);

    public void Flag(int index, bool value) => Integer(index, value ? 1 : 0);

    /// <summary>Runs a statement that returns no rows; the number of rows it changed.</summary>
    public abstract int Execute();

    /// <summary>Runs a statement that returns rows, calling <paramref name="read"/> for each.</summary>
    public abstract void Query(Action<IImportRow> read);

    public abstract void Dispose();

    public static ImportStatement Prepare(DbConnection connection, string text, int parameterCount, bool native) =>
        native && connection is SqliteConnection sqlite
            ? new NativeSqliteStatement(sqlite, text)
            : new AdoStatement(connection, text, parameterCount);
}

/// <summary>A row of a statement's result, read by column position.</summary>
internal interface IImportRow
{
    long Integer(int column);

    string Text(int column);

    bool IsNull(int column);
}

/// <summary>A statement prepared once with SQLite's C API on the connection's handle (the connection stays open and owned by EF).</summary>
internal sealed class NativeSqliteStatement : ImportStatement, IImportRow
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public NativeSqliteStatement(SqliteConnection connection, string text)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, text, out _statement));
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            var message = raw.sqlite3_errmsg(_db).utf8_to_string();
            raw.sqlite3_reset(_statement);
            throw new SqliteException($"SQLite Error {rc}: '{message}'.", rc);
        }
    }

    // SQLite numbers parameters from 1.
    // UTF-16 as .NET holds it; SQLite converts to the database's UTF-8 itself, without a managed copy.
    protected override void BindText(int index, string? value, int size) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index + 1) : raw.sqlite3_bind_text16(_statement, index + 1, value.AsSpan()));

    public override void Integer(int index, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index + 1, v) : raw.sqlite3_bind_null(_statement, index + 1));

    public override void Real(int index, double? value) =>
        Check(value is { } v ? raw.sqlite3_bind_double(_statement, index + 1, v) : raw.sqlite3_bind_null(_statement, index + 1));

    public override void Date(int index, DateTime? value)
    {
        if (value is not { } date)
        {
            Check(raw.sqlite3_bind_null(_statement, index + 1));
            return;
        }

        Span<char> text = stackalloc char[SqliteDateText.MaxLength];
        Check(raw.sqlite3_bind_text16(_statement, index + 1, text[..SqliteDateText.Write(date, text)]));
    }

    public override int Execute()
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
            }

            Check(rc);
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public override void Query(Action<IImportRow> read)
    {
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                read(this);
            }

            Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    long IImportRow.Integer(int column) => raw.sqlite3_column_int64(_statement, column);

    string IImportRow.Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    bool IImportRow.IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public override void Dispose() => _statement.Dispose();
}

/// <summary>A prepared ADO.NET command (SQL Server; also run on SQLite by a test, so this path is exercised too).</summary>
internal sealed class AdoStatement : ImportStatement
{
    private readonly DbCommand _command;

    public AdoStatement(DbConnection connection, string text, int parameterCount)
    {
        _command = connection.CreateCommand();
        _command.CommandText = text;
        for (var i = 0; i < parameterCount; i++)
        {
            var p = _command.CreateParameter();
            p.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            _command.Parameters.Add(p);
        }
    }

    public DbTransaction? Transaction
    {
        set => _command.Transaction = value;
    }

    private DbParameter Set(int index, object? value, DbType type)
    {
        var p = _command.Parameters[index];
        p.DbType = type;
        p.Value = value ?? DBNull.Value;
        return p;
    }

    // nvarchar(size) like the column, whatever the value's length: one plan per statement, not one per combination of lengths.
    protected override void BindText(int index, string? value, int size) => Set(index, value, DbType.String).Size = size;

    public override void Integer(int index, long? value) => Set(index, value, DbType.Int64);

    public override void Real(int index, double? value) => Set(index, value, DbType.Double);

    // datetime2 on SQL Server (the column type EF Core maps DateTime to); Microsoft.Data.Sqlite writes EF Core's text form.
    public override void Date(int index, DateTime? value) => Set(index, value, DbType.DateTime2);

    public override int Execute() => _command.ExecuteNonQuery();

    public override void Query(Action<IImportRow> read)
    {
        using var reader = _command.ExecuteReader();
        var row = new ReaderRow(reader);
        while (reader.Read())
        {
            read(row);
        }
    }

    public override void Dispose() => _command.Dispose();

    private sealed class ReaderRow(DbDataReader reader) : IImportRow
    {
        public long Integer(int column) => Convert.ToInt64(reader.GetValue(column), CultureInfo.InvariantCulture);

        public string Text(int column) => reader.GetString(column);

        public bool IsNull(int column) => reader.IsDBNull(column);
    }
}

/// <summary>
/// A DateTime as EF Core's SQLite provider stores it and compares it (as text): "yyyy-MM-dd HH:mm:ss" and, when there is
/// a fraction of a second, "." and up to seven digits without trailing zeros — what the format string
/// <c>yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF</c> gives, written without the general formatter (a million rows write three each).
/// </summary>
internal static class SqliteDateText
{
    public const int MaxLength = 27;

    public static int Write(DateTime value, Span<char> text)
    {
        static void Digits(Span<char> to, int number, int count)
        {
            for (var i = count - 1; i >= 0; i--)
            {
                to[i] = (char)('0' + (number % 10));
                number /= 10;
            }
        }

        Digits(text, value.Year, 4);
        text[4] = '-';
        Digits(text[5..], value.Month, 2);
        text[7] = '-';
        Digits(text[8..], value.Day, 2);
        text[10] = ' ';
        Digits(text[11..], value.Hour, 2);
        text[13] = ':';
        Digits(text[14..], value.Minute, 2);
        text[16] = ':';
        Digits(text[17..], value.Second, 2);
        var fraction = (int)(value.Ticks % TimeSpan.TicksPerSecond);
        if (fraction == 0)
        {
            return 19;
        }

        text[19] = '.';
        Digits(text[20..], fraction, 7);
        var length = 27;
        while (text[length - 1] == '0')
        {
            length--;
        }

        return length;
    }
}
