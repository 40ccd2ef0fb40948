using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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

    /// <summary>bagaimana caranya / prosesnya / langkahnya: how a thing is done (melalui, secara, lalu, tahap …).</summary>
    Manner = 1024,

    /// <summary>berapa lama lagi / sampai kapan: the time left until something (a deadline), not how long a process takes.</summary>
    Remaining = 2048,
}

/// <summary>
/// Question-type awareness: reads from the question which kind of fact it wants, and tells whether a text (a
/// passage, a sentence, a list item) carries a fact of that kind. Used to rerank passages and to pick sentences,
/// so "berapa daerah …" prefers the sentence with the number, and "kapan dan di mana …" the one with the date and venue.
/// </summary>
public static partial class AnswerTypes
{
    private static readonly AnswerType[] Kinds = [AnswerType.Count, AnswerType.Date, AnswerType.Place, AnswerType.Person, AnswerType.Duration, AnswerType.Year,
        AnswerType.Reason, AnswerType.Start, AnswerType.Enumeration, AnswerType.Purpose, AnswerType.Manner, AnswerType.Remaining];

    /// <summary>The kinds of fact a normalized (lowercase, informal words made formal) question asks for.</summary>
    public static AnswerType Of(string normalizedQuestion)
    {
        // Asked of the same message by several checks in a turn (a dozen regexes each time): remembered per lexicon.
        var lexicon = Lexicon.Current;
        return normalizedQuestion.Length > MaxRememberedChars ? OfOnce(normalizedQuestion, lexicon) : Asked.GetOrAdd(lexicon, normalizedQuestion, OfOnce);
    }

    private const int MaxRememberedChars = 500;

    private static readonly Caching.MemoPerSource<Lexicon, string, AnswerType> Asked = new(8192);

    private static AnswerType OfOnce(string normalizedQuestion, Lexicon lexicon)
    {
        var q = normalizedQuestion;
        var type = AnswerType.None;
        if (DurationQuestion().IsMatch(q)) type |= AnswerType.Duration;
        if (YearQuestion().IsMatch(q)) type |= AnswerType.Year;
        else if (DateQuestion().IsMatch(q)) type |= AnswerType.Date;
        // "berapa" asks for a count unless it was part of a date or a duration phrase ("tanggal berapa", "berapa lama").
        if (CountQuestion().IsMatch(YearQuestion().Replace(DateQuestion().Replace(DurationQuestion().Replace(q, " "), " "), " "))) type |= AnswerType.Count;
        if (PlaceQuestion().IsMatch(q)) type |= AnswerType.Place;
        if (PersonQuestion().IsMatch(q) || AsksOfficeByPhrase(q) || RoleOriginCue.Regex.IsMatch(q)) type |= AnswerType.Person;
        if (ReasonQuestion().IsMatch(q)) type |= AnswerType.Reason;
        if ((type & (AnswerType.Year | AnswerType.Date)) != 0 && StartQuestion().IsMatch(q)) type |= AnswerType.Start;
        if (EnumerationQuestion().IsMatch(q)) type |= AnswerType.Enumeration;
        if (lexicon.PurposeQuestion.IsMatch(q)) type |= AnswerType.Purpose;
        if (MannerQuestion().IsMatch(q)) type |= AnswerType.Manner;
        // "berapa lama lagi" asks for the time left, which its "berapa lama" does not make a process's duration.
        if (RemainingQuestion().IsMatch(q)) type = (type | AnswerType.Remaining) & ~AnswerType.Duration;
        return type;
    }

    /// <summary>The numbers a question writes in digits that are not years ("psc 119" → 119).</summary>
    public static IReadOnlyList<string> NamedNumbers(string normalizedQuestion) =>
        WrittenNumber().Matches(normalizedQuestion).Select(m => m.Value).Where(n => !HasYear(n)).Distinct().ToList();

    /// <summary>The text with those numbers blanked where they stand alone as numbers ("PSC 119-Satria" → "PSC -Satria").</summary>
    public static string WithoutNumbers(string text, IReadOnlyList<string> numbers) =>
        WrittenNumber().Replace(text, m => numbers.Contains(m.Value) ? "" : m.Value);

    [GeneratedRegex(@"(?<![\d.,])\d+(?![\d]|[.,]\d)")]
    private static partial Regex WrittenNumber();

