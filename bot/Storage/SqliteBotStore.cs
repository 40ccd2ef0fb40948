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
        // Hardening: who wrote a document version (own-write recognition) and whom a capped record counts against.
        """
        ALTER TABLE documents ADD COLUMN writer_id TEXT;
        ALTER TABLE records ADD COLUMN partition TEXT;
        CREATE INDEX ix_records_partition ON records (stream, partition) WHERE partition IS NOT NULL;
        """,
    ];

    // Errors that mean "the file cannot be used now", as opposed to a bug in a statement.
    private static readonly HashSet<int> UnavailableCodes = [5, 6, 8, 10, 11, 13, 14, 15, 26];

    private readonly string _connectionString;
    private readonly StorageOptions _options;
    private readonly StreamTrimSchedule _trims = new();
    private readonly ILogger? _logger;
    // Every write goes through one commit thread (group commit); SQLite's busy timeout covers other processes.
    private readonly SqliteGroupCommit _writer;
    private readonly SqliteReaders _readers;

    public SqliteBotStore(string path, StorageOptions? options = null, ILogger<SqliteBotStore>? logger = null)
    {
        _options = options ?? new StorageOptions();
        _logger = logger;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Cache = SqliteCacheMode.Private, Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Migrate();
        _writer = new SqliteGroupCommit(_connectionString);
        _readers = new SqliteReaders(_connectionString);
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

    /// <summary>Runs a store call, turning "the file cannot be used" into <see cref="StoreUnavailableException"/>.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try { return await operation(); }
        catch (SqliteException e) when (UnavailableCodes.Contains(e.SqliteErrorCode)) { throw new StoreUnavailableException(e); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new StoreUnavailableException(e); }
    }

    public Task<Versioned<T>?> GetAsync<T>(string kind, string key, CancellationToken cancellationToken = default)
    {
        StoreKeys.Check(kind, "kind");
        StoreKeys.Check(key, "key");
        return Guard(() => Task.FromResult(_readers.Read(connection =>
        {
            var command = SqliteStatements.Command(connection, null, "SELECT value, version, writer_id FROM documents WHERE kind = $kind AND key = $key");
            SqliteStatements.Set(command, "$kind", kind);
            SqliteStatements.Set(command, "$key", key);
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new Versioned<T>(StoreJson.Read<T>(reader.GetString(0)), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2))
                : null;
        })));
    }

    /// <summary>One statement for all the keys (a turn reads two documents): one step through SQLite instead of one per key.</summary>
    public Task<IReadOnlyList<Versioned<T>?>> GetManyAsync<T>(IReadOnlyList<(string Kind, string Key)> keys, CancellationToken cancellationToken = default)
    {
        foreach (var (kind, key) in keys)
        {
            StoreKeys.Check(kind, "kind");
            StoreKeys.Check(key, "key");
        }
        if (keys.Count == 0) return Task.FromResult<IReadOnlyList<Versioned<T>?>>([]);
        return Guard(() => Task.FromResult<IReadOnlyList<Versioned<T>?>>(_readers.Read(connection =>
        {
            var command = SqliteStatements.Command(connection, null, ManyDocumentsSql(keys.Count));
            for (var i = 0; i < keys.Count; i++)
            {
                SqliteStatements.Set(command, i < MaxKeys ? KindNames[i] : $"$k{i}", keys[i].Kind);
                SqliteStatements.Set(command, i < MaxKeys ? KeyNames[i] : $"$y{i}", keys[i].Key);
            }
            var found = new Versioned<T>?[keys.Count];
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var (kind, key) = (reader.GetString(0), reader.GetString(1));
                var document = new Versioned<T>(StoreJson.Read<T>(reader.GetString(2)), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4));
                for (var i = 0; i < keys.Count; i++)
                    if (keys[i].Kind == kind && keys[i].Key == key) found[i] = document;
            }
            return found;
        })));
    }

    private static readonly string[] ManySql = [.. Enumerable.Range(0, 9).Select(BuildManySql)];
    private static readonly string[] KindNames = [.. Enumerable.Range(0, MaxKeys).Select(i => $"$k{i}")];
    private static readonly string[] KeyNames = [.. Enumerable.Range(0, MaxKeys).Select(i => $"$y{i}")];
    private const int MaxKeys = 64;

    private static string ManyDocumentsSql(int count) => count < ManySql.Length ? ManySql[count] : BuildManySql(count);

    private static string BuildManySql(int count) =>
        "SELECT kind, key, value, version, writer_id FROM documents WHERE " +
        string.Join(" OR ", Enumerable.Range(0, count).Select(i => $"(kind = $k{i} AND key = $y{i})"));

    public Task<long> PutAsync<T>(string kind, string key, T value, long? expectedVersion,
        IReadOnlyList<StreamRecord>? alsoAppend = null, CancellationToken cancellationToken = default, string? writerId = null)
    {
        var write = Prepare(new DocumentWrite(kind, key, value!, expectedVersion, alsoAppend, writerId), StoreJson.Write(value));
        return Guard(() => _writer.RunAsync(connection => WriteDocument(connection, write), cancellationToken));
    }

    public Task<IReadOnlyList<long>> PutAllAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default)
    {
        var prepared = writes.Select(w => Prepare(w, StoreJson.WriteObject(w.Value))).ToList();
        return Guard(() => _writer.RunAsync<IReadOnlyList<long>>(
            connection => WriteAll(connection, prepared), cancellationToken));
    }

    private IReadOnlyList<long> WriteAll(SqliteConnection connection, List<PreparedWrite> writes)
    {
        var versions = new long[writes.Count];
        for (var i = 0; i < writes.Count; i++) versions[i] = WriteDocument(connection, writes[i]);
        return versions;
    }

    /// <summary>A write with its JSON made on the caller's thread, so the commit thread only talks to SQLite.</summary>
    private sealed record PreparedWrite(DocumentWrite Write, string Json, DateTimeOffset Now, IReadOnlyList<PreparedRecord> Records);

    /// <summary>A stream record with its JSON (NUL removed) and its partition's hash, made on the caller's thread.</summary>
    private sealed record PreparedRecord(string Stream, string Json, string? Partition);

    /// <summary>Checks names and keys (a NUL is refused) and serialises on the caller's thread.</summary>
    private static PreparedWrite Prepare(DocumentWrite write, string json)
    {
        StoreKeys.Check(write.Kind, "kind");
        StoreKeys.Check(write.Key, "key");
        return new(write, json, DateTimeOffset.UtcNow, (write.AlsoAppend ?? []).Select(PrepareRecord).ToList());
    }

    private static PreparedRecord PrepareRecord(StreamRecord record)
    {
        StoreKeys.Check(record.Stream, "stream");
        return new(record.Stream, StoreJson.WriteObject(record.Value), StoreKeys.Hash(record.Partition));
    }

    private const string InsertDocument =
        "INSERT INTO documents (kind, key, version, value, updated_at, writer_id) VALUES ($kind, $key, 1, $value, $now, $writer) ON CONFLICT DO NOTHING";
    private const string UpdateDocument =
        "UPDATE documents SET version = version + 1, value = $value, updated_at = $now, writer_id = $writer WHERE kind = $kind AND key = $key AND version = $expected";

    private long WriteDocument(SqliteConnection connection, PreparedWrite prepared)
    {
        var (kind, key, _, expectedVersion, _, writerId) = prepared.Write;
        var command = SqliteStatements.Command(connection, null, expectedVersion is null ? InsertDocument : UpdateDocument);
        SqliteStatements.Set(command, "$kind", kind);
        SqliteStatements.Set(command, "$key", key);
        SqliteStatements.Set(command, "$value", prepared.Json);
        SqliteStatements.Set(command, "$now", prepared.Now.ToString("O"));
        SqliteStatements.Set(command, "$writer", (object?)writerId ?? DBNull.Value);
        long newVersion;
        if (expectedVersion is null) newVersion = 1;
        else
        {
            SqliteStatements.Set(command, "$expected", expectedVersion.Value);
            newVersion = expectedVersion.Value + 1;
        }
        if (command.ExecuteNonQuery() != 1) throw new ConcurrencyConflictException(kind, key);
        foreach (var record in prepared.Records) InsertRecord(connection, record, prepared.Now);
        return newVersion;
    }

    public Task<bool> DeleteAsync(string kind, string key, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        StoreKeys.Check(kind, "kind");
        StoreKeys.Check(key, "key");
        return Guard(() => _writer.RunAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM documents WHERE kind = $kind AND key = $key" + (expectedVersion is null ? "" : " AND version = $expected");
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$key", key);
            if (expectedVersion is not null) command.Parameters.AddWithValue("$expected", expectedVersion.Value);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken));
    }

    public Task<IReadOnlyList<(string Key, Versioned<T> Item)>> ListAsync<T>(string kind, string keyPrefix = "",
        int limit = 1000, CancellationToken cancellationToken = default)
    {
        StoreKeys.Check(kind, "kind");
        StoreKeys.Check(keyPrefix, "key prefix");
        return Guard<IReadOnlyList<(string, Versioned<T>)>>(async () =>
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, value, version, writer_id FROM documents WHERE kind = $kind AND substr(key, 1, length($prefix)) = $prefix ORDER BY key LIMIT $limit";
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$prefix", keyPrefix);
            command.Parameters.AddWithValue("$limit", limit);
            var result = new List<(string, Versioned<T>)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                result.Add((reader.GetString(0), new Versioned<T>(StoreJson.Read<T>(reader.GetString(1)), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3))));
            return result;
        });
    }

    public async Task AppendAsync(StreamRecord record, CancellationToken cancellationToken = default)
    {
        var prepared = PrepareRecord(record);
        var now = DateTimeOffset.UtcNow;
        try
        {
            await Guard(() => _writer.RunAsync(connection =>
            {
                InsertRecord(connection, prepared, now);
                return true;
            }, cancellationToken));
        }
        catch (StoreUnavailableException e) when (_options.LimitOf(record.Stream) is not null)
        {
            _logger?.LogWarning(e, "Record of capped stream {Stream} dropped: store unavailable", record.Stream);
        }
    }

    /// <summary>Inserts a record; for a capped stream first checks the partition's count, then, when a trim is due, trims by total and age.</summary>
    private const string CountRecords = "SELECT COUNT(*) FROM records WHERE stream = $stream AND partition = $partition";
    private const string InsertRecordSql = "INSERT INTO records (stream, value, created_at, partition) VALUES ($stream, $value, $now, $partition)";
    private const string TrimRecords = """
        DELETE FROM records WHERE stream = $stream AND (created_at < $cutoff OR id <= COALESCE(
            (SELECT id FROM records WHERE stream = $stream ORDER BY id DESC LIMIT 1 OFFSET $max), -1))
        """;

    private void InsertRecord(SqliteConnection connection, PreparedRecord record, DateTimeOffset now)
    {
        var limit = _options.LimitOf(record.Stream);
        if (limit is not null && record.Partition is not null)
        {
            var count = SqliteStatements.Command(connection, null, CountRecords);
            SqliteStatements.Set(count, "$stream", record.Stream);
            SqliteStatements.Set(count, "$partition", record.Partition);
            if (Convert.ToInt64(count.ExecuteScalar()) >= limit.MaxPerPartition) return;
        }
        var insert = SqliteStatements.Command(connection, null, InsertRecordSql);
        SqliteStatements.Set(insert, "$stream", record.Stream);
        SqliteStatements.Set(insert, "$partition", (object?)record.Partition ?? DBNull.Value);
        SqliteStatements.Set(insert, "$value", record.Json);
        SqliteStatements.Set(insert, "$now", now.ToString("O"));
        insert.ExecuteNonQuery();
        if (limit is null || !_trims.Due(record.Stream, limit)) return;
        var trim = SqliteStatements.Command(connection, null, TrimRecords);
        SqliteStatements.Set(trim, "$stream", record.Stream);
        SqliteStatements.Set(trim, "$cutoff", now.AddDays(-Math.Max(1, limit.RetentionDays)).ToString("O"));
        SqliteStatements.Set(trim, "$max", Math.Max(1, limit.MaxRecords));
        trim.ExecuteNonQuery();
    }

    public Task<IReadOnlyList<(DateTimeOffset At, T Value)>> ReadStreamAsync<T>(string stream, int limit = 100,
        CancellationToken cancellationToken = default)
    {
        StoreKeys.Check(stream, "stream");
        return Guard<IReadOnlyList<(DateTimeOffset, T)>>(async () =>
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
        });
    }

    public void Dispose()
    {
        _writer.Dispose();
        _readers.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
