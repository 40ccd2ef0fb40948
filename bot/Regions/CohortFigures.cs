using System.Globalization;
using System.Text.RegularExpressions;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Regions;

/// <summary>
/// How many took part across the years, composed from the cohorts' sizes (knowledge/data/cohorts.csv) rather than
/// ranked: a span of years summed ("dari A sampai B", "A–B", "sampai B", "sejak A", "dari awal"), every year listed
/// ("tiap tahun", "rata-rata"), two years compared ("lebih banyak A atau B", "selisih") and the largest or smallest
/// cohort. No passage holds every span's sum, and the passages that hold one total pull other spans to it.
/// Only a message whose every word is a participant, count, span, comparison or filler word
/// (<see cref="CohortQuestion"/>) is answered here: anything more ("MoU", "assessment", a place) is the documents'.
/// </summary>
public sealed class CohortFigures(RegionRegistry registry, QuestionAnswerer documents, EntityWords words) : IAnswerAside
{
    private readonly PhraseList _ownRegion = new(words.OwnRegion);

    public const string Source = "Ringkasan peserta Gerakan Menuju Smart City › Jumlah peserta per tahun (jumlah resmi tiap angkatan; penjumlahan dan selisih dihitung SmartCity.Bot)";

    public bool Answers(ITurn turn, Recognition read)
    {
        var entities = read.Entities;
        if (!entities.Regions.IsEmpty || entities.Regions.Province is not null || entities.Pillar is not null || entities.ListItem is not null
            || entities.OwnCohort || registry.Cohorts.Count < 2) return false;
        var asked = Asked(turn.Text ?? "", entities.OwnRegion) ?? OtherEnd(turn) ?? Neighbour(turn);
        if ((asked ?? SameCount(turn)) is not { } question || Compose(question) is not { } reply) return false;
        // A year the conversation is on is the one a yearless count asks about: the documents answer it with that year.
        if (question.Yearless && new ConversationMemory(turn, registry).LastYear is not null) return false;
        turn.Send(Replies.Text($"{reply}\n\n_Sumber: {Source}_"));
        Shown.Hold(turn, new ShownFigures(question.Shape.ToString(), question.From, question.To));
        // A year alone read as the figures' count says nothing the documents could read on with ("siapa saja?" next
        // lists that year's participants, as after any count of one year).
        if (asked is not null) FollowedByDocuments(turn, reply);
        if (question.Shape is CohortShape.Span or CohortShape.EveryYear && registry.Cohorts is [var first, .., var last])
            YearCountFollowUp.RememberRange(turn, question.From ?? first.Year, question.To ?? last.Year);
        // "tahun itu" next is the span's last year, or the later of two compared.
        if ((question.To ?? question.From) is { } year) new ConversationMemory(turn, registry).RememberYear(year);
        return true;
    }

