using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// What the conversation knows about the user beyond one message: their region (user state: said once, kept),
/// its cohort year (from the participant data), and the last year spoken of (conversation state). Entities of the
/// message win; references like "wilayah kami", "angkatan kami", "tahun tersebut" are resolved from here.
/// </summary>
public sealed class ConversationMemory(StateBag user, StateBag conversation, RegionRegistry registry)
{
    public ConversationMemory(ITurn turn, RegionRegistry registry) : this(turn.UserState, turn.ConversationState, registry) { }

    /// <summary>A new conversation's memory, nothing said yet (the staff commands read a question as its first message).</summary>
    public static ConversationMemory Fresh(RegionRegistry registry) => new(new StateBag(), new StateBag(), registry);

    /// <summary>User state: the user's region code (also written by the status check and participation answers).</summary>
    public const string RegionKey = "profile.regionCode";
    public const string LastYearKey = "memory.lastYear";
    /// <summary>Conversation state: the region last answered about (the user's own, or one a citizen asked about).</summary>
    public const string SubjectKey = "memory.subject";
    /// <summary>Conversation state: the pillar last asked about ("pilar itu" points here).</summary>
    public const string LastPillarKey = "memory.lastPillar";
    /// <summary>Conversation state: set while the subject is one a documents' answer spoke of, not one the user named.</summary>
    public const string SubjectFromAnswerKey = "memory.subjectFromAnswer";
    /// <summary>
    /// Conversation state: who the user said they are, when that did not yet name one kabupaten/kota — the codes of a
    /// name both a kabupaten and a kota bear ("saya dari Magelang"), or "province:X" ("kami dari Jawa Timur").
    /// </summary>
    public const string IntroducedKey = "memory.introduced";

    public Region? Region => user.Get<string>(RegionKey) is { } code ? registry.ByCode.GetValueOrDefault(code) : null;

    /// <summary>The first year the user's region took part (its cohort), if recorded.</summary>
    public int? Cohort => Region is { } region && registry.ParticipationsOf(region) is { Count: > 0 } list ? list[0].Year : null;

    public int? LastYear => conversation.Get<int?>(LastYearKey);

    /// <summary>The region the conversation is about now: the last one answered about ("mereka", "daerah itu" point here).</summary>
    public Region? Subject => conversation.Get<string>(SubjectKey) is { } code ? registry.ByCode.GetValueOrDefault(code) : null;

    /// <summary>
    /// The region spoken of: the one last answered about, else the user's own ("provinsinya apa?", "seprovinsi" and
    /// "itu" read it).
    /// </summary>
    public Region? SpokenOf => Subject ?? Region;

    /// <summary>The first year the subject region took part, if recorded.</summary>
    public int? SubjectCohort => Subject is { } region && registry.ParticipationsOf(region) is { Count: > 0 } list ? list[0].Year : null;

    public void RememberRegion(Region region)
    {
        user.Set(RegionKey, region.Code);
        RememberSubject(region);
    }

    public void RememberSubject(Region region)
    {
        conversation.Set(SubjectKey, region.Code);
        conversation.Remove(SubjectFromAnswerKey);
        conversation.Remove(AskedSubjectKey);
        // The first region that narrows the user's own introduction ("yang kota", "tepatnya Kabupaten Blitar") is theirs.
        if (Region is null && IntroducedAs(region))
        {
            user.Set(RegionKey, region.Code);
            conversation.Remove(IntroducedKey);
        }
    }

    /// <summary>"saya dari Kediri": the user is one of these places, which one is not said yet.</summary>
    public void RememberIntroduction(IEnumerable<Region> candidates)
    {
        if (Region is null) conversation.Set(IntroducedKey, candidates.Select(c => c.Code).ToList());
    }

    /// <summary>"kami dari Jawa Timur": the user is from some kabupaten/kota of the province.</summary>
    public void RememberIntroduction(string province)
    {
        if (Region is null) conversation.Set(IntroducedKey, new List<string> { ProvincePrefix + province });
    }

