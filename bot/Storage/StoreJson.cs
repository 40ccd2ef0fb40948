using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmartCity.Bot.Storage;

internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => WithoutNul(JsonSerializer.Serialize(value, Options));

    public static string WriteObject(object value) => WithoutNul(JsonSerializer.Serialize(value, value.GetType(), Options));

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    /// <summary>
    /// PostgreSQL refuses U+0000 in jsonb (22P05) and text (22021); SQLite would keep it. Both stores drop it from
    /// stored values so a document reads back the same everywhere. The check is one scan; the rewrite is rare.
    /// </summary>
    private static string WithoutNul(string json) =>
        json.Contains("\\u0000", StringComparison.Ordinal) ? Clean(JsonNode.Parse(json))?.ToJsonString(Options) ?? json : json;

    private static JsonNode? Clean(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (name, child) in o.ToList())
                {
                    o.Remove(name);
                    copy[name.Replace("\0", "", StringComparison.Ordinal)] = Clean(child);
                }
                return copy;
            case JsonArray a:
                var items = a.ToList();
                a.Clear();
                var array = new JsonArray();
                foreach (var item in items) array.Add(Clean(item));
                return array;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(v.GetValue<string>().Replace("\0", "", StringComparison.Ordinal));
            default:
                return node;
        }
    }
}

/// <summary>Argument rules both stores share.</summary>
internal static class StoreKeys
{
    /// <summary>Names and keys are identities: a NUL is refused rather than removed (removing could merge two keys).</summary>
    public static void Check(string value, string what)
    {
        ArgumentNullException.ThrowIfNull(value, what);
        if (value.Contains('\0')) throw new ArgumentException($"A store {what} must not contain NUL.", what);
    }

    /// <summary>Partitions are kept only as a short hash: they count records, they do not identify anyone.</summary>
    public static string? Hash(string? partition) => partition is null
        ? null
        : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(partition)))[..24];
}
