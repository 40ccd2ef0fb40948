using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>What kind of fact a question asks for; a question can ask for several ("tanggal berapa dan di mana").</summary>
[Flags]
public enum AnswerType
{
    None = 0,

    /// <summary>berapa / jumlah: a number or a number word.</summary>
    Count = 1,

    /// <summary>kapan / tanggal / bulan apa: a date or a month (a bare year is not enough).</summary>
    Date = 2,

    /// <summary>di mana / lokasi: a venue or a named place.</summary>
    Place = 4,

    /// <summary>siapa: a person's title and name.</summary>
    Person = 8,

    /// <summary>berapa lama / jangka waktu / berapa tahun: an amount of time.</summary>
    Duration = 16,

    /// <summary>tahun berapa / sejak tahun: a year (a full date answers it too).</summary>
    Year = 32,

    /// <summary>mengapa / kenapa / apa alasannya: an explanation (karena, sebab, artinya, selisihnya …).</summary>
    Reason = 64,

    /// <summary>sejak / mulai kapan: the point something began (sejak, mulai, pertama kali …), besides its year or date.</summary>
    Start = 128,

    /// <summary>apa saja / sebutkan: several things named together (a list, or a sentence enumerating them).</summary>
    Enumeration = 256,

    /// <summary>tujuannya / yang mau dicapai / untuk apa: an aim (bertujuan, untuk membangun …, agar, supaya).</summary>
    Purpose = 512,
}

/// <summary>
/// Question-type awareness: reads from the question which kind of fact it wants, and tells whether a text (a
/// passage, a sentence, a list item) carries a fact of that kind. Used to rerank passages and to pick sentences,
/// so "berapa daerah …" prefers the sentence with the number, and "kapan dan di mana …" the one with the date and venue.
/// </summary>
public static partial class AnswerTypes
{
    private static readonly AnswerType[] Kinds = [AnswerType.Count, AnswerType.Date, AnswerType.Place, AnswerType.Person, AnswerType.Duration, AnswerType.Year,
        AnswerType.Reason, AnswerType.Start, AnswerType.Enumeration, AnswerType.Purpose];

    /// <summary>The kinds of fact a normalized (lowercase, informal words made formal) question asks for.</summary>
    public static AnswerType Of(string normalizedQuestion)
    {
        var q = normalizedQuestion;
        var type = AnswerType.None;
        if (DurationQuestion().IsMatch(q)) type |= AnswerType.Duration;
        if (YearQuestion().IsMatch(q)) type |= AnswerType.Year;
        else if (DateQuestion().IsMatch(q)) type |= AnswerType.Date;
        // "berapa" asks for a count unless it was part of a date or a duration phrase ("tanggal berapa", "berapa lama").
        if (CountQuestion().IsMatch(YearQuestion().Replace(DateQuestion().Replace(DurationQuestion().Replace(q, " "), " "), " "))) type |= AnswerType.Count;
        if (PlaceQuestion().IsMatch(q)) type |= AnswerType.Place;
        if (PersonQuestion().IsMatch(q)) type |= AnswerType.Person;
        if (ReasonQuestion().IsMatch(q)) type |= AnswerType.Reason;
        if ((type & (AnswerType.Year | AnswerType.Date)) != 0 && StartQuestion().IsMatch(q)) type |= AnswerType.Start;
        if (EnumerationQuestion().IsMatch(q)) type |= AnswerType.Enumeration;
        if (Lexicon.Current.PurposeQuestion.IsMatch(q)) type |= AnswerType.Purpose;
        return type;
    }

    /// <summary>The kinds of fact a text carries (case matters: names and venues are capitalized).</summary>
    public static AnswerType In(string text)
    {
        var type = AnswerType.None;
        if (CountEvidence().IsMatch(text)) type |= AnswerType.Count;
        if (DateEvidence().IsMatch(text)) type |= AnswerType.Date;
        if (Lexicon.Current.VenueWords.IsMatch(text) || PlaceEvidence().IsMatch(text)) type |= AnswerType.Place;
        if (PersonEvidence().IsMatch(text)) type |= AnswerType.Person;
        if (DurationEvidence().IsMatch(text)) type |= AnswerType.Duration;
        if (type.HasFlag(AnswerType.Date) || Year().IsMatch(text)) type |= AnswerType.Year;
        if (Lexicon.Current.ReasonEvidence.IsMatch(text)) type |= AnswerType.Reason;
        if (StartEvidence().IsMatch(text)) type |= AnswerType.Start;
        if (ListLine().IsMatch(text) || Separators().Count(text) >= MinSeparators) type |= AnswerType.Enumeration;
        if (PurposeEvidence().IsMatch(text)) type |= AnswerType.Purpose;
        return type;
    }

