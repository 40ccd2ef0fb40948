using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartCity.Bot.Protocol;

/// <summary>The one set of JSON options used on the wire: camelCase out, case-insensitive in, nulls omitted.</summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            // Indonesian text and Teams <at> tags stay readable on the wire.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 64,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    /// <summary>Reads a free-form member (value, channelData, entity peer fields) as a JsonElement.</summary>
    public static JsonElement? AsElement(object? value) => value switch
    {
        null => null,
        JsonElement e => e,
        _ => JsonSerializer.SerializeToElement(value, value.GetType(), Options),
    };
}