    /// <summary>The kinds of fact a text carries (case matters: names and venues are capitalized).</summary>
    /// <remarks>
    /// Remembered per lexicon (its venue and reason words count): an answer scores the sentences and list lines of every
    /// candidate passage, several times each, and the same passages come back question after question.
    /// </remarks>
    public static AnswerType In(string text)
    {
        var lexicon = Lexicon.Current;
        return text.Length > MaxRememberedLineChars ? Carried(text, lexicon) : CarriedBy.GetOrAdd(lexicon, text, Carried);
    }

    // A passage's sentence or list line, or a question; a longer text (a whole body) is read each time and not kept.
    private const int MaxRememberedLineChars = 1_000;

    private static readonly Caching.MemoPerSource<Lexicon, string, AnswerType> CarriedBy = new(16_384);

    private static AnswerType Carried(string text, Lexicon lexicon)
    {
        var type = AnswerType.None;
        if (CountEvidence().IsMatch(text)) type |= AnswerType.Count;
        if (DateEvidence().IsMatch(text)) type |= AnswerType.Date;
        if (lexicon.VenueWords.IsMatch(text) || PlaceEvidence().IsMatch(text)) type |= AnswerType.Place;
        if (PersonEvidence().IsMatch(text)) type |= AnswerType.Person;
        if (DurationEvidence().IsMatch(text)) type |= AnswerType.Duration;
        if (type.HasFlag(AnswerType.Date) || Year().IsMatch(text)) type |= AnswerType.Year;
        if (lexicon.ReasonEvidence.IsMatch(text)) type |= AnswerType.Reason;
        if (StartEvidence().IsMatch(text)) type |= AnswerType.Start;
        if (ListLine().IsMatch(text) || Enumerates(text)) type |= AnswerType.Enumeration;
        if (PurposeEvidence().IsMatch(text)) type |= AnswerType.Purpose;
        if (MannerEvidence().IsMatch(text)) type |= AnswerType.Manner;
        return type;
    }

    /// <summary>
    /// A why question ("kenapa …", tanya-alasan.txt) that is not a difference asked ("apa bedanya …", tanya-beda.txt,
    /// which the reason cues also hold): the one reading of "why" for the dialogs, the hints and the asked details.
    /// </summary>
    public static bool AsksWhy(string normalizedQuestion) => AsksWhy(Of(normalizedQuestion), normalizedQuestion);

    /// <summary>The same for a question whose kinds are already read.</summary>
    public static bool AsksWhy(AnswerType wants, string normalizedQuestion) =>
        wants.HasFlag(AnswerType.Reason) && !(Lexicon.Current.Lists.ContainsKey("tanya-beda") && DifferenceQuestionCue.Regex.IsMatch(normalizedQuestion));

    private static readonly CuePattern DifferenceQuestionCue = new(@"\b{:tanya-beda}\b");

    /// <summary>
    /// What "berapa" may count: "berapa daerah", "pilarnya ada berapa", "jumlah peserta" → "daerah", "pilar", "peserta"
    /// (the word after "berapa" first, then the one before it); none when the question asks for no count.
    /// </summary>
    public static IEnumerable<string> CountedNouns(string normalizedQuestion)
    {
        if (!Of(normalizedQuestion).HasFlag(AnswerType.Count)) yield break;
        var q = string.Join(' ', KnowledgeIndex.QuestionWords(normalizedQuestion));
        // A contact asked (tanya-kontak.txt) is written with digits, but it counts nothing.
        if (ContactQuestionCue.Regex.IsMatch(q)) yield break;
        var after = CountedAfter().Match(q);
        foreach (var match in new[] { after, CountedBefore().Match(q) })
        {
            if (!match.Success) continue;
            var noun = match.Groups["n"].Value;
            noun = Particles.WithoutPossessive(noun);
            // A money word counted ("berapa ongkos …") or named before a closing "berapa": an amount asked, not a count (hal-uang.txt);
            // a money word before "berapa kali" leaves the times counted.
            if (MoneyWordCue.Regex.IsMatch(noun) || (match != after && MoneyWordCue.Regex.IsMatch(q[..match.Index]))) continue;
            if (!NotCounted(noun) && !QuestionCues.IsFunctionWord(noun)) yield return noun;
        }
    }

