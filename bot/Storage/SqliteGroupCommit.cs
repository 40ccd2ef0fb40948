using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace SmartCity.Bot.Storage;

/// <summary>
/// Group commit for SQLite: one thread owns the write connection, and the writes queued while it commits share the
/// next transaction — one fsync (synchronous=FULL) for many turns. Each write runs inside its own savepoint, so a
/// conflicting or failing write is undone alone; every caller is answered only after the commit that holds its write
/// is durable. Checkpoints run apart, so no acknowledged write waits for one.
/// </summary>
internal sealed class SqliteGroupCommit : IDisposable
{
    private const int MaxBatch = 256;
    // Beyond this many WAL frames (≈ 32 MB at 4 KB pages) the writer restarts the WAL between two batches.
    public const long DefaultRestartFrames = 8192;
    private readonly long _restartFrames;
    // Bounded: callers wait for room rather than growing the queue (each caller is a request waiting for its turn).
    private readonly Channel<Work> _queue = Channel.CreateBounded<Work>(new BoundedChannelOptions(1024) { SingleReader = true });
    private readonly string _connectionString;
    private readonly Thread _thread;
    private readonly Timer _checkpoints;
    private int _checkpointing;
    private int _restartWanted;
    private long _commitsSinceCheckpoint;
    private readonly ManualResetEventSlim _wake = new(false, spinCount: 0);
    private readonly Action _setWake;

    public SqliteGroupCommit(string connectionString, long restartFrames = DefaultRestartFrames, TimeSpan? checkpointEvery = null)
    {
        _connectionString = connectionString;
        _restartFrames = restartFrames;
        _setWake = _wake.Set;
        _thread = new Thread(WriteLoop) { IsBackground = true, Name = "sqlite-group-commit" };
        _thread.Start();
        var every = checkpointEvery ?? TimeSpan.FromSeconds(1);
        _checkpoints = new Timer(_ => Checkpoint(), null, every, every);
    }

    /// <summary>Runs <paramref name="write"/> in the next group transaction; returns once that transaction is committed.</summary>
    public async Task<T> RunAsync<T>(Func<SqliteConnection, T> write, CancellationToken cancellationToken)
    {
        var work = new Work<T>(write);
        await _queue.Writer.WriteAsync(work, cancellationToken);
        // Once queued the write may commit: its caller waits for the outcome rather than abandoning it.
        return await work.Task;
    }

    private void WriteLoop()
    {
        var batch = new List<Work>(MaxBatch);
        SqliteConnection? connection = null;
        while (WaitForWork())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var work)) batch.Add(work);
            try
            {
                connection ??= OpenWriter();
                // BEGIN and COMMIT as this connection's prepared statements: SqliteTransaction prepares both afresh for
                // every batch and leaves finalizable handles behind. A failed batch is rolled back by closing the connection.
                Run(connection, "BEGIN IMMEDIATE");
                foreach (var work in batch) work.Execute(connection);
                Run(connection, "COMMIT");
                Interlocked.Increment(ref _commitsSinceCheckpoint);
                foreach (var work in batch) work.Complete();
                if (Interlocked.Exchange(ref _restartWanted, 0) == 1) RestartWal(connection);
            }
            catch (Exception e)
            {
                // Nothing of this batch is committed: every caller hears so. A fresh connection for the next batch.
                foreach (var work in batch) work.Fail(e);
                connection?.Dispose();
                connection = null;
            }
        }
        connection?.Dispose();
    }

    /// <summary>
    /// Blocks this thread until a write is queued. Through one reusable event with no spinning: waiting on the task itself
    /// would spin (SpinWait, sched_yield) every time the queue runs dry — once per commit under light load, CPU taken from
    /// turns — and a task's own wait handle is a new kernel object each time, left to the finalizer.
    /// </summary>
    private bool WaitForWork()
    {
        var ready = _queue.Reader.WaitToReadAsync();
        if (!ready.IsCompleted)
        {
            _wake.Reset();
            ready.GetAwaiter().UnsafeOnCompleted(_setWake);
            _wake.Wait();
        }
        return ready.GetAwaiter().GetResult();
    }

    private static void Run(SqliteConnection connection, string sql) =>
        SqliteStatements.Command(connection, null, sql).ExecuteNonQuery();

    private SqliteConnection OpenWriter()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // wal_autocheckpoint=0: the timer checkpoints instead, off the commit path; the size limit trims the WAL after.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=0; PRAGMA journal_size_limit=67108864;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>
    /// Under steady load a PASSIVE checkpoint never finds the WAL idle, so the file would only grow. The writer, between
    /// two batches, copies what is left and rewinds it (RESTART waits for readers, which are short); the size limit
    /// then trims the file.
    /// </summary>
    private static void RestartWal(SqliteConnection connection)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(RESTART);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException) { /* tried again after the next checkpoint */ }
    }

    /// <summary>Copies committed WAL frames into the database (PASSIVE: never blocks the writer).</summary>
    internal void Checkpoint()
    {
        if (Interlocked.Exchange(ref _commitsSinceCheckpoint, 0) == 0 || Interlocked.Exchange(ref _checkpointing, 1) == 1) return;
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=FULL; PRAGMA wal_checkpoint(PASSIVE);";
            using var result = command.ExecuteReader();
            // (busy, frames in the WAL, frames copied): a WAL that keeps growing is one no checkpoint could restart.
            if (result.Read() && result.GetInt64(1) >= _restartFrames) Volatile.Write(ref _restartWanted, 1);
        }
        catch (SqliteException) { /* retried on the next tick; the WAL keeps every committed write meanwhile */ }
        finally
        {
            Volatile.Write(ref _checkpointing, 0);
        }
    }

    public void Dispose()
    {
        _checkpoints.Dispose();
        _queue.Writer.TryComplete();
        if (_thread.Join(TimeSpan.FromSeconds(30))) _wake.Dispose();
    }

    private abstract class Work
    {
        public abstract void Execute(SqliteConnection connection);
        public abstract void Complete();
        public abstract void Fail(Exception exception);
    }

    private sealed class Work<T>(Func<SqliteConnection, T> write) : Work
    {
        private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _error;

        public Task<T> Task => _outcome.Task;

        public override void Execute(SqliteConnection connection)
        {
            // One write at a time, so one savepoint name serves them all (its statements stay prepared).
            Run(connection, "SAVEPOINT w");
            try
            {
                _result = write(connection);
                Run(connection, "RELEASE w");
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 or 10 or 13)
            {
                throw; // busy, locked, I/O error, disk full: the transaction itself is in doubt — the whole batch fails
            }
            catch (Exception e)
            {
                // This write alone is undone (a version conflict, a constraint): the others in the batch go ahead.
                Run(connection, "ROLLBACK TO w");
                Run(connection, "RELEASE w");
                _error = e;
            }
        }


        public override void Complete()
        {
            if (_error is null) _outcome.TrySetResult(_result!);
            else _outcome.TrySetException(_error);
        }

        public override void Fail(Exception exception) => _outcome.TrySetException(exception);
    }
}
