using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// What the conversation knows about the user beyond one message: their region (user state: said once, kept),
/// its cohort year (from the participant data), and the last year spoken of (conversation state). Entities of the
/// message win; references like "wilayah kami", "angkatan kami", "tahun tersebut" are resolved from here.
/// </summary>
public sealed class ConversationMemory(ITurn turn, RegionRegistry registry)
{
    /// <summary>User state: the user's region code (also written by the status check and participation answers).</summary>
    public const string RegionKey = "profile.regionCode";
    public const string LastYearKey = "memory.lastYear";

    public Region? Region => turn.UserState.Get<string>(RegionKey) is { } code ? registry.ByCode.GetValueOrDefault(code) : null;

    /// <summary>The first year the user's region took part (its cohort), if recorded.</summary>
    public int? Cohort => Region is { } region && registry.ParticipationsOf(region) is { Count: > 0 } list ? list[0].Year : null;

    public int? LastYear => turn.ConversationState.Get<int?>(LastYearKey);

    public void RememberRegion(Region region) => turn.UserState.Set(RegionKey, region.Code);

    public void ForgetRegion() => turn.UserState.Remove(RegionKey);

    public void RememberYear(int? year)
    {
        if (year is not null) turn.ConversationState.Set(LastYearKey, year.Value);
    }

    /// <summary>The region a message is about: the one it names, else the remembered one.</summary>
    public (Region? Region, bool FromMemory) RegionFor(Entities entities) =>
        entities.Region is { } named ? (named, false) : entities.Regions.IsEmpty && Region is { } mine ? (mine, true) : (null, false);

    /// <summary>The year a message is about: named ("2019", "angkatan 2019"), or "angkatan kami" (the cohort), or "tahun tersebut" (the last year).</summary>
    public int? YearFor(Entities entities) =>
        entities.Cohort ?? entities.Year ?? (entities.OwnCohort ? Cohort : null) ?? (entities.SameYear ? LastYear : null);

    /// <summary>"Untuk Kabupaten Sleman (angkatan 2017)": said before an answer that rests on memory, so a wrong assumption shows.</summary>
    public string Assumption(Region region)
    {
        var years = registry.ParticipationsOf(region);
        return years.Count > 0 ? $"Untuk {region.Name} (angkatan {years[0].Year})" : $"Untuk {region.Name}";
    }
}
