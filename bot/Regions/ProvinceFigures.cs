using System.Globalization;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Regions;

/// <summary>
/// Which province had the most (or fewest) participating regions: the provinces counted from the participant lists
/// (knowledge/data/participants.csv), over every year or the one named, with what the lists lack said plainly. No
/// document states it, and a region's answer just given is no answer to it. Only a message whose every word is a
/// province, participant, most/fewest, count or filler word (<see cref="CohortQuestion.KnownWords"/>) is answered here.
/// </summary>
public sealed class ProvinceFigures(RegionRegistry registry, RegionResolver places, EntityWords words) : IAnswerAside
{
    private readonly PhraseList _sameYear = new(words.SameYear);

    public const string Source = "Data peserta Gerakan Menuju Smart City (daftar per tahun yang dihimpun dari pemberitaan dan situs resmi); hitungan per provinsi oleh SmartCity.Bot";

    // Provinces shown beside the first.
    private const int Shown = 5;

    public bool Answers(ITurn turn, Recognition read)
    {
        var entities = read.Entities;
        if (entities.Pillar is not null || entities.ListItem is not null || entities.OwnCohort
            // "the first cohort", "angkatan kedua": one cohort asked, which the count over every year does not answer.
            || entities.Cohort is not null || entities.Ordinal is not null) return false;
        // "and the province with the fewest in that cohort?": the year the conversation is on.
        var sameYear = entities.SameYear ? turn.ConversationState.Get<int?>(ConversationMemory.LastYearKey) : null;
        if (entities.SameYear && sameYear is null) return false;
        var placed = !entities.Regions.IsEmpty || entities.Regions.Province is not null || entities.Regions.Island is not null || entities.OwnRegion;
        // A place said only in a sentence setting the scene ("Writing from Surabaya for my thesis. Which provinces …?") is where
        // the asker is; the closing question, naming none, is the one asked.
        var text = turn.Text ?? "";
        var question = !placed ? text : ClosingQuestion.Of(text) is { } last && places.Resolve(last) is { IsEmpty: true, Province: null, Island: null } ? last : null;
        if (question is not null && sameYear is not null) question = WithoutSameYear(question);
        if (question is null || (Read(question, Lexicon.Current) ?? AfterShown(turn, question) ?? AfterCount(turn, question)) is not { } asked
            || (sameYear is not null && asked.Year is not null)) return false;
        if (sameYear is not null) asked = (sameYear, asked.Most);
        if (Compose(asked.Year, asked.Most) is not { } reply) return false;
        turn.Send(Replies.Text($"{reply}\n\n_Sumber: {SourceLine(asked.Year)}_"));
        LastShown.Hold(turn, new ShownCounts(asked.Year, asked.Most));
        return true;
    }