    /// <summary>
    /// What "berapa" counts when it is written before the counted word ("berapa daerah", "berapa persen"); null when
    /// nothing follows it or no count is asked. A closing "berapa" follows a noun phrase, which Indonesian heads by its
    /// first word ("honor juri lomba kota cerdas berapa" asks the pay), so the word right before it is no guide.
    /// </summary>
    public static string? CountedNounAfter(string normalizedQuestion)
    {
        if (!Of(normalizedQuestion).HasFlag(AnswerType.Count)) return null;
        var match = CountedAfter().Match(string.Join(' ', KnowledgeIndex.QuestionWords(normalizedQuestion)));
        if (!match.Success) return null;
        var noun = Particles.WithoutPossessive(match.Groups["n"].Value);
        return NotCounted(noun) || QuestionCues.IsFunctionWord(noun) ? null : noun;
    }

    /// <summary>Spans of years a text names: "2017–2019", "2017 sampai 2019", "tahun 2017 hingga tahun 2019" → "2017-2019".</summary>
    public static IReadOnlySet<string> YearRanges(string text) =>
        YearRange().Matches(text).Select(m => $"{m.Groups["a"].Value}-{m.Groups["b"].Value}").ToHashSet();

    /// <summary>The words right after a number ("Enam pilar", "10 kabupaten/kota"): what a text counts.</summary>
    public static IEnumerable<string> CountedWords(string text) => NumberThenWord().Matches(text).Select(m => m.Groups["w"].Value);

    // The lexicon's phrase lists as patterns, as every other cue here is read.
    private static readonly CuePattern ContactQuestionCue = new(@"\b(?:{:tanya-kontak})\b");
    private static readonly CuePattern MoneyWordCue = new(@"\b(?:{:hal-uang})\b", RegexOptions.IgnoreCase);

    // Words around "berapa" that are not what it counts ("berapa sih", "jumlah total"): knowledge/lexicon/bukan-hitungan.txt.
    private static bool NotCounted(string word) => Lexicon.Current.Lists["bukan-hitungan"].Contains(word, StringComparer.OrdinalIgnoreCase);

    /// <summary>Share (0..1) of the wanted kinds that the text's kinds provide; 0 when nothing is wanted.</summary>
    public static double Evidence(AnswerType wanted, AnswerType present)
    {
        if (wanted == AnswerType.None) return 0;
        // A date or a length of time tells how long until something, as far as a text can.
        if ((present & (AnswerType.Date | AnswerType.Duration)) != AnswerType.None) present |= AnswerType.Remaining;
        // Runs for every candidate passage, item and sentence: a plain loop (the delegates boxed each kind).
        int asked = 0, provided = 0;
        foreach (var kind in Kinds)
        {
            if ((wanted & kind) != kind) continue;
            asked++;
            if ((present & kind) == kind) provided++;
        }
        return (double)provided / asked;
    }

    /// <summary>Years named in a text (1990–2039), e.g. "2017" in "tahap pertama 2017".</summary>
    public static IReadOnlySet<string> Years(string text) => Year().Matches(text).Select(m => m.Value).ToHashSet();

    /// <summary>The text names a year (as <see cref="Years"/> would find one, without collecting them).</summary>
    public static bool HasYear(string text) => Year().IsMatch(text);

    /// <summary>The word is a year and nothing else ("2019").</summary>
    public static bool IsYear(string word) => word.Length == 4 && Year().IsMatch(word);

