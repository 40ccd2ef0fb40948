using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SmartCity.Bot.Caching;
using Directory = Lucene.Net.Store.Directory;

namespace SmartCity.Bot.Knowledge;

/// <summary>A passage found for a question: its BM25 score and how much of the question it covers (0..1).</summary>
public sealed record SearchHit(Passage Passage, float Score, double Confidence);

/// <summary>A question as the index understands it: concepts (the user's words or their synonyms) with their weight.</summary>
public sealed record AnalyzedQuestion(string Normalized, IReadOnlyList<QuestionTerm> Terms)
{
    public double TotalWeight => Terms.Sum(t => t.Weight);

    /// <summary>The kinds of fact the question asks for (a number, a date, a place …).</summary>
    public AnswerType Wants { get; init; }

    /// <summary>Years the question names: a passage about the same year is the better answer.</summary>
    public IReadOnlySet<string> Years { get; init; } = new HashSet<string>();

    /// <summary>The conversation's year the question pointed at ("tahun itu"), asked of as if the question named it.</summary>
    public string? PointedYear { get; init; }

    /// <summary>For "apa itu X": X, so the sentence that defines it ("X adalah …") leads the answer.</summary>
    public string? Defines { get; init; }

    /// <summary>"Benarkah …?": the sentence that states the claim leads the answer.</summary>
    public bool FactCheck { get; init; }

    /// <summary>Spans of years the question names ("2017 sampai 2019"): a passage about that span is about the question.</summary>
    public IReadOnlySet<string> YearRanges { get; init; } = new HashSet<string>();

    /// <summary>What "berapa" counts ("pilarnya ada berapa" → pilar): a passage whose heading states that count answers.</summary>
    public QuestionTerm? Counted { get; init; }

    /// <summary>Analyzed words of a region the conversation is about: passages naming it rank higher.</summary>
    public IReadOnlySet<string>? RegionHint { get; init; }

    /// <summary>Analyzed words of a pillar the question names: that pillar's own section ranks higher.</summary>
    public IReadOnlySet<string>? PillarHint { get; init; }

    /// <summary>The question denies something of its subject ("tahun berapa tidak ada MoU"): <see cref="KnowledgeIndex.AsksDenied(string)"/>.</summary>
    public bool AsksDenied { get; init; }

}

/// <summary>One concept of the question.</summary>
/// <param name="Options">Ways of saying it, the user's own first: each a sequence of word positions, each position
/// the word as written and its stem. An option is present in a text when every position is.</param>
/// <param name="Weight">Rarity (BM25 IDF) of the concept in the passages; a word no passage has weighs as the rarest.</param>
/// <param name="OptionWeights">Query weight of each option: 1 for the user's words, less for synonyms and typo corrections.</param>
/// <param name="MaxEdits">For a word no passage has: edits allowed to correct it (a typo), by its length; the
/// corrections found in the index vocabulary are added as options.</param>
public sealed record QuestionTerm(string Words, IReadOnlyList<IReadOnlyList<string[]>> Options, IReadOnlyList<float> OptionWeights,
    double Weight, bool Known, int MaxEdits)
{
    /// <summary>Below 1 for an everyday word ("nama", "program", "waktu", "dibuat") when the question names something more
    /// specific: it then counts less in ranking, though fully in the confidence that the question is covered.</summary>
    public double Emphasis { get; init; } = 1;

    /// <summary>The weight in ranking passages and sentences.</summary>
    public double RankWeight => Weight * Emphasis;

    public bool Generic => Emphasis < 1;

    /// <summary>Weighed down only for saying which kind of fact is asked ("lokasinya", "bulan apa"): a heading naming it labels the answer.</summary>
    public bool AsksKind { get; init; }

    /// <summary>
    /// A word of a phrase asking for a date ("tanggal" of "tanggal berapa", tanya-tanggal.txt): a text writing it only
    /// right before a date of its own ("surat … tanggal 7 Februari") does not meet it; a label ("tanggal per tahun") does.
    /// </summary>
    public bool AsksDate { get; init; }

    /// <summary>The words name a year: no subject of their own (nearly every passage names one).</summary>
    public bool NamesYear => AnswerTypes.HasYear(Words);

    /// <summary>Asks for an aspect of the subject ("tujuan", "cakupan": knowledge/lexicon/kata-aspek.txt), not the subject itself.</summary>
    public bool Aspect { get; init; }

    /// <summary>The weight in telling which section's subject the question names: none for an aspect word.</summary>
    public double SubjectWeight => Aspect ? 0 : RankWeight;

    /// <summary>How many of the last options are typo corrections from the index vocabulary (the word as written is in no passage).</summary>
    public int Corrections { get; init; }

    /// <summary>The user's own word, corrected for a typo: the documents know only a word like it, which may be another word.</summary>
    public bool Corrected => Corrections > 0;

    /// <summary>For an ordinal ("kedua" in "hari kedua"): the noun it is bound to, which a passage must bind it to as well.</summary>
    public string? BoundTo { get; init; }

    /// <summary>For an ordinal, spelled ("ketiga" for "ketiga", "ke-3", "ke 3"): a place, which a count ("tiga", "3") is not.</summary>
    public string? Ordinal { get; init; }

    /// <summary>Asks for the latest of what is named ("MoU terakhir"): a word for the newest no passage writes after that noun.</summary>
    public bool Latest { get; init; }

    /// <summary>For a count ("dua" in "dua tahap"): the noun counted. A passage saying how many of it there are speaks to
    /// the question whatever its number; one that only numbers it ("tahap kedua") does not.</summary>
    public string? CountOf { get; init; }

    /// <summary>The terms have the concept as the user wrote it (the first option), not only a synonym or a correction of it.</summary>
    public bool MatchesOwn(IReadOnlySet<string> terms) => Options.Count > 0 && Options[0].All(position => position.Any(terms.Contains));

    /// <summary>The terms have a synonym of the concept (an option that is neither the user's word nor a typo correction).</summary>
    public bool MatchesSynonym(IReadOnlySet<string> terms) =>
        Options.Skip(1).Take(Options.Count - 1 - Corrections).Any(option => option.All(position => position.Any(terms.Contains)));
}

/// <summary>
/// The Lucene.Net index over the passages: Indonesian stemming and stop words, domain synonyms and informal
/// words at query time, unknown (mistyped) words corrected to the closest index words by edit distance, headings and titles boosted, BM25 ranking.
/// </summary>
public sealed partial class KnowledgeIndex : IDisposable
{
    private const float HeadingBoost = 2.5f;
    private const float TitleBoost = 1.5f;
    private const float QuestionsBoost = 2.0f;
    private const float SynonymWeight = 0.5f;
    private const float FuzzyWeight = 0.7f;
    // Deep enough that a section covering the whole question through a synonym is reranked, not cut by BM25 first:
    // a document naming the asked-about program in many sections otherwise fills the first ten.
    private const int RerankDepth = 30;
    private const double DominanceMargin = 0.3;
    // The re-ranking's coefficients (knowledge/data/ranking.json, fitted by `report --fit-ranking`).
    private static RankingWeights Weights => RankingWeights.Current;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{4}\s*[–-]\s*\d{4}\b")]
    private static partial System.Text.RegularExpressions.Regex YearSpan();
    private const float ContextWeight = 0.5f;
    private const double GenericWeight = 0.25;
    private const double SubjectShare = 0.5;
    // Years back from the newest one the documents name over which a section's weight for "sekarang" fades to none.
    private const int RecentSpan = 4;

    // The lexicon's analyzer: its stop words (kata-henti.txt) decide what is indexed and searched.
    private static Analyzer DocumentAnalyzer => Lexicon.Current.Analyzer;

    private readonly Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly HashSet<string>[] _passageTerms;
    private readonly HashSet<string>[] _headingTerms;
    private readonly HashSet<string>[] _headingCounted;
    private readonly Dictionary<string, int> _byId;
    private readonly AnswerType[] _passageTypes;
    private readonly string[][] _passageItems;
    // What each item holds (its kinds of fact, its analyzed words) does not depend on the question: found once.
    private readonly AnswerType[][] _passageItemTypes;
    private readonly HashSet<string>[][] _passageItemTerms;
    private readonly IReadOnlySet<string>[] _passageYears;

    // Building a fuzzy automaton costs milliseconds for a long word; the same unknown words (typos, names the documents
    // lack) come back in chat, so their corrections are remembered per index, within a bound.
    private readonly BoundedMemo<string, IReadOnlyList<string>> _corrections = new(MaxRememberedCorrections);
    private readonly BoundedMemo<string, IReadOnlyList<string[]>?> _splits = new(MaxRememberedCorrections);
    private const int MaxRememberedCorrections = 20_000;

    // Looking a word up in Lucene's terms dictionary builds a terms enumerator each time (its frames and arcs are most
    // of what a question allocates); the index never changes, so each field's lookup is made once, within a bound
    // (questions bring words the documents lack).
    private readonly BoundedMemo<(string Field, string Word), TermContext> _termStates = new(MaxRememberedTerms);
    private readonly BoundedMemo<string, int> _documentFrequencies = new(MaxRememberedTerms);
    private const int MaxRememberedTerms = 50_000;
    // Whether a phrase occurs at all in a field: phrases come from the synonym table, a bounded set of keys.
    private readonly BoundedMemo<(string Field, string Phrase), bool> _phraseFound = new(MaxRememberedTerms);

    // Each clause (field, word or phrase, boost) as the scores it gives, computed once per index (ScoredClause):
    // a few hundred bytes each, against kilobytes of readers and tables per clause per search.
    private readonly BoundedMemo<(string Field, string Words, float Boost), ScoredClause> _scored = new(MaxScoredClauses);
    private const int MaxScoredClauses = 20_000;
    private readonly IReadOnlySet<string>[] _headingYears;
    // Every year of a span a heading names ("Total peserta 2017–2022": 2017 … 2022); empty for a heading naming no span.
    private readonly IReadOnlySet<string>[] _headingSpanYears;
    private readonly HashSet<string>[] _ownYears;
    private readonly IReadOnlySet<string>[] _contextYears;
    private readonly int _newestYear;
    private readonly int[] _namedYearCount;
    private readonly string[][] _passageSentences;
    private readonly AnswerType[][] _passageSentenceTypes;
    private readonly HashSet<string>[][] _passageSentenceTerms;
    private readonly HashSet<string>[] _headingSubjects;
    private readonly HashSet<string>[] _titleTerms;
    // What a heading phrased as a question asks ("Siapa yang menilai? …" → a person): found once per passage.
    private readonly AnswerType[] _headingAsks;
    // A section's terms (all its text; its headings) without the words written right before a date ("tanggal 7 Februari"):
    // what a date-asking word of the question must meet.
    private readonly IReadOnlySet<string>[] _labelTerms;
    private readonly IReadOnlySet<string>[] _headingLabelTerms;
    private readonly int[] _subjectWordsBesideYears;
    // The terms of each section's heading's head word (HeadingHead); empty when it names nothing of its own.
    private readonly IReadOnlySet<string>[] _headingHeads;

    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>The analyzed words of every document title and heading, and the names in staff documents: what the documents are about (the scope).</summary>
    public IReadOnlySet<string> SubjectTerms { get; }

    /// <summary>Every year some passage names: a question about another year asks what the documents do not hold.</summary>
    public IReadOnlySet<string> NamedYears { get; }

    /// <summary>Where this index came from: "built in memory" or the folder it was loaded from.</summary>
    public string Origin { get; }

