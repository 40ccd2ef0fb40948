using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// A speaker who says where they are from, then asks for one year's participants: a kabupaten/kota named only where the speaker says who
/// they are (the self-introduction, or the sentences before the closing question) sets the scene. When the request
/// itself asks for a list of a year or a province and names no kabupaten/kota, the list is what is asked — not the
/// speaker's own place's participation, nor a collaboration form for it. The message is then read as a participation
/// list question with the setting's places left out (the router has already remembered who the speaker is).
/// </summary>
public static class SettingPlaces
{
    // Region-data readings that would otherwise take the setting's place as the one asked about.
    private static readonly HashSet<string> TakesPlace = new([IntentNames.Participation, IntentNames.Collaboration], StringComparer.Ordinal);

    /// <summary>The recognition with the setting's places left out and the list intent on top, or the recognition unchanged.</summary>
    public static Recognition ListAsked(Recognition recognition)
    {
        var entities = recognition.Entities;
        if (!TakesPlace.Contains(recognition.TopIntent) || !AsksListOfSetting(entities)) return recognition;
        var request = Words(entities.Request!);
        var regions = entities.Regions with { Mentions = [], Province = request.Contains("xprovince") ? entities.Regions.Province : null };
        return recognition.WithTopIntent(IntentNames.Participation) with { Entities = entities with { Regions = regions } };
    }

    /// <summary>
    /// The message's request asks a list (list words) of a year or a province, names no kabupaten/kota,
    /// and points back at nothing, while the message names one elsewhere.
    /// </summary>
    public static bool AsksListOfSetting(Entities entities)
    {
        if (entities.Request is not { } asked || entities.Regions.Mentions.Count == 0 || !entities.AsksList) return false;
        // Words that tie the list to a place or a cohort spoken of ("seangkatan", "mereka", "seprovinsi") keep the places.
        if (entities.OwnCohort || entities.SameYear || entities.RefersBack || entities.SameProvince) return false;
        var request = Words(asked);
        return !request.Contains("xregion") && (request.Contains("xyear") || request.Contains("xprovince"));
    }

    private static HashSet<string> Words(string masked) => masked.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
