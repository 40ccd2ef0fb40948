namespace SmartCity.Bot.Storage;

public static class StorageExtensions
{
    /// <summary>
    /// Registers the store: SQLite at Storage:SqlitePath (default data/smartcity-bot.db) unless a PostgreSQL
    /// connection string (ConnectionStrings:Postgres) is configured.
    /// </summary>
    public static IHostApplicationBuilder AddBotStorage(this IHostApplicationBuilder builder)
    {
        var sqlitePath = builder.Configuration["Storage:SqlitePath"] ?? Path.Combine(builder.Environment.ContentRootPath, "data", "smartcity-bot.db");
        builder.Services.AddSingleton<IBotStore>(_ => new SqliteBotStore(sqlitePath));
        return builder;
    }
}