    // One sentence names several things: the commas of a passage's several sentences together name nothing.
    private static bool Enumerates(string text)
    {
        foreach (var sentence in SentenceEnd().Split(text))
            if (Separators().Count(sentence) >= MinSeparators) return true;
        return false;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    /// <summary>Commas, "serta" and "dan" a sentence needs to count as naming several things (one "A, B, dan C" is not enough).</summary>
    private const int MinSeparators = 4;

    // Shapes in code, words from knowledge/lexicon/ ({:file} = the phrases of file.txt): see knowledge/lexicon/README.md.
    private static readonly CuePattern ReasonQuestionCue = new(@"\b{:tanya-alasan}\b");

    // An aim stated: "bertujuan", "tujuannya", "agar", "supaya", "pilar untuk membangun …", "untuk menjadikan …".
    private static readonly CuePattern PurposeEvidenceCue = new(@"\b(?:{:bukti-tujuan}|untuk\s+{:awalan-tujuan}\p{L}+)\b", RegexOptions.IgnoreCase);

    // The words that ask a count (tanya-jumlah.txt: "berapa", "jumlah", "how many") followed by what is counted.
    private static readonly CuePattern CountedAfterCue = new(@"\b(?:{:tanya-jumlah})\s+(?:banyak\s+|jumlah\s+)?(?<n>\p{L}+)");

    // A noun after "tiap"/"per" (penanda-per.txt) is what the count is divided by, not what is counted.
    private static readonly CuePattern CountedBeforeCue = new(@"(?<!\b(?:{:penanda-per})\s+)(?<n>\p{L}+)\s+(?:{:pengisi-jumlah}\s+)*berapa\b");

    // A figure written out after it, as letters do ("9 (sembilan) orang", "1 (satu) jam"), is one number.
    private static readonly CuePattern NumberThenWordCue = new(@"(?<![\d.,])\b(?:\d{1,3}(?:\s*\(\p{L}+(?:\s\p{L}+)?\))?|{:bilangan}|\w+\s+{:satuan-bilangan})\s+(?<w>\p{L}+)", RegexOptions.IgnoreCase);

    private static readonly CuePattern StartQuestionCue = new(@"\b{:tanya-awal}\b");

    private static readonly CuePattern EnumerationQuestionCue = new(@"\b{:tanya-daftar}\b");

    private static readonly CuePattern StartEvidenceCue = new(@"\b{:bukti-awal}\b", RegexOptions.IgnoreCase);

    private static readonly CuePattern DurationQuestionCue = new(@"\b{:tanya-lama}\b");

    private static readonly CuePattern DateQuestionCue = new(@"\b{:tanya-tanggal}\b");

    // "sejak tahun berapa" is one phrase: its "berapa" must not be left over to read as a count.
    private static readonly CuePattern YearQuestionCue = new(@"\b{:tanya-tahun}\b");

    private static readonly CuePattern CountQuestionCue = new(@"\b{:tanya-jumlah}\b");

    private static readonly CuePattern PlaceQuestionCue = new(@"\b{:tanya-tempat}\b");

    private static readonly CuePattern PersonQuestionCue = new(@"\b(?:{:tanya-orang}|{:tanya-lembaga})\b");

    private static readonly CuePattern BodyQuestionCue = new(@"\b{:tanya-lembaga}\b");

    /// <summary>"Kementerian apa …", "diberikan oleh siapa": a body is asked for, not the holder of an office.</summary>
    public static bool AsksBody(string normalizedQuestion) => BodyQuestionCue.Regex.IsMatch(normalizedQuestion);

    // A number that is not a year and not a day of a date ("2–3 Mei", "5 Des."), or a number word (not "satu": "salah
    // satu). A month is a whole word: "25 desa" counts villages, it is no day of "Des". An amount of money written
    // after its currency ("Rp50.000.000", knowledge/lexicon/bukti-uang.txt) is a number too, however many digits.
    private static readonly CuePattern CountEvidenceCue = new(
        @"(?<![\d.,–-])\b\d{1,3}(?:[.,]\d+)?\b(?![.,]?\d)(?!\s*[–-]\s*\d+\s+(?:{:bulan}|{:bulan-singkat})\b)(?!\s+(?:{:bulan}|{:bulan-singkat})\b)|\b(?:{:bilangan}|\w+\s+{:satuan-bilangan})\b|(?<![\p{L}\d])(?:{:bukti-uang})\.?\s?\d",
        RegexOptions.IgnoreCase);

    private static readonly CuePattern DateEvidenceCue = new(@"\b{:bulan}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", RegexOptions.IgnoreCase);

    // The word right before a date ("tanggal 7 Februari", "tertanggal **5 Mei**", "bulan Maret"): it tells of that date, not a kind of fact.
    private static readonly CuePattern DateLabelCue = new(@"\b\p{L}+(?=\s+[*_]{0,2}(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+)?(?:{:bulan})\b)", RegexOptions.IgnoreCase);

    // A title followed by a capitalized name within a few words ("Menkominfo Rudiantara", "Direktur LAIP Bambang Dwi Anggono"),
    // or a capitalized name closed by an academic degree after a comma (gelar-belakang.txt: "Budi Santoso, S.T., M.Si."),
    // as a form or a programme card names the person in charge with no office before the name.
    private static readonly CuePattern PersonEvidenceCue = new(@"\b{:bukti-jabatan}\.?\b(?:\s+[\p{L}()/.,]+){0,4}?\s+[A-Z]\p{Ll}+(?:\s+[A-Z]\p{Ll}+)?" +
        @"|\b[A-Z]\p{Ll}+(?:\s+[A-Z]\p{Ll}+){0,3},\s*{:gelar-belakang}\.?(?!\p{L})");

    // Who without a person's name: a named institution ("Kementerian Keuangan"), a group ("akademisi"), or the agent
    // of a passive verb ("dihitung oleh Bappeda"): a capitalized name after "oleh" is who does it, however it is called.
    // A group word counts in any case: it opens sentences too ("Panitia menanggung …"); but not counted by a number
    // ("dinilai oleh 20 asesor"): that says how many there were, and "siapa" asks who they are.
    private static readonly CuePattern AgentEvidenceCue = new(@"(?<!(?:\d|\b(?i:{:bilangan}))\s+)\b(?i:{:bukti-pelaku})\b|\b{:jenis-lembaga}\s+[A-Z]|\boleh\s+[A-Z]\p{L}");

    // "1 (satu) jam": a figure with its written-out form in brackets is one amount of time. A year right after the unit
    // makes it a numbering ("Perbup Nomor 12 Tahun 2019"), not a length.
    private static readonly CuePattern DurationEvidenceCue = new(
        @"\b(?:\d+(?:\s*[–-]\s*\d+)?(?:\s*\(\p{L}+(?:\s\p{L}+)?\))?|satu|beberapa|{:bilangan})\s+{:satuan-waktu}\b(?!\s+(?:19|20)\d\d(?!\d))|\b{:lama-waktu}\b", RegexOptions.IgnoreCase);

    // How a thing is done: a word asking for the way ("caranya", "prosesnya", "langkah-langkahnya"), or "bagaimana"
    // followed within a few words by a verb ("bagaimana masterplan disusun", "gimana kami mendaftar"); "bagaimana
    // status daerah saya" asks for a state, not a way, and "bagaimana dengan 2019" is a follow-up. Informally the way
    // is asked last, after a passive verb ("kemitraannya diatur gimana", awalan-pasif.txt), a particle at most after it.
    private static readonly CuePattern MannerQuestionCue = new(
        @"\b{:tanya-cara}\b|\b{:tanya-bagaimana}(?:\s+\S+){0,5}?\s+(?:{:awalan-kata-kerja})\p{L}{3,}"
        + @"|\b(?:{:awalan-pasif})\p{L}{3,}\s+{:tanya-bagaimana}(?:\s+{:partikel-akhir})?\s*\??\s*$");

    // A way stated: "melalui bimtek", "secara virtual", "lalu …", "tahap …", "metodenya …".
    private static readonly CuePattern MannerEvidenceCue = new(@"\b{:bukti-cara}\b", RegexOptions.IgnoreCase);

    private static readonly CuePattern RemainingQuestionCue = new(@"\b{:tanya-sisa-waktu}\b");

    private static Regex RemainingQuestion() => RemainingQuestionCue.Regex;
    private static Regex MannerQuestion() => MannerQuestionCue.Regex;

    /// <summary>
    /// What a heading that is no question labels by its first words ("Cara Mendaftar", "Jadwal Lomba", "Lokasi KSW"):
    /// a word asking for a kind of fact (tanya-*.txt) opening it, as a staff document titles the section a "caranya",
    /// "kapan" or "di mana" question wants. None when it opens with anything else.
    /// </summary>
    public static AnswerType Labels(string normalizedHeading)
    {
        var words = normalizedHeading.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? AnswerType.None : Of(string.Join(' ', words.Take(2))) & Labelled;
    }

    // Kinds a label names whatever it is about. "Tujuan …" is not among them: a programme's "Tujuan GMSC" section is
    // no answer to a question on the purpose of one pillar, which asks about another subject.
    private const AnswerType Labelled = AnswerType.Manner | AnswerType.Date | AnswerType.Place | AnswerType.Count | AnswerType.Person;
    private static Regex MannerEvidence() => MannerEvidenceCue.Regex;
    private static Regex ReasonQuestion() => ReasonQuestionCue.Regex;
    private static Regex PurposeEvidence() => PurposeEvidenceCue.Regex;
    private static Regex CountedAfter() => CountedAfterCue.Regex;
    private static Regex CountedBefore() => CountedBeforeCue.Regex;
    private static Regex NumberThenWord() => NumberThenWordCue.Regex;
    private static Regex StartQuestion() => StartQuestionCue.Regex;

    /// <summary>The words ask when something began (tanya-awal.txt: "mulai", "dimulai", "sejak", "start").</summary>
    public static bool AsksStart(string words) => StartQuestion().IsMatch(words);
    private static Regex EnumerationQuestion() => EnumerationQuestionCue.Regex;
    private static Regex StartEvidence() => StartEvidenceCue.Regex;
    private static Regex DurationQuestion() => DurationQuestionCue.Regex;
    private static Regex DateQuestion() => DateQuestionCue.Regex;
    private static Regex YearQuestion() => YearQuestionCue.Regex;
    private static Regex CountQuestion() => CountQuestionCue.Regex;
    private static Regex PlaceQuestion() => PlaceQuestionCue.Regex;
    private static Regex PersonQuestion() => PersonQuestionCue.Regex;
    private static Regex CountEvidence() => CountEvidenceCue.Regex;
    private static Regex DateEvidence() => DateEvidenceCue.Regex;

    /// <summary>The text without each word written right before a date ("tanggal 7 Februari 2024" → "7 Februari 2024").</summary>
    public static string WithoutDateLabels(string text) => DateLabelCue.Regex.Replace(text, " ");
    private static Regex PersonEvidence() => PersonEvidenceCue.Regex;
    private static Regex DurationEvidence() => DurationEvidenceCue.Regex;
    private static Regex AgentEvidence() => AgentEvidenceCue.Regex;

    /// <summary>
    /// Whether an answer carries what its question cannot do without: a "siapa" answer names someone — a person with
    /// a title, a named institution or a group; a "siapa pemenang" answer names regions (counted as places). Other
    /// kinds only rank passages and sentences.
    /// </summary>
    public static bool Carries(AnswerType wanted, string text) =>
        !wanted.HasFlag(AnswerType.Person) || PersonEvidence().IsMatch(text) || AgentEvidence().IsMatch(text) || RegionName().IsMatch(text);

    /// <summary>
    /// Whether a sentence says who a "siapa" question asks for: the holder of the office it names (or the titled name
    /// of someone in the role whose name it asks), else a titled name, a group or a named body. A region's name is not
    /// counted here: it answers "siapa pemenang" as a whole answer does, but does not pick the sentence saying who.
    /// </summary>
    public static bool AnswersWho(string normalizedQuestion, string text) =>
        AsksOfficeHolder(normalizedQuestion) || NamedRoleCue.Regex.IsMatch(normalizedQuestion)
            ? NamesHolder(normalizedQuestion, text)
            : PersonEvidence().IsMatch(text) || AgentEvidence().IsMatch(text);

    /// <summary>
    /// "Siapa wali kota …", "siapa ketua …": a question naming an office (knowledge/lexicon/tanya-jabatan.txt) is
    /// answered only by text naming that office followed by a capitalized name; a region or institution the text
    /// names (a city and what it took part in) does not say who held it. Questions naming no office: true.
    /// </summary>
    public static bool NamesHolder(string normalizedQuestion, string text)
    {
        // "Nama asesor dari UI …": the name of someone in a role (knowledge/lexicon/peran-orang.txt) is stated only
        // by a titled name; the campus or the circle the role is filled from says where they come from, not who.
        if (NamedRoleCue.Regex.IsMatch(normalizedQuestion)) return PersonEvidence().IsMatch(text);
        var office = OfficeQuestion().Match(normalizedQuestion);
        if (!office.Success || !AsksOfficeHolder(normalizedQuestion)) return true;
        var named = string.Join(' ', office.Groups["o"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return HolderOf(named, StandsAlone(normalizedQuestion, office)).IsMatch(text);
    }

    /// <summary>
    /// "Menkominfo 2022 siapa": a question asking an office holder of a year is answered by a sentence naming a holder
    /// beside that year or beside no year; a holder named beside other years only held the office then. True when the
    /// question names no year or asks no office, or no line names a holder (<see cref="NamesHolder"/> decides that).
    /// </summary>
    public static bool NamesHolderInYears(string normalizedQuestion, IReadOnlySet<string> years, string text)
    {
        if (years.Count == 0 || !AsksOfficeHolder(normalizedQuestion)) return true;
        var (sentences, items) = AnswerComposer.Split(text);
        var holding = sentences.Concat(items).Where(line => NamesHolder(normalizedQuestion, line)).ToList();
        return holding.Count == 0 || holding.Any(line => KnowledgeIndex.YearsWithin(line) is var named && (named.Count == 0 || named.Overlaps(years)));
    }

    /// <summary>
    /// The office is asked without a word narrowing it ("menteri yang hadir …", "menterinya siapa"): the next word is a
    /// stop word or there is none. "Menteri PUPR" is narrowed by its ministry, and a Menkominfo is no holder of it.
    /// </summary>
    private static bool StandsAlone(string normalizedQuestion, Match office)
    {
        var rest = KnowledgeIndex.QuestionWords(normalizedQuestion[(office.Index + office.Length)..]);
        if (rest.Count == 0) return true;
        var next = Particles.WithoutPossessive(rest[0]);
        return next.Length == 0 || Lexicon.Current.StopWords.Contains(next) || Lexicon.Current.StopWords.Contains(rest[0]);
    }

    // One pattern per office and lexicon: offices come from tanya-jabatan.txt, so the memo is as small as that list,
    // and a reloaded lexicon (new synonyms) gets its own.
    private static Regex HolderOf(string office, bool standsAlone)
    {
        var lexicon = Lexicon.Current;
        return Holders.GetOrCreateValue(lexicon).GetOrAdd((office, standsAlone), static (key, lexicon) =>
        {
            var (named, alone) = key;
            // The office or another way of writing it (knowledge/lexicon/sinonim.txt: "menteri kominfo" = "Menkominfo"),
            // as the text writes it (any case, any spaces), then a capitalized name (maybe in bold) within a few words.
            var forms = FormsOf(named, lexicon).Concat(alone ? NarrowerOffices(named, lexicon).SelectMany(o => FormsOf(o, lexicon)) : [])
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var alternatives = string.Join('|', forms.Select(f => string.Join(@"\s+", f.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));
            // The office word may carry a verb's affixes: "Dewan juri diketuai Prof. Ratnasari …" names the ketua.
            var holder = $@"(?i:\b(?:di|me|ber)?(?:{alternatives})(?:i|nya)?)\b[).,*]*(?:\s+[\p{{L}}()/.,&*-]+){{0,4}}?\s+\**[A-Z]\p{{Ll}}+";
            return new Regex(holder, RegexOptions.CultureInvariant, HolderTimeout);
        }, lexicon);
    }

    // An office with no synonym of its own may end in a name that has one: "kepala diskominfo" is also "kepala dinas
    // komunikasi dan informatika" (the office's head word, then each way of writing the unit it heads).
    private static string[] FormsOf(string office, Lexicon lexicon)
    {
        if (lexicon.Synonyms.TryGet(office, out var others)) return [office, .. others];
        var words = office.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
            if (lexicon.Synonyms.TryGet(string.Join(' ', words[i..]), out var unit))
                return [office, .. unit.Select(u => $"{string.Join(' ', words[..i])} {u}")];
        return [office];
    }

    /// <summary>
    /// The offices of tanya-jabatan.txt that name the asked one more narrowly ("menteri" → "menteri kominfo", "menteri
    /// dalam negeri"): a generic office word is answered by the title the documents write for one of its holders
    /// ("Menkominfo Rudiantara", "Mendagri Tjahjo Kumolo", through the narrower office's synonyms). Only the holder
    /// check reads them; the search does not, so "menteri" does not pull every passage naming a Menkominfo.
    /// </summary>
    private static IEnumerable<string> NarrowerOffices(string office, Lexicon lexicon) =>
        lexicon.Lists.TryGetValue(OfficeList, out var offices)
            ? offices.Where(o => o.StartsWith(office + " ", StringComparison.OrdinalIgnoreCase))
            : [];

    private const string OfficeList = "tanya-jabatan";

    private static readonly ConditionalWeakTable<Lexicon, ConcurrentDictionary<(string Office, bool Alone), Regex>> Holders = new();

    private static readonly TimeSpan HolderTimeout = TimeSpan.FromMilliseconds(200);

    // An office written after a kind of decree or letter it issues ("rancangan keputusan gubernur", "SK bupati";
    // knowledge/lexicon/terbitan-jabatan.txt) names whose paper it is, not the person asked for: "siapa yang menyiapkan
    // keputusan gubernur" asks who prepares it.
    private static readonly CuePattern OfficeQuestionCue = new(@"\b(?<!\b{:terbitan-jabatan}\s+)(?<o>{:tanya-jabatan})\b");

    private static Regex OfficeQuestion() => OfficeQuestionCue.Regex;

    /// <summary>
    /// "Siapa wali kota …", "siapa menteri …", "nama bupati …": who holds an office (knowledge/lexicon/tanya-jabatan.txt).
    /// A name asked for an office (knowledge/lexicon/tanya-nama.txt right before it) asks for the person as "siapa" does.
    /// </summary>
    public static bool AsksOfficeHolder(string normalizedQuestion) =>
        (PersonQuestion().IsMatch(normalizedQuestion) || NameOfOfficeCue.Regex.IsMatch(normalizedQuestion)) && OfficeQuestion().IsMatch(normalizedQuestion)
        || AsksOfficeByPhrase(normalizedQuestion);

    /// <summary>
    /// "Menteri yang menyerahkan penghargaan 2025": a message that opens with an office (tanya-jabatan.txt) and "yang", and
    /// holds no question word (kata-tanya.txt), asks for the person holding it, as "siapa menteri yang …" does.
    /// </summary>
    private static bool AsksOfficeByPhrase(string normalizedQuestion) =>
        OfficePhraseCue.Regex.IsMatch(normalizedQuestion) && !QuestionWordCue.Regex.IsMatch(normalizedQuestion);

    private static readonly CuePattern OfficePhraseCue = new(@"^(?:{:tanya-jabatan})(?:nya)?\s+yang\b");

    private static readonly CuePattern QuestionWordCue = new(@"\b(?:{:kata-tanya})\b");

    // "pendampingnya dari mana": where people in a role come from is their institution or circle, asked as "siapa" is.
    private static readonly CuePattern RoleOriginCue = new(@"\b(?:{:peran-orang})(?:nya)?\b.*\b(?:{:tanya-asal})\b");

    private static readonly CuePattern NamedRoleCue = new(@"\b{:tanya-nama}\s+(?:para\s+)?(?:{:peran-orang})(?:nya)?\b");

    private static readonly CuePattern NameOfOfficeCue = new(@"\b{:tanya-nama}\s+(?:{:tanya-jabatan})\b");

    // A named region ("Kota Semarang", "Kelurahan Tugurejo"; "Jawa Barat" is not caught: a province without its type),
    // its type as written (knowledge/lexicon/jenis-wilayah.txt).
    private static readonly CuePattern RegionNameCue = new(@"\b{:jenis-wilayah}\s+[A-Z]\p{Ll}+");

    private static Regex RegionName() => RegionNameCue.Regex;

    [GeneratedRegex(@"\b(?<a>199\d|20[0-3]\d)\s*(?:[–—-]|s\.?d\.?|sampai(?:\s+dengan)?|hingga|ke)\s*(?:tahun\s+)?(?<b>199\d|20[0-3]\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+\S", RegexOptions.Multiline)]
    private static partial Regex ListLine();

    [GeneratedRegex(@",|\b(?:serta|dan)\b")]
    private static partial Regex Separators();

    // "di" followed by a capitalized name ("di Makassar", "di Pusat TIK Nasional"); venue words come from the lexicon.
    [GeneratedRegex(@"\b(?:di|ke|bertempat di)\s+(?:[Hh]otel\s+)?[A-Z][\p{L}-]+")]
    private static partial Regex PlaceEvidence();

    [GeneratedRegex(@"\b(?:199\d|20[0-3]\d)\b")]
    private static partial Regex Year();
}