    /// <summary>
    /// What "berapa" may count: "berapa daerah", "pilarnya ada berapa", "jumlah peserta" → "daerah", "pilar", "peserta"
    /// (the word after "berapa" first, then the one before it); none when the question asks for no count.
    /// </summary>
    public static IEnumerable<string> CountedNouns(string normalizedQuestion)
    {
        if (!Of(normalizedQuestion).HasFlag(AnswerType.Count)) yield break;
        var q = string.Join(' ', KnowledgeIndex.QuestionWords(normalizedQuestion));
        foreach (var match in new[] { CountedAfter().Match(q), CountedBefore().Match(q) })
        {
            if (!match.Success) continue;
            var noun = match.Groups["n"].Value;
            if (noun.EndsWith("nya", StringComparison.Ordinal) && noun.Length > 5) noun = noun[..^3];
            if (!NotCounted.Contains(noun) && !QuestionCues.IsFunctionWord(noun)) yield return noun;
        }
    }

    /// <summary>Spans of years a text names: "2017–2019", "2017 sampai 2019", "tahun 2017 hingga tahun 2019" → "2017-2019".</summary>
    public static IReadOnlySet<string> YearRanges(string text) =>
        YearRange().Matches(text).Select(m => $"{m.Groups["a"].Value}-{m.Groups["b"].Value}").ToHashSet();

