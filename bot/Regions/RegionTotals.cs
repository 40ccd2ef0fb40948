using System.Globalization;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Regions;

/// <summary>
/// The number of kabupaten/kota in the country (or in one province), and the number the participant lists record: counted
/// from the region data (knowledge/data/regions.csv), which no document lists. Only a message whose every word is a count,
/// region-kind, country or filler word (<see cref="CohortQuestion.KnownWords"/>), with a province or the country and no
/// word of taking part, is answered here: "berapa peserta …" is the cohorts' count.
/// </summary>
public sealed class RegionTotals(RegionRegistry registry, RegionResolver places) : IAnswerAside
{
    public const string RegionSource = "Data wilayah administrasi Indonesia (idn-area-data 4.0.1, https://github.com/fityannugroho/idn-area-data)";

    public bool Answers(ITurn turn, Recognition read)
    {
        var text = turn.Text ?? "";
        if (read.Entities is not { Pillar: null, ListItem: null, OwnRegion: false, OwnCohort: false, Year: null }
            || Read(text, Lexicon.Current) is not { } area) return false;
        turn.Send(Replies.Text(Compose(area.Province) + $"\n\n_Sumber: {RegionSource}; {ProvinceFigures.Source}_"));
        return true;
    }

    public void Remember(ITurn turn) { }

    public bool KeepsThread => false;

    private static readonly PerLexicon<HashSet<string>> Words = new(lexicon => CohortQuestion.WordsOf(lexicon,
        "hitungan-wilayah", "jenis-kabupaten", "jenis-kota", "wilayah-negara", "kata-provinsi", "kata-depan-tempat", "kata-punya"));

    /// <summary>The area whose kabupaten/kota a message counts: one province, or the country; null when it asks something else.</summary>
    public CountedArea? Read(string text, Lexicon lexicon)
    {
        var query = places.Resolve(text);
        if (query is not { Mentions.Count: 0, Unknown: null } || query.Island is not null) return null;
        // The province's own words are read as the province ("xprovince"), not as words of the question.
        var masked = query.Province is null ? text : query.Masked.Replace("xprovince", "", StringComparison.Ordinal);
        if (CohortQuestion.KnownWords(masked, lexicon, Words.For(lexicon)) is not { } words
            || !CohortQuestion.Says(lexicon, words, "tanya-jumlah") || CohortQuestion.Says(lexicon, words, "ikut-serta")
            || !words.Any(CountedKinds.For(lexicon).Contains) || words.Any(CohortQuestion.IsYearWord)
            // Provinces counted ("ada berapa provinsi se-Indonesia") are not kabupaten/kota.
            || query.Province is null && CohortQuestion.Says(lexicon, words, "kata-provinsi")) return null;
        var national = CohortQuestion.Says(lexicon, words, "wilayah-negara") || CohortQuestion.Says(lexicon, words, "lingkup-nasional");
        if (query.Province is { } province) return national ? null : new CountedArea(province);
        return national ? new CountedArea(null) : null;
    }

    // The words naming what is counted: a kabupaten/kota ("kab", "kota-kota", "regencies"), not a province or "peserta".
    private static readonly PerLexicon<HashSet<string>> CountedKinds =
        new(lexicon => CohortQuestion.WordsOf(lexicon, "hitungan-wilayah", "jenis-kabupaten", "jenis-kota"));

    /// <summary>The count of kabupaten and kota of the province (or the country), then the number the lists record.</summary>
    public string Compose(string? province)
    {
        var regions = registry.Regions.Where(r => province is null || r.Province == province).ToList();
        var kabupaten = regions.Count(r => r.Type == RegionType.Kabupaten);
        var taking = regions.Where(r => registry.ParticipationsOf(r).Count > 0).ToList();
        var where = province is null ? "Indonesia" : $"Provinsi {province}";
        var text = $"{where} memiliki **{regions.Count} kabupaten/kota**: {kabupaten} kabupaten dan {regions.Count - kabupaten} kota.\n\n"
            + $"Dari jumlah itu, **{taking.Count}** tercatat pernah ikut Gerakan Menuju Smart City dalam daftar peserta yang kami miliki";
        if (province is not null && taking.Count is > 0 and <= ListedAtMost)
            text += ": " + string.Join(", ", taking.Select(r => $"{r.Name} ({string.Join(", ", registry.ParticipationsOf(r).Select(p => Year(p.Year)).Distinct())})"));
        var partial = registry.YearsWith(ListCoverage.Partial);
        return text + (partial.Count > 0 ? $". Daftar {string.Join(" dan ", partial.Select(Year))} di data kami hanya sebagian, jadi jumlah sebenarnya bisa lebih besar." : ".");
    }

    // A province's participants are named when they fit in a sentence.
    private const int ListedAtMost = 12;

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Where kabupaten/kota are counted: one province, or all Indonesia (<see cref="Province"/> null).</summary>
public sealed record CountedArea(string? Province);
