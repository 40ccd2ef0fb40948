using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A count of participants by year, then one year, then its names. "terus 2018 berapa?" right after a list with a line
/// per year (the per-year summary) is that year's line, not the list again; and a bare list request ("siapa saja?",
/// "sebutkan") right after a count of one year's participants is that year's participants, read as such by the
/// recognizer and the participation dialog; a range's end alone ("kalau sampai 2022?") right after a count is the count
/// from the counted range's start, or the first cohort, to that year. The words are data (entities.json: followUpWords,
/// yearWords, countWords, listWords, pointBack, fillers; lexicon tanya-jumlah.txt, penanda-hingga.txt).
/// </summary>
public sealed class YearCountFollowUp(EntityWords words, Recognizer recognizer, RegionRegistry registry) : IAnswerAside, IReread
{
    /// <summary>Conversation state: the year whose participants were just counted, for the next message.</summary>
    private static readonly NextTurnMemory<CountedYear> CountedYears = new("memory.countedYear");

    /// <param name="From">the first year of a counted range ("dari tahun A sampai tahun B"), null for one year.</param>
    public sealed record CountedYear(int Year, int? From = null);

    // A bare list request is short; a longer one asks something of its own.
    private const int MaxListWords = 5;

    // Words of the lexicon are built again when staff's edits reload it; entities.json's are read once at start.
    private readonly PerLexicon<HashSet<string>> _followUp = new(lexicon => Tokens(words.FollowUpWords, words.YearWords, words.CohortWords, words.Fillers,
        words.CountWords, lexicon.Lists.GetValueOrDefault("tanya-jumlah") ?? []));
    private readonly Lazy<HashSet<string>> _listWords = new(() => Tokens(words.ListWords, words.Fillers, words.FollowUpWords));
    private readonly PerLexicon<HashSet<string>> _tails = new(lexicon => Tokens(lexicon.Lists.GetValueOrDefault("penutup-sebagian") ?? []));
    // "jumlah seluruh peserta", "total pesertanya", "selama ini": a count of every year, not of the one spoken of.
    private static readonly CuePattern Whole = new(@"\b(?:{:penanda-keseluruhan}|{:penanda-sepanjang})\b");
    private readonly PhraseList _pointBack = new(words.PointBack);
    // "waktu itu", "saat itu", "pas itu" (penunjuk-saat.txt): the time just spoken of, in a bare count the year spoken of.
    private readonly PerLexicon<PhraseList> _sameTime = new(lexicon => new PhraseList(lexicon.Lists.GetValueOrDefault(SameTimeList) ?? []));

    /// <summary>The lexicon list of the phrases pointing at the time just spoken of without "tahun" (penunjuk-saat.txt).</summary>
    public const string SameTimeList = "penunjuk-saat";
    // "sampai", "hingga", "s.d.": the word before a range's last year (penanda-hingga.txt).
    // Single words only: a phrase's words alone ("dengan" of "sampai dengan") close no range.
    private readonly PerLexicon<HashSet<string>> _rangeEnds = new(lexicon => Tokens((lexicon.Lists.GetValueOrDefault("penanda-hingga") ?? []).Where(p => !p.Contains(' '))));

    public RereadStage Stage => RereadStage.Reference;

    /// <summary>"terus 2018 berapa?": the one line of the last list that opens with the year, with the list's source.</summary>
    public bool Answers(ITurn turn, Recognition read)
    {
        var entities = read.Entities;
        if (PerYearOfRange(turn, entities) is { } perYear)
        {
            turn.Send(Replies.Text(perYear));
            return true;
        }
        if (RangeTotal(entities) is { } total)
        {
            turn.Send(Replies.Text(total.Reply));
            Counted(turn, total.To, total.From);
            return true;
        }
        if (entities is not { Year: { } year, ListItem: null, Pillar: null, AsksList: false } || !entities.Regions.IsEmpty || entities.Regions.Province is not null
            || !OnlyYearAndCount(entities.Regions.Masked, year) || ListMemory.LineOfYear(turn, year) is not { } line || !CountLine(line)) return false;
        var reply = $"Dari daftar tadi, untuk tahun {year}:\n\n- {line}";
        if (turn.ConversationState.Get<string>(SourceFollowUp.SourceKey) is { Length: > 0 } source) reply += $"\n\n_Sumber: {source}_";
        turn.Send(Replies.Text(reply));
        turn.ConversationState.Set(ConversationMemory.LastYearKey, year);
        Counted(turn, year);
        return true;
    }

    /// <summary>The counted year (or province) lives for the next message only.</summary>
    public void Remember(ITurn turn)
    {
        CountedYears.Expire(turn);
        CountedProvinces.Expire(turn);
    }

