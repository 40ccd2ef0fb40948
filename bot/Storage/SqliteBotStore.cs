using Microsoft.Data.Sqlite;

namespace SmartCity.Bot.Storage;

/// <summary>
/// The embedded default store: one SQLite file, WAL journal with synchronous=FULL so a committed write survives a
/// crash, schema migrations applied at start. Writes are group-committed (<see cref="SqliteGroupCommit"/>).
/// </summary>
public sealed class SqliteBotStore : IBotStore, IDisposable
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            kind TEXT NOT NULL, key TEXT NOT NULL, version INTEGER NOT NULL, value TEXT NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (kind, key));
        CREATE TABLE records (
            id INTEGER PRIMARY KEY AUTOINCREMENT, stream TEXT NOT NULL, value TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE INDEX ix_records_stream ON records (stream, id);
        """,
    ];

    private readonly string _connectionString;
    // Every write goes through one commit thread (group commit); SQLite's busy timeout covers other processes.
    private readonly SqliteGroupCommit _writer;

    public SqliteBotStore(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Cache = SqliteCacheMode.Private, Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Migrate();
        _writer = new SqliteGroupCommit(_connectionString);
    }

    public string ConnectionString => _connectionString;

    /// <summary>A pooled connection for reading (WAL is a property of the file, set by <see cref="Migrate"/>).</summary>
    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private void Migrate()
    {
        using var connection = Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
            pragma.ExecuteNonQuery();
        }
        // Serializable = BEGIN IMMEDIATE: a second process starting at the same time waits instead of racing.
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.Serializable);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        using var current = connection.CreateCommand();
        current.Transaction = transaction;
        current.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        var applied = Convert.ToInt32(current.ExecuteScalar());
        for (var i = applied; i < Migrations.Length; i++)
        {
            Execute(connection, transaction, Migrations[i]);
            Execute(connection, transaction, $"INSERT INTO schema_migrations (version, applied_at) VALUES ({i + 1}, '{DateTimeOffset.UtcNow:O}')");
        }
        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public async Task<Versioned<T>?> GetAsync<T>(string kind, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value, version FROM documents WHERE kind = $kind AND key = $key";
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new Versioned<T>(StoreJson.Read<T>(reader.GetString(0)), reader.GetInt64(1));
    }

    public Task<long> PutAsync<T>(string kind, string key, T value, long? expectedVersion,
        IReadOnlyList<StreamRecord>? alsoAppend = null, CancellationToken cancellationToken = default)
    {
        var write = Prepare(new DocumentWrite(kind, key, value!, expectedVersion, alsoAppend), StoreJson.Write(value));
        return _writer.RunAsync((connection, transaction) => WriteDocument(connection, transaction, write), cancellationToken);
    }

    public Task<IReadOnlyList<long>> PutAllAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default)
    {
        var prepared = writes.Select(w => Prepare(w, StoreJson.WriteObject(w.Value))).ToList();
        return _writer.RunAsync<IReadOnlyList<long>>(
            (connection, transaction) => prepared.Select(w => WriteDocument(connection, transaction, w)).ToList(), cancellationToken);
    }

    /// <summary>A write with its JSON made on the caller's thread, so the commit thread only talks to SQLite.</summary>
    private sealed record PreparedWrite(DocumentWrite Write, string Json, string Now, IReadOnlyList<(string Stream, string Json)> Records);

    private static PreparedWrite Prepare(DocumentWrite write, string json) =>
        new(write, json, DateTimeOffset.UtcNow.ToString("O"),
            (write.AlsoAppend ?? []).Select(r => (r.Stream, StoreJson.WriteObject(r.Value))).ToList());

    private static long WriteDocument(SqliteConnection connection, SqliteTransaction transaction, PreparedWrite prepared)
    {
        var (kind, key, _, expectedVersion, _) = prepared.Write;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", prepared.Json);
        command.Parameters.AddWithValue("$now", prepared.Now);
        long newVersion;
        if (expectedVersion is null)
        {
            command.CommandText = "INSERT INTO documents (kind, key, version, value, updated_at) VALUES ($kind, $key, 1, $value, $now) ON CONFLICT DO NOTHING";
            newVersion = 1;
        }
        else
        {
            command.CommandText = "UPDATE documents SET version = version + 1, value = $value, updated_at = $now WHERE kind = $kind AND key = $key AND version = $expected";
            command.Parameters.AddWithValue("$expected", expectedVersion.Value);
            newVersion = expectedVersion.Value + 1;
        }
        if (command.ExecuteNonQuery() != 1) throw new ConcurrencyConflictException(kind, key);
        foreach (var (stream, json) in prepared.Records) InsertRecord(connection, transaction, stream, json, prepared.Now);
        return newVersion;
    }

    public Task<bool> DeleteAsync(string kind, string key, long? expectedVersion = null, CancellationToken cancellationToken = default) =>
        _writer.RunAsync((connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM documents WHERE kind = $kind AND key = $key" + (expectedVersion is null ? "" : " AND version = $expected");
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$key", key);
            if (expectedVersion is not null) command.Parameters.AddWithValue("$expected", expectedVersion.Value);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken);

    public async Task<IReadOnlyList<(string Key, Versioned<T> Item)>> ListAsync<T>(string kind, string keyPrefix = "",
        int limit = 1000, CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value, version FROM documents WHERE kind = $kind AND substr(key, 1, length($prefix)) = $prefix ORDER BY key LIMIT $limit";
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$prefix", keyPrefix);
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<(string, Versioned<T>)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result.Add((reader.GetString(0), new Versioned<T>(StoreJson.Read<T>(reader.GetString(1)), reader.GetInt64(2))));
        return result;
    }

    public Task AppendAsync(StreamRecord record, CancellationToken cancellationToken = default)
    {
        var (json, now) = (StoreJson.WriteObject(record.Value), DateTimeOffset.UtcNow.ToString("O"));
        return _writer.RunAsync((connection, transaction) =>
        {
            InsertRecord(connection, transaction, record.Stream, json, now);
            return true;
        }, cancellationToken);
    }

    private static void InsertRecord(SqliteConnection connection, SqliteTransaction transaction, string stream, string json, string now)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO records (stream, value, created_at) VALUES ($stream, $value, $now)";
        command.Parameters.AddWithValue("$stream", stream);
        command.Parameters.AddWithValue("$value", json);
        command.Parameters.AddWithValue("$now", now);
        command.ExecuteNonQuery();
    }

    public async Task<IReadOnlyList<(DateTimeOffset At, T Value)>> ReadStreamAsync<T>(string stream, int limit = 100,
        CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT created_at, value FROM records WHERE stream = $stream ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$stream", stream);
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<(DateTimeOffset, T)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result.Add((DateTimeOffset.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture), StoreJson.Read<T>(reader.GetString(1))));
        return result;
    }

    public void Dispose()
    {
        _writer.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