    /// <summary>The words right after a number ("Enam pilar", "10 kabupaten/kota"): what a text counts.</summary>
    public static IEnumerable<string> CountedWords(string text) => NumberThenWord().Matches(text).Select(m => m.Groups["w"].Value);

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "yang", "ada", "itu", "ini", "jumlah", "total", "kira", "sebenarnya", "semua", "sih", "ya", "tahun", "tanggal", "bulan", "hari",
        "jam", "pukul", "lama", "kah", "sekitar", "banyak", "sampai", "hingga", "dari", "di", "pada", "dengan", "dan", "atau",
    };

    /// <summary>Share (0..1) of the wanted kinds that the text's kinds provide; 0 when nothing is wanted.</summary>
    public static double Evidence(AnswerType wanted, AnswerType present)
    {
        if (wanted == AnswerType.None) return 0;
        var asked = Kinds.Count(k => wanted.HasFlag(k));
        return (double)Kinds.Count(k => wanted.HasFlag(k) && present.HasFlag(k)) / asked;
    }

    /// <summary>Years named in a text (1990–2039), e.g. "2017" in "tahap pertama 2017".</summary>
    public static IReadOnlySet<string> Years(string text) => Year().Matches(text).Select(m => m.Value).ToHashSet();

    /// <summary>Commas, "serta" and "dan" a sentence needs to count as naming several things (one "A, B, dan C" is not enough).</summary>
    private const int MinSeparators = 4;

    [GeneratedRegex(@"\b(mengapa|kenapa|apa\s+sebab(nya)?|sebabnya|alasan(nya)?|apa\s+alasan|kok\s+bisa|bagaimana\s+bisa|apa\s+bedanya|beda(nya)?)\b")]
    private static partial Regex ReasonQuestion();

    // An aim stated: "bertujuan", "tujuannya", "agar", "supaya", "pilar untuk membangun …", "untuk menjadikan …".
    [GeneratedRegex(@"\b(?:tujuan(?:nya)?|bertujuan|agar|supaya|demi|untuk\s+(?:mem|men|meng|meny|menye|menja|mewu|mendo|mening)\p{L}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PurposeEvidence();

    [GeneratedRegex(@"\b(?:berapa|jumlah)\s+(?:banyak\s+|jumlah\s+)?(?<n>\p{L}+)")]
    private static partial Regex CountedAfter();

    [GeneratedRegex(@"(?<n>\p{L}+)\s+(?:(?:itu|ada|sebenarnya|semuanya|totalnya|kira-kira)\s+)*berapa\b")]
    private static partial Regex CountedBefore();

    [GeneratedRegex(@"(?<![\d.,])\b(?:\d{1,3}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\w+\s+(?:belas|puluh|ratus))\s+(?<w>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberThenWord();

    [GeneratedRegex(@"\b(?<a>199\d|20[0-3]\d)\s*(?:[–—-]|s\.?d\.?|sampai(?:\s+dengan)?|hingga|ke)\s*(?:tahun\s+)?(?<b>199\d|20[0-3]\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b(sejak|mulai|semenjak)\b")]
    private static partial Regex StartQuestion();

    [GeneratedRegex(@"\b(apa\s+saja|siapa\s+saja|mana\s+saja|berapa\s+saja|sebutkan|apa\s+dan\s+apa)\b")]
    private static partial Regex EnumerationQuestion();

    [GeneratedRegex(@"\b(?:sejak|mulai|semenjak|pertama\s+kali|berawal|diawali)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartEvidence();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+\S", RegexOptions.Multiline)]
    private static partial Regex ListLine();

    [GeneratedRegex(@",|\b(?:serta|dan)\b")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\b(berapa\s+(lama|tahun|bulan|minggu|hari)|jangka\s+waktu|durasi|lamanya|sampai\s+kapan)\b")]
    private static partial Regex DurationQuestion();

    [GeneratedRegex(@"\b(kapan|tanggal(\s+berapa)?|bulan\s+(apa|berapa)|hari\s+apa|pukul\s+berapa|jam\s+berapa)\b")]
    private static partial Regex DateQuestion();

    // "sejak tahun berapa" is one phrase: its "berapa" must not be left over to read as a count.
    [GeneratedRegex(@"\b((sejak|mulai)\s+tahun(\s+(berapa|kapan|apa))?|tahun\s+berapa|tahun\s+kapan|tahun\s+apa|sejak\s+kapan|mulai\s+kapan)\b")]
    private static partial Regex YearQuestion();

    [GeneratedRegex(@"\b(berapa|jumlah|jumlahnya|banyaknya|total)\b")]
    private static partial Regex CountQuestion();

    [GeneratedRegex(@"\b(di\s*mana|dimanakah|di\s+kota\s+(mana|apa)|lokasi(nya)?|tempat(nya)?|bertempat|digelar\s+di|diadakan\s+di)\b")]
    private static partial Regex PlaceQuestion();

    [GeneratedRegex(@"\b(siapa|siapakah|tokoh)\b")]
    private static partial Regex PersonQuestion();

    // A number that is not a year and not a day of a date ("2–3 Mei"), or a number word (not "satu": "salah satu").
    [GeneratedRegex(@"(?<![\d.,–-])\b\d{1,3}(?:[.,]\d+)?\b(?![.,]?\d)(?!\s*[–-]\s*\d+\s+(?:Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Ags|Sep|Okt|Nov|Des))(?!\s+(?:Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Ags|Sep|Okt|Nov|Des)\w*)|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|\w+\s+(?:belas|puluh|ratus))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex CountEvidence();

    [GeneratedRegex(@"\b(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|tanggal|tertanggal)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex DateEvidence();

    // "di" followed by a capitalized name ("di Makassar", "di Pusat TIK Nasional"); venue words come from the lexicon.
    [GeneratedRegex(@"\b(?:di|ke|bertempat di)\s+(?:[Hh]otel\s+)?[A-Z][\p{L}-]+")]
    private static partial Regex PlaceEvidence();

    // A title followed by a capitalized name within a few words ("Menkominfo Rudiantara", "Direktur LAIP Bambang Dwi Anggono").
    [GeneratedRegex(@"\b(?:Menteri|Menkominfo|Menkomdigi|Mendagri|Dirjen|Direktur|Sekjen|Sekretaris|Wali\s+Kota|Wakil|Bupati|Gubernur|Presiden|Kepala|Ketua|Koordinator|Prof\.?|Dr\.?)\b(?:\s+[\p{L}()/.,]+){0,4}?\s+[A-Z]\p{Ll}+(?:\s+[A-Z]\p{Ll}+)?")]
    private static partial Regex PersonEvidence();

    [GeneratedRegex(@"\b(?:\d+(?:\s*[–-]\s*\d+)?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\s+(?:tahun|bulan|minggu|pekan|hari)\b|\b(?:setahun|sebulan|seminggu|sepekan|sehari)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex DurationEvidence();

    [GeneratedRegex(@"\b(?:199\d|20[0-3]\d)\b")]
    private static partial Regex Year();
}