    /// <summary>
    /// The cohorts' question of the message; when its words speak of the user's own region, of its last sentence if the
    /// ones before only say who asks ("Kami dari sebuah kampus. Angkatan 2018 jumlahnya?"): "saya dari" then speaks of
    /// no region of the user's. A clause setting
    /// something aside ("…, bukan kumulatif") is not what is asked.
    /// </summary>
    private CohortQuestion? Asked(string text, bool ownRegion)
    {
        // A greeting and a sentence saying who asks (a reporter, a student) before the count: not counted words.
        if (!ownRegion) return Read(text) ?? (QuestionPreamble.Of(text).Question is { } framed ? Read(framed) : null);
        return ClosingQuestion.Of(text) is { } last && !_ownRegion.In(RegionResolver.Normalize(last).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            ? Read(last) : null;
    }

    private static CohortQuestion? Read(string text) =>
        CohortQuestion.Read(QuestionCues.WithoutSetAside(text.ToLowerInvariant()) ?? text, Lexicon.Current);

    // The cohorts' figures shown by the last reply: "kalau yang paling sedikit?" right after the largest cohort asks the other end.
    private static readonly NextTurnMemory<ShownFigures> Shown = new("regions.cohortFigures");

    private sealed record ShownFigures(string Shape, int? From, int? To);

    /// <summary>"and the fewest?" right after the largest (or smallest) cohort was shown: the other end over the same years.</summary>
    private static CohortQuestion? OtherEnd(ITurn turn) =>
        Shown.Latest(turn) is { Shape: nameof(CohortShape.Most) or nameof(CohortShape.Fewest) } shown
        && CohortQuestion.ReadExtremeAlone(turn.Text ?? "", Lexicon.Current) is { } shape
            ? new CohortQuestion(shape, shown.From, shown.To, false) : null;

    /// <summary>
    /// "sebelumnya?" right after one cohort's size was shown: the size of the cohort before (or after) it, stepping over
    /// years without one (2020). The message is read with that year in place of the step word, so anything it says
    /// beyond count and filler words leaves it to the others.
    /// </summary>
    private CohortQuestion? Neighbour(ITurn turn)
    {
        if (Shown.Latest(turn) is not { Shape: nameof(CohortShape.Year), From: { } shownYear }) return null;
        // "sebelumnya?", "and before that?" (BareStep): after one cohort's size, the neighbouring cohort.
        var tokens = BareStep.Words(turn.Text ?? "");
        var (before, after) = BareStep.Current;
        var step = before.In(tokens) ? -1 : after.In(tokens) ? +1 : 0;
        if (step == 0) return null;
        var years = registry.SizedCohorts.Select(c => c.Year).ToList();
        if ((step < 0 ? years.Where(y => y < shownYear).Cast<int?>().LastOrDefault() : years.Where(y => y > shownYear).Cast<int?>().FirstOrDefault()) is not { } year)
            return null;
        var rest = (step < 0 ? before : after).Without(tokens);
        var text = string.Join(' ', rest.Append("tahun " + year.ToString(CultureInfo.InvariantCulture)));
        return CohortQuestion.ReadWithCount(text, Lexicon.Current) is { Shape: CohortShape.Year } question && question.From == year ? question : null;
    }

    /// <summary>
    /// Another year alone ("lalu tahun A?", "versus tahun B?"), an extreme alone or a total alone ("total so far?",
    /// penanda-keseluruhan.txt, penanda-sepanjang.txt) right after figures were shown: the same count asked of another year,
    /// of every cohort, or its extreme — the message read with the count of participants carried from the figures
    /// (<see cref="CohortQuestion.ReadWithCount"/>). Only a year, a total or an extreme is carried so: anything else the message
    /// asks is not the cohorts' (an unknown word makes <see cref="CohortQuestion"/> read nothing).
    /// </summary>
    private static CohortQuestion? SameCount(ITurn turn)
    {
        // Right after one year's count (or a range's), only two years compared ("2019 dibanding 2022?") is read so.
        var shown = Shown.Latest(turn) is not null;
        // Two years compared and nothing else ("2021 vs 2023 dong"), while the thread is on no event of a cohort
        // (whose dates would be what is compared): the participants of the two years, the figure every year has.
        var bareComparison = turn.ConversationState.Get<string>(RelativeYear.LastEventKey) is null;
        if (!shown && !bareComparison && !YearCountFollowUp.CountedJustBefore(turn)) return null;
        return CohortQuestion.ReadWithCount(turn.Text ?? "", Lexicon.Current) is { Shape: CohortShape.Year or CohortShape.Most or CohortShape.Fewest or CohortShape.Compare or CohortShape.Span } question
            && (shown || question.Shape == CohortShape.Compare)
            // Right after the per-year list, its own line answers a year (YearCountFollowUp).
            && !(question.Shape == CohortShape.Year && ListMemory.LineOfYear(turn, question.From!.Value) is not null)
            ? question : null;
    }

    // Kept only while it is what the last reply showed.
    public void Remember(ITurn turn) => Shown.Expire(turn);

    // A follow-up ("kok bisa beda?", "siapa yang menyebut angka itu?") goes on with what the documents read the question
    // as: their topic and dialog, as if they had answered it, with the figures as what was shown.
    private void FollowedByDocuments(ITurn turn, string reply)
    {
        turn.ConversationState.Set(DialogRouter.LastDialogKey, KnowledgeHandler.DialogId);
        if (documents.Answer(turn.Text) is { Kind: AnswerKind.Answered, Best: { } best } read)
            turn.ConversationState.Set(KnowledgeStreams.TopicKey,
                new ConversationTopic(read.Context, best.Passage.Id, AnswerComposer.Topic(best.Passage.Heading)) { Shown = reply });
    }

    // The figures answer a question of their own: their list and source are what "terus 2018?" and "sumbernya?" point at.
    public bool KeepsThread => false;

    /// <summary>The reply to a question across cohorts, or null when the data cannot answer it.</summary>
    public string? Compose(CohortQuestion question)
    {
        var cohorts = registry.SizedCohorts;
        var (first, last) = (cohorts[0].Year, cohorts[^1].Year);
        return question.Shape switch
        {
            CohortShape.Span => Span(question.From ?? first, question.To ?? last),
            CohortShape.EveryYear => EveryYear(question.From ?? first, question.To ?? last, question.Average),
            CohortShape.Compare when question is { From: { } a, To: { } b } => Compare(a, b),
            CohortShape.Most or CohortShape.Fewest => Extreme(question.From ?? first, question.To ?? last, question.Shape == CohortShape.Most),
            CohortShape.Year when question.From is { } year => OneYear(year),
            _ => null,
        };
    }

    // The span asked, cut to the years the data has cohorts for: its lines run from the first cohort to the last.
    private CohortSpan InData(int from, int to) =>
        registry.CohortsOver(Math.Max(from, FirstYear), Math.Min(to, LastYear));

    private int FirstYear => registry.SizedCohorts[0].Year;

    private int LastYear => registry.SizedCohorts[^1].Year;

    private string? Span(int from, int to)
    {
        var span = InData(from, to);
        var within = span.Cohorts;
        if (within.Count == 0 || from > to) return null;
        var sum = span.Total;
        var text = $"Jumlah peserta Gerakan Menuju Smart City {Range(from, to)} menurut jumlah resmi tiap angkatan:\n\n{Lines(span)}\n\n"
            + $"Totalnya **{sum} keikutsertaan kabupaten/kota** ({string.Join(" + ", within.Select(c => c.OfficialSize))}).";
        var repeats = span.Repeats;
        if (repeats > 0)
            text += from <= FirstYear
                ? $" Karena {Repeaters(within)} pernah ikut pada tahun sebelumnya, jumlah **daerah berbeda** adalah **{sum - repeats}**."
                : $" {Repeaters(within)} pernah ikut pada tahun sebelumnya, tetapi tahunnya tidak diketahui, jadi jumlah daerah berbeda dalam rentang ini tidak dapat dipastikan.";
        if (from <= FirstYear && within.Count > 2) text += $"\n\nJumlah kumulatif daerah berbeda: {Cumulative(within)}.";
        return text + Beyond(to);
    }

    // One cohort's size, said to be that year's alone: a running total ending in that year is another question.
    private string? OneYear(int year)
    {
        if (registry.SizedCohorts.FirstOrDefault(c => c.Year == year) is not { } cohort) return null;
        return $"Peserta Gerakan Menuju Smart City **{year}** ({cohort.Description}): **{cohort.OfficialSize} kabupaten/kota**."
            + Notes(cohort) + $" Angka ini jumlah angkatan {year} saja, bukan jumlah kumulatif sejak {FirstYear}." + NamesHeld(cohort);
    }

    private string EveryYear(int from, int to, bool average)
    {
        var span = InData(from, to);
        var text = $"Jumlah kabupaten/kota peserta Gerakan Menuju Smart City per angkatan:\n\n{Lines(span)}";
        if (average && span.Cohorts.Count > 0)
        {
            text += $"\n\nRata-ratanya sekitar **{span.AverageWritten} kabupaten/kota per angkatan** ({span.Total} keikutsertaan dalam {span.Cohorts.Count} angkatan)."
                + (span.YearsWithout.Any() ? $" Tahun tanpa angkatan baru ({string.Join(", ", span.YearsWithout)}) tidak dihitung." : "");
        }
        return text + Beyond(to);
    }

    private string? Compare(int a, int b)
    {
        var first = registry.SizedCohorts.FirstOrDefault(c => c.Year == a);
        var second = registry.SizedCohorts.FirstOrDefault(c => c.Year == b);
        if (first is null || second is null) return Lines(InData(Math.Min(a, b), Math.Max(a, b))) is { Length: > 0 } lines
            ? $"Data angkatan untuk kedua tahun itu tidak lengkap:\n\n{lines}" : null;
        var (x, y) = (first.OfficialSize!.Value, second.OfficialSize!.Value);
        var text = x == y
            ? $"Sama banyak: angkatan {a} dan {b} masing-masing **{x} kabupaten/kota**."
            : $"Angkatan **{(x > y ? a : b)}** lebih banyak: **{Math.Max(x, y)} kabupaten/kota**, dibanding {Math.Min(x, y)} pada {(x > y ? b : a)} (selisih {Math.Abs(x - y)}).";
        return text + Notes(first, second);
    }

    private string Extreme(int from, int to, bool most)
    {
        var span = InData(from, to);
        var within = span.Cohorts;
        var size = most ? within.Max(c => c.OfficialSize!.Value) : within.Min(c => c.OfficialSize!.Value);
        var found = within.Where(c => c.OfficialSize == size).Select(c => c.Year.ToString(CultureInfo.InvariantCulture)).ToList();
        var years = found.Count == 1 ? found[0] : string.Join(", ", found.SkipLast(1)) + " dan " + found[^1];
        var each = found.Count == 1 ? "" : "masing-masing ";
        var text = $"Menurut jumlah resmi per angkatan, yang paling {(most ? "banyak" : "sedikit")} adalah angkatan **{years}**, {each}**{size} kabupaten/kota**.";
        return text + Notes([.. within.Where(c => !found.Contains(c.Year.ToString(CultureInfo.InvariantCulture)))]) + $"\n\n{Lines(span)}";
    }

    // "- 2019: 25", a year with no cohort between two that have one said so.
    private static string Lines(CohortSpan span) =>
        string.Join('\n', span.Years.Select(year => span.CohortOf(year) is { } cohort
            ? $"- **{year}**: {cohort.OfficialSize}{(cohort.Note.Length > 0 ? $" ({cohort.Note})" : "")}"
            : $"- **{year}**: tidak ditemukan angkatan baru"));

    private static string Repeaters(IReadOnlyList<Cohort> within) =>
        string.Join(" dan ", within.Where(c => c.Repeats > 0).Select(c => $"{c.Repeats} peserta {c.Year}"));

    // The distinct regions after each cohort, counted from the first.
    private static string Cumulative(IReadOnlyList<Cohort> within)
    {
        var (total, parts) = (0, new List<string>());
        foreach (var cohort in within)
        {
            total += cohort.OfficialSize!.Value - cohort.Repeats;
            parts.Add($"sampai {cohort.Year}: {total}");
        }
        return string.Join("; ", parts);
    }

    // How many of the cohort's names the data holds, and why, when that differs from its official size.
    private string NamesHeld(Cohort cohort) =>
        registry.CountIn(cohort.Year) is var held && held > 0 && held != cohort.OfficialSize
            ? $" Daftar nama di data kami untuk {cohort.Year} memuat {held} daerah{(cohort.ListNote.Length > 0 ? $": {cohort.ListNote}" : "")}."
            : "";

    private static string Notes(params Cohort[] cohorts) =>
        string.Concat(cohorts.Where(c => c.Note.Length > 0).Select(c => $" Catatan {c.Year}: {c.Note}."));

    private string Beyond(int to) =>
        to > LastYear ? $"\n\nAngkatan setelah {LastYear} tidak ditemukan dalam data yang tersedia." : "";

    private static string Range(int from, int to) => from == to ? from.ToString(CultureInfo.InvariantCulture) : $"{from}–{to}";
}

public enum CohortShape { Span, EveryYear, Compare, Most, Fewest, Year }

/// <summary>
/// A question counting participants across the years, read from its words (knowledge/lexicon): the shape, the span or
/// the two years, and whether an average is asked. Every word must be one of the lists read here, so a question about
/// anything else across the years ("MoU tiap tahun") is not read as one.
/// </summary>
public sealed record CohortQuestion(CohortShape Shape, int? From, int? To, bool Average)
{
    /// <summary>
    /// A count of participants naming no year and no word of the whole ("jumlah kabupaten/kota pesertanya ada berapa?"): all the
    /// cohorts, unless the conversation is on a year, whose count it then asks.
    /// </summary>
    public bool Yearless { get; init; }

