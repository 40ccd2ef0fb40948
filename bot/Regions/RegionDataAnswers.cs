using SmartCity.Bot.Cards;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Regions;

/// <summary>
/// What the data holds about a place, by what a question asks of it: the date of an event of the region's cohort
/// ("kapan Kota X teken MoU?": its year from participants.csv, the event from calendar.json), and how many / which
/// kabupaten/kota of a province or an island group took part. Used by the participation dialog and, when the
/// documents hold no sure answer, by the documents' dialog — so the place's data answers whichever reads it first.
/// </summary>
public sealed class RegionDataAnswers(RegionRegistry registry, ParticipationAnswers answers, CohortEventCards cohortEvents, Recognizer recognizer)
{
    /// <summary>The date of the region's cohort event the question names (<see cref="CohortEventCards.For"/>), or null.</summary>
    public AnswerCard? CohortEvent(Region region, string question) => cohortEvents.For(region, question);

    /// <summary>
    /// When the documents did answer (<paramref name="shown"/>): the data's answer instead only where the documents'
    /// misses what the data holds — a region's cohort event whose date the shown answer does not give, or the
    /// participants of a province or island group asked for by count or list when the participation reading of the
    /// message is nearly as good as the documents' (the recognizer's calibrated near-tie).
    /// </summary>
    public AnswerCard? InsteadOf(string shown, Recognition recognition, string question)
    {
        var entities = recognition.Entities;
        if (entities.Region is { } region)
            return cohortEvents.Dated(region, question) is { } dated && !dated.Dates.Any(d => shown.Contains(d, StringComparison.OrdinalIgnoreCase)) ? dated.Card : null;
        var participation = recognition.Intents.FirstOrDefault(i => i.Intent == IntentNames.Participation)?.Score ?? 0;
        if (recognition.TopScore <= 0 || participation < recognizer.Calibration.CloseRatio * recognition.TopScore) return null;
        return ForDocumentsGap(recognition, question);
    }

    /// <summary>
    /// The cohort event of a region the question does not name (the officer's own, "tempat MoU angkatan kita?"), when the documents'
    /// answer (<paramref name="shown"/>, null when they gave none) misses its date: the documents ranked another year's event first.
    /// </summary>
    public AnswerCard? CohortEventMissingFrom(Region region, string question, string? shown) =>
        cohortEvents.Dated(region, question) is { } dated && (shown is null || !dated.Dates.Any(d => shown.Contains(d, StringComparison.OrdinalIgnoreCase))) ? dated.Card : null;

    /// <summary>
    /// When the documents hold no sure answer: a cohort event of the one region named, or the participants (how many,
    /// which) of a province or island group named with a count or list question. Null when the data holds none of these.
    /// </summary>
    public AnswerCard? ForDocumentsGap(Recognition recognition, string question)
    {
        var entities = recognition.Entities;
        if (entities.Region is { } region) return CohortEvent(region, question) ?? NotListed(region, recognition);
        var query = entities.Regions;
        if (query.Mentions.Count > 0 || query.Unknown is not null || !(entities.AsksCount || entities.AsksList)) return null;
        var year = entities.Cohort ?? entities.Year ?? registry.YearNamedIn(query.Normalized);
        if (query.Island is { } island) return answers.ForIsland(island, year);
        if (query.Province is not { } province) return null;
        return YearRange.AskedIn(question) is { } span && (year is null || span.Contains(year.Value))
            ? answers.ForProvince(province, null, span: span) : answers.ForProvince(province, year);
    }

