using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// The asker asks whether places took part in the programme (together, in the same year): a word of taking part
/// (ikut-serta.txt) said of two or more named places, with no word of a request (kata-permintaan.txt: kolaborasi, kerja
/// sama …) and no wish of the speaker's own (<see cref="SpeakerWish"/>). "Together" in such a message compares their
/// cohorts; it asks for no partner, so no collaboration form is opened for it.
/// </summary>
public static class TakingPartQuestion
{
    private static readonly CuePattern TakingPart = new(@"\b(?:{:ikut-serta})(?:nya)?\b");

    private static readonly CuePattern RequestWord = new(@"\b(?:{:kata-permintaan})(?:nya)?\b");

    /// <summary>Whether the (normalised) message naming <paramref name="places"/> places asks whether they took part.</summary>
    public static bool AsksOfPlaces(string normalized, int places) =>
        places >= 2 && TakingPart.IsMatch(normalized) && !RequestWord.IsMatch(normalized) && !SpeakerWish.In(normalized);
}
