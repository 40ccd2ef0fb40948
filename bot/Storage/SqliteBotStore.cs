using Microsoft.Data.Sqlite;

namespace SmartCity.Bot.Storage;

/// <summary>
/// The embedded default store: one SQLite file, WAL journal with synchronous=FULL so a committed write survives a
/// crash, schema migrations applied at start.
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
    private readonly ILogger? _logger;
    // One writer at a time inside this process; SQLite's busy timeout covers other processes.
    private readonly SemaphoreSlim _writeLock = new(1, 1);

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
    }

    public string ConnectionString => _connectionString;

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private void Migrate()
    {
        using var connection = Open();
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
        return Guard<Versioned<T>?>(async () =>
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT value, version, writer_id FROM documents WHERE kind = $kind AND key = $key";
            command.Parameters.AddWithValue("$kind", kind);
            command.Parameters.AddWithValue("$key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return null;
            return new Versioned<T>(StoreJson.Read<T>(reader.GetString(0)), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        });
    }

    public Task<long> PutAsync<T>(string kind, string key, T value, long? expectedVersion,
        IReadOnlyList<StreamRecord>? alsoAppend = null, CancellationToken cancellationToken = default, string? writerId = null)
    {
        StoreKeys.Check(kind, "kind");
        StoreKeys.Check(key, "key");
        var json = StoreJson.Write(value);
        var now = DateTimeOffset.UtcNow.ToString("O");
        return Guard(async () =>
        {
            await _writeLock.WaitAsync(cancellationToken);
            try
            {
                await using var connection = Open();
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.Parameters.AddWithValue("$kind", kind);
                command.Parameters.AddWithValue("$key", key);
                command.Parameters.AddWithValue("$value", json);
                command.Parameters.AddWithValue("$now", now);
                command.Parameters.AddWithValue("$writer", (object?)writerId ?? DBNull.Value);
                long newVersion;
                if (expectedVersion is null)
                {
                    command.CommandText = "INSERT INTO documents (kind, key, version, value, updated_at, writer_id) VALUES ($kind, $key, 1, $value, $now, $writer) ON CONFLICT DO NOTHING";
                    newVersion = 1;
                }
                else
                {
                    command.CommandText = "UPDATE documents SET version = version + 1, value = $value, updated_at = $now, writer_id = $writer WHERE kind = $kind AND key = $key AND version = $expected";
                    command.Parameters.AddWithValue("$expected", expectedVersion.Value);
                    newVersion = expectedVersion.Value + 1;
                }
                if (await command.ExecuteNonQueryAsync(cancellationToken) != 1) throw new ConcurrencyConflictException(kind, key);
                foreach (var record in alsoAppend ?? []) await InsertRecordAsync(connection, transaction, record, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return newVersion;
            }
            finally
            {
                _writeLock.Release();
            }
        });
    }

    public Task<bool> DeleteAsync(string kind, string key, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        StoreKeys.Check(kind, "kind");
        StoreKeys.Check(key, "key");
        return Guard(async () =>
        {
            await _writeLock.WaitAsync(cancellationToken);
            try
            {
                await using var connection = Open();
                await using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM documents WHERE kind = $kind AND key = $key" + (expectedVersion is null ? "" : " AND version = $expected");
                command.Parameters.AddWithValue("$kind", kind);
                command.Parameters.AddWithValue("$key", key);
                if (expectedVersion is not null) command.Parameters.AddWithValue("$expected", expectedVersion.Value);
                return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
            }
            finally
            {
                _writeLock.Release();
            }
        });
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
        StoreKeys.Check(record.Stream, "stream");
        try
        {
            await Guard(async () =>
            {
                await _writeLock.WaitAsync(cancellationToken);
                try
                {
                    await using var connection = Open();
                    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                    await InsertRecordAsync(connection, transaction, record, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return true;
                }
                finally
                {
                    _writeLock.Release();
                }
            });
        }
        catch (StoreUnavailableException e) when (_options.LimitOf(record.Stream) is not null)
        {
            _logger?.LogWarning(e, "Record of capped stream {Stream} dropped: store unavailable", record.Stream);
        }
    }

    /// <summary>Inserts a record; for a capped stream first checks the partition's count, then trims by total and age.</summary>
    private async Task InsertRecordAsync(SqliteConnection connection, SqliteTransaction transaction, StreamRecord record, CancellationToken cancellationToken)
    {
        StoreKeys.Check(record.Stream, "stream");
        var limit = _options.LimitOf(record.Stream);
        var partition = StoreKeys.Hash(record.Partition);
        var now = DateTimeOffset.UtcNow;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$stream", record.Stream);
        command.Parameters.AddWithValue("$partition", (object?)partition ?? DBNull.Value);
        if (limit is not null && partition is not null)
        {
            command.CommandText = "SELECT COUNT(*) FROM records WHERE stream = $stream AND partition = $partition";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) >= limit.MaxPerPartition) return;
        }
        command.CommandText = "INSERT INTO records (stream, value, created_at, partition) VALUES ($stream, $value, $now, $partition)";
        command.Parameters.AddWithValue("$value", StoreJson.WriteObject(record.Value));
        command.Parameters.AddWithValue("$now", now.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (limit is null) return;
        command.CommandText = """
            DELETE FROM records WHERE stream = $stream AND (created_at < $cutoff OR id <= COALESCE(
                (SELECT id FROM records WHERE stream = $stream ORDER BY id DESC LIMIT 1 OFFSET $max), -1))
            """;
        command.Parameters.AddWithValue("$cutoff", now.AddDays(-Math.Max(1, limit.RetentionDays)).ToString("O"));
        command.Parameters.AddWithValue("$max", Math.Max(1, limit.MaxRecords));
        await command.ExecuteNonQueryAsync(cancellationToken);
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
        _writeLock.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
