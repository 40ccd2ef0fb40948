using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// The asker states a wish of their own: a speaker word (knowledge/lexicon/penanya.txt) and, a few words on, a wish word (keinginan.txt) that does not open a
/// question ("ingin tahu", "mau tanya": pembuka-tanya.txt). A how-question in such a message asks how to make that
/// request, not how the programme works.
/// </summary>
public static class SpeakerWish
{
    // "Kami perusahaan konsultan teknologi informasi dan ingin …": who the speaker is may stand between.
    private static readonly CuePattern Wish = new(
        @"\b(?:{:penanya})\b(?:\s+\S+){0,6}?\s+(?!(?:{:pembuka-tanya})\b)(?:{:keinginan})\b");

    /// <summary>Whether the (normalised) message states the asker's own wish.</summary>
    public static bool In(string normalized) => Wish.IsMatch(normalized);
}