    private KnowledgeIndex(Directory directory, string origin)
    {
        _directory = directory;
        Origin = origin;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        var passages = new Passage[_reader.MaxDoc];
        for (var i = 0; i < _reader.MaxDoc; i++)
            passages[i] = JsonSerializer.Deserialize<Passage>(_reader.Document(i).Get("passage"))!;
        Passages = passages;
        _passageTerms = passages.Select(p => WithExamples(WithOrdinals(KnowledgeAnalyzers.TermSet(Lexicon.Current.PassageAnalyzer, AllText(p)), AllText(p)), p)).ToArray();
        _headingTerms = passages.Select(p => KnowledgeAnalyzers.TermSet(DocumentAnalyzer, string.Join("\n", p.Headings))).ToArray();
        _headingCounted = passages.Select(p => KnowledgeAnalyzers.TermSet(DocumentAnalyzer, string.Join(" ", AnswerTypes.CountedWords(string.Join("\n", p.Headings))))).ToArray();
        SubjectTerms = passages.SelectMany(p => KnowledgeAnalyzers.TermSet(DocumentAnalyzer, $"{p.DocumentTitle}\n{string.Join("\n", p.Headings)}\n{DocumentNames.Of(p)}")).ToHashSet(StringComparer.Ordinal);
        _byId = passages.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _passageTypes = passages.Select(p => AnswerTypes.In($"{string.Join("\n", p.Headings)}\n{p.Body}")).ToArray();
        _passageItems = passages.Select(p => AnswerComposer.Split(p.Body).Items.ToArray()).ToArray();
        _passageItemTypes = _passageItems.Select(items => items.Select(AnswerTypes.In).ToArray()).ToArray();
        _passageItemTerms = _passageItems.Select(items => items.Select(TermsOf).ToArray()).ToArray();
        var sentences = passages.Select(p => AnswerComposer.Split(p.Body).Sentences.ToArray()).ToArray();
        _passageSentences = sentences;
        _passageSentenceTypes = sentences.Select(ss => ss.Select(AnswerTypes.In).ToArray()).ToArray();
        _passageSentenceTerms = sentences.Select(ss => ss.Select(TermsOf).ToArray()).ToArray();
        _passageYears = passages.Select(p => AnswerTypes.Years(AllText(p))).ToArray();
        NamedYears = _passageYears.SelectMany(y => y).ToHashSet(StringComparer.Ordinal);
        // The section's own heading, a span of years ("2017–2021") not counting as each of its years.
        // Before a colon, when the heading has one: what follows it are details ("…: contoh Perwali … Tahun 2017"), whose
        // years are not the year the section is about.
        _headingYears = passages.Select(p => AnswerTypes.Years(YearSpan().Replace(BeforeColon(p.Heading), " "))).ToArray();
        _headingSpanYears = passages.Select(p => AnswerTypes.YearRanges(p.Heading).Count > 0 ? YearsWithin(p.Heading) : []).ToArray();
        // The single years a section's document title and headings name: the year its document is about (a report "… Tahun 2035").
        _contextYears = passages.Select(p => AnswerTypes.Years(YearSpan().Replace($"{p.DocumentTitle}\n{string.Join("\n", p.Headings)}", " "))).ToArray();
        _ownYears = passages.Select(OwnYears).ToArray();
        // Years written out, a span ("2017–2021") counting as its two ends only: how many years a section goes through.
        _namedYearCount = passages.Select(p => AnswerTypes.Years($"{p.Heading}\n{p.Body}").Count).ToArray();
        _newestYear = _ownYears.SelectMany(y => y).Select(y => int.Parse(y, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        _headingSubjects = passages.Select(p => KnowledgeAnalyzers.TermSet(DocumentAnalyzer, HeadingSubject(p.Heading))).ToArray();
        _titleTerms = passages.Select(p => KnowledgeAnalyzers.TermSet(DocumentAnalyzer, p.DocumentTitle)).ToArray();
        _headingAsks = passages.Select(p => HeadingAsks(p.Heading)).ToArray();
        _labelTerms = passages.Select(p => KnowledgeAnalyzers.TermSet(Lexicon.Current.PassageAnalyzer, AnswerTypes.WithoutDateLabels(AllText(p)))).ToArray();
        _headingLabelTerms = passages.Select(p => KnowledgeAnalyzers.TermSet(DocumentAnalyzer, AnswerTypes.WithoutDateLabels(string.Join("\n", p.Headings)))).ToArray();
        _subjectWordsBesideYears = passages.Select(p => SubjectWordsBesideYears(p.Heading)).ToArray();
        _headingHeads = passages.Select((p, i) => HeadingHead(p, _titleTerms[i])).ToArray();
        IndexShapes(passages);
        IndexAlternates(passages);
    }

    /// <summary>
    /// The kind of fact a heading asks for when it is itself a question ("Siapa yang menilai? Akademisi, …"): the part
    /// before its question mark, read like a question. None for a heading that asks nothing.
    /// </summary>
    public static AnswerType HeadingAsks(string heading)
    {
        var mark = heading.IndexOf('?');
        if (mark <= 0) return AnswerTypes.Labels(InformalIndonesian.Normalize(heading)) & ~AnswerType.Enumeration;
        return AnswerTypes.Of(InformalIndonesian.Normalize(heading[..mark])) & ~AnswerType.Enumeration;
    }

    /// <summary>
    /// A section headed by other years than the one asked names the asked year only in passing: no sentence naming it
    /// shares a specific word of the question (the 2025 award section's "evaluasi … tahun 2024" says nothing about a 2024
    /// award). Sections without a year in their heading, and questions about a span of years, are not judged here.
    /// </summary>
    public bool YearOnlyInPassing(AnalyzedQuestion question, Passage passage)
    {
        if (question.Years.Count == 0 || question.YearRanges.Count > 0 || !_byId.TryGetValue(passage.Id, out var doc)) return false;
        var heading = _headingYears[doc];
        if (heading.Count == 0) return false;
        foreach (var year in question.Years)
            if (heading.Contains(year)) return false;
        var (sentences, items) = AnswerComposer.Split(passage.Body);
        return !SharesWordNearYear(question, sentences) && !SharesWordNearYear(question, items);
    }

    /// <summary>
    /// Some sentence or list item naming an asked year also has at least <see cref="NearYearShare"/> of the weight of the
    /// question's specific words (a word nearly every passage has, "smart city", weighs next to nothing).
    /// </summary>
    private static bool SharesWordNearYear(AnalyzedQuestion question, List<string> lines)
    {
        double total = 0;
        foreach (var term in question.Terms)
            if (Specific(term)) total += term.RankWeight;
        if (total <= 0) return true;
        foreach (var line in lines)
        {
            if (!NamesAnyYear(line, question.Years)) continue;
            var terms = TermSetOf(line);
            double shared = 0;
            foreach (var term in question.Terms)
                if (Specific(term) && Matches(term, terms)) shared += term.RankWeight;
            if (shared / total >= NearYearShare) return true;
        }
        return false;
    }

    private static bool Specific(QuestionTerm term) => term.Known && !term.Generic && !term.NamesYear;

    private const double NearYearShare = 0.3;

    /// <summary>
    /// The text names some year (a span counting as each year in it), yet none of those asked: a question about one
    /// year answered by another year's fact ("direktur … 2019" by "… direktur pada 2022").
    /// </summary>
    public static bool NamesOnlyOtherYears(AnalyzedQuestion question, string text)
    {
        if (question.Years.Count == 0 || question.YearRanges.Count > 0) return false;
        var years = YearsWithin(text);
        if (years.Count == 0) return false;
        foreach (var year in question.Years)
            if (years.Contains(year)) return false;
        return true;
    }

    private static bool NamesAnyYear(string text, IReadOnlySet<string> years)
    {
        if (!AnswerTypes.HasYear(text)) return false;
        var named = YearsWithin(text);
        foreach (var year in years)
            if (named.Contains(year)) return true;
        return false;
    }

    /// <summary>
    /// The years a section itself names, in its own heading and body (not the document title or parent headings), a
    /// span ("2017–2021") counting as each year in it.
    /// </summary>
    private static HashSet<string> OwnYears(Passage p) => YearsWithin($"{p.Heading}\n{p.Body}");

    /// <summary>The years a text names, a span ("2017–2021") counting as each year in it.</summary>
    public static HashSet<string> YearsWithin(string text)
    {
        var years = new HashSet<string>(AnswerTypes.Years(text), StringComparer.Ordinal);
        foreach (var span in AnswerTypes.YearRanges(text))
        {
            var (from, to) = (int.Parse(span[..4], CultureInfo.InvariantCulture), int.Parse(span[5..], CultureInfo.InvariantCulture));
            for (var y = from + 1; y < to; y++) years.Add(y.ToString(CultureInfo.InvariantCulture));
        }
        return years;
    }

    /// <summary>
    /// A section headed by a year answers a question about another year only when its own heading or body names the
    /// year asked ("MoU 2020" is not answered by the 2021 MoU section of the "2020–2021" document). Sections whose
    /// heading names no year, and questions naming none, are not judged here.
    /// </summary>
    public bool NamesAskedYear(AnalyzedQuestion question, Passage passage)
    {
        if (question.Years.Count == 0 || !_byId.TryGetValue(passage.Id, out var doc) || _headingYears[doc].Count == 0) return true;
        foreach (var year in question.Years)
            if (_ownYears[doc].Contains(year)) return true;
        return false;
    }

    /// <summary>
    /// What a section is about: its own heading up to the first colon, parenthesis or dash ("Smart society" of
    /// "Smart society (tata kelola sosial cerdas): komunitas, …"); empty for a heading without one, which names no subject apart.
    /// </summary>
    /// <summary>
    /// The part of a heading that says which programme year the section is about: before a colon or dash, with asides in
    /// brackets left out ("Peluncuran … (MoU) 2017 di Makassar, 22 Mei 2017" is about 2017; "Pemaparan … (2018 dan 2019)"
    /// and "ASEAN …: cetak biru 2023" name no one year of their own).
    /// </summary>
    public static string DatedSubject(string heading)
    {
        var plain = Bracketed().Replace(heading, " ");
        var cut = plain.IndexOfAny([':', '—', '–']);
        return cut > 0 ? plain[..cut].Trim() : plain.Trim();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex Bracketed();

    private static string BeforeColon(string heading) => heading.IndexOf(':') is var cut && cut > 0 ? heading[..cut] : heading;

    public static string HeadingSubject(string heading)
    {
        var cut = heading.IndexOfAny([':', '(', '—', '–']);
        return cut > 0 ? heading[..cut].Trim() : "";
    }

    /// <summary>
    /// The question names the section's subject: every word of it, one of them specific (not an everyday word or a
    /// year). A question about one pillar or one year's award then prefers the section about it to one that shares the
    /// question's other, commoner words ("unsur yang dikembangkan" of another pillar's section). The subject must carry
    /// at least <see cref="SubjectShare"/> of the question's weight.
    /// </summary>
    private bool NamesSubject(AnalyzedQuestion question, int doc)
    {
        var subject = _headingSubjects[doc];
        // A subject repeating its document's title (the programme's name and a year, in a history document) sets the section apart from nothing.
        if (subject.Count == 0 || subject.IsSubsetOf(_titleTerms[doc])) return false;
        // Runs for every candidate of every question: loops, no delegates.
        var terms = question.Terms;
        Span<bool> named = terms.Count <= 128 ? stackalloc bool[terms.Count] : new bool[terms.Count];
        double total = 0, inContext = 0, namedMax = double.MinValue;
        var specificNamed = false;
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            named[i] = MentionsAny(t, subject);
            // An aspect word ("tujuan", "cakupan") asks about the subject: it takes no share from it.
            total += t.SubjectWeight;
            // The document's title is the subject's context: a pillar's name with the word "pilar" names the subject of a section of the pillars document.
            if (named[i] || Matches(t, _titleTerms[doc])) inContext += t.SubjectWeight;
            if (!named[i]) continue;
            namedMax = Math.Max(namedMax, t.RankWeight);
            specificNamed |= !t.Generic && t.Known && !t.NamesYear;
        }
        if (!specificNamed) return false;
        // A year in a subject of several other words ("Quick win Kabupaten Banyumas 2019") dates it; a question naming
        // none still names the subject (one naming another year is weighed by the year rules). A subject that is one
        // word and a year ("Penghargaan 2023") is that year's section: without the year it is named by nothing specific.
        var skipYears = question.Years.Count == 0 && _subjectWordsBesideYears[doc] >= MinSubjectWordsBesideYear;
        foreach (var word in subject)
            if (!AnyNamedHas(terms, named, word) && !(skipYears && AnswerTypes.IsYear(word))) return false;
        // The subject is what the question is mainly about, not one name beside a rarer one ("quick win PPU … smart environment").
        if (total <= 0 || inContext / total < SubjectShare) return false;
        // A name rarer than the subject's words must be in the section too ("Depok … bimtek" is not any bimtek section).
        foreach (var t in terms)
            if (!t.Generic && !t.Aspect && t.Known && t.RankWeight > namedMax && !Matches(t, _passageTerms[doc])) return false;
        return true;
    }

    private const int MinSubjectWordsBesideYear = 2;

    /// <summary>Words of a heading's subject as written (not its analysed terms, which hold stems beside words), other than years and stop words.</summary>
    private static int SubjectWordsBesideYears(string heading) =>
        QuestionWords(HeadingSubject(heading).ToLowerInvariant()).Count(w => !AnswerTypes.IsYear(w) && TermSetOf(w).Count > 0);

    /// <summary>Some word of some option of the term is in <paramref name="words"/>.</summary>
    private static bool MentionsAny(QuestionTerm term, IReadOnlySet<string> words)
    {
        foreach (var option in term.Options)
            foreach (var position in option)
                if (AnyIn(position, words)) return true;
        return false;
    }

    private static bool AnyNamedHas(IReadOnlyList<QuestionTerm> terms, ReadOnlySpan<bool> named, string word)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (!named[i]) continue;
            foreach (var option in terms[i].Options)
                foreach (var position in option)
                    if (Array.IndexOf(position, word) >= 0) return true;
        }
        return false;
    }