    /// <summary>The province the user introduced themselves by, while no kabupaten/kota of theirs is known.</summary>
    public string? IntroducedProvince =>
        Region is null && conversation.Get<List<string>>(IntroducedKey) is [var only] && only.StartsWith(ProvincePrefix, StringComparison.Ordinal)
            ? only[ProvincePrefix.Length..] : null;

    private const string ProvincePrefix = "province:";

    /// <summary>The places of a name both a kabupaten and a kota bear that the user introduced themselves by, while neither is theirs yet.</summary>
    public IReadOnlyList<Region> IntroducedPlaces =>
        Region is null && conversation.Get<List<string>>(IntroducedKey) is { Count: > 1 } codes
            ? codes.Select(c => registry.ByCode.GetValueOrDefault(c)).OfType<Region>().ToList() : [];

    private bool IntroducedAs(Region region) =>
        conversation.Get<List<string>>(IntroducedKey) is { } said
        && (said.Contains(region.Code) || said.Contains(ProvincePrefix + region.Province));

    /// <summary>The subject is a region an answer happened to name (an example in a passage), not one the user asked about.</summary>
    public bool SubjectFromAnswer => conversation.Get<bool?>(SubjectFromAnswerKey) == true;

    /// <summary>
    /// An answer from the documents that speaks of exactly one kabupaten/kota by its full name ("… Aplikasi Sinotika,
    /// Kabupaten Temanggung …") makes it what the conversation is about, so "daerah itu", "mereka" point there next.
    /// </summary>
    public void RememberSubjectNamedIn(string answer)
    {
        if (OnlyRegionNamedIn(answer) is not { } only) return;
        var asked = AskedSubject;
        RememberSubject(only);
        conversation.Set(SubjectFromAnswerKey, true);
        if (asked is not null && asked.Code != only.Code) conversation.Set(AskedSubjectKey, asked.Code);
    }

    /// <summary>Conversation state: while the subject is one an answer cited, the region the user had asked about before it.</summary>
    public const string AskedSubjectKey = "memory.askedSubject";

    /// <summary>The region the user last asked about themselves: an example an answer cited since does not replace it.</summary>
    public Region? AskedSubject =>
        !SubjectFromAnswer ? Subject
        : conversation.Get<string>(AskedSubjectKey) is { } code ? registry.ByCode.GetValueOrDefault(code) : null;

    // A remembered answer comes back with every repeat of its question, and the search goes through every region's name.
    private static readonly Caching.MemoPerSource<RegionRegistry, string, Region?> NamedIn = new(1024);

    private Region? OnlyRegionNamedIn(string answer) =>
        answer.Length > 8192 ? OnlyRegionNamedIn(answer, registry) : NamedIn.GetOrAdd(registry, answer, OnlyRegionNamedIn);

    private static Region? OnlyRegionNamedIn(string answer, RegionRegistry registry)
    {
        Region? only = null;
        foreach (var region in registry.Regions)
        {
            if (!answer.Contains(region.Name, StringComparison.Ordinal)) continue;
            if (only is not null) return null;
            only = region;
        }
        return only;
    }

    /// <summary>
    /// Back to the user's own region after another was spoken of (a return word with the own region, or naming it again): its cohort is
    /// the year spoken of, so "tahun itu" no longer means the other region's year. The subject is left as it is: "kami"
    /// already means the user's own, and a cohort event asked with "kami" right after another region still reads as such.
    /// </summary>
    public void ReturnToOwn(Region? subjectBefore, Entities entities)
    {
        if (Region is not { } own || subjectBefore is null || subjectBefore.Code == own.Code) return;
        var back = entities.Region?.Code == own.Code || entities.OwnRegion && entities.Regions.Mentions.Count == 0;
        if (!back || entities.Year is not null || entities.Cohort is not null) return;
        RememberYear(Cohort);
    }

