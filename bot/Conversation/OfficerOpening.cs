using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// "Pagi, saya admin Pemkot X": an opening that only greets and says who the officer is and where from — no region known
/// yet, no dialog waiting, nothing else asked — asks for that region's status, and the status summary answers it in the
/// same turn (issue 8), when the words lean to a greeting, help or contact. Read as a change of region, the opening is
/// already answered with the region and its cohort (and the status one tap away); read as anything else, the dialog
/// that reads so answers (a status check forced on a message its dialog finds off-topic would be declined). A name both a kota
/// and a kabupaten bear is asked back there ("Kota X atau Kabupaten X?").
/// </summary>
public static class OfficerOpening
{
    // Readings that answer nothing of the region named: read so, the opening would greet or help and lose the region.
    private static readonly HashSet<string> SayNothingOfRegion = new([IntentNames.Greeting, IntentNames.Help, IntentNames.Contact], StringComparer.Ordinal);

    // An opening that goes on only to say the officer wants to ask about the programme ("…, mau tanya soal gmsc"): a
    // showcase reading of it comes from the words of the speaker's job title ("kasubbag program"), not from a request
    // for the region's innovations.
    private static bool SaysNothingOfRegion(Recognition recognition) =>
        SayNothingOfRegion.Contains(recognition.TopIntent)
        || (recognition.TopIntent == IntentNames.RegionShowcase && recognition.Entities.IntroductionOnly is not null);

    /// <summary>The recognition with the status check on top when the message is such an opening, else unchanged.</summary>
    public static Recognition StatusAsked(Recognition recognition, Region? regionBefore, bool dialogWaiting) =>
        regionBefore is null && !dialogWaiting && SaysNothingOfRegion(recognition) && OnlyIntroducesRegion(recognition.Entities)
            ? recognition.WithTopIntent(IntentNames.StatusCheck)
            : recognition;

    /// <summary>The message introduces the speaker with one kabupaten/kota (or one name two bear) and asks nothing besides.</summary>
    public static bool OnlyIntroducesRegion(Entities entities) =>
        entities is { Introduces: true, Regions.Mentions.Count: 1, Request: null, Year: null, Cohort: null, Pillar: null, ListItem: null, AsksList: false, AsksCount: false }
        && entities.Preamble is not { Asks: true };
}