    /// <summary>Builds the index in memory (startup) or into <paramref name="directory"/> (the `index` command).</summary>
    public static KnowledgeIndex Build(IEnumerable<Passage> passages, Directory? directory = null)
    {
        directory ??= new RAMDirectory();
        var config = new IndexWriterConfig(KnowledgeAnalyzers.Version, Lexicon.Current.PassageAnalyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            // Plain segment files: a compound file is read through a buffered slice, which copies into a fresh
            // buffer for every terms and postings reader a search opens; RAM and mapped files are read in place.
            UseCompoundFile = false,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var passage in passages)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", passage.Id, Field.Store.YES),
                    new TextField("title", passage.DocumentTitle, Field.Store.NO),
                    new TextField("heading", string.Join(" / ", passage.Headings), Field.Store.NO),
                    new TextField("body", passage.Body, Field.Store.NO),
                    new TextField("questions", string.Join("\n", passage.AlternateQuestions), Field.Store.NO),
                    new TextField("all", AllText(passage), Field.Store.NO),
                    new StoredField("passage", JsonSerializer.Serialize(passage)),
                });
            }
            writer.Commit();
        }
        return new KnowledgeIndex(directory, directory is RAMDirectory ? "dibangun di memori" : directory.ToString() ?? "disk");
    }

    public static KnowledgeIndex Open(string folder) => new(MMapDirectory.Open(folder), folder);

    // Alternate questions count among the passage's words here (coverage). Their own search field weighs little: BM25
    // normalises its length over every passage, most of which have none, and the re-ranking reads headings only — an
    // open item (twenty-ninth landing); a paraphrase staff list is not yet as good as the heading.
    private static string AllText(Passage p) => $"{p.DocumentTitle}\n{string.Join("\n", p.Headings)}\n{p.Body}\n{string.Join("\n", p.AlternateQuestions)}";

    public Passage? Find(string id) => _byId.TryGetValue(id, out var i) ? Passages[i] : null;

    /// <summary>Analyzes a question: informal words normalized, synonyms added, each concept weighted by its rarity (IDF).</summary>
    public AnalyzedQuestion Analyze(string question) => Analyze(question, null);

    /// <summary>
    /// Analyzes a follow-up with the conversation's earlier question as context: the earlier question's concepts
    /// join at reduced weight (the new words lead), the kind of fact asked for comes from the new message alone, and
    /// its years replace the earlier ones ("kalau 2019?" after a question about 2018).
    /// </summary>
    public AnalyzedQuestion Analyze(string question, string? context)
    {
        var normalized = InformalIndonesian.Normalize(question);
        var terms = Concepts(normalized, 1);
        var years = AnswerTypes.Years(normalized);
        var wants = AnswerTypes.Of(normalized);
        if (!string.IsNullOrWhiteSpace(context))
        {
            var earlier = InformalIndonesian.Normalize(context);
            // "kalau 2019?" after "berapa peserta 2018?" still asks for a number: the kind the thread's latest question asked.
            if (wants == AnswerType.None) wants = LatestAsked(context, earlier);
            if (years.Count > 0) earlier = string.Join(' ', earlier.Split(' ').Where(w => !AnswerTypes.Years(w).Any()));
            else years = AnswerTypes.Years(earlier);
            var own = terms.Select(t => t.Words).ToHashSet(StringComparer.OrdinalIgnoreCase);
            terms.AddRange(Concepts(earlier, ContextWeight).Where(t => own.Add(t.Words)));
        }
        var counted = AnswerTypes.CountedNouns(normalized).Select(n => (Noun: n, Terms: TermSetOf(n)))
            .Select(n => terms.FirstOrDefault(t => t.Words.Split(' ').Contains(n.Noun) || Matches(t, n.Terms))).FirstOrDefault(t => t is not null);
        return new AnalyzedQuestion(normalized, terms) { Wants = wants, Years = years, Counted = counted, YearRanges = AnswerTypes.YearRanges(normalized), AsksDenied = AsksDenied(normalized) };
    }

    /// <summary>
    /// The kind of fact the latest sentence of the context that asks one asks for: a length asked two turns back
    /// ("berapa lama?", then "siapa yang terlibat?") is not what "kalau quick win?" carries. The whole context's kinds
    /// when no single sentence asks one.
    /// </summary>
    private static AnswerType LatestAsked(string context, string normalized)
    {
        var latest = ContextSentence.Split(context.Trim()).Reverse()
            .Select(s => AnswerTypes.Of(InformalIndonesian.Normalize(s))).FirstOrDefault(w => w != AnswerType.None);
        return latest == AnswerType.None ? AnswerTypes.Of(normalized) : latest;
    }

    private static readonly System.Text.RegularExpressions.Regex ContextSentence = new(@"(?<=[.!?])\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The conversation's hints joined to a question: a hinted year counts as the question's year when it names none;
    /// a region or pillar only steers ranking (<see cref="Fit"/>), so a passage is not more "sure" for matching them.
    /// </summary>
    public AnalyzedQuestion WithHints(AnalyzedQuestion question, KnowledgeHints hints)
    {
        if (hints == KnowledgeHints.None) return question;
        var years = question.Years.Count == 0 && hints.Year is { } year ? new HashSet<string> { year.ToString(System.Globalization.CultureInfo.InvariantCulture) } : question.Years;
        return question with
        {
            Years = years,
            PointedYear = hints.YearPointedAt && hints.Year is { } pointed ? pointed.ToString(System.Globalization.CultureInfo.InvariantCulture) : question.PointedYear,
            RegionHint = string.IsNullOrWhiteSpace(hints.RegionName) ? question.RegionHint : TermsOf(hints.RegionName),
            PillarHint = string.IsNullOrWhiteSpace(hints.Pillar) ? question.PillarHint : TermsOf(hints.Pillar),
        };
    }

    /// <summary>The weight (<see cref="QuestionTerm.Weight"/>) of a word that <paramref name="sections"/> sections have: rarer words weigh more.</summary>
    public double WeightOfSections(int sections)
    {
        var count = Math.Max(1, _reader.NumDocs);
        return Math.Log(1 + (count - sections + 0.5) / (sections + 0.5));
    }

    /// <summary>How many sections' headings have the user's own word of <paramref name="term"/>: a topic of the documents heads several.</summary>
    public int SectionsHeadedBy(QuestionTerm term) => _headingTerms.Count(term.MatchesOwn);

    /// <summary>A word at least half the sections have (the programme's own name, "smart city"): it tells no topic of theirs apart.</summary>
    public bool InMostSections(QuestionTerm term) => term.Weight < WeightOfSections(Math.Max(1, _reader.NumDocs) / 2);

    /// <summary>The concepts of normalized words; <paramref name="scale"/> below 1 for context carried over from earlier.</summary>
    private List<QuestionTerm> Concepts(string normalized, float scale)
    {
        // Punctuation is not part of a word: "win?" and "economy," must still meet "quick win" and "ekonomi".
        // "di-assess", "ngupdate": an English verb with an Indonesian prefix is the English verb the lexicon knows.
        var words = QuestionWords(normalized).Select(w => BorrowedVerb.RootOf(w, Lexicon.Current, DocumentsHave) ?? w).ToList();
        var count = Math.Max(1, _reader.NumDocs);
        var terms = new List<QuestionTerm>();
        var corrected = 0;
        string? previous = null; // the word before, for an ordinal to bind to
        var afterKe = false; // "pilar ke 3": the ordinal's "ke" written apart
        var recencyWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, alternatives) in DomainSynonyms.Segment(words))
        {
            var before = previous;
            var ordinal = OrdinalBinding.OrdinalOf(afterKe && phrase.All(char.IsDigit) ? OrdinalPrefix + phrase : phrase);
            afterKe = phrase == OrdinalPrefix;
            previous = afterKe ? before : null;
            if (QuestionCues.IsFunctionWord(phrase)) continue;
            var options = new[] { phrase }.Concat(alternatives).Select(Positions).Where(o => o.Count > 0).ToList();
            if (options.Count == 0 || Positions(phrase).Count == 0) continue; // stop words only
            previous = phrase;
            var latest = AsksLatest(before, phrase);
            if (latest) recencyWords.Add(phrase);
            var weights = options.Select((_, i) => (i == 0 ? 1f : SynonymWeight) * scale).ToList();
            var df = options.Select(OptionFrequency).Max();
            var primary = options[0];
            if (df == 0 && primary.Count == 1 && primary[0].Length > 0
                && (Lexicon.Current.IsSpeltLikeChatWord(primary[0][0]) || Lexicon.Current.IsShorthandOfChatWord(primary[0][0]))) continue;
            // Like typo corrections, tried for the first few unknown words only: a pasted page must stay cheap.
            if (df == 0 && primary.Count == 1 && primary[0].Length == 1 && corrected < MaxCorrectedWords && Split(primary[0][0]) is { } parts)
            {
                options.Add(parts);
                weights.Add(scale); // the user's own word, only written as one
                df = OptionFrequency(parts);
            }
            if (df == 0 && primary.Count == 1 && primary[0].Length > 0 && corrected < MaxCorrectedWords && WrittenRoot(primary[0][0]) is { } root)
            {
                options.Add(root);
                weights.Add(scale); // the user's own word, in its written form
                df = OptionFrequency(root);
            }
            var edits = df > 0 || primary.Count != 1 || primary[0][0].All(char.IsDigit) ? 0 : primary[0][0].Length >= 8 ? 2 : primary[0][0].Length >= 4 ? 1 : 0;
            // A fuzzy automaton costs milliseconds for a long word: a chat question has a few typos, a pasted page
            // full of unknown words must not cost a second.
            if (edits > 0 && ++corrected > MaxCorrectedWords) edits = 0;
            var corrections = 0;
            if (edits > 0)
                foreach (var correction in Corrections(primary[0][0], edits))
                {
                    options.Add([[correction]]);
                    weights.Add(FuzzyWeight * scale);
                    df = Math.Max(df, DocumentFrequency(correction));
                    corrections++;
                }
            terms.Add(new QuestionTerm(phrase, options, weights, scale * Math.Log(1 + (count - df + 0.5) / (df + 0.5)), df > 0, edits)
            {
                Corrections = corrections, Aspect = Lexicon.Current.AspectWords.Contains(phrase),
                BoundTo = before is { } noun && !noun.Contains(' ') && ordinal is not null ? noun : null,
                Ordinal = ordinal,
                Latest = latest,
            });
        }
        terms = CountedNouns(terms);
        var formWords = FormWords(normalized);
        formWords.UnionWith(recencyWords);
        return WeighDownGeneric(terms, formWords, PlaceWords(normalized), DateWords(normalized));
    }

    // "dua tahap": a number word followed by a noun counts it (the next concept, the noun as written).
    private static List<QuestionTerm> CountedNouns(List<QuestionTerm> terms) =>
        terms.Select((t, i) => i + 1 < terms.Count && !t.Words.Contains(' ') && OrdinalBinding.IsCardinal(t.Words)
            && terms[i + 1].Words is var noun && !noun.Contains(' ') && noun.All(char.IsLetter) ? t with { CountOf = noun } : t).ToList();

    /// <summary>
    /// "MoU terakhir", "acara yang paling terakhir": a word for the newest (penanda-terbaru.txt) that no passage writes
    /// after the noun before it asks for the latest event (the recency factor), not for a passage writing "terakhir";
    /// "tahap terakhir", which the documents write, is the last place of a sequence and keeps its weight.
    /// </summary>
    private bool AsksLatest(string? noun, string word)
    {
        if (!LatestWords.Current.Contains(word)) return false;
        if (noun is null || noun.Contains(' ')) return true;
        var together = Positions($"{noun} {word}");
        if (together.Count == 2 && (WrittenTogether("body", together) || WrittenTogether("heading", together))) return false;
        return Recurs(together.Count > 0 ? together[0] : []);
    }

    // The noun is something the documents tell of several years (sections headed by two or more years name it: the
    // MoU, the bimtek, the award), so it has a latest; "sesi terakhir" of something told once is a place in a sequence.
    private bool Recurs(string[] noun)
    {
        var years = new HashSet<string>(StringComparer.Ordinal);
        for (var doc = 0; doc < _passageTerms.Length && years.Count < 2; doc++)
            if (_headingYears[doc].Count > 0 && noun.Any(_passageTerms[doc].Contains)) years.UnionWith(_headingYears[doc]);
        return years.Count >= 2;
    }

    private const string LatestFile = "penanda-terbaru";

    // The words for the newest, as a set built once per lexicon (AsksLatest runs for every word of a question).
    private static readonly PerLexicon<HashSet<string>> LatestWords = new(lexicon =>
        (lexicon.Lists.TryGetValue(LatestFile, out var latest) ? latest : []).ToHashSet(StringComparer.OrdinalIgnoreCase));

    private bool WrittenTogether(string field, IReadOnlyList<string[]> positions) =>
        _phraseFound.GetOrAdd((field, PhraseKey(positions)), k => Found(k.Field, positions));

    /// <summary>
    /// Words that here only say which kind of fact is asked: those of a date question's phrase
    /// (knowledge/lexicon/tanya-tanggal.txt: "bulan apa", "tanggal berapa"; not an hour, tanya-jam.txt) or of one asking
    /// for the newest (penanda-terbaru.txt: "paling baru"), or a place word (tanya-tempat.txt: "lokasinya").
    /// "bimtek 2019 bulan apa" asks when the bimtek ran, not for a passage that writes "bulan"; in "tiap berapa bulan"
    /// the word is what is counted and keeps its weight.
    /// </summary>
    private static HashSet<string> FormWords(string normalized)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, phraseWords, _, _) in DatePhrasesOf.Current.Phrases)
            if (phrase.IsMatch(normalized)) words.UnionWith(phraseWords);
        return words;
    }

    // Of the form words, those asking for a place ("lokasinya"): a heading naming one labels its answer ("Tempat
    // Pelaksanaan"). A date phrase's words do not: a heading writing "tanggal 7 Februari" is no label of a date answer.
    private static HashSet<string> PlaceWords(string normalized)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, phraseWords, place, _) in DatePhrasesOf.Current.Phrases)
            if (place && phrase.IsMatch(normalized)) words.UnionWith(phraseWords);
        return words;
    }

    // Of the form words, those of a phrase asking for a date ("tanggal berapa"): any date meets them.
    private static HashSet<string> DateWords(string normalized)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, phraseWords, _, date) in DatePhrasesOf.Current.Phrases)
            if (date && phrase.IsMatch(normalized)) words.UnionWith(phraseWords);
        return words;
    }

    // The date-asking phrases of a lexicon, each as a regex made once (not per question: making a regex costs more than
    // the rest of the analysis), with its words.
    private sealed record DatePhrases((System.Text.RegularExpressions.Regex Phrase, string[] Words, bool Place, bool Date)[] Phrases);

    private static readonly PerLexicon<DatePhrases> DatePhrasesOf = new(DatePhrasesIn);

    private const string PossessiveSuffix = "nya";

    private static DatePhrases DatePhrasesIn(Lexicon lexicon)
    {
        // An hour asked ("jam berapa", tanya-jam.txt) is a detail a section may lack: its word keeps its weight, so a
        // section without it is not taken as the answer.
        var hours = lexicon.Lists.TryGetValue("tanya-jam", out var asked) ? asked : [];
        // "paling baru" asks for the newest (penanda-terbaru.txt): its "baru" is not a word a passage must have ("angkatan baru").
        var recent = lexicon.Lists.TryGetValue("penanda-terbaru", out var newest) ? newest : [];
        // "lokasinya", "tempatnya" (tanya-tempat.txt) ask for the place of what was named: the section answering names
        // the place, not the word. Only the word with "-nya": bare "tempat" may be the subject ("tempat wisata"), and
        // the verb of "digelar di" still says which event.
        var places = (lexicon.Lists.TryGetValue("tanya-tempat", out var placeWords) ? placeWords : [])
            .Where(p => !p.Contains(' ') && p.EndsWith(PossessiveSuffix, StringComparison.OrdinalIgnoreCase));
        var placeSet = places.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dates = (lexicon.Lists.TryGetValue("tanya-tanggal", out var listed) ? listed : [])
            .Where(p => p.Contains(' ') && !hours.Contains(p, StringComparer.OrdinalIgnoreCase)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var phrases = dates.Concat(recent.Where(p => p.Contains(' ') && !hours.Contains(p, StringComparer.OrdinalIgnoreCase))).Concat(placeSet)
            .Select(p => (new System.Text.RegularExpressions.Regex($@"\b{System.Text.RegularExpressions.Regex.Escape(p)}\b",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant), p.Split(' ', StringSplitOptions.RemoveEmptyEntries), placeSet.Contains(p), dates.Contains(p) && !recent.Contains(p, StringComparer.OrdinalIgnoreCase)))
            .ToArray();
        return new DatePhrases(phrases);
    }

    /// <summary>
    /// In a small corpus an everyday word ("nama", "versi", "waktu", "dibuat") can be rare and so outweigh the
    /// question's real subject, pulling in the one passage that happens to use it. When the question also names
    /// something specific, such words count for a fraction, both in ranking and in coverage.
    /// </summary>
    public static List<QuestionTerm> WeighDownGeneric(List<QuestionTerm> terms) => WeighDownGeneric(terms, NoWords);

    private static readonly HashSet<string> NoWords = [];

    /// <param name="formWords">Words this question uses only to say the kind of fact asked (<see cref="FormWords"/>): everyday here.</param>
    /// <param name="placeWords">Of those, the words asking for a place ("lokasinya"): a heading naming them labels the answer.</param>
    /// <param name="dateWords">Of those, the words of a phrase asking for a date ("tanggal berapa"): any date meets them.</param>
    public static List<QuestionTerm> WeighDownGeneric(List<QuestionTerm> terms, IReadOnlySet<string> formWords, IReadOnlySet<string>? placeWords = null,
        IReadOnlySet<string>? dateWords = null)
    {
        bool Everyday(QuestionTerm t) => QuestionCues.IsGenericWord(t.Words) || formWords.Contains(t.Words);
        // A year is no subject either: nearly every passage names one, and the year boost already prefers its passages.
        if (!terms.Any(t => t.Known && t.Weight > 0 && !Everyday(t) && !t.NamesYear)) return terms;
        return terms.Select(t => Everyday(t)
            ? t with { OptionWeights = t.OptionWeights.Select(w => w * (float)GenericWeight).ToList(), Emphasis = GenericWeight, AsksKind = placeWords?.Contains(t.Words) == true, AsksDate = dateWords?.Contains(t.Words) == true }
            : t).ToList();
    }

    /// <summary>The words of a normalized question without punctuation ("5–10" and "B-160" stay whole).</summary>
    public static List<string> QuestionWords(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('?', '!', '.', ',', ';', ':', '"', '\'', '(', ')', '“', '”'))
            .Where(w => w.Length > 0).ToList();

    private static IReadOnlyList<string[]> Positions(string words) =>
        KnowledgeAnalyzers.Terms(DocumentAnalyzer, words).GroupBy(t => t.Position).Select(g => g.Select(t => t.Term).ToArray()).ToList();

    /// <summary>
    /// A word no passage has that is two index words the documents write side by side, typed as one: "wifi" for the
    /// documents' "Wi-Fi" (split into "wi" and "fi"), "ektp" for "e-KTP". Sought as that phrase. Tried only for unknown
    /// words, and remembered, like typo corrections.
    /// </summary>
    private IReadOnlyList<string[]>? Split(string word) => _splits.GetOrAdd(word, FindSplit);

    private IReadOnlyList<string[]>? FindSplit(string word)
    {
        if (word.Length is < MinSplitLength or > MaxSplitLength || !word.All(char.IsLetter)) return null;
        for (var i = 1; i < word.Length; i++)
        {
            var left = Positions(word[..i]);
            if (left.Count != 1 || !left[0].Any(w => DocumentFrequency(w) > 0)) continue;
            var right = Positions(word[i..]);
            if (right.Count != 1 || !right[0].Any(w => DocumentFrequency(w) > 0)) continue;
            IReadOnlyList<string[]> phrase = [left[0], right[0]];
            if (_phraseFound.GetOrAdd(("all", PhraseKey(phrase)), key => Found(key.Field, phrase))) return phrase;
        }
        return null;
    }

    private const int MaxSplitLength = 24;

    // A three-letter word splits only into a letter and a pair, which some list marker or initial beside a two-letter
    // word always makes ("p" + "pn"): an acronym the documents never use ("ppn", "pph") would read as known. Four letters
    // ("ektp", "wifi") is the shortest word that is two of the documents' words typed as one.
    private const int MinSplitLength = 4;

    // Some section has the word (each of its positions, as written or stemmed).
    private bool DocumentsHave(string word) => Positions(word) is { Count: > 0 } positions && OptionFrequency(positions) > 0;

    private const string OrdinalPrefix = "ke";

    // "ngedukung", "nyusun": a colloquial prefix (knowledge/lexicon/awalan-santai.txt) on a word the documents write.
    private IReadOnlyList<string[]>? WrittenRoot(string word) =>
        Lexicon.Current.ColloquialRoots(word).Select(Positions).FirstOrDefault(p => p.Count == 1 && OptionFrequency(p) > 0);

    /// <summary>Passages having every position of an option, bounded by its rarest position (the word as written counts first).</summary>
    private int OptionFrequency(IReadOnlyList<string[]> option) =>
        option.Select(PositionFrequency).Min();

    /// <summary>
    /// How many sections have the word at one position: the word as written, else its stem. A word that only carries a
    /// possessive or particle ("programnya", "syaratnya") is as common as the word itself: the stem's count, so "-nya"
    /// does not make an everyday word rare. (A stem clipped further, "Kediri" → "diri", is not the word.)
    /// </summary>
    private int PositionFrequency(string[] position)
    {
        if (position.Length == 2 && Particles.Only(position[0], position[1])) return Math.Max(DocumentFrequency(position[0]), DocumentFrequency(position[1]));
        var frequency = position.Select(DocumentFrequency).FirstOrDefault(f => f > 0);
        // "pesertanya", whose stem is clipped further than the word ("serta"): the word without "-nya" is as common,
        // so the possessive does not make the question's everyday word its rarest.
        return position.Length > 0 && Particles.HasPossessive(position[0])
            ? Math.Max(frequency, DocumentFrequency(Particles.WithoutPossessive(position[0])))
            : frequency;
    }

    private const int MaxQueryTerms = 64;

    /// <summary>Unknown words of one question corrected for typos, at most.</summary>
    private const int MaxCorrectedWords = 6;

    public IReadOnlyList<SearchHit> Search(string question, int count = 5) => Search(Analyze(question), count);

    /// <summary>
    /// BM25 over headings, titles and text; the first candidates are then reordered by how much of the question they
    /// cover, whether they carry the kind of fact asked for (a number for "berapa", a date for "kapan" …) and whether
    /// they are about the year the question names.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(AnalyzedQuestion question, int count = 5)
    {
        if (question.Terms.Count == 0 || Passages.Count == 0) return [];
        var query = new BooleanQuery();
        // A pasted paragraph must not exceed Lucene's clause limit: a chat question never needs more terms than this.
        foreach (var term in question.Terms.Take(MaxQueryTerms))
            for (var o = 0; o < term.Options.Count; o++)
            {
                // A synonym of several words is sought as that phrase: its words one by one ("program" of "program
                // percepatan" for "quick win") would pull in every passage using the commoner one.
                if (o > 0 && term.Options[o].Count > 1)
                {
                    if (query.Clauses.Count + 4 > BooleanQuery.MaxClauseCount) break;
                    foreach (var (field, boost) in new[] { ("heading", HeadingBoost), ("title", TitleBoost), ("questions", QuestionsBoost), ("body", 1f) })
                        AddPhraseIfFound(query, field, term.Options[o], boost * term.OptionWeights[o]);
                    continue;
                }
                foreach (var position in term.Options[o])
                    foreach (var word in position)
                    {
                        if (query.Clauses.Count + 4 > BooleanQuery.MaxClauseCount) break;
                        AddIfIndexed(query, "heading", word, HeadingBoost * term.OptionWeights[o]);
                        AddIfIndexed(query, "title", word, TitleBoost * term.OptionWeights[o]);
                        AddIfIndexed(query, "questions", word, QuestionsBoost * term.OptionWeights[o]);
                        AddIfIndexed(query, "body", word, term.OptionWeights[o]);
                    }
            }
        if (query.Clauses.Count == 0) return [];
        // In document order (BooleanScorer2): the out-of-order scorer Lucene picks for a query of optional clauses
        // allocates a table of 2,048 buckets per search, far more than this small index needs.
        var collector = TopScoreDocCollector.Create(Math.Max(count, RerankDepth), docsScoredInOrder: true);
        _searcher.Search(query, collector);
        var top = collector.GetTopDocs();
        var ranking = new Ranking(this, question);
        return top.ScoreDocs
            .Select(d => (Doc: d.Doc, Score: d.Score, Specific: ranking.Coverage(d.Doc), Full: ranking.FullCoverage(d.Doc)))
            // Everyday words count less in the coverage that ranks, but a passage covering the whole question still gains.
            // The answer is as sure as the better reading: all the question's words, or its specific ones.
            // A section about the subject the question names answers what it asks of it ("tujuan", "cakupan") without
            // using that word: for ranking, the aspect counts as covered there.
            .Select(d => (Hit: new SearchHit(Passages[d.Doc], d.Score, Math.Max(d.Specific, d.Full)),
                Rank: d.Score * (Weights.On(RankingRule.Coverage) ? Weights.CoverageFloor + RankCoverage(ranking, d.Doc) : 1) * Fit(ranking, d.Doc), d.Doc))
            .OrderByDescending(r => r.Rank)
            .Select(r => (r.Hit, r.Doc)).ToList()
            is { Count: > 0 } ranked && Dominant(ranking, ranked) is var first
            ? ranked.Where(r => r.Doc != first).Prepend(ranked.First(r => r.Doc == first)).Select(r => r.Hit).Take(count).ToList()
            : [];
    }

    /// <summary>
    /// The passage to put first: the best ranked, unless a candidate has every word of the question it has and more
    /// of them (weighing at least <see cref="DominanceMargin"/> of the question) — it then answers more of the
    /// question: "audit … oleh siapa?" is the audit section, not the document's first section whose heading repeats
    /// the title's words.
    /// </summary>
    private int Dominant(Ranking ranking, IReadOnlyList<(SearchHit Hit, int Doc)> ranked)
    {
        var question = ranking.Question;
        if (ranked.Count == 0) return -1;
        var first = ranked[0].Doc;
        // Weighed like coverage: a generic word ("untuk") does not dilute the share of the words that say what is asked.
        var total = question.Terms.Sum(t => t.RankWeight);
        var head = HeadTerm(question);
        for (var step = 0; step < 3 && total > 0 && Weights.On(RankingRule.Dominance); step++)
        {
            var current = first;
            var better = ranked.Where(r => r.Doc != current).FirstOrDefault(r => Overtakes(ranking, current, r.Doc, total, head));
            if (better.Hit is null) break;
            first = better.Doc;
        }
        var carried = HeadFirst(ranking, ranked, Carrier(ranking, ranked, first));
        if (!AsksOrder(ranking) && !AsksLatest(ranking) && !AsksProgrammeStart(ranking)) return carried;
        var docs = ranked.Select(r => r.Doc).ToList();
        var chosen = docs.IndexOf(carried);
        if (AsksOrder(ranking)) chosen = OrderFirst(Enumerable.Range(0, docs.Count), chosen, i => OrderShare(ranking, docs[i]));
        if (AsksLatest(ranking))
            chosen = LatestFirst(Enumerable.Range(0, docs.Count), chosen, i => RankCoverage(ranking, docs[i]), i => HeadingYear(docs[i]), NewestYear(docs[chosen]));
        if (AsksProgrammeStart(ranking))
            chosen = EarliestFirst(Enumerable.Range(0, docs.Count), chosen, i => RankCoverage(ranking, docs[i]), i => StartHeadingYear(docs[i]), OldestYear(docs[chosen]));
        return docs[chosen];
    }

    /// <summary>
    /// "sejak kapan gerakan ini berjalan", "since when has it been running": the start asked (tanya-awal.txt) of nothing more specific
    /// than the programme itself — every specific word of the question besides the start word is in most sections (its
    /// name) — and no year. Each year's section has its own beginnings ("penilaian … mulai Oktober 2022"); the programme
    /// began with the earliest of them. A question naming what started ("bimtek", "peraturan … mulai berlaku") is not this.
    /// </summary>
    private bool AsksProgrammeStart(Ranking ranking)
    {
        var question = ranking.Question;
        if (!Weights.On(RankingRule.EarliestFirst) || !question.Wants.HasFlag(AnswerType.Start) || question.Years.Count > 0 || question.YearRanges.Count > 0) return false;
        var asksStart = false;
        foreach (var term in ranking.Subjects)
        {
            if (AnswerTypes.AsksStart(term.Words)) asksStart = true;
            else if (!InMostSections(term)) return false;
        }
        return asksStart || question.Terms.Any(t => AnswerTypes.AsksStart(t.Words));
    }

    // The oldest year a section's heading is about when its text states a beginning (bukti-awal.txt); 0 otherwise.
    private int StartHeadingYear(int doc) =>
        _headingYears[doc].Count > 0 && _passageTypes[doc].HasFlag(AnswerType.Start) ? Oldest(_headingYears[doc]) : 0;

    // The oldest year a section is about: its heading's, else the oldest its text names; 0 for none.
    private int OldestYear(int doc) => _headingYears[doc].Count > 0 ? Oldest(_headingYears[doc]) : Oldest(_ownYears[doc]);

    private static int Oldest(IReadOnlySet<string> years) => years.Count == 0 ? 0 : years.Min(y => int.Parse(y, CultureInfo.InvariantCulture));

    /// <summary>
    /// Of candidates in rank order, the one to put first for a programme's start: of those covering the question nearly as
    /// much as the first and stating a beginning, the one whose heading names the oldest year, if older than any the
    /// first is about (<paramref name="firstYear"/>), else the first. A summary naming the oldest year only in its text
    /// gives way to the section headed by it.
    /// </summary>
    public static int EarliestFirst(IEnumerable<int> order, int first, Func<int, double> coverage, Func<int, int> startHeadingYear, int firstYear)
    {
        var (best, bestYear, floor) = (first, firstYear, coverage(first) * LatestCoverageShare - CoverageTie);
        if (startHeadingYear(first) == 0 && bestYear > 0) bestYear++;
        foreach (var i in order)
            if (coverage(i) >= floor && startHeadingYear(i) > 0 && (bestYear == 0 || startHeadingYear(i) < bestYear)) (best, bestYear) = (i, startHeadingYear(i));
        return best;
    }

    /// <summary>
    /// Indonesian heads a noun phrase with its first word: "Surat undangan rapat …" is about a
    /// letter, "Aspek penilaian …" about aspects. When the first's heading is headed by a word the
    /// question does not name at all, a section of the same document whose heading is headed by a word the question
    /// names specifically ("Penandatanganan nota kesepakatan …" for "kapan MoU … ditandatangani"), covering at least
    /// <see cref="RankingWeights.HeadFirstShare"/> as much of the question and keeping what ranked the first, answers instead.
    /// </summary>
    private int HeadFirst(Ranking ranking, IReadOnlyList<(SearchHit Hit, int Doc)> ranked, int first)
    {
        var question = ranking.Question;
        // Only for a when, where or who of an event: a list or a definition asked ("apa saja isinya") is often
        // headed by the aspect it lists, not by the question's noun.
        var wants = question.Wants & EventFacts;
        if (!Weights.On(RankingRule.HeadFirst) || first < 0 || wants == AnswerType.None || _headingHeads[first].Count == 0) return first;
        if (question.Terms.Any(t => Matches(t, _headingHeads[first]))) return first;
        var held = AnswerTypes.Evidence(wants, _passageTypes[first]);
        var floor = ranking.Coverage(first) * Weights.HeadFirstShare - CoverageTie;
        foreach (var (_, doc) in ranked)
            if (doc != first && Passages[doc].DocumentPath == Passages[first].DocumentPath && _headingHeads[doc].Count > 0
                && question.Terms.Any(t => t.Known && !t.Generic && !t.NamesYear && Matches(t, _headingHeads[doc]))
                && ranking.Coverage(doc) >= floor && AnswerTypes.Evidence(wants, _passageTypes[doc]) >= held && Keeps(ranking, first, doc))
                return doc;
        return first;
    }

    /// <summary>
    /// The terms of a heading's head word (its first word) when it names something of its own: not a year or number, not
    /// an everyday or broad word, not a word of the document's title ("Gerakan …" repeats the programme's name). Else empty.
    /// </summary>
    private static IReadOnlySet<string> HeadingHead(Passage passage, IReadOnlySet<string> titleTerms)
    {
        var first = QuestionWords(passage.Heading.ToLowerInvariant()).FirstOrDefault();
        if (first is null || !first.All(char.IsLetter) || QuestionCues.IsGenericWord(first) || Lexicon.Current.BroadWords.Contains(first)) return NoTerms;
        var terms = KnowledgeAnalyzers.TermSet(DocumentAnalyzer, first);
        return terms.Overlaps(titleTerms) ? NoTerms : terms;
    }

    private static readonly IReadOnlySet<string> NoTerms = new HashSet<string>();

    private const AnswerType EventFacts = AnswerType.Date | AnswerType.Place | AnswerType.Person;

    private bool AsksLatest(Ranking ranking) =>
        Weights.On(RankingRule.LatestFirst) && ranking.Question.Years.Count == 0 && ranking.Question.Terms.Any(t => t.Latest);

    // The newest year a section's heading is about; 0 for a heading naming none.
    private int HeadingYear(int doc) => Newest(_headingYears[doc]);

    // The newest year a section is about: its heading's, else the newest its text names (a list of every year's
    // events reaches the latest, too); 0 for none.
    private int NewestYear(int doc) => _headingYears[doc].Count > 0 ? HeadingYear(doc) : Newest(_ownYears[doc]);

    private static int Newest(IReadOnlySet<string> years) => years.Count == 0 ? 0 : years.Max(y => int.Parse(y, CultureInfo.InvariantCulture));

    /// <summary>
    /// Of candidates in rank order, the one to put first for "MoU terakhir", "angkatan terbaru": of those covering the
    /// question nearly as much as the first, the one whose heading names the newest year (the latest of the events asked
    /// about) if it is newer than any the first is about (<paramref name="firstYear"/>: a list of every year's events
    /// already reaches the latest), else the first.
    /// </summary>
    public static int LatestFirst(IEnumerable<int> order, int first, Func<int, double> coverage, Func<int, int> headingYear, int firstYear)
    {
        var (best, bestYear, floor) = (first, firstYear, coverage(first) * LatestCoverageShare - CoverageTie);
        // A section headed by the year a summary's text reaches is about that year's event; the summary only names it.
        if (headingYear(first) == 0) bestYear--;
        foreach (var i in order)
            if (coverage(i) >= floor && headingYear(i) > 0 && headingYear(i) > bestYear) (best, bestYear) = (i, headingYear(i));
        return best;
    }

    private const double CoverageTie = 1e-9;
    // Nearly as much of the question: the latest event's section may word it otherwise ("digelar" for "diadakan").
    private const double LatestCoverageShare = 0.75;

    /// <summary>Whether <paramref name="candidate"/> has every word of the question <paramref name="first"/> has and answers more of it.</summary>
    private bool Overtakes(Ranking ranking, int first, int candidate, double total, int head)
    {
        var question = ranking.Question;
        // Worded as staff listed for the candidate (an alternate question), clearly more than for the first: it answers.
        if (Weights.On(RankingRule.DominanceAlternate) && OutmatchesAlternate(ranking, first, candidate)) return true;
        var has = ranking.Matched(first);
        var other = ranking.Matched(candidate);
        // Everyday words ("mencakup", "isinya") count as little here as in ranking: an overview that also
        // uses them answers no more of the question than the section about what was named.
        var extra = question.Terms.Where((t, i) => other[i] && !has[i]).Sum(t => t.RankWeight);
        // The question's head word ("jadwal program X", "pemenang lomba Y") is what is asked; the words
        // after it only say of what. A candidate adding it answers, however light it weighs against the rest.
        var addsHead = Weights.On(RankingRule.DominanceHead) && head >= 0 && other[head] && !has[head];
        return has.Select((h, i) => !h || other[i]).All(x => x)
            && (Weights.On(RankingRule.DominanceShare) && extra / total >= DominanceMargin || addsHead
                || Weights.On(RankingRule.DominanceHeading) && AddsInHeading(question, has, other, first, candidate)
                || Weights.On(RankingRule.DominanceYear) && AddsAskedYear(question, has, other, first, candidate)
                || Weights.On(RankingRule.DominanceRegion) && AddsNamedRegion(question, has, other, first, candidate))
            && Keeps(ranking, first, candidate);
    }

    /// <summary>
    /// The first is headed by other years than the one asked and never names it (a 2022 section against "… 2035"),
    /// while the candidate's document title or headings name it (a report of that year; a year named in passing in a
    /// list of years is not enough): the candidate is about the year asked, the first about another, however much
    /// shorter and more repeated its words are.
    /// </summary>
    private bool AddsAskedYear(AnalyzedQuestion question, bool[] has, bool[] other, int first, int candidate)
    {
        if (question.Years.Count != 1 || question.YearRanges.Count > 0) return false;
        if (question.Years.Any(_headingYears[first].Contains) || question.Years.Any(_passageYears[first].Contains)) return false;
        if (!(_headingYears[first].Count > 0 ? question.Years.Any(_contextYears[candidate].Contains) : YearOnlyInBody(question, first, candidate))) return false;
        for (var i = 0; i < question.Terms.Count; i++)
            if (question.Terms[i].NamesYear && other[i] && !has[i]) return true;
        return false;
    }

    /// <summary>
    /// The question names a region (its words are the question's own, not only the conversation's) that the first never
    /// names and the candidate does, having every other word of the first: the first is a general section ("masterplan
    /// ditetapkan dengan perwali …" with another city as its example), the candidate the region's own document.
    /// </summary>
    private bool AddsNamedRegion(AnalyzedQuestion question, bool[] has, bool[] other, int first, int candidate)
    {
        if (question.RegionHint is not { Count: > 0 } region || region.IsSubsetOf(_passageTerms[first]) || !region.IsSubsetOf(_passageTerms[candidate])) return false;
        for (var i = 0; i < question.Terms.Count; i++)
            if (other[i] && !has[i] && question.Terms[i].Known && Matches(question.Terms[i], region)) return true;
        return false;
    }

    /// <summary>
    /// A document that writes its years only in the text (a slide "Layanan Digital Warga" opening "Sepanjang 2024 …",
    /// a year per page): of two of its sections, the first names the year asked nowhere, not even in the document's
    /// title, and the candidate's own text names that year alone (a budget page listing every year is about none) — the
    /// candidate is that year's part of the document.
    /// </summary>
    private bool YearOnlyInBody(AnalyzedQuestion question, int first, int candidate) =>
        Passages[first].DocumentPath == Passages[candidate].DocumentPath
        && !question.Years.Any(_contextYears[first].Contains) && _ownYears[candidate].Count == 1 && question.Years.Any(_ownYears[candidate].Contains);

    /// <summary>
    /// Of two sections of one document, the candidate's own heading names a specific word of the question that the
    /// first lacks altogether ("tempat" of a section "Tempat Pelaksanaan" against a sibling that only shares the
    /// title's words and repeats them more): the section is about what the first does not say.
    /// </summary>
    private bool AddsInHeading(AnalyzedQuestion question, bool[] has, bool[] other, int first, int candidate)
    {
        if (Passages[first].DocumentPath != Passages[candidate].DocumentPath) return false;
        for (var i = 0; i < question.Terms.Count; i++)
        {
            var term = question.Terms[i];
            // A word saying the kind of fact asked ("tempatnya") counts here: a heading "Tempat Pelaksanaan" labels its answer.
            if (other[i] && !has[i] && term.Known && (!term.Generic || term.AsksKind) && !term.NamesYear && Matches(term, _headingTerms[candidate])) return true;
        }
        return false;
    }

    /// <summary>
    /// The first passage holds nothing of the kind of fact asked for (no number for "berapa", no date for "kapan"),
    /// while one ranked below covers as much of the question and holds it: that one can answer, the first cannot.
    /// Only for figures and dates, which a text plainly holds or not (a "who" is read from capitals, too loosely), and
    /// only when the first covers most of the question: otherwise neither is about it.
    /// </summary>
    private int Carrier(Ranking ranking, IReadOnlyList<(SearchHit Hit, int Doc)> ranked, int first)
    {
        if (!Weights.On(RankingRule.Carrier) || !NeedsCarrier(ranking, first)) return first;
        var carrier = ranked.Where(r => r.Doc != first).FirstOrDefault(r => Carries(ranking, first, r.Doc));
        return carrier.Hit is null ? first : carrier.Doc;
    }

    private bool NeedsCarrier(Ranking ranking, int first)
    {
        var wants = ranking.Question.Wants & Figures;
        return wants != AnswerType.None && AnswerTypes.Evidence(wants, _passageTypes[first]) <= 0 && ranking.Coverage(first) >= CarrierCoverage;
    }

    private bool Carries(Ranking ranking, int first, int candidate) =>
        AnswerTypes.Evidence(ranking.Question.Wants & Figures, _passageTypes[candidate]) > 0
        && ranking.Coverage(candidate) >= ranking.Coverage(first) && Keeps(ranking, first, candidate);

    /// <summary>
    /// The index of the question's head word: its first term when that is a specific word the index knows (not an
    /// everyday word or a year); Indonesian puts the head before its modifiers, so it names what is asked. Else -1.
    /// </summary>
    public static int HeadTerm(AnalyzedQuestion question) =>
        question.Terms.Count > 1 && question.Terms[0] is { Known: true, Generic: false } t && !t.NamesYear ? 0 : -1;

    /// <summary>
    /// The candidate keeps what ranked the first beyond words: the year asked in its heading, a heading naming the
    /// pillar asked about, the subject named, a heading asking what the question asks.
    /// </summary>
    private bool Keeps(Ranking ranking, int first, int candidate) =>
        ranking.Question is var question
        && (!Weights.On(RankingRule.KeepsHeadingYear) || !question.Years.Any(_headingYears[first].Contains) || question.Years.Any(_headingYears[candidate].Contains))
        // A pillar's own section stays first against an overview that also lists the others' words.
        && (!Weights.On(RankingRule.KeepsPillar) || question.PillarHint is not { Count: > 0 } pillar || !pillar.IsSubsetOf(_headingTerms[first]) || pillar.IsSubsetOf(_headingTerms[candidate]))
        // The section whose subject the question names stays first against one that only shares more of its other words.
        && (!Weights.On(RankingRule.KeepsSubject) || !ranking.NamesSubject(first) || ranking.NamesSubject(candidate))
        // A heading asking what the question asks ("Siapa yang menilai?" for a "siapa" question) stays first against
        // an overview that shares more of the question's words but asks nothing.
        && (!Weights.On(RankingRule.KeepsAsksSame) || !AsksSame(question, first) || AsksSame(question, candidate))
        // A section denying what the question denies ("… tahun 2020 tidak ditemukan") stays first against one that
        // shares more of its words and says the thing happened ("… dibuka Mendagri").
        && (!Weights.On(RankingRule.KeepsDenied) || !ranking.AsksDenied || DeniedShare(ranking, first) <= 0 || DeniedShare(ranking, candidate) > 0)
        // A section the question is worded for (one of its alternate questions) stays first against one that only shares more words.
        && (!Weights.On(RankingRule.KeepsAlternate) || !AsksAlternate(ranking, first) || ranking.Alternate(candidate) >= ranking.Alternate(first));

    /// <summary>
    /// "Sekarang …", "angkatan terbaru …" (knowledge/lexicon/penanda-kini.txt, penanda-terbaru.txt): the question asks
    /// about the present, so of sections sharing its words, the one about the newest period answers it (the 2025
    /// award's ministry, not the 2018 one).
    /// </summary>
    public static bool AsksRecent(AnalyzedQuestion question) => RecentCue.Regex.IsMatch(question.Normalized);

    private static readonly CuePattern RecentCue = new(@"\b(?:{:penanda-kini}|{:penanda-terbaru})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // 1 for a section headed by the newest year the documents name, fading to 0 over RecentSpan years; a section
    // naming its years only in its body counts half: it may just mention what came later.
    private double Recency(int doc)
    {
        var headed = _headingYears[doc].Count > 0;
        var own = (headed ? _headingYears[doc] : _ownYears[doc]).Max(y => int.Parse(y, CultureInfo.InvariantCulture));
        return Math.Max(0, 1 - (double)(_newestYear - own) / RecentSpan) * (headed ? 1 : 0.5);
    }

    /// <summary>
    /// "Kota mana yang pernah …", a list asked with no year: the answer spans the years, so a section naming
    /// many of them (a per-year summary) answers more of it than one year's section; 0..1 by the years it names.
    /// </summary>
    private double Span(Ranking ranking, int doc) =>
        ranking.SpansYears
            ? Math.Min(1, Math.Max(0, _namedYearCount[doc] - 1) / (double)(FullSpanYears - 1))
            : 0;

    // A list of regions, or of what was "pernah" done (knowledge/lexicon/penanda-sepanjang.txt), is asked across the years;
    // "apa saja pilarnya" asks for a list that has no years.
    // The regions must be what is asked ("kota mana saja"), not part of a name ("menurut Kabupaten Batang").
    private static bool AsksAcrossYears(AnalyzedQuestion question) => AcrossYearsCue.Regex.IsMatch(question.Normalized);

    private static readonly CuePattern AcrossYearsCue = new(
        @"\b{:penanda-sepanjang}\b|\b{:hitungan-daerah}\s+(?:\S+\s+)?(?:mana|{:tanya-daftar})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private const int FullSpanYears = 5;

    private static readonly CuePattern EveryYearCue = new(@"\b{:penanda-per-tahun}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // A year closing what is asked ("sampai akhir 2021", "up to 2022"), not a span's second end (that is YearRanges).
    private static readonly CuePattern UpToCue = new(
        @"\b{:penanda-hingga}\s+(?:(?:akhir|the end of|end of)\s+)?(?:tahun\s+)?(?:199\d|20[0-3]\d)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly CuePattern WholeCue = new(
        @"\b(?:{:penanda-keseluruhan}|{:penanda-sepanjang})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The text names the newest year the documents name (what they know of the present).</summary>
    public bool NamesNewestYear(string text) => YearsWithin(text).Contains(_newestYear.ToString(CultureInfo.InvariantCulture));

    private bool AsksSame(AnalyzedQuestion question, int doc) => (question.Wants & _headingAsks[doc]) != AnswerType.None;

    /// <summary>
    /// Multiplier (≥ 1) for a passage that carries the kind of fact asked for, names the question's years, and whose
    /// own heading names what the question is about: a question about one pillar prefers that pillar's section to the
    /// overview that lists all six, because the rare words of the question sit in its heading.
    /// </summary>
    private double Fit(Ranking ranking, int doc)
    {
        // Runs for every candidate of every question: the factors on the stack, the weights' array made once per weights.
        Span<double> factors = stackalloc double[RankingWeights.Names.Count];
        FillFactors(ranking, doc, factors);
        var weights = _weightFactors is { } cached && ReferenceEquals(cached.Weights, Weights) ? cached : _weightFactors = new(Weights, Weights.Factors());
        return RankingWeights.Multiplier(weights.Factors, factors);
    }

    private sealed record WeightFactors(RankingWeights Weights, double[] Factors);

    private static WeightFactors? _weightFactors;

    /// <summary>The factors of <see cref="Fit"/>, in the order of <see cref="RankingWeights.Names"/>: a share 0..1, 1 when it holds, −1 for a penalty.</summary>
    private double[] Factors(Ranking ranking, int doc)
    {
        var f = new double[RankingWeights.Names.Count];
        FillFactors(ranking, doc, f);
        return f;
    }

    private void FillFactors(Ranking ranking, int doc, Span<double> f)
    {
        var question = ranking.Question;
        f[0] = AnswerTypes.Evidence(question.Wants, _passageTypes[doc]);
        f[1] = HeadingCoverage(question, doc);
        if (question.Counted is { } counted && CountsSame(counted, _headingCounted[doc])) f[2] = 1;
        if (question.Years.Count > 1 && question.YearRanges.Count == 0)
        {
            // Two years asked ("mana yang lebih besar, angkatan 2017 atau 2022") are answered by a section about both, or about a span
            // holding both (a per-year summary), more than by one headed by one of them.
            f[3] = (double)question.Years.Count(_passageYears[doc].Contains) / question.Years.Count;
            var headed = question.Years.Count(y => _headingYears[doc].Contains(y) || _headingSpanYears[doc].Contains(y));
            if (headed > 0) f[4] = (double)headed / question.Years.Count;
            else if (_headingYears[doc].Count > 0 || _headingSpanYears[doc].Count > 0) f[5] = -1;
        }
        else if (question.Years.Count > 0)
        {
            f[3] = (double)question.Years.Count(_passageYears[doc].Contains) / question.Years.Count;
            // A section headed by the year asked about is about it; one headed by other years only mentions it in passing.
            // (A span of years asked, "2017 sampai 2019" or "sampai akhir 2021", is about the span: single years in headings say nothing.)
            var oneYear = !ranking.AsksSpan;
            if (oneYear && question.Years.Any(_headingYears[doc].Contains)) f[4] = 1;
            else if (oneYear && _headingYears[doc].Count > 0) f[5] = -1;
            // …and one headed by a span of years that ends before (or starts after) the year asked is about other years too.
            else if (oneYear && _headingSpanYears[doc].Count > 0 && !question.Years.Any(_headingSpanYears[doc].Contains)) f[5] = -1;
            // …while one whose heading counts what is asked over a span holding it ("Jumlah X 2018–2021: …
            // kabupaten/kota") gives the span's total, not that year's (a per-year summary counts nothing in its heading).
            else if (oneYear && !ranking.AsksWhole && f[2] > 0 && question.Years.Any(_headingSpanYears[doc].Contains)) f[18] = -1;
        }
        if (question.RegionHint is { Count: > 0 } region && region.IsSubsetOf(_passageTerms[doc])) f[6] = 1;
        if (question.PillarHint is { Count: > 0 } pillar && pillar.IsSubsetOf(_headingTerms[doc])) f[7] = 1;
        if (ranking.NamesSubject(doc)) f[8] = 1;
        // "Sekarang …": a section about the newest period answers; one about years long past does not, however many words it shares.
        if (question.Years.Count == 0 && ranking.AsksRecent && _ownYears[doc].Count > 0)
        {
            if (Recency(doc) is var recency && recency > 0) f[9] = recency;
            else f[10] = -1;
        }
        // A heading asking what the question asks ("Siapa yang menilai? …" for a "siapa" question) is that question's section.
        if (AsksSame(question, doc)) f[11] = 1;
        // A list item or table row ("Kolom: nilai; …") holding the question's words with the kind of fact asked for is
        // the answer in one line; a heading sharing the same words is only about the same thing.
        f[12] = Math.Min(1, BestItemScore(ranking, doc));
        f[13] = Math.Min(1, BestSentenceScore(ranking, doc));
        f[14] = Span(ranking, doc);
        // A count over a span asked ("sampai akhir 2021 totalnya", "selama ini berapa daerah") is not answered by a section about one year.
        if (question.Wants.HasFlag(AnswerType.Count) && (ranking.AsksSpan || ranking.SpansYears) && _namedYearCount[doc] == 1) f[18] = -1;
        f[15] = DeniedShare(ranking, doc);
        f[16] = OrderShare(ranking, doc);
        // "Siapa saja …", "apa saja …" asks which ones: a heading asking how many ("Berapa jumlah quick win setiap
        // daerah?", "Jumlah peserta 2021: …") is the section answering the count, and names the ones only in passing.
        if (AsksListNotCount(question) && _headingAsks[doc].HasFlag(AnswerType.Count)) f[17] = -1;
        // Worded like a question staff listed for the section (front matter questions:): evidence for it beyond BM25.
        f[19] = AlternateEvidence(ranking, doc);
    }

    private static bool AsksListNotCount(AnalyzedQuestion question) =>
        question.Wants.HasFlag(AnswerType.Enumeration) && !question.Wants.HasFlag(AnswerType.Count);

    /// <summary>
    /// How well the passage's best list item or table row answers: only an item holding the kind of fact asked for (a figure, a date,
    /// a place …; every item is a list's line, so "apa saja" alone asks nothing of it) and naming at least
    /// <see cref="MinItemSubjects"/> of the question's specific words counts (an item sharing an everyday word and a
    /// year, "nama … 2019", says nothing; an overview's item naming a subject is not that subject's own section).
    /// </summary>
    private double BestItemScore(Ranking ranking, int doc)
    {
        var question = ranking.Question;
        var wants = question.Wants & ~AnswerType.Enumeration;
        if (wants == AnswerType.None) return 0;
        double best = 0;
        for (var i = 0; i < _passageItems[doc].Length; i++)
        {
            if (AnswerTypes.Evidence(wants, Asked(ranking, _passageItems[doc][i], _passageItemTypes[doc][i])) <= 0) continue;
            var named = 0;
            foreach (var term in ranking.Subjects)
                if (Matches(term, _passageItemTerms[doc][i])) named++;
            // The item's terms and kinds of fact were found when the index was built: the same as scoring its text.
            if (named >= MinItemSubjects) best = Math.Max(best, AnswerComposer.Score(question, _passageItems[doc][i], _passageItemTerms[doc][i], _passageItemTypes[doc][i]));
        }
        return best;
    }

    private const int MinItemSubjects = 2;

    /// <summary>
    /// The kinds of fact a line carries, without the count when its only numbers are those the question names:
    /// "PSC 119-Satria — layanan ambulans" names the service, it does not count its ambulances.
    /// </summary>
    private static AnswerType Asked(Ranking ranking, string line, AnswerType types) =>
        ranking.NamedNumbers.Count > 0 && types.HasFlag(AnswerType.Count) && ranking.Question.Wants.HasFlag(AnswerType.Count)
        && !AnswerTypes.In(AnswerTypes.WithoutNumbers(line, ranking.NamedNumbers)).HasFlag(AnswerType.Count)
            ? types & ~AnswerType.Count
            : types;

    /// <summary>
    /// Like <see cref="BestItemScore"/> for the passage's sentences, for an amount, a date or a length of time asked:
    /// "berapa lama menyusun masterplan" is answered by the section whose sentence says how long the drafting takes
    /// ("Masterplan disusun … selama sekitar 4–5 bulan"), not by one that names the masterplan and, elsewhere, a span
    /// of years it covers.
    /// </summary>
    private double BestSentenceScore(Ranking ranking, int doc)
    {
        var question = ranking.Question;
        var wants = question.Wants & SentenceFigures;
        if (wants == AnswerType.None) return 0;
        double best = 0;
        var subjects = ranking.Subjects;
        // A question naming a year is answered by a sentence naming it: in a section headed by the year, another
        // sentence's date may be of another event ("… diserahkan pada Forum 2025" in the section on 2024's evaluation).
        for (var i = 0; i < _passageSentences[doc].Length; i++)
        {
            if (AnswerTypes.Evidence(wants, Asked(ranking, _passageSentences[doc][i], _passageSentenceTypes[doc][i])) <= 0) continue;
            if (question.Years.Count > 0 && !question.Years.Any(_passageSentences[doc][i].Contains)) continue;
            var named = 0;
            foreach (var term in subjects)
                if (Matches(term, _passageSentenceTerms[doc][i])) named++;
            if (named >= MinItemSubjects) best = Math.Max(best, AnswerComposer.Score(question, _passageSentences[doc][i], _passageSentenceTerms[doc][i], _passageSentenceTypes[doc][i]));
        }
        return best;
    }

    private const AnswerType SentenceFigures = AnswerType.Count | AnswerType.Date | AnswerType.Duration;

    private const AnswerType Figures = AnswerType.Count | AnswerType.Date | AnswerType.Year | AnswerType.Duration;
    private const double CarrierCoverage = 0.5;

    // Words counting regions: "berapa daerah" is answered by a heading counting "10 kabupaten/kota" or "10 peserta" (knowledge/lexicon/hitungan-daerah.txt).
    // Asked for every candidate of a counting question: analysed once per lexicon, and only read.
    private static IReadOnlySet<string> RegionCounts => RegionCountTerms.Current;

    private static readonly PerLexicon<HashSet<string>> RegionCountTerms = new(lexicon => TermsOf(string.Join(' ', lexicon.Lists["hitungan-daerah"])));

    /// <summary>The heading counts what the question counts: the same word, or both count regions in different words.</summary>
    public static bool CountsSame(QuestionTerm counted, IReadOnlySet<string> headingCounted) =>
        Matches(counted, headingCounted) || Matches(counted, RegionCounts) && headingCounted.Overlaps(RegionCounts);

    /// <summary>The same for a counted noun's own index terms ("kabupaten" of "berapa kabupaten/kota", which no concept is alone).</summary>
    public static bool CountsSame(IReadOnlySet<string> counted, IReadOnlySet<string> other) =>
        counted.Overlaps(other) || counted.Overlaps(RegionCounts) && other.Overlaps(RegionCounts);

    /// <summary>The words of an option in a row, each position as written or stemmed (both are indexed at one position).</summary>
    private static Query Phrase(string field, IReadOnlyList<string[]> positions)
    {
        var phrase = new MultiPhraseQuery();
        foreach (var position in positions) phrase.Add(position.Select(w => new Term(field, w)).ToArray());
        return phrase;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>
    /// A clause for a word the field holds. Under BM25 a clause matching nothing adds nothing to any score (no coord,
    /// no query norm), yet its weight would still be computed (a 256-entry table per clause): it is left out.
    /// </summary>
    private void AddIfIndexed(BooleanQuery query, string field, string word, float boost)
    {
        var states = TermStates(field, word);
        if (states.DocFreq > 0)
            query.Add(_scored.GetOrAdd((field, word, boost), key => ScoredClause.Of(_searcher, new TermQuery(new Term(field, word), states) { Boost = boost })), Occur.SHOULD);
    }

    /// <summary>
    /// A phrase clause only where the field has the phrase. As with single words, a clause matching nothing changes no
    /// BM25 score, yet its weight and scorer cost most of what a question allocates (an exact-phrase scorer alone takes
    /// two 4,096-entry tables); whether a field has a phrase is found once per index.
    /// </summary>
    private void AddPhraseIfFound(BooleanQuery query, string field, IReadOnlyList<string[]> positions, float boost)
    {
        var key = PhraseKey(positions);
        if (_phraseFound.GetOrAdd((field, key), k => Found(k.Field, positions)))
            query.Add(_scored.GetOrAdd((field, key, boost), _ => ScoredClause.Of(_searcher, Boosted(Phrase(field, positions), boost))), Occur.SHOULD);
    }

    private bool Found(string field, IReadOnlyList<string[]> positions)
    {
        foreach (var position in positions)
        {
            var indexed = false;
            foreach (var word in position) indexed |= TermStates(field, word).DocFreq > 0;
            if (!indexed) return false;
        }
        var hits = new TotalHitCountCollector();
        _searcher.Search(Phrase(field, positions), hits);
        return hits.TotalHits > 0;
    }

    private static string PhraseKey(IReadOnlyList<string[]> positions) => string.Join('|', positions.Select(p => string.Join(',', p)));

    private TermContext TermStates(string field, string word) =>
        _termStates.GetOrAdd((field, word), key => TermContext.Build(_reader.Context, new Term(key.Field, key.Word)));

    private int DocumentFrequency(string word) => _documentFrequencies.GetOrAdd(word, w => _reader.DocFreq(new Term("all", w)));

    // These three run for every candidate passage and sentence of every question: plain loops, no delegates.

    /// <summary>Share of the question's weight found in a set of analyzed terms (a passage, a sentence), everyday words counting less: for ranking.</summary>
    public static double Coverage(AnalyzedQuestion question, IReadOnlySet<string> terms)
    {
        double total = 0, found = 0;
        for (var i = 0; i < question.Terms.Count; i++)
        {
            var term = question.Terms[i];
            total += term.RankWeight;
            if (Matches(term, terms)) found += term.RankWeight;
        }
        return total <= 0 ? 0 : found / total;
    }

    // Coverage of a section's headings, where a date-asking word ("tanggal") written only before a date of its own is no label.
    private double HeadingCoverage(AnalyzedQuestion question, int doc)
    {
        double total = 0, found = 0;
        for (var i = 0; i < question.Terms.Count; i++)
        {
            var term = question.Terms[i];
            total += term.RankWeight;
            if (Matches(term, term.AsksDate ? _headingLabelTerms[doc] : _headingTerms[doc])) found += term.RankWeight;
        }
        return total <= 0 ? 0 : found / total;
    }

    /// <summary>Share of the question's weight found in a set of analyzed terms, every word counting fully.</summary>
    public static double FullCoverage(AnalyzedQuestion question, IReadOnlySet<string> terms)
    {
        var total = question.TotalWeight;
        if (total <= 0) return 0;
        double found = 0;
        for (var i = 0; i < question.Terms.Count; i++)
            if (Matches(question.Terms[i], terms)) found += question.Terms[i].Weight;
        return found / total;
    }

    private static bool AnyIn(string[] words, IReadOnlySet<string> terms)
    {
        foreach (var word in words)
            if (terms.Contains(word)) return true;
        return false;
    }

    /// <summary>Some option of the term has, at every position, one of its words in <paramref name="terms"/>.</summary>
    public static bool Matches(QuestionTerm term, IReadOnlySet<string> terms)
    {
        // A noun's place ("pilar ketiga", "pilar ke-3") is met by the ordinal written, bound to that noun if the passage
        // numbers the noun at all; not by the count its stem is ("tiga pertimbangan", "3 quick win"). Without a noun
        // ("yang kedua") it points into the last answer, which any of its forms may meet.
        if (term is { Ordinal: { } ordinal, BoundTo: { } noun })
            return terms.Contains(ordinal) && OrdinalBinding.Holds(noun, ordinal, terms);
        if (term.CountOf is { } counted)
        {
            if (OrdinalBinding.StatesCountOf(counted, terms)) return true;
            if (OrdinalBinding.OnlyNumbers(counted, term.Words, terms)) return false;
        }
        for (var o = 0; o < term.Options.Count; o++)
        {
            var option = term.Options[o];
            var all = true;
            for (var p = 0; p < option.Count && all; p++)
                all = AnyIn(option[p], terms);
            if (all) return true;
        }
        return false;
    }

    /// <summary>
    /// Index words within <paramref name="edits"/> of a word no passage has, closest first, then the most common:
    /// Lucene's fuzzy term enumeration (Levenshtein automaton, a swap of two letters counting as one edit) over the
    /// index's own vocabulary. The first letter must match: typos rarely hit it.
    /// </summary>
    // The edits allowed follow from the word's length, so the word alone is the key.
    private IReadOnlyList<string> Corrections(string word, int edits) => _corrections.GetOrAdd(word, w => FuzzyCorrections(w, edits));

    private IReadOnlyList<string> FuzzyCorrections(string word, int edits)
    {
        var terms = MultiFields.GetTerms(_reader, "all");
        if (terms is null) return [];
        var fuzzy = new FuzzyTermsEnum(terms, new Lucene.Net.Util.AttributeSource(), new Term("all", word), edits, prefixLength: 1, transpositions: true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        var found = new List<(string Word, float Similarity, int Frequency)>();
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            // "konsultan" is no slip for "konsultasi": a sibling word the documents never use stays unknown.
            if (!WordFamily.AreSiblings(word, candidate)) found.Add((candidate, boost.Boost, fuzzy.DocFreq));
        }
        return found.OrderByDescending(c => c.Similarity).ThenByDescending(c => c.Frequency).Take(3).Select(c => c.Word).ToList();
    }

    /// <remarks>
    /// Passage texts are analysed again for every question that meets them (a top cost of a question turn), so the
    /// sets are remembered, within a bound on the text held. Each caller gets its own copy: some edit theirs.
    /// </remarks>
    public static HashSet<string> TermsOf(string text)
    {
        var terms = Remembered(text);
        return new HashSet<string>(terms, terms.Comparer);
    }

    /// <summary><see cref="TermsOf"/> for callers that only read the set: the remembered set itself, not a copy.</summary>
    public static IReadOnlySet<string> TermSetOf(string text) => Remembered(text);

    private static HashSet<string> Remembered(string text)
    {
        var lexicon = Lexicon.Current;
        if (!ReferenceEquals(TermsMemo.Lexicon, lexicon))
        {
            // Another lexicon (other stop words) analyses differently: what was remembered no longer holds.
            TermsMemo.Sets.Clear();
            TermsMemo.Lexicon = lexicon;
        }
        if (!TermsMemo.Sets.TryGetValue(text, out var terms))
        {
            terms = WithOrdinals(KnowledgeAnalyzers.TermSet(DocumentAnalyzer, text), text);
            if (Interlocked.Add(ref TermsMemo.Chars, text.Length) > TermsMemo.MaxChars)
            {
                TermsMemo.Sets.Clear();
                Interlocked.Exchange(ref TermsMemo.Chars, text.Length);
            }
            TermsMemo.Sets.TryAdd(text, terms);
        }
        return terms;
    }

    private static HashSet<string> WithOrdinals(HashSet<string> terms, string text)
    {
        OrdinalBinding.AddTo(terms, text);
        return terms;
    }

    /// <summary>
    /// A section that names several things (set in bold or as list items) gives examples whether or not it says
    /// "contoh": asked "contoh X di Y", it holds the word asked for (knowledge/lexicon/tanya-contoh.txt), as a section
    /// merely saying "contoh ini …" does.
    /// </summary>
    private static HashSet<string> WithExamples(HashSet<string> terms, Passage passage)
    {
        if (QuestionCues.ExampleMarkers(passage.Body) >= MinExampleMarkers) terms.UnionWith(ExampleTerms.For(Lexicon.Current));
        return terms;
    }

    // Three names or items make a list of examples; one bold term is emphasis.
    private const int MinExampleMarkers = 3;

    private static readonly PerLexicon<HashSet<string>> ExampleTerms = new(lexicon =>
        KnowledgeAnalyzers.TermSet(lexicon.PassageAnalyzer, string.Join('\n', lexicon.Lists.GetValueOrDefault("tanya-contoh") ?? [])));

    // A class of its own: static fields above call TermsOf while this type is still initialising.
    private static class TermsMemo
    {
        public const int MaxChars = 2_000_000;
        public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> Sets = new(StringComparer.Ordinal);
        public static long Chars;
        public static Lexicon? Lexicon;
    }

    /// <summary>Identifies the knowledge files and the analysis: a built index is reused only while this is unchanged.</summary>
    public static string Fingerprint(string knowledgeFolder)
    {
        var text = new StringBuilder(KnowledgeAnalyzers.AnalysisVersion).Append('\n');
        if (System.IO.Directory.Exists(knowledgeFolder))
            foreach (var file in DocumentLoader.KnowledgeFiles(knowledgeFolder))
            {
                using var stream = File.OpenRead(file);
                text.Append(Path.GetRelativePath(knowledgeFolder, file).Replace('\\', '/')).Append('|')
                    .Append(Convert.ToHexString(SHA256.HashData(stream))).Append('\n');
            }
        // The lexicon changes how questions are read and which words count, so it is part of what an index was built with.
        var lexicon = Path.Combine(knowledgeFolder, Lexicon.FolderName);
        if (System.IO.Directory.Exists(lexicon))
            foreach (var file in System.IO.Directory.EnumerateFiles(lexicon).Order(StringComparer.Ordinal))
                text.Append(Lexicon.FolderName).Append('/').Append(Path.GetFileName(file)).Append('|')
                    .Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// What ranking asks of one question for every candidate (its cue patterns, its specific words, whether a section
    /// names its subject), found once per search rather than once per candidate and comparison.
    /// </summary>
    private sealed class Ranking(KnowledgeIndex index, AnalyzedQuestion question)
    {
        private readonly sbyte[] _namesSubject = new sbyte[index.Passages.Count];

        public AnalyzedQuestion Question => question;

        public bool AsksRecent { get; } = KnowledgeIndex.AsksRecent(question);

        /// <summary>The question denies something of its subject (<see cref="KnowledgeIndex.AsksDenied"/>).</summary>
        public bool AsksDenied => question.AsksDenied;

        /// <summary>
        /// A list asked across the years, or a count of them all ("selama ini berapa daerah", "sampai akhir 2021 totalnya
        /// berapa"): answered by a section summing up many years (<see cref="Span"/>).
        /// </summary>
        public bool SpansYears => _spansYears ??= !AsksRecent
            && (question.Wants.HasFlag(AnswerType.Enumeration) && question.Years.Count == 0 && AsksAcrossYears(question)
                || question.Wants.HasFlag(AnswerType.Count) && (question.Years.Count == 0 && AsksWhole || AsksUpTo)
                || AsksEveryYear);

        /// <summary>
        /// "… tiap tahun", "every year" (penanda-per-tahun.txt) naming no year: whatever it asks (a date, a place, who),
        /// it asks it of every year, so a section summing up the years answers it, not one year's section.
        /// </summary>
        public bool AsksEveryYear { get; } = question.Years.Count == 0 && EveryYearCue.Regex.IsMatch(question.Normalized);

        /// <summary>The question asks a span of years: "2018–2021", "dari tahun A sampai tahun B", or up to one ("hingga akhir tahun B").</summary>
        public bool AsksSpan => question.YearRanges.Count > 0 || AsksUpTo;

        /// <summary>"… sampai (akhir) 2021", "until 2022": the year ends what is asked (knowledge/lexicon/penanda-hingga.txt).</summary>
        public bool AsksUpTo { get; } = question.YearRanges.Count == 0 && UpToCue.Regex.IsMatch(question.Normalized);

        /// <summary>"Total", "seluruh", "selama ini" (penanda-keseluruhan.txt, penanda-sepanjang.txt): all of it, not one year's.</summary>
        public bool AsksWhole { get; } = WholeCue.Regex.IsMatch(question.Normalized);

        private bool? _spansYears;

        /// <summary>
        /// Numbers the question writes itself, not years ("PSC 119", "Perpres 95"): part of a name, never the count it
        /// asks for, so a line holding only them holds no answer to "berapa".
        /// </summary>
        public IReadOnlyList<string> NamedNumbers { get; } = AnswerTypes.NamedNumbers(question.Normalized);

        /// <summary>The question's specific words: known, not everyday, not a year.</summary>
        public List<QuestionTerm> Subjects { get; } = question.Terms.Where(t => t.Known && !t.Generic && !t.NamesYear).ToList();

        /// <summary>The step the question asks what comes after or before (<see cref="KnowledgeIndex.OrderOf"/>), if any.</summary>
        public OrderAsked? Order
        {
            get
            {
                if (!_orderRead) (_order, _orderRead) = (KnowledgeIndex.OrderOf(question, Subjects), true);
                return _order;
            }
        }

        private OrderAsked? _order;
        private bool _orderRead;

        // Which of the question's terms each candidate's text has (its coverages and comparisons all start from this).
        private readonly bool[]?[] _matched = new bool[index.Passages.Count][];

        public bool[] Matched(int doc)
        {
            if (_matched[doc] is { } known) return known;
            var terms = index._passageTerms[doc];
            var matched = new bool[question.Terms.Count];
            // A date-asking word ("tanggal" of "tanggal berapa") written only right before a date of the section's own is no label of the date asked.
            for (var i = 0; i < matched.Length; i++)
                matched[i] = KnowledgeIndex.Matches(question.Terms[i], question.Terms[i].AsksDate ? index._labelTerms[doc] : terms);
            return _matched[doc] = matched;
        }

        /// <summary><see cref="KnowledgeIndex.Coverage"/> of the candidate's text.</summary>
        public double Coverage(int doc) => Share(doc, full: false, aspectsFound: false);

        /// <summary><see cref="KnowledgeIndex.FullCoverage"/> of the candidate's text.</summary>
        public double FullCoverage(int doc) => Share(doc, full: true, aspectsFound: false);

        /// <summary>Coverage of the candidate's text (<paramref name="full"/>: every word counting fully) with the question's aspect words counted as found.</summary>
        public double AspectCoverage(int doc, bool full) => Share(doc, full, aspectsFound: true);

        // The share of the question's weight (each word's full weight, or its rank weight) the candidate's text has.
        private double Share(int doc, bool full, bool aspectsFound)
        {
            var matched = Matched(doc);
            double total = 0, found = 0;
            for (var i = 0; i < matched.Length; i++)
            {
                var term = question.Terms[i];
                var weight = full ? term.Weight : term.RankWeight;
                total += weight;
                if (matched[i] || (aspectsFound && term.Aspect)) found += weight;
            }
            return total <= 0 ? 0 : found / total;
        }

        private double[]? _alternate;

        /// <summary>How closely the question matches the candidate's closest alternate question (<see cref="KnowledgeIndex.AlternateMatch"/>).</summary>
        public double Alternate(int doc)
        {
            _alternate ??= new double[index.Passages.Count].Select(_ => double.NaN).ToArray();
            if (double.IsNaN(_alternate[doc])) _alternate[doc] = index.AlternateMatch(this, doc);
            return _alternate[doc];
        }

        /// <summary>The question's own words as written (each option's first position word): what a staff phrasing's written words are met by.</summary>
        public IReadOnlySet<string> WrittenWords => _writtenWords ??= question.Terms.Where(t => t.Weight > 0 && t.Options.Count > 0)
            .SelectMany(t => t.Options[0]).Where(p => p.Length > 0).Select(p => Particles.Bare(p[0]) ?? p[0]).ToHashSet(StringComparer.Ordinal);

        private HashSet<string>? _writtenWords;

        /// <summary>Every word of every option of the question's terms: what a staff phrasing's words are met by.</summary>
        public IReadOnlySet<string> QuestionWords => _questionWords ??= question.Terms.Where(t => t.Weight > 0)
            .SelectMany(t => t.Options).SelectMany(o => o).SelectMany(p => p).ToHashSet(StringComparer.Ordinal);

        private HashSet<string>? _questionWords;

        public bool NamesSubject(int doc)
        {
            if (_namesSubject[doc] == 0) _namesSubject[doc] = index.NamesSubject(question, doc) ? (sbyte)1 : (sbyte)-1;
            return _namesSubject[doc] > 0;
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