    private string WithoutSameYear(string question) =>
        string.Join(' ', _sameYear.Without(RegionResolver.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    // The province counts shown by the last reply: "untuk 2019 saja, provinsi terbanyak mana?" right after them asks
    // the same count again (of a year, or the other end) without saying "peserta" again.
    private static readonly NextTurnMemory<ShownCounts> LastShown = new("regions.provinceFigures");

    private sealed record ShownCounts(int? Year, bool Most);

    // "yang paling sedikit?", "and the fewest?" right after them: the direction alone turns the same count round, for
    // the year the counts were shown of.
    private static (int? Year, bool Most)? AfterShown(ITurn turn, string question)
    {
        if (LastShown.Latest(turn) is not { } shown) return null;
        if (ReadOnce(question, Lexicon.Current, takingPartSaid: false) is { } asked) return asked;
        return CohortQuestion.ReadExtremeAlone(question, Lexicon.Current) switch
        {
            CohortShape.Most => (shown.Year, true),
            CohortShape.Fewest => (shown.Year, false),
            _ => null,
        };
    }

    // A province most/fewest question that does not say taking part, right after one year's participants were counted: the count just given says
    // what is counted, so taking part need not be said again.
    private static (int? Year, bool Most)? AfterCount(ITurn turn, string question) =>
        YearCountFollowUp.CountedJustBefore(turn) ? ReadOnce(question, Lexicon.Current, takingPartSaid: false) : null;

    /// <summary>
    /// The province question a message asks: a province word, a word of taking part (ikut-serta.txt) and a most/fewest word, at most one
    /// year, and nothing else but count and filler words; null otherwise.
    /// </summary>
    public static (int? Year, bool Most)? Read(string text, Lexicon lexicon) =>
        text.Length > MaxRememberedChars ? ReadOnce(text, lexicon) : Remembered.GetOrAdd(lexicon, text, ReadOnce);

    // Every message of every turn is read here (an aside) and a chat repeats itself: the reading is remembered per
    // lexicon, as the cohorts' figures remember theirs.
    private const int MaxRememberedChars = 500;

    private static readonly Caching.MemoPerSource<Lexicon, string, (int? Year, bool Most)?> Remembered = new(4096);

    private static readonly PerLexicon<HashSet<string>> ProvinceWords =
        new(lexicon => CohortQuestion.WordsOf(lexicon, "tanya-provinsi", "kata-provinsi", "kata-luas", "lingkup-nasional", "ikut-serta"));

    private static (int? Year, bool Most)? ReadOnce(string text, Lexicon lexicon) => ReadOnce(text, lexicon, takingPartSaid: true);

    private static (int? Year, bool Most)? ReadOnce(string text, Lexicon lexicon, bool takingPartSaid)
    {
        // A province word in the singular too (a question naming one province as the one with most regions taking part, kata-provinsi.txt).
        // Taking part must be said ("peserta", "ikut", "participants"): "the most smart cities" is not the lists' count —
        // unless the counts were just shown, and the message asks them again.
        if (CohortQuestion.KnownWords(text, lexicon, ProvinceWords.For(lexicon)) is not { } words
            || !CohortQuestion.Says(lexicon, words, "tanya-provinsi", "kata-provinsi") || (takingPartSaid && !CohortQuestion.Says(lexicon, words, "ikut-serta"))) return null;
        var most = CohortQuestion.Says(lexicon, words, "penanda-terbanyak");
        if (!most && !CohortQuestion.Says(lexicon, words, "penanda-tersedikit")) return null;
        var years = words.Where(CohortQuestion.IsYearWord).Select(w => int.Parse(w, CultureInfo.InvariantCulture)).Distinct().ToList();
        return years.Count > 1 ? null : (years.Count == 1 ? years[0] : null, most);
    }

    // Kept only while it is what the last reply showed.
    public void Remember(ITurn turn) => LastShown.Expire(turn);

    public bool KeepsThread => false;

    /// <summary>The provinces by their recorded participants (distinct kabupaten/kota), most or fewest first; null when none.</summary>
    public string? Compose(int? year, bool most)
    {
        // A year whose list is partial (a few names of many) cannot say which province had the most: the documents answer.
        if (year is { } asked && registry.CoverageOf(asked) != ListCoverage.Complete) return null;
        var counts = registry.Provinces
            .Select(p => (Province: p, Count: registry.ParticipantsIn(p).Where(x => year is null || x.Participation.Year == year).Select(x => x.Region).Distinct().Count()))
            .Where(c => c.Count > 0).ToList();
        if (counts.Count == 0) return null;
        var ordered = (most ? counts.OrderByDescending(c => c.Count) : counts.OrderBy(c => c.Count)).ThenBy(c => c.Province, StringComparer.Ordinal).ToList();
        var edge = ordered[0].Count;
        var first = ordered.TakeWhile(c => c.Count == edge).Select(c => $"**{c.Province}**").ToList();
        var when = year is { } y ? $"pada {y}" : "sepanjang tahun yang tercatat";
        var text = $"Menurut daftar peserta yang kami miliki, provinsi dengan kabupaten/kota peserta paling {(most ? "banyak" : "sedikit")} {when} adalah "
            + $"{Joined(first)} ({edge} kabupaten/kota{(first.Count > 1 ? " masing-masing" : "")}).\n\n"
            + string.Join('\n', ordered.Take(Math.Max(Shown, first.Count)).Select(c => $"- {c.Province}: {c.Count}"));
        if (!most) text += $"\n\n{registry.Provinces.Count - counts.Count} provinsi lain tidak punya peserta dalam daftar kami{(year is null ? "" : $" tahun {year}")}.";
        return text + "\n\n" + Coverage(year);
    }

    /// <summary>
    /// The source line of a count: the participant data, then the articles the counted rows come from, each with its link
    /// (participants.csv source_name, source_url), the most-cited first; a citizen can open what the count rests on.
    /// </summary>
    public string SourceLine(int? year)
    {
        var cited = registry.Provinces.SelectMany(registry.ParticipantsIn).Select(x => x.Participation)
            .Where(p => year is null || p.Year == year).GroupBy(p => p.Source, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        return ParticipationAnswers.CitingAfter(Source, cited);
    }

    // What the lists hold: the figures are counts of the recorded names, not official numbers.
    private string Coverage(int? year)
    {
        if (year is { } y)
            return $"Daftar {y} di data kami lengkap.";
        var partial = registry.YearsWith(ListCoverage.Partial);
        return $"Catatan: daftar kami lengkap untuk {Joined(registry.YearsWith(ListCoverage.Complete).Select(Year).ToList())}"
            + (partial.Count > 0 ? $", sebagian untuk {Joined(partial.Select(Year).ToList())}" : "")
            + "; hitungan ini dari nama yang tercatat, bukan angka resmi.";
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Joined(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.SkipLast(1)) + " dan " + items[^1];
}
