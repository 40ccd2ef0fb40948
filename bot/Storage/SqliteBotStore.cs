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
    ];

    private readonly string _connectionString;
    // One writer at a time inside this process; SQLite's busy timeout covers other processes.
    private readonly SemaphoreSlim _writeLock = new(1, 1);

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

    public async Task<long> PutAsync<T>(string kind, string key, T value, long? expectedVersion,
        IReadOnlyList<StreamRecord>? alsoAppend = null, CancellationToken cancellationToken = default)
    {
        var json = StoreJson.Write(value);
        var now = DateTimeOffset.UtcNow.ToString("O");
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
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1) throw new ConcurrencyConflictException(kind, key);
            foreach (var record in alsoAppend ?? []) await InsertRecordAsync(connection, transaction, record, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return newVersion;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<bool> DeleteAsync(string kind, string key, long? expectedVersion = null, CancellationToken cancellationToken = default)
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
    }

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

    public async Task AppendAsync(StreamRecord record, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await InsertRecordAsync(connection, transaction, record, DateTimeOffset.UtcNow.ToString("O"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static async Task InsertRecordAsync(SqliteConnection connection, SqliteTransaction transaction, StreamRecord record,
        string now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO records (stream, value, created_at) VALUES ($stream, $value, $now)";
        command.Parameters.AddWithValue("$stream", record.Stream);
        command.Parameters.AddWithValue("$value", StoreJson.WriteObject(record.Value));
        command.Parameters.AddWithValue("$now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
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
        _writeLock.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
