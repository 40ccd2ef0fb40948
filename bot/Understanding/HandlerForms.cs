using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// What the region-data dialogs can answer, from knowledge/understanding/handlers.json (staff edit): per handler
/// intent the kinds of fact its data holds, and the words around the noun a question asks for. A named region or
/// year is an entity, not an intent: a handler takes a message only on its intent and a question of a kind it
/// answers (see the file's comment).
/// </summary>
public sealed record HandlerForms([property: JsonPropertyName("handlers")] Dictionary<string, string[]> Handlers)
{
    /// <summary>Words before the noun a question asks for ("berapa APBD", "how many people").</summary>
    [JsonPropertyName("focusBefore")]
    public string[] FocusBefore { get; init; } = [];

    /// <summary>Words after the noun a question asks for ("universitas mana", "lembaga apa").</summary>
    [JsonPropertyName("focusAfter")]
    public string[] FocusAfter { get; init; } = [];

    /// <summary>Words between the question word and its noun that are not the noun ("berapa banyak", "apa saja").</summary>
    [JsonPropertyName("focusSkip")]
    public string[] FocusSkip { get; init; } = [];

    /// <summary>Words after a question word that point back at what was spoken of ("which ones"): no noun of its own.</summary>
    [JsonPropertyName("focusPointBack")]
    public string[] FocusPointBack { get; init; } = [];

    /// <summary>
    /// Per handler, kinds it answers only when the message names a kabupaten/kota ("gimana caranya kerja sama dengan
    /// Kota X" is the collaboration form's; "bagaimana warga menghubungi penanggung jawab daerah" is the documents').
    /// </summary>
    [JsonPropertyName("withPlace")]
    public Dictionary<string, string[]> WithPlace { get; init; } = [];

    /// <summary>
    /// Per handler, kinds it answers when the asker states a wish of their own (<see cref="SpeakerWish"/>): "kami ingin
    /// bekerja sama dengan pemda peserta, bagaimana caranya?" asks how to make the request, whichever region it is for.
    /// </summary>
    [JsonPropertyName("withWish")]
    public Dictionary<string, string[]> WithWish { get; init; } = [];

    public static readonly HandlerForms Empty = new([]);

    // Split once: the phrases are matched word by word against every message a handler is picked for.
    private string[][]? _before, _after;
    private HashSet<string>? _skip, _pointBack;

    public bool PointsBack(string word) => (_pointBack ??= new HashSet<string>(FocusPointBack, StringComparer.Ordinal)).Contains(word);

    /// <summary><see cref="FocusBefore"/> as words.</summary>
    public string[][] BeforeWords => _before ??= Split(FocusBefore);

    /// <summary><see cref="FocusAfter"/> as words.</summary>
    public string[][] AfterWords => _after ??= Split(FocusAfter);

    public bool Skips(string word) => (_skip ??= new HashSet<string>(FocusSkip, StringComparer.Ordinal)).Contains(word);

    private static string[][] Split(string[] phrases) =>
        Array.ConvertAll(phrases, p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static HandlerForms Load(string path) => File.Exists(path)
        ? JsonSerializer.Deserialize<HandlerForms>(File.ReadAllText(path)) ?? Empty
        : Empty;
}
