namespace SmartCity.Bot.Storage;

public static class StorageExtensions
{
    /// <summary>
    /// Registers the store: SQLite at Storage:SqlitePath (default data/smartcity-bot.db) unless a PostgreSQL
    /// connection string (ConnectionStrings:Postgres) is configured.
    /// </summary>
    public static IHostApplicationBuilder AddBotStorage(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
        {
            builder.Services.AddSingleton<IBotStore>(_ => new TracingBotStore(new PostgresBotStore(postgres), "postgresql"));
            builder.Services.AddSingleton<IChannelStore>(_ => SqlChannelStore.Postgres(postgres));
            return builder;
        }
        var sqlitePath = builder.Configuration["Storage:SqlitePath"] ?? Path.Combine(builder.Environment.ContentRootPath, "data", "smartcity-bot.db");
        builder.Services.AddSingleton<IBotStore>(_ => new TracingBotStore(new SqliteBotStore(sqlitePath), "sqlite"));
        builder.Services.AddSingleton<IChannelStore>(_ => SqlChannelStore.Sqlite(sqlitePath));
        return builder;
    }
}
