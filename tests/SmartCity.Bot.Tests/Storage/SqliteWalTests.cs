using Microsoft.Data.Sqlite;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Tests.Storage;

/// <summary>
/// Under steady load a passive checkpoint never finds the write-ahead log idle, so without a restart the file grows
/// with every write. Small thresholds here stand for the production ones (32 MB, every second).
/// </summary>
public sealed class SqliteWalTests
{
    [Fact]
    public async Task The_write_ahead_log_stays_bounded_while_reads_and_writes_never_pause()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("smartcity-wal-").FullName, "bot.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        using (var setup = new SqliteConnection(connectionString))
        {
            setup.Open();
            using var create = setup.CreateCommand();
            create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }
        var value = new string('x', 3000); // about a page per row
        using var cancel = new CancellationTokenSource();
        long largestWal = 0;
        // The timer is off: the test checkpoints between rounds itself, as the timer would every second.
        using (var commits = new SqliteGroupCommit(connectionString, restartFrames: 64, checkpointEvery: Timeout.InfiniteTimeSpan))
        {
            // A reader always in the middle of a read, as many turns are at once.
            var reader = Task.Run(() =>
            {
                using var connection = new SqliteConnection(connectionString);
                connection.Open();
                using var read = connection.CreateCommand();
                read.CommandText = "SELECT count(*) FROM t";
                while (!cancel.IsCancellationRequested) read.ExecuteScalar();
            });
            for (var round = 0; round < 30; round++)
            {
                await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => commits.RunAsync(connection =>
                {
                    using var insert = connection.CreateCommand();
                    insert.CommandText = "INSERT INTO t (value) VALUES ($v)";
                    insert.Parameters.AddWithValue("$v", value);
                    return insert.ExecuteNonQuery();
                }, CancellationToken.None)));
                commits.Checkpoint();
                largestWal = Math.Max(largestWal, new FileInfo(path + "-wal").Length);
            }
            await cancel.CancelAsync();
            await reader;
        }
        // 1,500 rows of a page each make a log of ≈ 5 MB; rewound once it passes 64 frames it stays within a round or
        // two (a restart waiting on the reader may slip to the next round).
        Assert.InRange(largestWal, 1, 2560 * 1024);
    }
}
