using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// A chat word's standard form for the intent classifier, from the same lexicon the documents' search uses
/// (knowledge/lexicon/informal.txt; -in read as -kan after di-/nge-/ng-, except bukan-slang-in.txt): "mksh" → "makasih",
/// "dimatiin" → "dimatikan". The classifier reads both, so an example helps messages in either spelling.
/// </summary>
public static class ChatWords
{
    public static Func<string, string?> From(Lexicon lexicon) => word =>
        lexicon.Informal.TryGetValue(word, out var formal) ? formal.ToLowerInvariant()
        : InformalIndonesian.SlangSuffix(word, lexicon.NotSlangIn) is var standard && standard != word ? standard : null;
}
