using System.Globalization;
using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// The places a text names, as the recognizer finds them (bot/Understanding): each mention with the names of the
/// regions it may be ("Bogor" → Kota Bogor, Kabupaten Bogor). The answerer uses it to see whether a place the
/// question is about is in the answer; it does no name matching of its own.
/// </summary>
public interface IPlaceFinder
{
    IReadOnlyList<IReadOnlyList<string>> Places(string text);
}

/// <summary>
/// Whether the answer shown actually answers the question, beyond sharing its words: how much of the question the
/// shown sentences (with the section's heading path) cover, and the first specific thing the question names — a
/// place, a year, a number, a word few sections have — that they do not contain ("perwali Kota Bogor" answered by
/// Kota Batu's perwali). Both go into the calibrated decision (<see cref="ConfidenceModel"/>).
/// </summary>
public sealed partial class AnswerFit(IPlaceFinder? places)
{
    /// <summary>Words in more sections than this are not looked at as rare (the calibrated cut, rare_sections, is at most this).</summary>
    public const int MaxRareSections = 8;

    /// <summary>The index terms of the places a text names (every region a mention may be, and the province).</summary>
    public IReadOnlySet<string> PlaceTerms(string text) =>
        places?.Places(text) is { Count: > 0 } found ? KnowledgeIndex.TermSetOf(string.Join("\n", found.SelectMany(names => names))) : new HashSet<string>();

    public AnswerFitFeatures Of(AnalyzedQuestion question, string asked, Passage passage, string shown, KnowledgeIndex index)
    {
        var headings = $"{passage.DocumentTitle}\n{string.Join("\n", passage.Headings)}";
        var answer = $"{headings}\n{shown}";
        var wanted = AskedPlaces(asked);
        var (rare, sections) = MissingRareWord(question, KnowledgeIndex.TermSetOf($"{headings}\n{passage.Body}"), index);
        return new(KnowledgeIndex.FullCoverage(question, KnowledgeIndex.TermSetOf(answer)),
            MissingPlace(wanted, answer) ?? MissingYear(question, $"{answer}\n{EditionYear(passage, index)}") ?? MissingNumber(question, answer, index), rare)
            {
                RareSections = sections, SentenceCoverage = SentenceCoverage(question, shown),
                HeadMissing = KnowledgeIndex.HeadTerm(question) is var head and >= 0 && !KnowledgeIndex.Matches(question.Terms[head], KnowledgeIndex.TermSetOf(answer)) ? 1 : 0,
                CountedUnstated = question.Counted is not null && !NumberedLines($"{passage.Heading}\n{shown}", question).Any(line => CountsNear(line, question).Any(count => CountsAsked(question, count)))
                    && !CountSaidUnknown(question, shown) ? 1 : 0,
                UnstatedDetails = WithAside(UnstatedDetails(question, headings, shown), NameAside(question, passage, shown, index)),
            };
    }

    private static string WithAside(string kinds, bool aside) => !aside ? kinds : kinds.Length == 0 ? AsideKind : $"{kinds},{AsideKind}";