    /// <summary>Conversation state: the province whose participants were just counted ("berapa daerah dari sumut yang ikut?").</summary>
    private static readonly NextTurnMemory<string> CountedProvinces = new("memory.countedProvince");

    /// <summary>
    /// "siapa aja?" right after a province's participants were counted: that province's participants, as after a year's
    /// count. A message counting one province's participants (no year, no kabupaten/kota) is remembered for the next.
    /// </summary>
    private string? ProvinceListed(ITurn turn, Entities entities)
    {
        var previous = CountedProvinces.Before(turn);
        if (entities is { AsksCount: true, Year: null, Cohort: null, Regions: { Province: { } province, Mentions.Count: 0, Island: null } })
            CountedProvinces.Hold(turn, province);
        if (previous is null || !BareListRequest(entities)) return null;
        var kept = _pointBack.Without(entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return $"{string.Join(' ', kept)} peserta provinsi {previous}";
    }

    /// <summary>
    /// A bare list request right after one year's participants were counted: the request with that year's participants
    /// named. A message counting one year's participants is remembered for the next.
    /// </summary>
    public string? Rewrite(ITurn turn, Recognition read)
    {
        var entities = read.Entities;
        if (ProvinceListed(turn, entities) is { } provinceList) return provinceList;
        var previous = CountedYears.Before(turn);
        if (previous is not null && RangeEnd(entities) is { } end && (previous.From ?? FirstCohort()) is { } from && from < end.Year)
        {
            Counted(turn, end.Year, from);
            return $"{CountWord()} peserta {from} {end.Word} {end.Year}";
        }
        if (entities.AsksCount && (entities.Cohort ?? entities.Year ?? (entities.SameYear ? turn.ConversationState.Get<int?>(ConversationMemory.LastYearKey) : null)) is { } year
            && (entities.Regions.Mentions.Count == 0 || entities.PlacesOnlyBeforeQuestion))
            Counted(turn, year, RangeStart(entities.Regions.Normalized, year));
        // A count over a range ("antara tahun A dan B jumlahnya …"), whatever the recognizer reads it as.
        else if (CountedRange(entities) is { } range)
            Counted(turn, range.To, range.From);
        // "kalau 2018?" right after a count goes on counting: the next "sampai 2022?" still follows a count.
        else if (previous is not null && entities is { OnlyYearOrPlace: true, Year: { } next } && entities.Regions.IsEmpty && entities.Regions.Province is null)
            Counted(turn, next);
        // "pesertanya ada berapa?" naming no year, right after a year was spoken of: that year's count, asked as "tahun itu".
        // Right after a list of regions, "ada berapa?" counts that list (the participation dialog answers it).
        if (BareCount(entities) && !ListMemory.ShowsRegions(turn)
            && turn.ConversationState.Get<int?>(ConversationMemory.LastYearKey) is { } spoken)
        {
            Counted(turn, spoken);
            // "tahun itu": the conversation's year, whose list (from the participation data) says how many took part. Put
            // before the question, not after it: "pesertanya berapa tahun 2024" reads as "berapa tahun", a length asked.
            // A count of participants "saat itu": the same-time phrase says what "tahun itu" does, once.
            return $"tahun itu {string.Join(' ', WithoutSameTime(entities.Regions.Normalized))}";
        }
        // A range counted is no one year's participants to list.
        if (CountedYears.Before(turn) is not { From: null } counted) return null;
        // "kalau Jawa Timur?" right after a year's count: that province's participants in the year counted.
        if (ProvinceAlone(entities)) return $"{entities.Regions.Normalized} peserta {counted.Year}";
        if (!BareListRequest(entities)) return null;
        var kept = _pointBack.Without(entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return $"{string.Join(' ', kept)} peserta {counted.Year}";
    }

    /// <summary>
    /// A total asked over a span of years: a range written with both ends (a range word or a dash between the years)
    /// over years whose participant lists the data holds complete, so the official sizes of their cohorts add up to the
    /// count. A range reaching a year known only in part is left to the documents, which reconcile their totals.
    /// </summary>
    internal (int From, int To, string Reply)? RangeTotal(Entities entities)
    {
        if (CountedRange(entities) is not var (from, to) || from == to || entities.Regions.Province is not null || entities is not { Pillar: null, ListItem: null }) return null;
        if (!RangeWritten(entities.Regions.Normalized, from, to)) return null;
        var span = registry.CohortsOver(from, to);
        if (span.Cohorts.Count < 2 || span.Cohorts.Any(c => registry.CoverageOf(c.Year) != ListCoverage.Complete)) return null;
        var parts = string.Join(" + ", span.Cohorts.Select(c => $"{c.OfficialSize} ({c.Year})"));
        var gaps = span.YearsWithout.ToList();
        var gapNote = gaps.Count == 0 ? "" : $" Pada {string.Join(", ", gaps)} tidak ditemukan angkatan baru.";
        return (from, to, $"Jumlah kabupaten/kota peserta Gerakan Menuju Smart City dari {from} sampai {to}, menurut jumlah resmi setiap angkatan: "
            + $"{parts} = **{span.Total}** kabupaten/kota.{gapNote} Daftar peserta tahun-tahun itu lengkap di data kami; jumlah tiap angkatan bisa ditanyakan per tahun."
            + $"\n\n_Sumber: {CohortDataSource}_");
    }

    // Where the cohorts' official sizes come from, as the replies built on them cite it.
    private const string CohortDataSource = "Data angkatan dan peserta Gerakan Menuju Smart City (jumlah resmi per angkatan), dihimpun dari pemberitaan dan situs resmi";

    private static readonly CuePattern PerYearCue = new(@"(?:^|\s)(?:{:penanda-per-tahun})(?:\s|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly CuePattern AverageCue = new(@"(?:^|\s)(?:{:penanda-rata-rata})(?:\s|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// "Each year?" or "the average?" (penanda-per-tahun.txt, penanda-rata-rata.txt) right after a range was counted: each cohort's official size in that
    /// range (with the average when asked), naming nothing else. The range stays counted for the next message.
    /// </summary>
    private string? PerYearOfRange(ITurn turn, Entities entities)
    {
        if (CountedYears.Before(turn) is not { From: { } from } counted) return null;
        var normalized = entities.Regions.Normalized;
        if (!PerYearCue.IsMatch(normalized) || !NamesNothing(entities)) return null;
        var span = registry.CohortsOver(from, counted.Year);
        if (span.Cohorts.Count < 2) return null;
        var lines = span.Years.Select(y => span.CohortOf(y) is { OfficialSize: { } size } ? $"- **{y}**: {size} kabupaten/kota" : $"- **{y}**: tidak ditemukan angkatan baru");
        var average = AverageCue.IsMatch(normalized)
            ? $"\n\nRata-rata {span.AverageWritten} kabupaten/kota per angkatan ({span.Total} dibagi {span.Cohorts.Count} angkatan; hitungan kami, bukan angka resmi)."
            : "";
        Counted(turn, counted.Year, from);
        return $"Jumlah peserta per tahun dari {from} sampai {counted.Year} (jumlah resmi setiap angkatan):\n\n{string.Join("\n", lines)}{average}"
            + $"\n\n_Sumber: {CohortDataSource}_";
    }

    // The two years joined as a range: a range word (penanda-hingga.txt) or a dash between them, not "2017 dan 2019".
    private bool RangeWritten(string normalized, int from, int to)
    {
        var (first, last) = (from.ToString(System.Globalization.CultureInfo.InvariantCulture), to.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (System.Text.RegularExpressions.Regex.IsMatch(normalized, $@"\b{first}\s*[–-]\s*{last}\b")) return true;
        var tokens = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (a, b) = (Array.IndexOf(tokens, first), Array.IndexOf(tokens, last));
        // Side by side with nothing between: a dash the normalising took out ("2017-2019").
        return a >= 0 && b > a && (b == a + 1 || tokens[(a + 1)..b].Any(_rangeEnds.Current.Contains));
    }

    private static void Counted(ITurn turn, int year, int? from = null) => CountedYears.Hold(turn, new CountedYear(year, from));

    /// <summary>Whether the reply just before counted one year's participants, or a range of years.</summary>
    public static bool CountedJustBefore(ITurn turn) => CountedYears.Before(turn) is not null;

    /// <summary>A range of years counted by another answer (the cohorts' figures): "tiap tahunnya?", "rata-rata?" next break it down.</summary>
    public static void RememberRange(ITurn turn, int from, int to) => Counted(turn, to, from);

    // The earlier of two years written in the counting message.
    private static int? RangeStart(string normalized, int year) =>
        WrittenYears(normalized).Where(y => y != year).Cast<int?>().Min() is { } other && other < year ? other : null;

    private static IEnumerable<int> WrittenYears(string text) =>
        AnswerTypes.Years(text).Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture));

    // Two years and a count word (tanya-jumlah.txt): the range counted, from the earlier year to the later.
    private static (int From, int To)? CountedRange(Entities entities)
    {
        // Asked of every message (RangeTotal): the cheap tests first, the years collected only when one is written.
        if (!entities.Regions.IsEmpty || !AnswerTypes.HasYear(entities.Regions.Normalized)) return null;
        var years = WrittenYears(entities.Regions.Normalized).Order().ToList();
        if (years.Count != 2) return null;
        var counts = Lexicon.Current.Lists.GetValueOrDefault("tanya-jumlah") ?? [];
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Any(t => counts.Contains(t) || counts.Any(c => t.StartsWith(c, StringComparison.Ordinal) && t.Length <= c.Length + 3)) ? (years[0], years[1]) : null;
    }

    private int? FirstCohort() => registry.Years.Count > 0 ? registry.Years[0] : null;

    private static string CountWord() => Lexicon.Current.Lists.GetValueOrDefault("tanya-jumlah") is [var first, ..] ? first : "berapa";

    /// <summary>"kalau sampai 2022?", "hingga 2022 jadi berapa": one year right after a range word, the other words follow-up
    /// or count words, naming no place.</summary>
    private (string Word, int Year)? RangeEnd(Entities entities)
    {
        if (entities is not { Year: { } year, ListItem: null, Pillar: null, Cohort: null } || !entities.Regions.IsEmpty || entities.Regions.Province is not null) return null;
        var tokens = entities.Regions.Masked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var written = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var at = Array.IndexOf(tokens, written);
        if (at < 1 || tokens.Count(t => t == written) != 1 || !_rangeEnds.Current.Contains(tokens[at - 1])) return null;
        return tokens.Where((_, i) => i != at && i != at - 1).All(_followUp.Current.Contains) ? (tokens[at - 1], year) : null;
    }

    // "pesertanya ada berapa?": a count of nothing named, in words the participation examples use.
    private bool BareCount(Entities entities) =>
        !Whole.IsMatch(entities.Regions.Normalized) && entities is { AsksCount: true, AsksList: false, OwnRegion: false, OwnCohort: false, SameYear: false }
        && NamesNothing(entities) && OnlyWordsOf(entities, _followUp.Current);

    // No region, province, unknown place, year, cohort, pillar or list item.
    private static bool NamesNothing(Entities entities) =>
        entities is { Year: null, Cohort: null, Pillar: null, ListItem: null }
        && entities.Regions.IsEmpty && entities.Regions.Province is null && entities.Regions.Unknown is null;

    // A short message whose words, apart from those of its kind, name nothing the participation examples do not use.
    // A count asked "waktu itu": a phrase pointing at the time just spoken of names nothing of its own; it points
    // at the year spoken of, as "tahun itu" would.
    private bool OnlyWordsOf(Entities entities, HashSet<string> kind)
    {
        var tokens = WithoutSameTime(entities.Regions.Masked);
        if (tokens.Count > MaxListWords) return false;
        var rest = Unnamed(tokens.Where(t => !kind.Contains(t)));
        return rest.Count == 0 || recognizer.SpokenShare(IntentNames.Participation, string.Join(' ', rest)) is null or >= 1.0;
    }

    private List<string> WithoutSameTime(string text) =>
        _sameTime.Current.Without(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // Words that name something: not stop words, everyday words (kata-umum.txt) or the tails of a partial request
    // ("semuanya", "namanya": penutup-sebagian.txt).
    private List<string> Unnamed(IEnumerable<string> tokens) =>
        tokens.Where(t => _pointBack.LengthAt([t], 0) == 0 && !Lexicon.Current.StopWords.Contains(t) && !Lexicon.Current.GenericWords.Contains(t)
            && !_tails.Current.Contains(t)).ToList();

    // Only a province and follow-up words, no year ("ntt gimana?", "kalau jawa timur?").
    private static bool ProvinceAlone(Entities entities) =>
        entities is { OnlyYearOrPlace: true, Year: null, Cohort: null, ListItem: null } && entities.Regions.Province is not null
        && entities.Regions.Mentions.Count == 0 && entities.Regions.Island is null;

    // "siapa saja?", "sebutkan semuanya", "daftarnya dong": a list asked of nothing named, in words the participation
    // examples use (or list words alone).
    private bool BareListRequest(Entities entities) => entities.AsksList && NamesNothing(entities) && OnlyWordsOf(entities, _listWords.Value);

    // "**2018**: 50 (…)": the line gives the year's count. A line listing the year's names ("**2018** (tahap kedua): Kota …")
    // is a participation list, whose follow-ups the participation dialog answers with the list again.
    private static bool CountLine(string line) =>
        line.TrimStart('*', '_', ' ')[4..].TrimStart('*', '_', ':', ' ') is { Length: > 0 } rest && char.IsAsciiDigit(rest[0]);

    // Only the year and follow-up or count words ("terus 2018 berapa?", "kalau tahun 2019 jumlahnya?").
    private bool OnlyYearAndCount(string masked, int year)
    {
        var written = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var tokens = masked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Count(t => t == written) == 1 && tokens.All(t => t == written || _followUp.Current.Contains(t));
    }

    private static HashSet<string> Tokens(params IEnumerable<string>[] lists) =>
        lists.SelectMany(l => l).SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
}