    private static readonly string[] ParticipantLists = ["hitungan-daerah", "hitungan-peserta"];

    private static readonly string[] WordLists =
    [
        "kata-henti", "pengisi", "partikel-akhir", "kata-tanya", "tanya-jumlah", "hitungan-daerah", "hitungan-peserta", "penanda-program",
        "penanda-hingga", "penanda-keseluruhan", "penanda-sepanjang", "penanda-kini", "kata-banding", "penanda-pilihan", "penanda-per-tahun",
        "penanda-rata-rata", "penanda-terbanyak", "penanda-tersedikit", "penanda-banding-jumlah", "isian-hitungan-tahun", "pengisi-jumlah", "penanda-sejak",
        "lingkup-nasional", "pembuka-tanya",
    ];

    private static readonly PerLexicon<HashSet<string>> Known = new(lexicon => WordsOf(lexicon, WordLists));

    private static readonly Regex Token = new(@"\d{4}|[\p{L}][\p{L}\p{N}]*(?:-[\p{L}]+)?", RegexOptions.CultureInvariant);
    private static readonly Regex DashedYears = new(@"\b(20\d\d)\s*[-–—]\s*(20\d\d)\b", RegexOptions.CultureInvariant);
    private static readonly Regex UntilAbbreviation = new(@"\bs\s*[./]\s*d\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The question read from <paramref name="text"/>, or null when it is not one. Every message of every turn is read
    /// here (the cohorts' figures are an aside) and a chat repeats itself: the reading is remembered per lexicon.
    /// </summary>
    public static CohortQuestion? Read(string text, Lexicon lexicon) =>
        text.Length > MaxRememberedChars ? ReadOnce(text, lexicon, false) : Remembered.GetOrAdd(lexicon, text, static (t, l) => ReadOnce(t, l, false));

    /// <summary>
    /// The question read from a follow-up to figures just shown ("kalau 2019?", "yang paling banyak?"): the count of
    /// participants is the figures' own, carried as the subject, so the message need not say it. A clause setting
    /// something aside is read with the rest, as the carried count follows it.
    /// </summary>
    public static CohortQuestion? ReadWithCount(string text, Lexicon lexicon) =>
        text.Length > MaxRememberedChars ? ReadOnce(text, lexicon, true) : RememberedWithCount.GetOrAdd(lexicon, text, static (t, l) => ReadOnce(t, l, true));

    private const int MaxRememberedChars = 500;

    private static readonly Caching.MemoPerSource<Lexicon, string, CohortQuestion?> Remembered = new(4096);
    private static readonly Caching.MemoPerSource<Lexicon, string, CohortQuestion?> RememberedWithCount = new(1024);

    private const int MaxWords = 16;

    // The carried count and participants stand for a question word and a participant word of the message.
    private const int CarriedWords = 2;

    private static CohortQuestion? ReadOnce(string text, Lexicon lexicon, bool countCarried)
    {
        var lowered = UntilAbbreviation.Replace(text.ToLowerInvariant(), " sampai ");
        var tokens = Token.Matches(lowered).Select(m => Normal(m.Value, lexicon)).ToList();
        var maxWords = countCarried ? MaxWords - CarriedWords : MaxWords;
        if ((tokens.Count == 0 && !countCarried) || tokens.Count > maxWords || !tokens.All(t => IsYear(t) || Known.For(lexicon).Contains(t))) return null;
        // "angkatan X dibimbing berapa lama" asks a length of time (knowledge/lexicon/tanya-lama.txt), not how many
        // ("jumlah peserta berapa tahun 2018" asks both, and is a count).
        if (AnswerTypes.Of(InformalIndonesian.Normalize(text)) is var wanted && wanted.HasFlag(AnswerType.Duration) && !wanted.HasFlag(AnswerType.Count)) return null;
        var said = " " + string.Join(' ', tokens) + " ";
        if (!countCarried && !Has(lexicon, said, ParticipantLists)) return null;
        var years = tokens.Where(IsYear).Select(t => int.Parse(t, CultureInfo.InvariantCulture)).Distinct().ToList();
        if (years.Count > 2) return null;
        var counts = countCarried || Has(lexicon, said, "tanya-jumlah");
        var until = Has(lexicon, said, "penanda-hingga") || DashedYears.IsMatch(lowered);
        if (Has(lexicon, said, "penanda-terbanyak") || Has(lexicon, said, "penanda-tersedikit"))
            return years.Count == 1 ? null : new(Has(lexicon, said, "penanda-terbanyak") ? CohortShape.Most : CohortShape.Fewest, Min(years), Max(years), false);
        if (years.Count == 2 && Has(lexicon, said, "penanda-banding-jumlah") && !until) return new(CohortShape.Compare, years[0], years[1], false);
        if (Has(lexicon, said, "penanda-per-tahun"))
            return years.Count == 1 ? null : new(CohortShape.EveryYear, Min(years), Max(years), Has(lexicon, said, "penanda-rata-rata"));
        if (!counts) return null;
        if (years.Count == 2 && until) return new(CohortShape.Span, years.Min(), years.Max(), false);
        if (years.Count == 1 && until && Before(tokens, years[0], lexicon, "penanda-hingga")) return new(CohortShape.Span, null, years[0], false);
        // "sejak 2019 …", "2019 sampai sekarang": from that year to the last cohort. "since 2019" alone says as much
        // (penanda-sejak-kini.txt); "dari 2019" needs "sampai sekarang" or a total, as it also names the year alone.
        if (years.Count == 1 && (Before(tokens, years[0], lexicon, "penanda-sejak") && (until || Has(lexicon, said, "penanda-keseluruhan"))
                || Before(tokens, years[0], lexicon, "penanda-sejak-kini") || until && Has(lexicon, said, "penanda-kini")))
            return new(CohortShape.Span, years[0], null, false);
        if (years.Count == 0 && (Has(lexicon, said, "penanda-keseluruhan") || Has(lexicon, said, "penanda-sepanjang"))) return new(CohortShape.Span, null, null, false);
        // "ikut tahun berapa" asks which year, not how many.
        if (years.Count == 0 && !until && !countCarried && !Has(lexicon, said, "tanya-daftar")
            && !AnswerTypes.Of(InformalIndonesian.Normalize(text)).HasFlag(AnswerType.Year))
            return new(CohortShape.Span, null, null, false) { Yearless = true };
        // "peserta 2018 berapa?", "the total participants in 2024": one year's cohort, even with a word for "total". Its
        // regions asked too ("…, lalu siapa saja daerahnya") is the year's list, which the documents and the data give.
        if (years.Count == 1 && !until && !Before(tokens, years[0], lexicon, "penanda-sejak") && !Has(lexicon, said, "tanya-daftar"))
            return new(CohortShape.Year, years[0], years[0], false);
        return null;
    }

    /// <summary>
    /// "kalau yang paling sedikit?", "and the fewest?": a most/fewest word and nothing else the cohorts' questions do
    /// not use, no year — the direction alone, which only the figures just shown give a subject.
    /// </summary>
    public static CohortShape? ReadExtremeAlone(string text, Lexicon lexicon)
    {
        var tokens = Token.Matches(text.ToLowerInvariant()).Select(m => Normal(m.Value, lexicon)).ToList();
        if (tokens.Count is 0 or > MaxExtremeWords || !tokens.All(Known.For(lexicon).Contains)) return null;
        var said = " " + string.Join(' ', tokens) + " ";
        var (most, fewest) = (Has(lexicon, said, "penanda-terbanyak"), Has(lexicon, said, "penanda-tersedikit"));
        return most == fewest ? null : most ? CohortShape.Most : CohortShape.Fewest;
    }

    private const int MaxExtremeWords = 6;

    /// <summary>The single words of the phrases of <paramref name="lists"/> (build once per lexicon: <see cref="PerLexicon{T}"/>).</summary>
    public static HashSet<string> WordsOf(Lexicon lexicon, params string[] lists) => lists
        .SelectMany(name => lexicon.Lists.GetValueOrDefault(name) ?? [])
        .SelectMany(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The message's words with informal spellings written out, when every one is a year or a word of the lists read
    /// here or of <paramref name="extra"/> (<see cref="WordsOf"/>); otherwise null (the message asks about something else too).
    /// </summary>
    public static List<string>? KnownWords(string text, Lexicon lexicon, IReadOnlySet<string> extra)
    {
        var tokens = Token.Matches(text.ToLowerInvariant()).Select(m => Normal(m.Value, lexicon)).ToList();
        return tokens.Count > 0 && tokens.Count <= 16 && tokens.All(t => IsYear(t) || Known.For(lexicon).Contains(t) || extra.Contains(t)
            || t.EndsWith("nya", StringComparison.Ordinal) && extra.Contains(t[..^3])) ? tokens : null;
    }

    /// <summary>Whether the words hold a phrase of one of the lists.</summary>
    public static bool Says(Lexicon lexicon, IReadOnlyList<string> words, params string[] lists) => Has(lexicon, " " + string.Join(' ', words) + " ", lists);

    public static bool IsYearWord(string token) => IsYear(token);

    private static int? Min(List<int> years) => years.Count == 2 ? years.Min() : null;

    private static int? Max(List<int> years) => years.Count == 2 ? years.Max() : null;

    private static bool IsYear(string token) => token.Length == 4 && token.StartsWith("20", StringComparison.Ordinal) && token.All(char.IsDigit);

    // Informal spelling to the written word ("brp" → "berapa"); a word with "-nya" read as its base when the base is known.
    private static string Normal(string token, Lexicon lexicon)
    {
        var word = lexicon.Informal.TryGetValue(token, out var written) && !written.Contains(' ') ? written : token;
        if (word.EndsWith("nya", StringComparison.Ordinal) && word.Length > 5 && Known.For(lexicon).Contains(word[..^3])) return word[..^3];
        return word;
    }

    private static bool Has(Lexicon lexicon, string said, params string[] lists) => lists
        .SelectMany(name => lexicon.Lists.GetValueOrDefault(name) ?? [])
        .Any(phrase => said.Contains(" " + phrase + " ", StringComparison.Ordinal));

    // The word right before the year is one of the list's ("sampai 2022", "sejak 2019").
    private static bool Before(List<string> tokens, int year, Lexicon lexicon, string list)
    {
        var at = tokens.IndexOf(year.ToString(CultureInfo.InvariantCulture));
        var words = lexicon.Lists.GetValueOrDefault(list) ?? [];
        return at > 0 && words.Contains(tokens[at - 1]);
    }
}
