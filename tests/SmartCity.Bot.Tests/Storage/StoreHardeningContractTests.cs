using Microsoft.Data.Sqlite;
using Npgsql;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Tests.Storage;

/// <summary>Hardening of the store contract (NUL, writer ids, capped streams), run unchanged on SQLite and PostgreSQL.</summary>
public abstract partial class StoreContractTests
{
    /// <summary>Another store on the same database with the given options (stream caps).</summary>
    protected abstract IBotStore OpenWith(StorageOptions options);

    /// <summary>Makes every record of a stream look <paramref name="days"/> days old.</summary>
    protected abstract Task AgeRecordsAsync(string stream, int days);

    public sealed record Note(string Text);

    [SkippableFact]
    public async Task A_NUL_inside_values_is_removed_and_one_in_a_key_is_refused_alike_on_every_store()
    {
        await Store.PutAsync("k", "nul", new Doc("a\0b", 1), null);
        Assert.Equal("ab", (await Store.GetAsync<Doc>("k", "nul"))!.Value.Name);
        var map = new Dictionary<string, string> { ["ka\0y"] = "ni\0lai" };
        await Store.PutAsync("k", "map", map, null);
        Assert.Equal("nilai", (await Store.GetAsync<Dictionary<string, string>>("k", "map"))!.Value["kay"]);
        // A literal backslash-u-0000 typed by someone is text, not a NUL: kept as typed.
        await Store.PutAsync("k", "literal", new Doc("\\u0000 x", 1), null);
        Assert.Equal("\\u0000 x", (await Store.GetAsync<Doc>("k", "literal"))!.Value.Name);

        await Store.AppendAsync(new StreamRecord("s-nul", new Note("x\0y")));
        Assert.Equal("xy", Assert.Single(await Store.ReadStreamAsync<Note>("s-nul")).Value.Text);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync("k", "a\0b", new Doc("x", 1), null));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetAsync<Doc>("k", "a\0b"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync("k\0", "a"));
    }

    [SkippableFact]
    public async Task The_writer_of_a_version_is_read_back_with_it()
    {
        await Store.PutAsync("k", "w", new Doc("a", 1), null, writerId: "conv:abc");
        var first = await Store.GetAsync<Doc>("k", "w");
        Assert.Equal("conv:abc", first!.WriterId);
        await Store.PutAsync("k", "w", new Doc("b", 2), first.Version);
        Assert.Null((await Store.GetAsync<Doc>("k", "w"))!.WriterId);
        Assert.Null(Assert.Single(await Store.ListAsync<Doc>("k", "w")).Item.WriterId);
    }

    [SkippableFact]
    public async Task Put_all_keeps_writer_ids_removes_NUL_from_values_and_refuses_it_in_keys()
    {
        var versions = await Store.PutAllAsync(
        [
            new DocumentWrite("k", "all-u", new Doc("a\0b", 1), null, WriterId: "conv:abc"),
            new DocumentWrite("k", "all-c", new Doc("c", 1), null, [new StreamRecord("s-all", new Note("x\0y"))]),
        ]);
        Assert.Equal([1L, 1L], versions);
        var user = await Store.GetAsync<Doc>("k", "all-u");
        Assert.Equal(("ab", "conv:abc"), (user!.Value.Name, user.WriterId));
        Assert.Null((await Store.GetAsync<Doc>("k", "all-c"))!.WriterId);
        Assert.Equal("xy", Assert.Single(await Store.ReadStreamAsync<Note>("s-all")).Value.Text);

        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAllAsync([new DocumentWrite("k", "all\0x", new Doc("x", 1), null)]));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAllAsync(
            [new DocumentWrite("k", "all-u", new Doc("x", 2), 1, [new StreamRecord("s\0", new Note("x"))])]));
        Assert.Equal(1, (await Store.GetAsync<Doc>("k", "all-u"))!.Version); // nothing of a refused call is written
    }

    [SkippableFact]
    public async Task A_capped_stream_is_bounded_per_partition_in_total_and_by_age_while_other_streams_are_not()
    {
        _ = Store;
        var options = new StorageOptions();
        options.Streams["capped"] = new StreamLimit { MaxRecords = 6, MaxPerPartition = 3, RetentionDays = 30 };
        var store = OpenWith(options);
        try
        {
            for (var i = 0; i < 10; i++) await store.AppendAsync(new StreamRecord("capped", new Note($"a{i}"), Partition: "conversation-a"));
            Assert.Equal(["a2", "a1", "a0"], (await store.ReadStreamAsync<Note>("capped", 100)).Select(r => r.Value.Text));

            for (var p = 0; p < 4; p++)
                for (var i = 0; i < 2; i++) await store.AppendAsync(new StreamRecord("capped", new Note($"p{p}-{i}"), Partition: $"conversation-{p}"));
            var kept = await store.ReadStreamAsync<Note>("capped", 100);
            Assert.Equal(6, kept.Count);
            Assert.Equal("p3-1", kept[0].Value.Text); // the newest stay, the oldest went

            await AgeRecordsAsync("capped", 31);
            await store.AppendAsync(new StreamRecord("capped", new Note("baru"), Partition: "conversation-new"));
            Assert.Equal("baru", Assert.Single(await store.ReadStreamAsync<Note>("capped", 100)).Value.Text);

            for (var i = 0; i < 12; i++) await store.AppendAsync(new StreamRecord("audit-like", new Note($"n{i}"), Partition: "same"));
            Assert.Equal(12, (await store.ReadStreamAsync<Note>("audit-like", 100)).Count);
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }
    }

    [SkippableFact]
    public async Task A_large_cap_is_trimmed_every_sixty_fourth_of_it_and_never_exceeded_by_more()
    {
        _ = Store;
        var options = new StorageOptions();
        options.Streams["big"] = new StreamLimit { MaxRecords = 256, MaxPerPartition = 1000 };
        var store = OpenWith(options);
        try
        {
            var counts = new List<int>();
            for (var i = 0; i < 300; i++)
            {
                await store.AppendAsync(new StreamRecord("big", new Note($"b{i}")));
                if (i >= 255) counts.Add((await store.ReadStreamAsync<Note>("big", 1000)).Count);
            }
            Assert.All(counts, c => Assert.InRange(c, 256, 256 + 3)); // TrimEvery = 4: at most three over the cap
            Assert.Contains(256, counts); // and trimmed back to the cap itself
            Assert.Equal("b299", (await store.ReadStreamAsync<Note>("big", 1)).Single().Value.Text);
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }
    }
}

public sealed partial class SqliteStoreContractTests
{
    protected override IBotStore OpenWith(StorageOptions options) => new SqliteBotStore(DbPath, options);

    protected override async Task AgeRecordsAsync(string stream, int days)
    {
        await using var connection = new SqliteConnection(((SqliteBotStore)Store).ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE records SET created_at = $at WHERE stream = $stream";
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.AddDays(-days).ToString("O"));
        command.Parameters.AddWithValue("$stream", stream);
        await command.ExecuteNonQueryAsync();
    }
}

public sealed partial class PostgresStoreContractTests
{
    protected override IBotStore OpenWith(StorageOptions options) => new PostgresBotStore(ConnectionString!, options);

    protected override async Task AgeRecordsAsync(string stream, int days)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE records SET created_at = now() - make_interval(days => $1) WHERE stream = $2", connection);
        command.Parameters.AddWithValue(days);
        command.Parameters.AddWithValue(stream);
        await command.ExecuteNonQueryAsync();
    }
}
