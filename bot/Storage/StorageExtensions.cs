using Microsoft.Extensions.Options;

namespace SmartCity.Bot.Storage;

public static class StorageExtensions
{
    /// <summary>
    /// Registers the store: SQLite at Storage:SqlitePath (default data/smartcity-bot.db) unless a PostgreSQL
    /// connection string (ConnectionStrings:Postgres) is configured. Stream caps come from Storage:Streams.
    /// </summary>
    public static IHostApplicationBuilder AddBotStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection("Storage"));
        if (builder.Configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
        {
            builder.Services.AddSingleton<IBotStore>(sp => new TracingBotStore(new PostgresBotStore(postgres,
                sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<ILogger<PostgresBotStore>>()), "postgresql"));
            builder.Services.AddSingleton<IChannelStore>(_ => SqlChannelStore.Postgres(postgres));
            return builder;
        }
        var sqlitePath = builder.Configuration["Storage:SqlitePath"] ?? Path.Combine(builder.Environment.ContentRootPath, "data", "smartcity-bot.db");
        builder.Services.AddSingleton<IBotStore>(sp => new TracingBotStore(new SqliteBotStore(sqlitePath,
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<ILogger<SqliteBotStore>>()), "sqlite"));
        builder.Services.AddSingleton<IChannelStore>(_ => SqlChannelStore.Sqlite(sqlitePath));
        return builder;
    }

    /// <summary>Caps a stream that anyone can fill (its defaults unless Storage:Streams:{name} configures it).</summary>
    public static IServiceCollection AddCappedStream(this IServiceCollection services, string stream) =>
        services.PostConfigure<StorageOptions>(o => o.Streams.TryAdd(stream, new StreamLimit()));
}
