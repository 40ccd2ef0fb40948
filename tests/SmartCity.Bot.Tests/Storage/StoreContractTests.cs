using Npgsql;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Tests.Storage;

/// <summary>The IBotStore contract, run unchanged against SQLite and PostgreSQL.</summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private IBotStore? _store;
    private Exception? _unavailable;

    /// <summary>The store under test; touching it skips (or, under CI, fails) the test when its server is missing.</summary>
    protected IBotStore Store => _store ?? throw _unavailable!;

    protected abstract Task<IBotStore> CreateStoreAsync();

    /// <summary>A second store on the same database, as a second bot instance would open it.</summary>
    protected abstract IBotStore OpenAgain();

    public async Task InitializeAsync()
    {
        try { _store = await CreateStoreAsync(); }
        catch (SkipException skip) { _unavailable = skip; }
    }

    public virtual Task DisposeAsync()
    {
        (_store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    public sealed record Doc(string Name, int Count);

    [SkippableFact]
    public async Task Insert_read_update_with_versions()
    {
        Assert.Null(await Store.GetAsync<Doc>("k", "a"));
        Assert.Equal(1, await Store.PutAsync("k", "a", new Doc("satu", 1), expectedVersion: null));
        var read = await Store.GetAsync<Doc>("k", "a");
        Assert.Equal(new Doc("satu", 1), read!.Value);
        Assert.Equal(1, read.Version);
        Assert.Equal(2, await Store.PutAsync("k", "a", new Doc("dua", 2), expectedVersion: 1));
        Assert.Equal(new Doc("dua", 2), (await Store.GetAsync<Doc>("k", "a"))!.Value);
    }

    [SkippableFact]
    public async Task Several_documents_are_read_in_one_call_in_the_order_asked()
    {
        await Store.PutAsync("k", "m1", new Doc("satu", 1), null);
        await Store.PutAsync("k2", "m1", new Doc("lain", 3), null);
        await Store.PutAsync("k", "m2", new Doc("dua", 1), null);
        await Store.PutAsync("k", "m2", new Doc("dua lagi", 2), 1);
        var found = await Store.GetManyAsync<Doc>([("k", "m2"), ("k", "tidak-ada"), ("k", "m1"), ("k2", "m1")]);
        Assert.Equal([new Doc("dua lagi", 2), null, new Doc("satu", 1), new Doc("lain", 3)], found.Select(f => f?.Value));
        Assert.Equal([2L, 0L, 1L, 1L], found.Select(f => f?.Version ?? 0));
        Assert.Empty(await Store.GetManyAsync<Doc>([]));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.GetManyAsync<Doc>([("k", "nul\0di-tengah")]));
    }

    [SkippableFact]
    public async Task A_stale_version_or_a_second_insert_is_a_conflict_and_writes_nothing()
    {
        await Store.PutAsync("k", "b", new Doc("awal", 0), null);
        await Store.PutAsync("k", "b", new Doc("pertama", 1), 1);
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Store.PutAsync("k", "b", new Doc("basi", 9), 1, [new StreamRecord("audit-b", new Doc("jejak", 9))]));
        Assert.Equal("k", stale.Kind);
        Assert.Equal("b", stale.Key);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.PutAsync("k", "b", new Doc("klaim", 0), null));
        Assert.Equal(new Doc("pertama", 1), (await Store.GetAsync<Doc>("k", "b"))!.Value);
        Assert.Empty(await Store.ReadStreamAsync<Doc>("audit-b")); // the audit record of the refused write was rolled back
    }

    [SkippableFact]
    public async Task Concurrent_writers_at_one_version_have_exactly_one_winner()
    {
        await Store.PutAsync("k", "race", new Doc("awal", 0), null);
        using var other = OpenAgain() as IDisposable;
        var second = (IBotStore?)other ?? Store;
        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try { await (i % 2 == 0 ? Store : second).PutAsync("k", "race", new Doc($"penulis {i}", i), 1, [new StreamRecord("race-audit", new Doc("menang", i))]); return true; }
            catch (ConcurrencyConflictException) { return false; }
        }).ToList();
        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(r => r));
        var winner = Assert.Single(await Store.ReadStreamAsync<Doc>("race-audit"));
        Assert.Equal(winner.Value.Count, (await Store.GetAsync<Doc>("k", "race"))!.Value.Count);
    }

    [SkippableFact]
    public async Task Claims_are_won_once()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            try { await Store.PutAsync("claim", "r|d|7|c", new Doc("klaim", i), null); return true; }
            catch (ConcurrencyConflictException) { return false; }
        }));
        Assert.Single(claims, c => c);
    }

    [SkippableFact]
    public async Task Also_append_is_written_with_the_document()
    {
        await Store.PutAsync("k", "c", new Doc("baru", 1), null, [new StreamRecord("audit-c", new Doc("lama→baru", 1)), new StreamRecord("audit-c", new Doc("kedua", 2))]);
        var records = await Store.ReadStreamAsync<Doc>("audit-c");
        Assert.Equal(["kedua", "lama→baru"], records.Select(r => r.Value.Name));
        Assert.All(records, r => Assert.True(r.At > DateTimeOffset.UtcNow.AddMinutes(-5) && r.At < DateTimeOffset.UtcNow.AddMinutes(5)));
    }

    [SkippableFact]
    public async Task Streams_read_newest_first_with_a_limit()
    {
        for (var i = 0; i < 5; i++) await Store.AppendAsync(new StreamRecord("s", new Doc("r", i)));
        await Store.AppendAsync(new StreamRecord("lain", new Doc("x", 99)));
        Assert.Equal([4, 3, 2], (await Store.ReadStreamAsync<Doc>("s", limit: 3)).Select(r => r.Value.Count));
    }

    [SkippableFact]
    public async Task Lists_by_prefix_in_key_order_and_deletes()
    {
        await Store.PutAsync("officer", "upn:b@x.id", new Doc("b", 2), null);
        await Store.PutAsync("officer", "aad:1", new Doc("a", 1), null);
        await Store.PutAsync("officer", "aad:2", new Doc("a", 2), null);
        await Store.PutAsync("lain", "aad:3", new Doc("z", 3), null);
        await Store.PutAsync("officer", "aad%_", new Doc("pola", 0), null);
        Assert.Equal(["aad:1", "aad:2"], (await Store.ListAsync<Doc>("officer", "aad:")).Select(x => x.Key));
        Assert.Equal(4, (await Store.ListAsync<Doc>("officer")).Count);
        Assert.Equal(["aad%_"], (await Store.ListAsync<Doc>("officer", "aad%")).Select(x => x.Key));
        Assert.False(await Store.DeleteAsync("officer", "aad:1", expectedVersion: 5));
        Assert.True(await Store.DeleteAsync("officer", "aad:1"));
        Assert.False(await Store.DeleteAsync("officer", "aad:1"));
        Assert.Null(await Store.GetAsync<Doc>("officer", "aad:1"));
    }

    [SkippableFact]
    public async Task Put_all_writes_every_document_or_none()
    {
        await Store.PutAsync("user-state", "u", new Doc("pengguna", 0), null);
        await Store.PutAsync("conversation-state", "c", new Doc("percakapan", 0), null);
        await Store.PutAsync("conversation-state", "c", new Doc("dari tempat lain", 1), 1);

        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.PutAllAsync(
        [
            new DocumentWrite("user-state", "u", new Doc("pengguna baru", 1), 1),
            new DocumentWrite("conversation-state", "c", new Doc("basi", 1), 1, [new StreamRecord("audit-u", new Doc("jejak", 1))]),
        ]));
        Assert.Equal(("conversation-state", "c"), (stale.Kind, stale.Key));
        Assert.Equal(new Doc("pengguna", 0), (await Store.GetAsync<Doc>("user-state", "u"))!.Value); // the first write was undone too
        Assert.Empty(await Store.ReadStreamAsync<Doc>("audit-u"));

        var versions = await Store.PutAllAsync(
        [
            new DocumentWrite("user-state", "u", new Doc("pengguna baru", 1), 1),
            new DocumentWrite("conversation-state", "c", new Doc("terbaru", 2), 2),
            new DocumentWrite("conversation-state", "c2", new Doc("baru", 0), null),
        ]);
        Assert.Equal([2L, 3L, 1L], versions);
        Assert.Equal(new Doc("terbaru", 2), (await Store.GetAsync<Doc>("conversation-state", "c"))!.Value);
        Assert.Equal(new Doc("baru", 0), (await Store.GetAsync<Doc>("conversation-state", "c2"))!.Value);
    }

    [SkippableFact]
    public async Task Writes_arriving_together_are_all_answered_and_a_conflict_fails_only_its_own_write()
    {
        await Store.PutAsync("k", "contested", new Doc("awal", 0), null);
        // Many writers at once (as concurrent turns): on SQLite they share group commits; each must get its own outcome.
        // 60 stays below the connection limit of the test PostgreSQL (max_connections 100).
        var writers = Enumerable.Range(0, 60).Select(async i =>
        {
            try
            {
                if (i % 10 == 0) await Store.PutAsync("k", "contested", new Doc($"penulis {i}", i), 1);
                else await Store.PutAllAsync([new DocumentWrite("u", $"user-{i}", new Doc("u", i), null), new DocumentWrite("c", $"conv-{i}", new Doc("c", i), null)]);
                return true;
            }
            catch (ConcurrencyConflictException) { return false; }
        }).ToList();
        var outcomes = await Task.WhenAll(writers);

        Assert.Equal(54 + 1, outcomes.Count(o => o)); // every distinct write, and one of the 6 contested ones
        using var reopened = OpenAgain() as IDisposable;
        var again = (IBotStore?)reopened ?? Store;
        Assert.Equal(54, (await again.ListAsync<Doc>("c", "conv-")).Count);
        Assert.Equal(54, (await again.ListAsync<Doc>("u", "user-")).Count);
        Assert.Equal(2, (await again.GetAsync<Doc>("k", "contested"))!.Version);
    }

    [SkippableFact]
    public async Task Data_survives_reopening_and_migrations_run_once()
    {
        await Store.PutAsync("k", "durable", new Doc("tetap", 7), null);
        using var reopened = OpenAgain() as IDisposable;
        var again = (IBotStore?)reopened ?? Store;
        Assert.Equal(new Doc("tetap", 7), (await again.GetAsync<Doc>("k", "durable"))!.Value);
    }
}

public sealed partial class SqliteStoreContractTests : StoreContractTests
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("store-contract-").FullName, "bot.db");
    private string DbPath => _path;

    protected override Task<IBotStore> CreateStoreAsync() => Task.FromResult<IBotStore>(new SqliteBotStore(_path));

    protected override IBotStore OpenAgain() => new SqliteBotStore(_path);
}

/// <summary>
/// Runs on the PostgreSQL that scripts/start-services.sh starts (SMARTCITY_TEST_POSTGRES). Each test gets a fresh database.
/// Without the server the tests skip with a message — except under CI=true, where they fail.
/// </summary>
public sealed partial class PostgresStoreContractTests : StoreContractTests
{
    private string? _database;
    private string? _connectionString;
    private string? ConnectionString => _connectionString;

    protected override async Task<IBotStore> CreateStoreAsync()
    {
        var admin = TestPostgres.Require();
        _database = await TestPostgres.CreateDatabaseAsync(admin, "store_test_");
        _connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _database }.ConnectionString;
        return new PostgresBotStore(_connectionString);
    }

    protected override IBotStore OpenAgain() => new PostgresBotStore(_connectionString!);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
