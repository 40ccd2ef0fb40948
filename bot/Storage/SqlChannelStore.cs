using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SmartCity.Bot.Storage;

/// <summary>
/// <see cref="IChannelStore"/> on the configured database (SQLite file or PostgreSQL), in tables of its own. The SQL is
/// the common subset both understand (named parameters, RETURNING, ON CONFLICT); times are Unix milliseconds.
/// </summary>
public sealed class SqlChannelStore : IChannelStore, IDisposable
{
    private const long SchemaLockId = 0x5C17_B08;
    private const long ClaimPruneEvery = 500;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS dl_conversations (
            id TEXT PRIMARY KEY, user_id TEXT NOT NULL, started INTEGER NOT NULL, last_seq BIGINT NOT NULL, last_ts BIGINT NOT NULL,
            last_active BIGINT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_dl_conversations_active ON dl_conversations (last_active);
        CREATE TABLE IF NOT EXISTS dl_activities (
            conversation_id TEXT NOT NULL, seq BIGINT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (conversation_id, seq));
        CREATE TABLE IF NOT EXISTS seen_activities (key TEXT PRIMARY KEY, at BIGINT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_seen_activities_at ON seen_activities (at);
        """;

    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly bool _postgres;
    private readonly IDisposable? _owned;
    private long _claims;

    private SqlChannelStore(Func<CancellationToken, Task<DbConnection>> open, bool postgres, IDisposable? owned)
    {
        _open = open;
        _postgres = postgres;
        _owned = owned;
        CreateSchema();
    }

    public static SqlChannelStore Sqlite(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
        return new SqlChannelStore(async ct =>
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
            await pragma.ExecuteNonQueryAsync(ct);
            return connection;
        }, postgres: false, owned: null);
    }

    public static SqlChannelStore Postgres(string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        return new SqlChannelStore(async ct => await dataSource.OpenConnectionAsync(ct), postgres: true, owned: dataSource);
    }

    private void CreateSchema()
    {
        using var connection = _open(CancellationToken.None).GetAwaiter().GetResult();
        using var transaction = connection.BeginTransaction();
        // Instances starting together would race on CREATE TABLE IF NOT EXISTS in PostgreSQL; SQLite's BEGIN IMMEDIATE serialises them.
        if (_postgres) Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({SchemaLockId})");
        Execute(connection, transaction, Schema);
        transaction.Commit();
    }

    public async Task<bool> CreateConversationAsync(string id, string userId, DateTimeOffset now, ConversationLimits limits, CancellationToken cancellationToken = default)
    {
        await using var connection = await _open(cancellationToken);
        // Creations are serialised so the cap holds across instances: an advisory lock in PostgreSQL (read committed, no
        // serialization failures), BEGIN IMMEDIATE in SQLite.
        await using var transaction = await connection.BeginTransactionAsync(_postgres ? IsolationLevel.ReadCommitted : IsolationLevel.Serializable, cancellationToken);
        if (_postgres) await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({SchemaLockId})", cancellationToken);
        await ExecuteAsync(connection, transaction,
            "DELETE FROM dl_activities WHERE conversation_id IN (SELECT id FROM dl_conversations WHERE last_active < @idle)", cancellationToken, ("idle", Ms(limits.IdleBefore)));
        await ExecuteAsync(connection, transaction, "DELETE FROM dl_conversations WHERE last_active < @idle", cancellationToken, ("idle", Ms(limits.IdleBefore)));

        var count = Convert.ToInt64(await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM dl_conversations", cancellationToken));
        var excess = count - Math.Max(1, limits.MaxConversations) + 1;
        if (excess > 0)
        {
            // Make room from the least recently active, but never from conversations someone is using right now.
            const string victims = "SELECT id FROM dl_conversations WHERE last_active < @active ORDER BY last_active LIMIT @n";
            await ExecuteAsync(connection, transaction, $"DELETE FROM dl_activities WHERE conversation_id IN ({victims})", cancellationToken,
                ("active", Ms(limits.ActiveSince)), ("n", excess));
            var removed = await ExecuteAsync(connection, transaction, $"DELETE FROM dl_conversations WHERE id IN ({victims})", cancellationToken,
                ("active", Ms(limits.ActiveSince)), ("n", excess));
            if (removed < excess)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
        }
        await ExecuteAsync(connection, transaction,
            "INSERT INTO dl_conversations (id, user_id, started, last_seq, last_ts, last_active) VALUES (@id, @user, 0, 0, 0, @now) ON CONFLICT (id) DO NOTHING", cancellationToken,
            ("id", id), ("user", userId), ("now", Ms(now)));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<ChannelConversation?> FindConversationAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _open(cancellationToken);
        return await FindAsync(connection, null, id, cancellationToken);
    }

    public async Task<bool> TryStartAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _open(cancellationToken);
        return await ExecuteAsync(connection, null, "UPDATE dl_conversations SET started = 1 WHERE id = @id AND started = 0", cancellationToken, ("id", id)) == 1;
    }

    public async Task<TranscriptEntry?> AppendAsync(string conversationId, DateTimeOffset now, int keep,
        Func<long, DateTimeOffset, string> render, CancellationToken cancellationToken = default, long maxChars = long.MaxValue)
    {
        await using var connection = await _open(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long sequence, timestamp;
        // The row update takes the conversation's lock: appends from several instances get consecutive numbers.
        await using (var next = Command(connection, transaction,
            "UPDATE dl_conversations SET last_seq = last_seq + 1, last_ts = CASE WHEN @now > last_ts THEN @now ELSE last_ts + 1 END, last_active = @now " +
            "WHERE id = @id RETURNING last_seq, last_ts", ("now", Ms(now)), ("id", conversationId)))
        await using (var reader = await next.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken)) return null;
            sequence = reader.GetInt64(0);
            timestamp = reader.GetInt64(1);
        }
        var json = render(sequence, DateTimeOffset.FromUnixTimeMilliseconds(timestamp));
        await ExecuteAsync(connection, transaction, "INSERT INTO dl_activities (conversation_id, seq, value) VALUES (@id, @seq, @value)", cancellationToken,
            ("id", conversationId), ("seq", sequence), ("value", json));
        await ExecuteAsync(connection, transaction, "DELETE FROM dl_activities WHERE conversation_id = @id AND seq <= @oldest", cancellationToken,
            ("id", conversationId), ("oldest", sequence - Math.Max(1, keep)));
        // Bounded in size too: the oldest go first, the newest activity always stays.
        await ExecuteAsync(connection, transaction,
            "DELETE FROM dl_activities WHERE conversation_id = @id AND seq < @seq AND seq <= (SELECT COALESCE(MAX(seq), 0) FROM " +
            "(SELECT seq, SUM(LENGTH(value)) OVER (ORDER BY seq DESC) AS running FROM dl_activities WHERE conversation_id = @id) t WHERE running > @max)",
            cancellationToken, ("id", conversationId), ("seq", sequence), ("max", maxChars));
        await transaction.CommitAsync(cancellationToken);
        return new TranscriptEntry(sequence, json);
    }

    public async Task<(ChannelConversation Conversation, IReadOnlyList<TranscriptEntry> Entries)?> ReadAsync(string conversationId, long afterSequence, int limit,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await _open(cancellationToken);
        // A reader keeps its conversation active; written at most every 30 s so polling does not become a write per poll.
        await ExecuteAsync(connection, null, "UPDATE dl_conversations SET last_active = @now WHERE id = @id AND last_active < @stale", cancellationToken,
            ("now", Ms(now)), ("id", conversationId), ("stale", Ms(now) - 30_000));
        var conversation = await FindAsync(connection, null, conversationId, cancellationToken);
        if (conversation is null) return null;
        var entries = new List<TranscriptEntry>();
        await using var command = Command(connection, null,
            "SELECT seq, value FROM dl_activities WHERE conversation_id = @id AND seq > @after ORDER BY seq LIMIT @limit",
            ("id", conversationId), ("after", afterSequence), ("limit", Math.Max(1, limit)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) entries.Add(new TranscriptEntry(reader.GetInt64(0), reader.GetString(1)));
        return (conversation, entries);
    }

    public async Task<bool> TryClaimActivityAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken = default)
    {
        await using var connection = await _open(cancellationToken);
        var windowMs = (long)window.TotalMilliseconds;
        // Claims older than the window are dropped now and then, so the table stays the size of one window.
        if (Interlocked.Increment(ref _claims) % ClaimPruneEvery == 0)
            await ExecuteAsync(connection, null, "DELETE FROM seen_activities WHERE at < @before", cancellationToken, ("before", Ms(now) - windowMs));
        return await ExecuteAsync(connection, null,
            "INSERT INTO seen_activities (key, at) VALUES (@key, @now) ON CONFLICT (key) DO UPDATE SET at = excluded.at WHERE seen_activities.at < @before",
            cancellationToken, ("key", key), ("now", Ms(now)), ("before", Ms(now) - windowMs)) == 1;
    }

    public async Task ReleaseActivityAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await _open(cancellationToken);
        await ExecuteAsync(connection, null, "DELETE FROM seen_activities WHERE key = @key", cancellationToken, ("key", key));
    }

    private static async Task<ChannelConversation?> FindAsync(DbConnection connection, DbTransaction? transaction, string id, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, "SELECT user_id, started, last_seq FROM dl_conversations WHERE id = @id", ("id", id));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new ChannelConversation(id, reader.GetString(0), reader.GetInt32(1) != 0, reader.GetInt64(2)) : null;
    }

    private static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, sql);
        return await command.ExecuteScalarAsync(ct);
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _owned?.Dispose();
}
