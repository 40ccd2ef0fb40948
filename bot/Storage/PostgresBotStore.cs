using Npgsql;
using NpgsqlTypes;

namespace SmartCity.Bot.Storage;

/// <summary>
/// The store for several bot instances: PostgreSQL, same semantics as <see cref="SqliteBotStore"/> — schema migrations
/// (serialised across instances by an advisory lock), optimistic concurrency on versions, and stream records written
/// in the same transaction as the document they accompany.
/// </summary>
public sealed class PostgresBotStore : IBotStore, IDisposable
{
    private const long MigrationLockId = 0x5C17_B07; // any constant shared by all instances

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
    ];

    private readonly NpgsqlDataSource _dataSource;

    public PostgresBotStore(string connectionString)
    {
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

    public async Task<Versioned<T>?> GetAsync<T>(string kind, string key, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT value::text, version FROM documents WHERE kind = $1 AND key = $2");
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new Versioned<T>(StoreJson.Read<T>(reader.GetString(0)), reader.GetInt64(1));
    }

    public async Task<long> PutAsync<T>(string kind, string key, T value, long? expectedVersion,
        IReadOnlyList<StreamRecord>? alsoAppend = null, CancellationToken cancellationToken = default) =>
        (await WriteAllAsync([(new DocumentWrite(kind, key, value!, expectedVersion, alsoAppend), StoreJson.Write(value))], cancellationToken))[0];

    public Task<IReadOnlyList<long>> PutAllAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken = default) =>
        WriteAllAsync(writes.Select(w => (w, StoreJson.WriteObject(w.Value))).ToList(), cancellationToken);

    private async Task<IReadOnlyList<long>> WriteAllAsync(IReadOnlyList<(DocumentWrite Write, string Json)> writes, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var versions = new List<long>(writes.Count);
        foreach (var ((kind, key, _, expectedVersion, alsoAppend), json) in writes)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.Parameters.AddWithValue(kind);
            command.Parameters.AddWithValue(key);
            command.Parameters.Add(new NpgsqlParameter { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb });
            if (expectedVersion is null)
            {
                command.CommandText = "INSERT INTO documents (kind, key, version, value, updated_at) VALUES ($1, $2, 1, $3, now()) ON CONFLICT DO NOTHING";
                versions.Add(1);
            }
            else
            {
                command.CommandText = "UPDATE documents SET version = version + 1, value = $3, updated_at = now() WHERE kind = $1 AND key = $2 AND version = $4";
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
        await transaction.CommitAsync(cancellationToken);
        return versions;
    }

    public async Task<bool> DeleteAsync(string kind, string key, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(
            "DELETE FROM documents WHERE kind = $1 AND key = $2" + (expectedVersion is null ? "" : " AND version = $3"));
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(key);
        if (expectedVersion is not null) command.Parameters.AddWithValue(expectedVersion.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<(string Key, Versioned<T> Item)>> ListAsync<T>(string kind, string keyPrefix = "",
        int limit = 1000, CancellationToken cancellationToken = default)
    {
        // starts_with rather than LIKE: keys may hold % or _.
        await using var command = _dataSource.CreateCommand(
            "SELECT key, value::text, version FROM documents WHERE kind = $1 AND starts_with(key, $2) ORDER BY key COLLATE \"C\" LIMIT $3");
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(keyPrefix);
        command.Parameters.AddWithValue(limit);
        var result = new List<(string, Versioned<T>)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result.Add((reader.GetString(0), new Versioned<T>(StoreJson.Read<T>(reader.GetString(1)), reader.GetInt64(2))));
        return result;
    }

    public async Task AppendAsync(StreamRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertRecordAsync(connection, transaction, record, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task InsertRecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StreamRecord record, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("INSERT INTO records (stream, value, created_at) VALUES ($1, $2, clock_timestamp())", connection, transaction);
        command.Parameters.AddWithValue(record.Stream);
        command.Parameters.Add(new NpgsqlParameter { Value = StoreJson.WriteObject(record.Value), NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<(DateTimeOffset At, T Value)>> ReadStreamAsync<T>(string stream, int limit = 100,
        CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("SELECT created_at, value::text FROM records WHERE stream = $1 ORDER BY id DESC LIMIT $2");
        command.Parameters.AddWithValue(stream);
        command.Parameters.AddWithValue(limit);
        var result = new List<(DateTimeOffset, T)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result.Add((new DateTimeOffset(reader.GetDateTime(0), TimeSpan.Zero), StoreJson.Read<T>(reader.GetString(1))));
        return result;
    }

    public void Dispose() => _dataSource.Dispose();
}
