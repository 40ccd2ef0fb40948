using System.Net.Sockets;
using Npgsql;
using NpgsqlTypes;

namespace SmartCity.Bot.Storage;

/// <summary>
/// The store for several bot instances: PostgreSQL, same semantics as <see cref="SqliteBotStore"/> — schema migrations
/// (serialised across instances by an advisory lock), optimistic concurrency on versions, and stream records written
/// in the same transaction as the document they accompany. A server that restarts is survived without restarting the
/// bot: dead pooled connections are dropped and a call that failed before its commit is tried again (bounded).
/// </summary>
public sealed class PostgresBotStore : IBotStore, IDisposable
{
    private const long MigrationLockId = 0x5C17_B07; // any constant shared by all instances
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400)];

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            kind TEXT NOT NULL, key TEXT NOT NULL, version BIGINT NOT NULL, value JSONB NOT NULL, updated_at TIMESTAMPTZ NOT NULL,
            PRIMARY KEY (kind, key));
        CREATE TABLE records (
            id BIGSERIAL PRIMARY KEY, stream TEXT NOT NULL, value JSONB NOT NULL, created_at TIMESTAMPTZ NOT NULL);
        CREATE INDEX ix_records_stream ON records (stream, id);
        """,
        // Hardening: who wrote a document version (own-write recognition) and whom a capped record counts against.
        """
        ALTER TABLE documents ADD COLUMN writer_id TEXT;
        ALTER TABLE records ADD COLUMN partition TEXT;
        CREATE INDEX ix_records_partition ON records (stream, partition) WHERE partition IS NOT NULL;
        """,
    ];

    private readonly NpgsqlDataSource _dataSource;
    private readonly StorageOptions _options;
    private readonly StreamTrimSchedule _trims = new();
    private readonly ILogger? _logger;

    public PostgresBotStore(string connectionString, StorageOptions? options = null, ILogger<PostgresBotStore>? logger = null)
    {
        _options = options ?? new StorageOptions();
        _logger = logger;
        _dataSource = NpgsqlDataSource.Create(connectionString);
        Migrate();
    }

    private void Migrate()
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockId})");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)");
        using var current = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", connection, transaction);
        var applied = Convert.ToInt32(current.ExecuteScalar());
        for (var i = applied; i < Migrations.Length; i++)
        {
            Execute(connection, transaction, Migrations[i]);
            Execute(connection, transaction, $"INSERT INTO schema_migrations (version, applied_at) VALUES ({i + 1}, now())");
        }
        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    /// <summary>Whether a call may have committed: once the commit is sent, a lost answer is not retried.</summary>
    private sealed class Attempt
    {
        public bool Committing { get; set; }
    }

    /// <summary>
    /// Runs a call; when the server cannot be reached (down, restarting, connection dropped) idle connections are
    /// discarded and the call is retried while nothing can have been committed, then reported as unavailable.
    /// </summary>
    private async Task<T> Resilient<T>(Func<Attempt, Task<T>> operation, CancellationToken ct)
    {
        for (var i = 0; ; i++)
        {
            var attempt = new Attempt();
            try { return await operation(attempt); }
            catch (Exception e) when (IsUnavailable(e))
            {
                _dataSource.Clear();
                if (attempt.Committing || i >= RetryDelays.Length) throw new StoreUnavailableException(e);
                await Task.Delay(RetryDelays[i], ct);
            }
        }
    }

    private static bool IsUnavailable(Exception e) => e switch
    {
        PostgresException p => p.IsTransient || p.SqlState.StartsWith("57P", StringComparison.Ordinal) || p.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is IOException or SocketException or TimeoutException or EndOfStreamException,
        IOException or SocketException => true,
        _ => false,
    };

    public Task<Versioned<T>?> GetAsync<T>(string kind, string key, CancellationToken cancellationToken = default)
    {
        StoreKeys.Check(kind, "kind");
        StoreKeys.Check(key, "key");
        return Resilient<Versioned<T>?>(async _ =>
        {
            await using var command = _dataSource.CreateCommand("SELECT value::text, version, writer_id FROM documents WHERE kind = $1 AND key = $2");
            command.Parameters.AddWithValue(kind);
            command.Parameters.AddWithValue(key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return null;
            return new Versioned<T>(StoreJson.Read<T>(reader.GetString(0)), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        }, cancellationToken);
    }

    public async Task<long> PutAsync<T>(string kind, string key, T value, long? expectedVersion,
        IReadOnlyList<StreamRecord>? alsoAppend = null, CancellationToken cancellationToken = default, string? writerId = null) =>
        (await WriteAllAsync([(new DocumentWrite(kind, key, value!, expectedVersion, alsoAppend, writerId), StoreJson.Write(value))], cancellationToken))[0];

    public Task<IReadOnlyList<long>> PutAllAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default) =>
        WriteAllAsync(writes.Select(w => (w, StoreJson.WriteObject(w.Value))).ToList(), cancellationToken);

    /// <summary>Writes documents (and their records) in one transaction, retried while nothing can have committed.</summary>
    private Task<IReadOnlyList<long>> WriteAllAsync(IReadOnlyList<(DocumentWrite Write, string Json)> writes, CancellationToken cancellationToken)
    {
        foreach (var (write, _) in writes)
        {
            StoreKeys.Check(write.Kind, "kind");
            StoreKeys.Check(write.Key, "key");
            foreach (var record in write.AlsoAppend ?? []) StoreKeys.Check(record.Stream, "stream");
        }
        return Resilient<IReadOnlyList<long>>(async attempt =>
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var versions = new List<long>(writes.Count);
            foreach (var ((kind, key, _, expectedVersion, alsoAppend, writerId), json) in writes)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.Parameters.AddWithValue(kind);
                command.Parameters.AddWithValue(key);
                command.Parameters.Add(new NpgsqlParameter { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb });
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)writerId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
                if (expectedVersion is null)
                {
                    command.CommandText = "INSERT INTO documents (kind, key, version, value, updated_at, writer_id) VALUES ($1, $2, 1, $3, now(), $4) ON CONFLICT DO NOTHING";
                    versions.Add(1);
                }
                else
                {
                    command.CommandText = "UPDATE documents SET version = version + 1, value = $3, updated_at = now(), writer_id = $4 WHERE kind = $1 AND key = $2 AND version = $5";
                    command.Parameters.AddWithValue(expectedVersion.Value);
                    versions.Add(expectedVersion.Value + 1);
                }
                if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    throw new ConcurrencyConflictException(kind, key);
                }
                foreach (var record in alsoAppend ?? []) await InsertRecordAsync(connection, transaction, record, cancellationToken);
            }
            attempt.Committing = true;
            await transaction.CommitAsync(cancellationToken);
            return versions;
        }, cancellationToken);
    }

    public Task<bool> DeleteAsync(string kind, string key, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        StoreKeys.Check(kind, "kind");
        StoreKeys.Check(key, "key");
        return Resilient(async attempt =>
        {
            await using var command = _dataSource.CreateCommand(
                "DELETE FROM documents WHERE kind = $1 AND key = $2" + (expectedVersion is null ? "" : " AND version = $3"));
            command.Parameters.AddWithValue(kind);
            command.Parameters.AddWithValue(key);
            if (expectedVersion is not null) command.Parameters.AddWithValue(expectedVersion.Value);
            // A single statement commits as it runs: a lost answer is not retried.
            attempt.Committing = true;
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<(string Key, Versioned<T> Item)>> ListAsync<T>(string kind, string keyPrefix = "",
        int limit = 1000, CancellationToken cancellationToken = default)
    {
        StoreKeys.Check(kind, "kind");
        StoreKeys.Check(keyPrefix, "key prefix");
        return Resilient<IReadOnlyList<(string, Versioned<T>)>>(async _ =>
        {
            // starts_with rather than LIKE: keys may hold % or _.
            await using var command = _dataSource.CreateCommand(
                "SELECT key, value::text, version, writer_id FROM documents WHERE kind = $1 AND starts_with(key, $2) ORDER BY key COLLATE \"C\" LIMIT $3");
            command.Parameters.AddWithValue(kind);
            command.Parameters.AddWithValue(keyPrefix);
            command.Parameters.AddWithValue(limit);
            var result = new List<(string, Versioned<T>)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                result.Add((reader.GetString(0), new Versioned<T>(StoreJson.Read<T>(reader.GetString(1)), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3))));
            return result;
        }, cancellationToken);
    }

    public async Task AppendAsync(StreamRecord record, CancellationToken cancellationToken = default)
    {
        StoreKeys.Check(record.Stream, "stream");
        try
        {
            await Resilient(async attempt =>
            {
                await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await InsertRecordAsync(connection, transaction, record, cancellationToken);
                attempt.Committing = true;
                await transaction.CommitAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (StoreUnavailableException e) when (_options.LimitOf(record.Stream) is not null)
        {
            _logger?.LogWarning(e, "Record of capped stream {Stream} dropped: store unavailable", record.Stream);
        }
    }

    /// <summary>Inserts a record; for a capped stream first checks the partition's count, then, when a trim is due, trims by total and age.</summary>
    private async Task InsertRecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StreamRecord record, CancellationToken ct)
    {
        StoreKeys.Check(record.Stream, "stream");
        var limit = _options.LimitOf(record.Stream);
        var partition = StoreKeys.Hash(record.Partition);
        if (limit is not null && partition is not null)
        {
            await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM records WHERE stream = $1 AND partition = $2", connection, transaction);
            count.Parameters.AddWithValue(record.Stream);
            count.Parameters.AddWithValue(partition);
            if (Convert.ToInt64(await count.ExecuteScalarAsync(ct)) >= limit.MaxPerPartition) return;
        }
        await using var command = new NpgsqlCommand("INSERT INTO records (stream, value, created_at, partition) VALUES ($1, $2, clock_timestamp(), $3)", connection, transaction);
        command.Parameters.AddWithValue(record.Stream);
        command.Parameters.Add(new NpgsqlParameter { Value = StoreJson.WriteObject(record.Value), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)partition ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(ct);
        if (limit is null || !_trims.Due(record.Stream, limit)) return;
        await using var trim = new NpgsqlCommand("""
            DELETE FROM records WHERE stream = $1 AND (created_at < clock_timestamp() - make_interval(days => $2) OR id <= COALESCE(
                (SELECT id FROM records WHERE stream = $1 ORDER BY id DESC LIMIT 1 OFFSET $3), -1))
            """, connection, transaction);
        trim.Parameters.AddWithValue(record.Stream);
        trim.Parameters.AddWithValue(Math.Max(1, limit.RetentionDays));
        trim.Parameters.AddWithValue(Math.Max(1, limit.MaxRecords));
        await trim.ExecuteNonQueryAsync(ct);
    }

    public Task<IReadOnlyList<(DateTimeOffset At, T Value)>> ReadStreamAsync<T>(string stream, int limit = 100,
        CancellationToken cancellationToken = default)
    {
        StoreKeys.Check(stream, "stream");
        return Resilient<IReadOnlyList<(DateTimeOffset, T)>>(async _ =>
        {
            await using var command = _dataSource.CreateCommand("SELECT created_at, value::text FROM records WHERE stream = $1 ORDER BY id DESC LIMIT $2");
            command.Parameters.AddWithValue(stream);
            command.Parameters.AddWithValue(limit);
            var result = new List<(DateTimeOffset, T)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                result.Add((new DateTimeOffset(reader.GetDateTime(0), TimeSpan.Zero), StoreJson.Read<T>(reader.GetString(1))));
            return result;
        }, cancellationToken);
    }

    public void Dispose() => _dataSource.Dispose();
}
