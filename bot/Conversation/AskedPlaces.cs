using System.Text.RegularExpressions;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// "Kami startup dari Kota X. Kabupaten Y itu peserta ya?": a speaker who says where they are from in one sentence and
/// asks about another place in the closing one asks about that place only. The places of the closing sentence are the
/// ones asked of (participation, showcase, collaboration), the others say who the speaker is.
/// </summary>
public static partial class AskedPlaces
{
    // Region-data readings that answer every place the message names.
    private static readonly HashSet<string> AnswersPlaces = new([IntentNames.Participation, IntentNames.RegionShowcase, IntentNames.Collaboration], StringComparer.Ordinal);

    /// <summary>The places named before the closing sentence (who the speaker is), or empty when the message is not such.</summary>
    /// <param name="placesOf">The places a piece of text names (the recognizer's reading: aliases such as "PPU" included).</param>
    public static IReadOnlyList<RegionMention> Setting(Recognition recognition, string text, Func<string, RegionQuery> placesOf)
    {
        var entities = recognition.Entities;
        if (!AnswersPlaces.Contains(recognition.TopIntent) || !(entities.Introduces || entities.AfterSpeaker) || entities.Regions.Mentions.Count < 2) return [];
        var sentences = SentenceEnd().Split(text.Trim());
        if (sentences.Length < 2) return [];
        var closing = sentences[^1];
        var named = placesOf(closing).Mentions.SelectMany(m => m.Candidates).ToHashSet();
        var asked = entities.Regions.Mentions.Where(m => m.Candidates.Any(named.Contains)).ToList();
        return asked.Count == 0 || asked.Count == entities.Regions.Mentions.Count ? [] : entities.Regions.Mentions.Except(asked).ToList();
    }

    /// <summary>The recognition with the setting's places left out.</summary>
    public static Recognition Without(Recognition recognition, IReadOnlyList<RegionMention> setting) =>
        setting.Count == 0 ? recognition : recognition with
        {
            Entities = recognition.Entities with
            {
                Regions = recognition.Entities.Regions with { Mentions = recognition.Entities.Regions.Mentions.Except(setting).ToList() },
            },
        };

    // A sentence ends at ". ", "! " or "? " (an abbreviation such as "Kab. X" is followed by a name, not a new sentence: rare enough here).
    [GeneratedRegex(@"(?<=[.!?])\s+(?=\S)")]
    private static partial Regex SentenceEnd();
}
