using System.Text.Json;

namespace SmartCity.Bot.Conversation;

/// <summary>A small typed property bag persisted as one versioned document.</summary>
public sealed class StateBag
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, JsonElement> _values;

    public StateBag(Dictionary<string, JsonElement>? values = null, long? version = null)
    {
        _values = values ?? new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        Version = version;
    }

    /// <summary>Version read from the store (null: never saved). Used for optimistic concurrency.</summary>
    public long? Version { get; internal set; }

    public bool IsChanged { get; private set; }

    public T? Get<T>(string key) =>
        !_values.TryGetValue(key, out var element) ? default
        // Most reads are of a string (the last dialog, the place topic …), several per turn: read without the serializer.
        : typeof(T) == typeof(string) && element.ValueKind is JsonValueKind.String or JsonValueKind.Null ? (T?)(object?)element.GetString()
        : element.Deserialize<T>(Json);

    public void Set<T>(string key, T value)
    {
        _values[key] = JsonSerializer.SerializeToElement(value, Json);
        IsChanged = true;
    }

    public void Remove(string key)
    {
        if (_values.Remove(key)) IsChanged = true;
    }

    public void Clear()
    {
        if (_values.Count == 0) return;
        _values.Clear();
        IsChanged = true;
    }

    public Dictionary<string, JsonElement> Snapshot() => new(_values, StringComparer.Ordinal);

    internal void MarkSaved(long version)
    {
        Version = version;
        IsChanged = false;
    }
}