    /// <summary>
    /// "Kota Tual masuk provinsi apa?": the province of the one region named (regions.csv), whether or not it took part,
    /// and what the participants' list holds of it. With no place and no year named, "provinsinya apa?" or "what
    /// province is that in?" asks it of the region just spoken of (<paramref name="spokenOf"/>). Null unless the message
    /// names no province and asks which province (knowledge/lexicon/kata-provinsi.txt beside tanya-pilih.txt).
    /// </summary>
    public AnswerCard? ProvinceOf(Recognition recognition, Region? spokenOf = null)
    {
        var entities = recognition.Entities;
        if (entities.Regions.Province is not null) return null;
        var words = entities.Regions.Masked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!AsksWhichProvince(words)) return null;
        return (entities.Region ?? (AsksOnlyWhichProvince(entities, words) ? PointedAt(spokenOf, words) : null)) is { } region ? ProvinceCard(region) : null;
    }

    /// <summary>The province of <paramref name="region"/> (regions.csv) and what the participants' list holds of it.</summary>
    public AnswerCard ProvinceCard(Region region)
    {
        var sources = registry.ParticipationsOf(region).Count == 0 ? RegionRegistry.ListSource : $"{RegionRegistry.ListSource}; {ParticipationAnswers.DataSource}";
        return new AnswerCard($"{region.Name}: provinsinya", $"{region.Name} berada di **Provinsi {region.Province}**. {answers.Listing(region)}", [],
            sources, [$"Cek status {region.Name}"]);
    }

    /// <summary>
    /// The place a follow-up's type word points at: "kotanya masuk provinsi mana?" after a kota (or a kota and a
    /// kabupaten of one name) answered is the kabupaten of that name (knowledge/lexicon/jenis-kota.txt,
    /// jenis-kabupaten.txt); no type word, or no place of that type bearing the name, leaves the place spoken of.
    /// </summary>
    private Region? PointedAt(Region? spokenOf, string[] words)
    {
        if (spokenOf is null) return null;
        var lists = Lexicon.Current.Lists;
        bool Names(string list) => lists.TryGetValue(list, out var phrases) && words.Any(phrases.Contains);
        RegionType? wanted = (Names(CityWordsFile), Names(RegencyWordsFile)) switch
        {
            (true, false) => RegionType.Kota,
            (false, true) => RegionType.Kabupaten,
            _ => null,
        };
        if (wanted is not { } type || spokenOf.Type == type) return spokenOf;
        return registry.Regions.FirstOrDefault(r => r.Type == type && r.BaseName == spokenOf.BaseName) ?? spokenOf;
    }

    /// <summary>
    /// "itu masuk provinsi mana?" right after a region was spoken of: the message names no place or year and holds nothing but
    /// the province asked, its question word, pointing-back words and the little words of
    /// knowledge/lexicon/isian-tanya-provinsi.txt ("masuk", "letaknya"), whose it is (penanya.txt), "now" (penanda-kini.txt)
    /// and "its name" (tanya-nama.txt) — anything more ("… yang paling banyak") asks
    /// something else of provinces.
    /// </summary>
    private static bool AsksOnlyWhichProvince(Entities entities, string[] words)
    {
        if (entities.Year is not null || entities.Cohort is not null || entities.Regions is not { Mentions.Count: 0, Island: null, Unknown: null }) return false;
        var lists = Lexicon.Current.Lists;
        string[] allowed = [ProvinceWordsFile, ChoosingWordsFile, "tanya-provinsi", "tanya-apa", "kata-itu", "penunjuk-balik", "partikel-akhir",
            "kata-depan-tempat", "isian-tanya-provinsi", OwnerWordsFile, NowWordsFile, "tanya-nama", CityWordsFile, RegencyWordsFile, "pembuka-daerah"];
        return words.All(w => allowed.Any(list => lists.TryGetValue(list, out var phrases) && phrases.Contains(w)));
    }

    /// <summary>
    /// The words ask which province: a province word (kata-provinsi.txt) with a choosing question word (tanya-pilih.txt)
    /// right after it ("provinsi mana", "provinsinya apa") or right before it ("which province", "what province"); not
    /// "… ke provinsi kapan", nor a plural asking which provinces took part.
    /// </summary>
    public static bool AsksWhichProvince(string[] words)
    {
        var lists = Lexicon.Current.Lists;
        var nouns = lists.GetValueOrDefault(ProvinceWordsFile) ?? [];
        var choosing = lists.GetValueOrDefault(ChoosingWordsFile) ?? [];
        var between = WordsBetween.Current;
        var at = Array.FindIndex(words, w => nouns.Contains(w));
        // Whose province, and "now" (penanya.txt, penanda-kini.txt), may stand between the noun and its question word.
        var after = at + 1;
        while (after < words.Length && after - at <= MaxWordsBetween && between.Contains(words[after])) after++;
        return at >= 0 && ((after < words.Length && choosing.Contains(words[after])) || (at > 0 && choosing.Contains(words[at - 1])));
    }

    private const string CityWordsFile = "jenis-kota", RegencyWordsFile = "jenis-kabupaten";
    private const string ProvinceWordsFile = "kata-provinsi", ChoosingWordsFile = "tanya-pilih", OwnerWordsFile = "penanya", NowWordsFile = "penanda-kini";
    private const int MaxWordsBetween = 2;

    // Built once per lexicon (staff's edits reload it), not on every message.
    private static readonly PerLexicon<HashSet<string>> WordsBetween = new(lexicon =>
        (lexicon.Lists.GetValueOrDefault(OwnerWordsFile) ?? []).Concat(lexicon.Lists.GetValueOrDefault(NowWordsFile) ?? []).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// A region in no participants' list, asked of in words the recognizer also reads as participation (its reading
    /// grounded in the examples): that it is not listed is what the data holds, and more than the documents' silence.
    /// </summary>
    private AnswerCard? NotListed(Region region, Recognition recognition)
    {
        if (registry.ParticipationsOf(region).Count > 0) return null;
        if (recognition.Intents.All(i => i.Intent != IntentNames.Participation)) return null;
        return recognizer.Grounded(IntentNames.Participation, recognition.Entities.Regions.Masked) ? answers.ForRegion(region, null, corrected: false) : null;
    }
}
