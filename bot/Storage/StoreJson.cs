using System.Text.Json;

namespace SmartCity.Bot.Storage;

internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string WriteObject(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
