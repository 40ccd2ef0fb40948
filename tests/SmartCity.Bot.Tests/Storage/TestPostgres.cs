namespace SmartCity.Bot.Tests.Storage;

/// <summary>Where the test PostgreSQL is (scripts/start-services.sh exports it), and whether its absence may skip.</summary>
public static class TestPostgres
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("SMARTCITY_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (outside CI) or fails (under CI=true) when no server is configured.</summary>
    public static string Require()
    {
        if (ConnectionString is { } cs) return cs;
        if (IsCi) throw new InvalidOperationException("SMARTCITY_TEST_POSTGRES is not set under CI=true: PostgreSQL must run (scripts/start-services.sh).");
        throw new SkipException("PostgreSQL is not configured (SMARTCITY_TEST_POSTGRES is empty): run ./test.sh, which starts a local server, to run the PostgreSQL store tests.");
    }

    /// <summary>A new, empty database on the test server (name = prefix + random suffix), so tests never share tables.</summary>
    public static async Task<string> CreateDatabaseAsync(string admin, string prefix)
    {
        var database = prefix + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new Npgsql.NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", connection);
        await create.ExecuteNonQueryAsync();
        return database;
    }
}