    /// <summary>
    /// A two-word name the question writes ("smart province") that the answer shown holds, as written, only on lines
    /// holding none of the question's other specific words nor the kind of detail it asks, while those words are met on
    /// its other lines: the section
    /// mentions the name in passing ("… provinsi juga ikut melalui konsep Smart Province") and states the detail asked
    /// of its own subject (the regencies' assessment), not of the thing named. A heading naming it beside the section's
    /// own subject ("… 50 kabupaten/kota dan Smart Province") does not make the section about it: its lines are read. Not
    /// for a place nor a name holding one, nor for a name many sections hold (a topic of the documents).
    /// </summary>
    private bool NameAside(AnalyzedQuestion question, Passage passage, string shown, KnowledgeIndex index)
    {
        // Only a question asking a kind of detail (a person, a date, a count …): what the name's own line must state.
        var asked = AskedDetail.Of(question);
        if (asked.Count == 0) return false;
        var words = KnowledgeIndex.QuestionWords(question.Normalized);
        var places = PlaceTerms(question.Normalized);
        var specific = question.Terms.Where(t => Specific(t) && !KnowledgeIndex.Matches(t, places)).ToList();
        var (sentences, items) = AnswerComposer.Split(shown);
        var lines = sentences.Concat(items).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (first, second) = (words[i], words[i + 1]);
            // A name holding a place ("Trans Bengkulu", a bus line) is that place's own thing, which its section states.
            if (KnowledgeIndex.TermSetOf($"{first} {second}").Any(places.Contains)) continue;
            var named = specific.Where(t => t.Words == first || t.Words == second).ToList();
            var others = specific.Except(named).ToList();
            if (named.Count == 0 || others.Count == 0) continue;
            var (phrase, sections) = Written(first, second, index);
            if (sections > AsideNameSections) continue;
            // A name the document's title holds ("Panggilan Proposal Hibah …") is what the whole document is about; one that
            // opens the section's own heading ("X Diperluas ke …") is what the section is about.
            if (phrase.IsMatch(passage.DocumentTitle) || OpensWith(passage.Heading, phrase)) continue;
            // A name is written capitalised in the documents ("Smart Province"); "pihak Kominfo" is a plain phrase.
            var holding = lines.Where(l => phrase.Matches(l).Any(m => ConfidenceFeatures.WrittenAsName(m.Value))).ToList();
            if (holding.Count == 0 || holding.Any(l => asked.Any(d => d.StatedIn(l)) || KnowledgeIndex.TermSetOf(l) is var terms && others.Any(t => KnowledgeIndex.Matches(t, terms)))) continue;
            if (lines.Except(holding).Any(l => KnowledgeIndex.TermSetOf(l) is var terms && others.Any(t => KnowledgeIndex.Matches(t, terms)))) return true;
        }
        return false;
    }

    private static bool OpensWith(string heading, Regex phrase) => phrase.Match(heading) is { Success: true } m && heading[..m.Index].All(c => !char.IsLetter(c));

    // Each two-word phrase as its pattern and the number of sections holding it, found once per index: the question's
    // word pairs are looked at for every candidate answer, and counting means running the pattern over every passage.
    private readonly Caching.MemoPerSource<KnowledgeIndex, string, WrittenPhrase> _written = new(MaxRememberedPhrases);
    private const int MaxRememberedPhrases = 4096;

    /// <summary>Two words as written together (either case, any spaces between) and the number of sections holding them.</summary>
    internal WrittenPhrase Written(string first, string second, KnowledgeIndex index) => _written.GetOrAdd(index, $"{first} {second}", WrittenPhrase.Of);

    internal sealed record WrittenPhrase(Regex Pattern, int Sections)
    {
        public static WrittenPhrase Of(string words, KnowledgeIndex index)
        {
            var (first, second) = (words[..words.IndexOf(' ')], words[(words.IndexOf(' ') + 1)..]);
            var pattern = new Regex($@"\b{Regex.Escape(first)}\s+{Regex.Escape(second)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            return new(pattern, index.Passages.Count(p => pattern.IsMatch(p.Body) || pattern.IsMatch(p.Heading)));
        }
    }

    // A name held by more sections than this is a topic of the documents, not one mentioned in passing.
    private const int AsideNameSections = 6;
    private const string AsideKind = "sisipan";

    /// <summary>
    /// The most of the question one shown sentence or list line holds: an answer states its fact in a sentence that
    /// speaks of what was asked, while a passage merely sharing the words scatters them ("sebagian besar sumber" for
    /// "kota terbesar") over sentences about other things.
    /// </summary>
    private static double SentenceCoverage(AnalyzedQuestion question, string shown)
    {
        var (sentences, items) = AnswerComposer.Split(shown);
        return sentences.Concat(items).Select(s => KnowledgeIndex.FullCoverage(question, KnowledgeIndex.TermSetOf(s))).DefaultIfEmpty(0).Max();
    }

    /// <summary>
    /// The details the question asks for (<see cref="AskedDetail"/>) that no line of the answer shown states where it
    /// speaks of the question's subject (a line holding one of its specific words; the heading path counts as a line):
    /// "kapan X" answered by lines about X with dates of other things only elsewhere, "berapa anggaran X" by lines on X
    /// with no amount of money. Their names, comma-separated; empty when every asked detail is stated.
    /// </summary>
    private string UnstatedDetails(AnalyzedQuestion question, string headings, string shown)
    {
        var asked = AskedDetail.Of(question);
        var (sentences, items) = LinesOfAskedYear(question, shown);
        var thing = ThingUnstated(question, $"{headings}\n{shown}") ? ThingKind : "";
        // A venue asked ("hotelnya apa", "di gedung mana") is a kind of detail of its own, whatever else is asked: an
        // answer naming only the city ("di Jakarta") does not give it.
        var venue = VenueUnstated(question, $"{headings}\n{shown}") ? AskedKind : "";
        if (ThingOfPlaceUnstated(question, sentences.Concat(items).Prepend(headings.Replace('\n', ' ')))) thing = thing.Length > 0 ? $"{thing},{PlaceThingKind}" : PlaceThingKind;
        // With no kind of detail asked, a count still names what it counts ("berapa stan …", "berapa skor …"); the word
        // before "apa" is left alone, it may name a type the answer gives an instance of ("pilar apa" → "smart governance").
        var lines = sentences.Concat(items).Prepend(headings.Replace('\n', ' ')).ToList();
        // A best one asked ("paling smart") is checked on its own: it asks for no other kind of detail.
        // A duty asked (knowledge/lexicon/hal-tugas.txt) is checked though no kind of detail is: it is no type named by an instance.
        if (asked.All(d => d.Name == AskedDetail.BestKind) && !question.Wants.HasFlag(AnswerType.Count) && DutyWord(question.Normalized) is null)
            return string.Join(",", new[] { venue, thing }.Concat(asked.Where(d => !lines.Any(d.StatedIn)).Select(d => d.Name)).Where(k => k.Length > 0));
        var specific = question.Terms.Where(Specific).ToList();
        var about = specific.Count == 0 ? lines : lines.Where(l => KnowledgeIndex.TermSetOf(l) is var terms && specific.Any(t => KnowledgeIndex.Matches(t, terms))).ToList();
        // A list answers the subject of the sentence leading it ("Beberapa contoh kapan masterplan disusun:"): its lines
        // speak of that subject though they do not repeat its words.
        if (about.Any(l => l.TrimEnd().EndsWith(':')) && items.Any(i => !about.Contains(i))) about = [.. about.Union(items)];
        var unstated = asked.Where(d => !(d.AnyLine || d.AnyLineWhenSubjectUnmet && about.Count == 0 ? lines : about).Any(d.StatedIn) && !(d.Name == PlaceKind && PlaceNamed(lines, about, items, question.Normalized))
            && !(AddressedAsUnknown.Contains(d.Name) && about.Any(AskedDetail.SaysUnknown))).Select(d => d.Name).ToList();
        // The word the question asks for ("siapa ketua …", "hotel apa", "berapa anggaran") is nowhere in the answer shown.
        // Matched as the index matches the question's words (its synonyms and root forms count).
        // A venue word asks for a venue, whichever it is: "gedung apa" is answered by "Hotel …" (knowledge/lexicon/bukti-tempat.txt).
        if (venue.Length > 0 || AskedWord(question.Normalized) is { } word && AskedTerm(question, word) is { } term
            && !KnowledgeIndex.Matches(term, KnowledgeIndex.TermSetOf($"{headings}\n{shown}"))
            && !(Lexicon.Current.VenueWords.IsMatch(Particles.WithoutPossessive(word)) && Lexicon.Current.VenueWords.IsMatch($"{headings}\n{shown}")))
            unstated.Add(AskedKind);
        if (thing.Length > 0) unstated.Add(thing);
        return string.Join(",", unstated);
    }

    /// <summary>
    /// "quick win kota X apa": the word before "apa" is a region the question names, so what is asked is the thing named
    /// before it, of that region. An answer states it only on a line naming both; a section naming the region in a list
    /// of participants and the thing in another sentence says nothing of the region's own thing.
    /// </summary>
    private bool ThingOfPlaceUnstated(AnalyzedQuestion question, IEnumerable<string> lines)
    {
        var words = KnowledgeIndex.QuestionWords(question.Normalized);
        var at = words.IndexOf(What);
        if (places is null || at < 1 || places.Places(words[at - 1]).Count == 0) return false;
        var region = question.Terms.FirstOrDefault(t => t.Words == words[at - 1]);
        var placeTerms = PlaceTerms(question.Normalized);
        // Any specific word before the region may carry the thing: "jaringan asean" is stated by a line naming "ASEAN".
        var things = question.Terms.Where(t => Specific(t) && t != region && !KnowledgeIndex.Matches(t, placeTerms)
            && question.Normalized.IndexOf(t.Words, StringComparison.Ordinal) is var i && i >= 0 && i < question.Normalized.IndexOf(words[at - 1], StringComparison.Ordinal)).ToList();
        return region is not null && things.Count > 0
            && !lines.Select(KnowledgeIndex.TermSetOf).Any(terms => KnowledgeIndex.Matches(region, terms) && things.Any(t => KnowledgeIndex.Matches(t, terms)));
    }

    /// <summary>
    /// Whether a line of the answer may speak of a year the question names. A line led by other years ("2017: … 80
    /// daerah diundang", "14 Desember 2021 — penutupan …": one line of a list by year) states another year's fact, not
    /// the one asked of 2023. A year further on in a line only compares ("… melengkapi 75 peserta 2017 dan 2018"), and a
    /// line led by a span holding an asked year ("2017–2021") speaks of it.
    /// </summary>
    private static bool OfAskedYear(AnalyzedQuestion question, string line)
    {
        if (question.Years.Count == 0) return true;
        var lead = LineLead(line);
        var years = AnswerTypes.Years(lead);
        if (years.Count == 0 || years.Overlaps(question.Years)) return true;
        return AnswerTypes.YearRanges(lead).Select(r => r.Split('-')).Any(r => question.Years.Any(y => string.CompareOrdinal(y, r[0]) >= 0 && string.CompareOrdinal(y, r[1]) <= 0));
    }

    /// <summary>
    /// The sentences and list lines of the answer shown that may speak of the year asked: a list line led by another year
    /// states nothing of it ("2017: … 80 daerah diundang" for 2021's count), nor does a sentence opening with another
    /// year (such a line composed into the text). Other sentences are kept: one naming another year in a conversation
    /// about this one may still state it.
    /// </summary>
    private static (List<string> Sentences, List<string> Items) LinesOfAskedYear(AnalyzedQuestion question, string shown)
    {
        var (sentences, items) = AnswerComposer.Split(shown);
        return (sentences.Where(l => !OpensWithYear(l) || OfAskedYear(question, l)).ToList(), items.Where(l => OfAskedYear(question, l)).ToList());
    }

    /// <summary>The part of a line that labels it: up to its first colon or dash when that comes early, else its first words.</summary>
    private static string LineLead(string line)
    {
        var text = line.TrimStart(' ', '-', '*', '+');
        // A date range ("2–3 Mei") is no label: only a colon or a spaced dash ends one.
        var label = LabelEnd().Match(text);
        return label.Success && label.Index <= LeadChars ? text[..label.Index] : text[..Math.Min(text.Length, ShortLeadChars)];
    }

    /// <summary>A line opening with a year or a date ("2017: …", "14 Desember 2021 — …"): a line of a list by year.</summary>
    private static bool OpensWithYear(string line) => YearOpening().IsMatch(line);

    [GeneratedRegex(@"^[\s*+-]*(?:\d{1,2}(?:[–-]\d{1,2})?\s+\p{L}+\s+)?(?:199\d|20[0-3]\d)\b")]
    private static partial Regex YearOpening();

    private const int LeadChars = 60;
    private const int ShortLeadChars = 24;

    [GeneratedRegex(@":|\s[—–-]\s")]
    private static partial Regex LabelEnd();

    /// <summary>The question's term for the asked word, read with or without its "-nya" ("hotelnya apa" asks for a hotel).</summary>
    private static QuestionTerm? AskedTerm(AnalyzedQuestion question, string word) =>
        question.Terms.FirstOrDefault(t => t.Words == word) ?? question.Terms.FirstOrDefault(t => t.Words == Particles.WithoutPossessive(word));

    /// <summary>
    /// The question asks for a venue (its asked word is one of knowledge/lexicon/bukti-tempat.txt: "hotel", "gedung")
    /// and the answer names no venue at all: the city or the date of the event is not where it was held.
    /// </summary>
    private bool VenueUnstated(AnalyzedQuestion question, string answer) =>
        AsksVenue(question.Normalized) && !Lexicon.Current.VenueWords.IsMatch(answer) && !NamesSite(answer);

    /// <summary>
    /// The question asks which venue ("hotel apa", "gedungnya mana"): its asked word is one of
    /// knowledge/lexicon/bukti-tempat.txt. A place is asked, though no "di mana" says so.
    /// </summary>
    public static bool AsksVenue(string normalizedQuestion) =>
        AskedWord(normalizedQuestion) is { } word && Lexicon.Current.VenueWords.IsMatch(Particles.WithoutPossessive(word));

    /// <summary>
    /// A name of several capitalised words that is no region or province, after "di" or before the town it is in
    /// ("di Balai X", "Gedung Y, Kota Z"): a site named as itself, though no venue word says so.
    /// "di Jakarta", "di Kota Tangerang" name only the town.
    /// </summary>
    private bool NamesSite(string answer) =>
        NamedSite().Matches(answer).Any(m => places is null || places.Places(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Count == 0);

    // A name of two or more capitalised words (an acronym counts: "Pusat TIK Nasional") after "di" or before ", Town".
    [GeneratedRegex(@"(?:(?<!\p{L})di\s+(\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*)+)|(?<![\p{L}\d]\s)(?<!\p{L})(\p{Lu}[\p{L}\d]*(?:\s+\p{Lu}[\p{L}\d]*)+)(?=,\s+\p{Lu}))")]
    private static partial Regex NamedSite();

    /// <summary>
    /// A place written without "di" before it on a line about the subject: a site named as itself ("(2–3 Mei 2017,
    /// Pusat TIK Nasional, Ciputat)"), an office or institution by its name ("menghubungi Dinas Komunikasi …": where to
    /// look something up), or a list line naming a region or a province ("Danau Toba — Sumatera Utara").
    /// </summary>
    private bool PlaceNamed(IReadOnlyList<string> lines, IReadOnlyList<string> about, IReadOnlyList<string> items, string asked) =>
        about.Any(l => NamesSite(l) || Lexicon.Current.Lists.ContainsKey(InstitutionWords) && InstitutionName.IsMatch(l) || OtherPlaces(l, asked) >= 2)
        // A list answers the subject of the sentence that leads it, so its lines need not repeat it.
        || about.Count > 0 && items.Any(l => OtherPlaces(l, asked) >= 1)
        // A line opening with the place, then the date ("Kota Sorong, 11-12 Agustus 2026, …"), under a heading about the subject.
        || about.Count > 0 && lines.Any(l => l.IndexOf(',') is > 0 and var comma && comma <= OpeningPlaceChars && OtherPlaces(l[..comma], asked) >= 1);

    // "Kota Sorong", "Kabupaten Penajam Paser Utara": a place opening a line is a few words long.
    private const int OpeningPlaceChars = 40;

    /// <summary>How many places (regions, provinces) a line names that the question does not: "di mana saja" is answered by a list of them.</summary>
    private int OtherPlaces(string line, string asked)
    {
        if (places is null) return 0;
        var own = AskedPlaces(asked).SelectMany(p => p).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return places.Places(line).Count(p => !p.Any(own.Contains));
    }

    /// <summary>
    /// The places the question names: found once per question, though every candidate passage (and each of its lines
    /// asked about a place) is fitted against them.
    /// </summary>
    private IReadOnlyList<IReadOnlyList<string>> AskedPlaces(string asked)
    {
        if (places is null) return [];
        if (Volatile.Read(ref _lastAsked) is { } last && last.Text == asked) return last.Places;
        var found = places.Places(asked);
        Volatile.Write(ref _lastAsked, new AskedText(asked, found));
        return found;
    }

    private sealed record AskedText(string Text, IReadOnlyList<IReadOnlyList<string>> Places);

    // The last question's places (one per answerer; concurrent answers at worst find them again).
    private AskedText? _lastAsked;

    /// <summary>
    /// Asked details a line about the subject answers by saying the documents do not give it ("data publiknya tidak
    /// ditemukan", knowledge/lexicon/bukti-tiada.txt): the honest answer, not a neighbouring fact.
    /// </summary>
    private static readonly IReadOnlySet<string> AddressedAsUnknown = new HashSet<string>(StringComparer.Ordinal) { PlaceKind, "tanggal-hari", "sampai" };

    private const string PlaceKind = "tempat";
    private const string InstitutionWords = "jenis-lembaga";
    private static readonly CuePattern InstitutionNameCue = new(@"\b(?:{:jenis-lembaga})\s+\p{Lu}");
    private static Regex InstitutionName => InstitutionNameCue.Regex;

    private const string AskedKind = "pokok";
    private const string ThingKind = "hal";

    // Words asking for a name (knowledge/lexicon/tanya-nama.txt): "apa nama X" asks X.
    private const string NameWords = "tanya-nama";
    private const string PlaceThingKind = "hal-daerah";

    /// <summary>
    /// "Apa tema acara itu?", "apa program unggulan kota itu?": the thing named right after the question's "apa" is
    /// nowhere in the answer shown (matched as the index matches the question's words, a phrase by its first word). The
    /// passage is about the event or the town, not the theme or the programme asked.
    /// </summary>
    private static bool ThingUnstated(AnalyzedQuestion question, string answer)
    {
        // The word must follow "apa" in the same clause: "pilar apa, terus …" asks nothing after its "apa".
        // "apa nama aplikasi …": a word asking for a name (tanya-nama.txt) hands over to the thing it names.
        if (ThingAfterWhat().Match(question.Normalized) is not { Success: true } m) return false;
        var word = m.Groups[1].Value;
        if (m.Groups[2].Success && Lexicon.Current.Lists.TryGetValue(NameWords, out var names) && names.Contains(word, StringComparer.OrdinalIgnoreCase))
            word = m.Groups[2].Value;
        if (!Names(word)) return false;
        var term = question.Terms.FirstOrDefault(t => t.Words == word) ?? question.Terms.FirstOrDefault(t => t.Words.StartsWith(word + " ", StringComparison.Ordinal));
        return term is not null && !KnowledgeIndex.Matches(term, KnowledgeIndex.TermSetOf(answer));
    }

    /// <summary>
    /// The thing a question asks for: the word right after "siapa"/"berapa" ("siapa ketua …", "berapa anggaran …") or
    /// right before "apa" ("hotel apa"), when it names a thing (no verb prefix) and is not a function, everyday, broad or
    /// question-shape word ("siapa yang …" asks about a doer, "tahun berapa" for a kind of detail, <see cref="AskedDetail"/>).
    /// </summary>
    public static string? AskedWord(string normalizedQuestion)
    {
        if (DutyWord(normalizedQuestion) is { } duty) return duty;
        var words = KnowledgeIndex.QuestionWords(normalizedQuestion).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            // "tahun berapa", "jam berapa": the question word belongs to a kind of detail, not to the next word.
            var bound = i > 0 && ShapeWords().Contains(words[i - 1]);
            if (words[i] is Who or HowMany && !bound && i + 1 < words.Count && Names(words[i + 1])) return words[i + 1];
            if (words[i] is What && i > 0 && Names(words[i - 1])) return words[i - 1];
            // "hotel mana", "gedung mana": "mana" asks which venue (a type word before it is left alone: "kampus mana").
            if (words[i] is Which && i > 0 && Names(words[i - 1]) && Lexicon.Current.VenueWords.IsMatch(words[i - 1])) return words[i - 1];
        }
        return null;
    }

    /// <summary>
    /// A duty word of the question (knowledge/lexicon/hal-tugas.txt: "tugas", "wewenang", "tupoksi"), wherever it stands:
    /// "tugas kementerian X apa aja" and "X itu tugasnya apa" ask what X must do, which a list naming X among the
    /// programme's ministries does not say; the word before "apa" there is the ministry, not what is asked. Only when the
    /// question asks "apa": "kapan tugas panitia X berakhir" asks a date, not what the duty is.
    /// </summary>
    private static string? DutyWord(string normalizedQuestion) =>
        Lexicon.Current.Lists.TryGetValue(DutyWords, out var duties) && KnowledgeIndex.QuestionWords(normalizedQuestion).ToList() is var words && words.Contains(What)
            ? words.FirstOrDefault(w => duties.Contains(w, StringComparer.OrdinalIgnoreCase))
            : null;

    private const string DutyWords = "hal-tugas";
    private const string QuestionWordsList = "kata-tanya";
    private const string Who = "siapa";
    private const string HowMany = "berapa";
    private const string What = "apa";
    private const string Which = "mana";

    // A word naming what is asked: not a function, everyday, broad or question-shape word, nor a year or number, and
    // something the analyzer keeps (a stop word has no terms).
    private static bool Names(string word) =>
        ConfidenceFeatures.NamesAThing(word) && !QuestionCues.IsFunctionWord(word) && !QuestionCues.IsGenericWord(word)
        && !Lexicon.Current.BroadWords.Contains(word) && !ShapeWords().Contains(word);

    /// <summary>Every word of the question-shape phrases (tanya-*.txt, kata-tanya.txt): "tahun" of "tahun berapa", "lembaga" of "lembaga apa".</summary>
    private static HashSet<string> ShapeWords() => Shape.Current;

    private static readonly PerLexicon<HashSet<string>> Shape = new(lexicon =>
        lexicon.Lists.Where(l => l.Key.StartsWith(QuestionShapeLists, StringComparison.Ordinal) || l.Key is QuestionWordsList or FrameWords)
            .SelectMany(l => l.Value).SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase));

    // A word naming what the question is about: known to the documents, not everyday, broad or a year.
    private static bool Specific(QuestionTerm t) =>
        t.Known && !t.Generic && !t.NamesYear && !QuestionCues.IsGenericWord(t.Words) && !Lexicon.Current.BroadWords.Contains(t.Words);

    /// <summary>
    /// Whether a line holding a number names what the question counts, or something else it names specifically:
    /// "asesor 2017 ada berapa orang" is answered by "20 asesor" though "orang" is not in it.
    /// </summary>
    private static bool CountsAsked(AnalyzedQuestion question, NumberCount count) =>
        KnowledgeIndex.CountsSame(question.Counted!, count.Near)
        || !CountsAnotherKind(question, count)
        && question.Terms.Any(t => t.Known && !t.Generic && !t.NamesYear && !QuestionCues.IsGenericWord(t.Words) && !Lexicon.Current.BroadWords.Contains(t.Words)
            && KnowledgeIndex.Matches(t, count.Near));

    /// <summary>
    /// The number counts regions by the word right after it ("diikuti 50 kabupaten/kota", hitungan-daerah.txt) while the
    /// question counts another kind (provinces, villages): the regencies' figure is no count of
    /// it, so the question's other words near it ("ikut" of "diikuti") do not make it the count asked. A classifier the
    /// question counts by ("berapa orang", satuan-orang.txt; "unit", kata-satuan.txt) names no kind: "25 kepala daerah"
    /// still answers "berapa orang kepala daerah".
    /// </summary>
    private static bool CountsAnotherKind(AnalyzedQuestion question, NumberCount count) =>
        count.Own.Overlaps(RegionCountTerms.Current) && !KnowledgeIndex.CountsSame(question.Counted!, count.Own) && !CountsByClassifier(question);

    private static readonly PerLexicon<IReadOnlySet<string>> RegionCountTerms = new(lexicon =>
        KnowledgeIndex.TermSetOf(string.Join(' ', lexicon.Lists.GetValueOrDefault("hitungan-daerah") ?? [])));

    private static bool CountsByClassifier(AnalyzedQuestion question) =>
        Classifiers.Current is var classifiers && question.Counted!.Words.Split(' ').Any(classifiers.Contains);

    // Words counting by a unit rather than naming a kind: people (satuan-orang.txt, forms joined by commas) and measure words (kata-satuan.txt).
    private static readonly PerLexicon<HashSet<string>> Classifiers = new(lexicon =>
        (lexicon.Lists.GetValueOrDefault("satuan-orang") ?? []).SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Concat(lexicon.Lists.GetValueOrDefault("kata-satuan") ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>The words around a count (<see cref="CountWindow"/> on either side) and its own noun, the word right after it past its figures (empty when that is no noun).</summary>
    internal sealed record NumberCount(IReadOnlySet<string> Near, IReadOnlySet<string> Own);

    /// <summary>
    /// A line of the answer shown that names what is counted and says the documents do not give it ("berapa persen
    /// … belum diketahui: data publiknya tidak ditemukan", knowledge/lexicon/bukti-tiada.txt): the honest answer to the count.
    /// </summary>
    private static bool CountSaidUnknown(AnalyzedQuestion question, string shown)
    {
        var (sentences, items) = AnswerComposer.Split(shown);
        return sentences.Concat(items).Any(line => AskedDetail.SaysUnknown(line) && KnowledgeIndex.CountsSame(question.Counted!, KnowledgeIndex.TermSetOf(line)));
    }

    /// <summary>
    /// The words around each count a line states, as index terms: what that number counts is written next to it ("20
    /// asesor", "asesornya berjumlah 20"), not anywhere in a sentence that also counts something else ("… kepada 50
    /// kabupaten/kota" does not count the mentors the sentence opens with). A number that is a length of time or a day of
    /// a month ("5–10 tahun", "8 Mei") counts nothing a "berapa X" asks, unless X is itself a unit of time.
    /// </summary>
    private static IEnumerable<NumberCount> CountsNear(string line, AnalyzedQuestion question)
    {
        var (spelled, time, months, partNouns, timeTerms, joiners) = CountWordsOf.Current;
        // A question after a time itself ("bertanggal berapa", "berapa tahun") is answered by one.
        var countsTime = (question.Wants & (AnswerType.Date | AnswerType.Duration | AnswerType.Year)) != 0
            || KnowledgeIndex.Matches(question.Counted!, timeTerms);
        // A number inside a name ("Seminar dan Penghargaan Menuju 100 Smart City") belongs to the name, it counts nothing.
        var words = LineWord().Matches(NumberInName().Replace(line, " ")).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!(w.Any(char.IsDigit) && !AnswerTypes.HasYear(w) || spelled.Contains(w))) continue;
            // A number naming a part of a series ("Tahap 1", "kelompok 2": knowledge/lexicon/bagian-bernomor.txt) is a position, no count.
            if (i > 0 && partNouns.Contains(words[i - 1])) continue;
            // The unit after the number, past a second figure of a range ("5–10 tahun") or its
            // spelled form ("3 (tiga) hari").
            var after = words.Skip(i + 1).SkipWhile(x => IsFigure(x, spelled)).Take(2).ToList();
            // Two days of one month joined by a word ("3 atau 4 Mei"): the first is a day too. An age or a length
            // ("18 sampai 35 tahun") keeps its first figure, as before.
            var pastJoined = words.Skip(i + 1).SkipWhile((x, at) => IsFigure(x, spelled) || joiners.Contains(x) && words.ElementAtOrDefault(i + 2 + at) is { } next && IsFigure(next, spelled))
                .Take(1).ToList();
            if (pastJoined.Count > 0 && months.Contains(pastJoined[0])) after = pastJoined;
            // A unit of time followed by a year numbers a regulation ("Nomor 78 Tahun 2017"), it is no length.
            var timed = after.Count > 0 && (months.Contains(after[0]) || time.Contains(after[0]) && !(after.Count > 1 && AnswerTypes.IsYear(after[1])));
            if (timed && !countsTime) continue;
            yield return new(KnowledgeIndex.TermSetOf(string.Join(" ", words.Skip(Math.Max(0, i - CountWindow)).Take(2 * CountWindow + 1))), OwnNoun(after, months));
        }
    }

    // The word right after a number, when it names something: not a function word, a month or a measure word (kata-satuan.txt).
    private static IReadOnlySet<string> OwnNoun(IReadOnlyList<string> after, HashSet<string> months) =>
        after.Count == 0 || QuestionCues.IsFunctionWord(after[0].ToLowerInvariant()) || months.Contains(after[0]) || Classifiers.Current.Contains(after[0])
            ? new HashSet<string>() : KnowledgeIndex.TermSetOf(after[0]);

    private static bool IsFigure(string word, HashSet<string> spelled) => word.All(char.IsDigit) && !AnswerTypes.HasYear(word) || spelled.Contains(word);

    // A figure written inside a name of several capitalised words, past the start of a sentence: a capitalised word
    // after another word, the figure, then two capitalised words ("… Menuju 100 Smart City").
    [GeneratedRegex(@"(?<=[\p{L},]\s+\p{Lu}\p{L}*\s)\d+(?=\s\p{Lu}\p{L}*\s\p{Lu})")]
    private static partial Regex NumberInName();

    /// <summary>The lexicon's words a count is read by: numbers spelled out, units of time, month names, part nouns, the index terms of the time words, and the words joining a range's two figures.</summary>
    internal sealed record CountWords(HashSet<string> Spelled, HashSet<string> TimeUnits, HashSet<string> Months, HashSet<string> PartNouns, IReadOnlySet<string> TimeTerms,
        HashSet<string> RangeJoiners);

    // Built once per lexicon (staff's edits reload it), not for every line of every answer weighed.
    internal static readonly PerLexicon<CountWords> CountWordsOf = new(lexicon =>
    {
        var lists = lexicon.Lists;
        IReadOnlyList<string> List(string name) => lists.TryGetValue(name, out var list) ? list : [];
        var timeUnits = List(TimeUnits);
        return new CountWords(List(NumberWords).ToHashSet(StringComparer.OrdinalIgnoreCase), timeUnits.ToHashSet(StringComparer.OrdinalIgnoreCase),
            List(MonthNames).Concat(List(ShortMonthNames)).ToHashSet(StringComparer.OrdinalIgnoreCase), List(PartNouns).ToHashSet(StringComparer.OrdinalIgnoreCase),
            KnowledgeIndex.TermSetOf(string.Join(" ", timeUnits.Concat(List(DateWords)))), List(RangeJoiners).ToHashSet(StringComparer.OrdinalIgnoreCase));
    });

    // Words on either side of a number that may say what it counts ("jumlah asesor pada tahun itu 20", "20 orang asesor").
    private const int CountWindow = 4;
    private const string TimeUnits = "satuan-waktu";
    private const string PartNouns = "bagian-bernomor";
    private const string RangeJoiners = "penghubung-rentang";
    private const string DateWords = "tanya-tanggal";
    private const string MonthNames = "bulan";
    private const string ShortMonthNames = "bulan-singkat";

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex LineWord();

    /// <summary>
    /// The sentences and list lines of the answer shown that hold a number (not a year): where its counts are stated,
    /// with what they count ("biaya … tidak lebih dari Rp 500 juta", "Satuan: kelurahan; Target 2026: 10").
    /// </summary>
    private static IEnumerable<string> NumberedLines(string shown, AnalyzedQuestion question)
    {
        var (sentences, items) = LinesOfAskedYear(question, shown);
        var spelled = CountWordsOf.Current.Spelled;
        return sentences.Concat(items).Where(line => line.Split(NonLetters, StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Any(char.IsDigit) && !AnswerTypes.HasYear(w) || spelled.Contains(w)));
    }

    /// <summary>
    /// The one year a document's opening text (before its first heading) names, as an edition ("edisi 2026"): the whole
    /// document is of that year, so "menurut pedoman 2026, …" is not doubted for a section that does not repeat it.
    /// An opening naming several years dates nothing.
    /// </summary>
    private static string EditionYear(Passage passage, KnowledgeIndex index) =>
        // The opening, when a document has one, is its first passage (ids are "path#n" in reading order).
        index.Find($"{passage.DocumentPath}#0") is { Headings.Count: 0 } lead
        && AnswerTypes.Years(lead.Body) is { Count: 1 } years ? years.First() : "";

    /// <summary>A place the question names that the answer names under none of its readings; its name as the user should read it.</summary>
    private string? MissingPlace(IReadOnlyList<IReadOnlyList<string>> wanted, string answer)
    {
        if (places is null || wanted.Count == 0) return null;
        var lower = answer.ToLowerInvariant();
        // The answer's own places are resolved only when a place asked is not written out in it (the usual case is).
        HashSet<string>? named = null;
        bool Names(IReadOnlyList<string> place) =>
            place.Any(n => lower.Contains(n.ToLowerInvariant()))
            || place.Any((named ??= places.Places(answer).SelectMany(p => p).ToHashSet(StringComparer.OrdinalIgnoreCase)).Contains);
        var missing = wanted.FirstOrDefault(m => m.Count > 0 && !Names(m));
        return missing is null ? null : string.Join(" atau ", missing.Take(2));
    }

    private static string? MissingYear(AnalyzedQuestion question, string answer)
    {
        var years = AnswerTypes.Years(answer);
        return question.Years.Where(y => !years.Contains(y)).Select(y => $"tahun {y}").FirstOrDefault();
    }

    /// <summary>
    /// A number the question names (not a year) that the answer never writes: "pasal 3", "PSC 119". An answer that
    /// spells a number out (knowledge/lexicon/bilangan.txt: "enam pilar") may be stating it, so it is not doubted.
    /// </summary>
    private static string? MissingNumber(AnalyzedQuestion question, string answer, KnowledgeIndex index)
    {
        var written = Number().Matches(answer).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        // A rank or phase in roman figures ("Juara I", "Tahap II") states the number a user types in arabic ("juara 1").
        foreach (Match roman in Roman().Matches(answer)) written.Add(RomanValue(roman.Value).ToString(CultureInfo.InvariantCulture));
        var words = answer.ToLowerInvariant().Split(NonLetters, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        // An ordinal is "ke" + the number ("tahap kedua" answers "tahap 2").
        if (Lexicon.Current.Lists.TryGetValue(NumberWords, out var spelled) && spelled.Any(w => words.Contains(w) || words.Contains(Ordinal + w))) return null;
        return Number().Matches(question.Normalized).Cast<Match>()
            .FirstOrDefault(n => !AnswerTypes.HasYear(n.Value) && !written.Contains(n.Value) && !Premise(question.Normalized, n, answer, index))?.Value;
    }

    /// <summary>
    /// A number the question takes as given rather than asks: a count or a name the documents themselves write with
    /// the word that follows it in the question ("memilih 24 kota" where a section has "24 kabupaten/kota", "program
    /// 100 smart city" where it has "100 Smart City"). The answer about something else need not repeat it. Small
    /// numbers are positions ("tahap 2", "juara 1"), which the answer must state; and an answer that counts the same
    /// thing with another number ("sasaran 50 daerah" for a question about a sasaran of 100) is about another count.
    /// </summary>
    private static bool Premise(string question, Match number, string answer, KnowledgeIndex index)
    {
        if (!int.TryParse(number.Value, CultureInfo.InvariantCulture, out var value) || value < PremiseFrom) return false;
        if (NextWord().Match(question, number.Index + number.Length) is not { Success: true } next) return false;
        var counted = Regex.Escape(next.Groups[1].Value);
        if (Counting(@"\d+", counted).IsMatch(answer)) return false;
        var written = Counting(number.Value, counted);
        return index.Passages.Any(p => written.IsMatch(p.Body) || p.Headings.Any(written.IsMatch));
    }

    // A number, at most one word, then the counted word: "24 kabupaten/kota" counts "kota".
    private static Regex Counting(string number, string counted) =>
        new($@"(?<![\p{{L}}\d]){number}(?:[\s/-]+\p{{L}}+)?[\s/-]+{counted}(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private const int PremiseFrom = 10;

    // The word right after a number, with only spaces between.
    [GeneratedRegex(@"\G[ \t]+(\p{L}+)")]
    private static partial Regex NextWord();

    private const string NumberWords = "bilangan";
    private const string Ordinal = "ke";
    private static readonly char[] NonLetters = [.. " \n\t.,;:()*_-–—/?!\"'«»".ToCharArray()];

    /// <summary>
    /// A word few sections have (by the index's own counts) that names a thing the question is about — not an action
    /// (a verb prefix), not a word shaping the question (knowledge/lexicon/tanya-*.txt) — and the passage lacks.
    /// </summary>
    private static (string? Word, int Sections) MissingRareWord(AnalyzedQuestion question, IReadOnlySet<string> terms, KnowledgeIndex index)
    {
        var rarest = question.Terms.Where(t => t.Known && t.Weight >= index.WeightOfSections(MaxRareSections) && !t.Generic && !t.Aspect && !t.NamesYear
                && ConfidenceFeatures.NamesAThing(t.Words) && !AsksWord(t.Words)
                && !QuestionCues.IsGenericWord(t.Words) && !Lexicon.Current.BroadWords.Contains(t.Words) && !KnowledgeIndex.Matches(t, terms))
            .MaxBy(t => t.Weight);
        // Its section count: the fewest sections whose weight it reaches.
        return rarest is null ? (null, 0) : (rarest.Words, Enumerable.Range(1, MaxRareSections).First(k => rarest.Weight >= index.WeightOfSections(k) - 1e-9));
    }

    // The question-shape lists: "tempat", "lokasi", "tanggal" say what kind of answer is wanted, not what it is about;
    // so do the frame words (knowledge/lexicon/kata-bingkai.txt: "bahasa", "istilah"), which only frame what is asked.
    private static bool AsksWord(string word) => Asks.Current.Contains(word);

    private const string FrameWords = "kata-bingkai";

    private static readonly PerLexicon<HashSet<string>> Asks = new(lexicon =>
        lexicon.Lists.Where(l => l.Key.StartsWith(QuestionShapeLists, StringComparison.Ordinal) || l.Key == FrameWords)
            .SelectMany(l => l.Value).ToHashSet(StringComparer.OrdinalIgnoreCase));

    private const string QuestionShapeLists = "tanya-";

    // Upper-case roman figures up to XII standing alone (case-sensitive: "x" in "3 x 3 meter" is no ten).
    [GeneratedRegex(@"(?<![\p{L}\d])(?:XI{0,2}|IX|VI{0,3}|IV|I{1,3})(?![\p{L}\d])")]
    private static partial Regex Roman();

    private static int RomanValue(string roman)
    {
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var v = roman[i] switch { 'I' => 1, 'V' => 5, _ => 10 };
            var next = i + 1 < roman.Length ? roman[i + 1] switch { 'I' => 1, 'V' => 5, _ => 10 } : 0;
            total += next > v ? -v : v;
        }
        return total;
    }

    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?![\p{L}\d])")]
    private static partial Regex Number();

    // The first "apa" and the word right after it, with only spaces between, and the word after that if there is one.
    [GeneratedRegex(@"(?<!\p{L})apa[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+))?")]
    private static partial Regex ThingAfterWhat();
}

/// <summary>What <see cref="AnswerFit"/> finds: the shown answer's coverage, a place/year/number it lacks, a rare word the passage lacks.</summary>
public sealed record AnswerFitFeatures(double ShownCoverage, string? Missing, string? MissingRare)
{
    /// <summary>How many sections have that word (at most <see cref="AnswerFit.MaxRareSections"/>).</summary>
    public int RareSections { get; init; }

    /// <summary>The largest share of the question one shown sentence or list line covers.</summary>
    public double SentenceCoverage { get; init; } = 1;

    /// <summary>1 when the question's head word is not in the answer shown.</summary>
    public double HeadMissing { get; init; }

    /// <summary>1 when no sentence or list line of the answer shown holds both a number and what a "berapa X" question counts.</summary>
    public double CountedUnstated { get; init; }

    /// <summary>The asked details (<see cref="AskedDetail"/>) no line of the answer shown states about the subject, comma-separated.</summary>
    public string UnstatedDetails { get; init; } = "";
}