    public void ForgetRegion()
    {
        user.Remove(RegionKey);
        conversation.Remove(IntroducedKey);
        conversation.Remove(SubjectKey);
        conversation.Remove(SubjectFromAnswerKey);
        conversation.Remove(AskedSubjectKey);
    }

    public string? LastPillar => conversation.Get<string>(LastPillarKey);

    public void RememberPillar(string? pillar)
    {
        if (pillar is not null) conversation.Set(LastPillarKey, pillar);
    }

    /// <summary>The pillar a message is about: the one it names, else the last one spoken of when it says "pilar itu".</summary>
    public string? PillarFor(Entities entities) => entities.Pillar ?? (entities.RefersToPillar ? LastPillar : null);

    public void RememberYear(int? year)
    {
        if (year is not null) conversation.Set(LastYearKey, year.Value);
    }

    /// <summary>The year a message named ("2019", "angkatan ketiga", "kalau tahun sebelumnya?" read as its year) is the one spoken of now.</summary>
    public void RememberYearAsked(Entities entities) => RememberYear(entities.Cohort ?? entities.Year);

    // Built once: the static Regex.Matches goes through a small shared cache that other patterns evict.
    private static readonly System.Text.RegularExpressions.Regex YearPattern = new(@"\b20\d\d\b");

    /// <summary>A text (an answer's heading) that names exactly one programme year makes it the year spoken of.</summary>
    public void RememberYearNamedIn(string text) => RememberYear(YearNamedIn(text));

    /// <summary>The one programme year a text (an answer's heading) names; null when it names none or several.</summary>
    public int? YearNamedIn(string text)
    {
        var years = YearPattern.Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Where(registry.Years.Contains).Distinct().Take(2).ToList();
        return years is [var only] ? only : null;
    }

    /// <summary>
    /// The region a message is about: the one it names; else the one last spoken of when the message points back
    /// ("mereka", "daerah itu"); else the user's own. From memory, the answer says so.
    /// </summary>
    public (Region? Region, bool FromMemory) RegionFor(Entities entities)
    {
        if (entities.Region is { } named) return (named, false);
        if (!entities.Regions.IsEmpty) return (null, false);
        var remembered = entities.RefersBack ? SpokenOf : Region;
        return (remembered, remembered is not null);
    }

    /// <summary>
    /// The year a message is about: named ("2019", "angkatan 2019"), or the cohort ("angkatan kami": the user's own;
    /// "seangkatan" alone: the region last spoken of), or "tahun tersebut" (the last year; when no year was spoken of
    /// yet, the year of the region spoken of, which its answer named).
    /// </summary>
    public int? YearFor(Entities entities) =>
        entities.Cohort ?? entities.Year ?? (entities.OwnCohort ? CohortFor(entities) : null) ?? (entities.SameYear ? LastYear ?? SubjectCohort : null);

    private int? CohortFor(Entities entities) => CohortRegionFor(entities) is { } region && registry.ParticipationsOf(region) is { Count: > 0 } list ? list[0].Year : null;

    /// <summary>
    /// The region whose cohort "angkatan kami" / "seangkatan" means (null when the message names the year itself). A region
    /// a documents' answer only cited as an example does not take the place of the officer's own.
    /// </summary>
    public Region? CohortRegionFor(Entities entities) =>
        entities.Cohort is not null || entities.Year is not null || !entities.OwnCohort ? null
        : entities.Region ?? (entities.OwnRegion || SubjectFromAnswer ? Region ?? AskedSubject ?? Subject : SpokenOf);

    /// <summary>"Untuk Kabupaten Sleman (angkatan 2017)": said before an answer that rests on memory, so a wrong assumption shows.</summary>
    public string Assumption(Region region)
    {
        var years = registry.ParticipationsOf(region);
        return years.Count > 0 ? $"Untuk {region.Name} (angkatan {years[0].Year})" : $"Untuk {region.Name}";
    }
}
