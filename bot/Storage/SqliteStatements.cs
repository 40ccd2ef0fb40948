using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace SmartCity.Bot.Storage;

/// <summary>
/// Statements prepared once per connection and reused. Every turn reads two documents and writes one; parsing the same
/// few SQL texts again each time was a visible share of the store's CPU (perf under bench/). A command keeps its
/// prepared statement while its connection stays open, so the commands live as long as their connection.
/// </summary>
internal static class SqliteStatements
{
    private static readonly ConditionalWeakTable<SqliteConnection, Dictionary<string, SqliteCommand>> Prepared = new();

    /// <summary>The connection's command for <paramref name="sql"/>, set with <see cref="Set"/>; not to be disposed by the caller.</summary>
    /// <remarks>Only for a connection used by one thread at a time (the commit thread's writer, a pooled reader).</remarks>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var commands = Prepared.GetValue(connection, _ => new Dictionary<string, SqliteCommand>(StringComparer.Ordinal));
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Sets a parameter of a prepared command, reusing the one its SQL had last time (the same names each run).</summary>
    public static void Set(SqliteCommand command, string name, object? value)
    {
        var index = command.Parameters.IndexOf(name);
        if (index >= 0) command.Parameters[index].Value = value ?? DBNull.Value;
        else command.Parameters.AddWithValue(name, value ?? DBNull.Value);
    }
}

/// <summary>Open read connections kept with their prepared statements; at most a few idle ones are kept.</summary>
internal sealed class SqliteReaders(string connectionString) : IDisposable
{
    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private readonly int _maxIdle = Environment.ProcessorCount * 2 + 2;
    private int _idleCount;

    public T Read<T>(Func<SqliteConnection, T> read)
    {
        var connection = Take();
        try
        {
            var result = read(connection);
            Return(connection);
            return result;
        }
        catch
        {
            connection.Dispose(); // a connection that failed is not trusted again
            throw;
        }
    }

    private SqliteConnection Take()
    {
        if (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private void Return(SqliteConnection connection)
    {
        if (Interlocked.Increment(ref _idleCount) <= _maxIdle) _idle.Add(connection);
        else
        {
            Interlocked.Decrement(ref _idleCount);
            connection.Dispose();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var connection)) connection.Dispose();
    }
}
