using System.Collections;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.SqlClient;

namespace WestMemphis.Pact.IntegrationTests.Platform;

/// <summary>
/// A connection for EF Core's real SQL Server provider that sends nothing: it records each command (text and its
/// <see cref="SqlParameter"/>s, as SqlClient would send them) and answers 1 row changed, and the scalar
/// <see cref="Scalar"/> gives (null unless set); queries answer <see cref="Rows"/> (none unless set). Lets the app's SQL Server-only paths run here, where no server can.
/// </summary>
internal sealed class RecordingConnection : DbConnection
{
    private ConnectionState _state = ConnectionState.Closed;

    public List<RecordedCommand> Commands { get; } = [];

    public Func<string, object?> Scalar { get; set; } = _ => null;

    /// <summary>The rows a query answers with (by its text); null: none.</summary>
    public Func<string, System.Data.DataTable?> Rows { get; set; } = _ => null;

    [AllowNull]
    public override string ConnectionString { get; set; } = "Server=none;Database=Pact;TrustServerCertificate=true";

    public override string Database => "Pact";

    public override string DataSource => "none";

    public override string ServerVersion => "16.00.1000";

    public override ConnectionState State => _state;

    public override void ChangeDatabase(string databaseName)
    {
    }

    public override void Close() => _state = ConnectionState.Closed;

    public override void Open() => _state = ConnectionState.Open;

    public override Task OpenAsync(CancellationToken cancellationToken)
    {
        Open();
        return Task.CompletedTask;
    }

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => new RecordingTransaction(this, isolationLevel);

    protected override DbCommand CreateDbCommand() => new RecordingCommand(this);

    internal void Record(RecordingCommand command) =>
        Commands.Add(new RecordedCommand(command.CommandText, command.Parameters.Cast<SqlParameter>().Select(p => (SqlParameter)((ICloneable)p).Clone()).ToList()));

    private sealed class RecordingTransaction(RecordingConnection connection, IsolationLevel isolationLevel) : DbTransaction
    {
        public override IsolationLevel IsolationLevel => isolationLevel;

        protected override DbConnection DbConnection => connection;

        public override void Commit()
        {
        }

        public override void Rollback()
        {
        }
    }
}

internal sealed record RecordedCommand(string Text, IReadOnlyList<SqlParameter> Parameters);

internal sealed class RecordingCommand(RecordingConnection connection) : DbCommand
{
    private readonly ParameterList _parameters = new();

    [AllowNull]
    public override string CommandText { get; set; } = "";

    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType { get; set; } = CommandType.Text;

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection { get; set; } = connection;

    protected override DbParameterCollection DbParameterCollection => _parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel()
    {
    }

    public override int ExecuteNonQuery()
    {
        connection.Record(this);
        return 1;
    }

    public override object? ExecuteScalar()
    {
        connection.Record(this);
        return connection.Scalar(CommandText);
    }

    public override void Prepare()
    {
    }

    protected override DbParameter CreateDbParameter() => new SqlParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        connection.Record(this);
        return (connection.Rows(CommandText) ?? new DataTable()).CreateDataReader();
    }

    private sealed class ParameterList : DbParameterCollection
    {
        private readonly List<DbParameter> _items = [];

        public override int Count => _items.Count;

        public override object SyncRoot => _items;

        public override int Add(object value)
        {
            _items.Add((DbParameter)value);
            return _items.Count - 1;
        }

        public override void AddRange(Array values)
        {
            foreach (var value in values)
            {
                Add(value);
            }
        }

        public override void Clear() => _items.Clear();

        public override bool Contains(object value) => _items.Contains((DbParameter)value);

        public override bool Contains(string value) => IndexOf(value) >= 0;

        public override void CopyTo(Array array, int index) => ((ICollection)_items).CopyTo(array, index);

        public override IEnumerator GetEnumerator() => _items.GetEnumerator();

        public override int IndexOf(object value) => _items.IndexOf((DbParameter)value);

        public override int IndexOf(string parameterName) => _items.FindIndex(p => p.ParameterName == parameterName);

        public override void Insert(int index, object value) => _items.Insert(index, (DbParameter)value);

        public override void Remove(object value) => _items.Remove((DbParameter)value);

        public override void RemoveAt(int index) => _items.RemoveAt(index);

        public override void RemoveAt(string parameterName) => _items.RemoveAt(IndexOf(parameterName));

        protected override DbParameter GetParameter(int index) => _items[index];

        protected override DbParameter GetParameter(string parameterName) => _items[IndexOf(parameterName)];

        protected override void SetParameter(int index, DbParameter value) => _items[index] = value;

        protected override void SetParameter(string parameterName, DbParameter value) => _items[IndexOf(parameterName)] = value;
    }
}
