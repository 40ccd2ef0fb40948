using System.Text.Json.Serialization;

namespace SmartCity.Bot.Knowledge;

/// <summary>What the decision to answer rests on, for the best passage of a question.</summary>
/// <param name="Coverage">Share of the question's weighted words the passage has (the index's confidence).</param>
/// <param name="Unknown">Share of the question's weight in words no document has at all (nor a typo of one): the
/// question is about something the documents never mention ("pemilu", "Everest").</param>
/// <param name="Uncovered">Share of the question's weight in words the documents know but this passage lacks.</param>
/// <param name="Rivals">Share of the other candidates that cover the question as fully as the best one: several
/// sections answering equally well means the words do not pick one (the question may be about something else).</param>
/// <param name="TopMissing">1 when the question's heaviest word (the rarest in the documents, or one they lack) is
/// not in the passage: "ibu kota Australia" answered from a passage about the capital IKN.</param>
/// <param name="Unexplained">Share of the question's content words (not everyday, broad or year words), counted one by
/// one whatever their rarity, that the passage does not have: a question about a region's population answered from
/// a passage naming that region leaves the population word unexplained.</param>
/// <param name="UnknownName">1 when the question has a word no document has (nor a typo of one) that names a thing
/// rather than an action or an abbreviation: "Ibu kota Jepang", "harga laptop", "pendaftaran CPNS".</param>
/// <param name="Expanded">Share of the question's weight the passage has only through a synonym of the user's word, not
/// the word itself: an expansion says the passage may be about the same thing, the user's own word says it is (a
/// sports "juara" meets the award passage only through "pemenang").</param>
/// <param name="Corrected">Share of the question's weight in words no document has that were read as a typo of an
/// index word: a correction may turn a word the documents lack into another one they have.</param>
public sealed record ConfidenceFeatures(double Coverage, double Unknown, double Uncovered, double Rivals, double TopMissing = 0, double Unexplained = 0, double UnknownName = 0,
    double Expanded = 0, double Corrected = 0)
{
    /// <summary>Share of the question's weight the passage has in the user's own words: synonyms and typo corrections left out.</summary>
    public double OwnCoverage { get; init; }

    /// <summary>Share of the question's weight the passage has only through a typo correction.</summary>
    public double CorrectedCovered { get; init; }

    /// <summary>1 when the question counts something ("berapa luas", "berapa gaji") the passage never names: its numbers count other things.</summary>
    public double CountedMissing { get; init; }

    /// <summary>Share of the question's weight in corrected words the passage has in no form: as unknown to it as a word no document has.</summary>
    public double CorrectedMissing { get; init; }

    /// <summary>
    /// Share of the question's weight the answer as shown covers (its sentences and list lines, with the section's
    /// heading path), not the whole passage: a passage sharing the words may show sentences about something else.
    /// </summary>
    public double ShownCoverage { get; init; } = 1;

    /// <summary>The largest share of the question's weight one sentence (or list line) of the answer shown covers.</summary>
    public double SentenceCoverage { get; init; } = 1;

    /// <summary>1 when a specific thing the question names (a place, a year, a number, a rare word) is not in the answer shown (<see cref="AnswerFit"/>).</summary>
    public double NamedMissing { get; init; }

    /// <summary>That thing, for the reply and for looking at the features.</summary>
    public string? Missing { get; init; }

    /// <summary>1 when a word few sections have, naming the thing the question is about, is not in the passage (<see cref="AnswerFit"/>).</summary>
    public double RareMissing { get; init; }

    /// <summary>That word.</summary>
    public string? MissingRare { get; init; }

    /// <summary>How many sections have that word: the fewer, the more the question is about it.</summary>
    public int RareSections { get; init; }

    /// <summary>The chosen passage's place in Lucene's own (BM25) order of the candidates: 0 when re-ranking agrees.</summary>
    public double Bm25Rank { get; init; }

    /// <summary>The chosen passage's BM25 score as a share of the best BM25 score among the candidates.</summary>
    public double Bm25Share { get; init; } = 1;

    /// <summary>The chosen passage's coverage minus the best of the other candidates': how clearly the words pick it.</summary>
    public double Margin { get; init; } = 1;

    /// <summary>1 when the question's head word (the first specific word: what it asks of) is not in the answer shown.</summary>
    public double HeadMissing { get; init; }

    /// <summary>1 when no sentence or list line of the answer shown holds both a number and what a "berapa X" question counts: its numbers count other things.</summary>
    public double CountedUnstated { get; init; }

    /// <summary>
    /// 1 when the question names a programme subject beyond a place and the passage holds it (<see cref="ScopeGuard.SubjectCovered"/>):
    /// a word no document has beside it does not make the question one about something else.
    /// </summary>
    public double SubjectCovered { get; init; }

    /// <summary>
    /// A programme thing the question names that the passage holds in no form (<see cref="ScopeGuard.TopicMissing"/>):
    /// the passage is about another thing of the same year or place.
    /// </summary>
    public string? MissingTopic { get; init; }

    /// <summary>1 when <see cref="MissingTopic"/> is set.</summary>
    public double TopicMissing => MissingTopic is null ? 0 : 1;

    /// <summary>1 when the passage shares with the question only places and everyday words (<see cref="ScopeGuard.SharesOnlyPlace"/>).</summary>
    public double PlaceOnly { get; init; }

    /// <summary>The details the question asks for (a sum of money, a time of day, a date, a place …) that no line of the answer shown states about its subject (<see cref="AskedDetail"/>), comma-separated.</summary>
    public string UnstatedDetails { get; init; } = "";

    // Shorter unknown words are mostly chat abbreviations ("jd", "thp", "smp"), not names of things.
    private const int MinNameLength = 4;

    /// <summary>
    /// A word only letters long enough to be a name, without a verb prefix (knowledge/lexicon/awalan-kata-kerja.txt):
    /// an unknown "vaksin" names a subject the documents lack; an unknown "disiarkan" only says what was done.
    /// </summary>
    public static bool NamesAThing(string word) =>
        word.Length >= MinNameLength && word.All(char.IsLetter)
        && !List(VerbPrefixes).Any(p => word.StartsWith(p, StringComparison.OrdinalIgnoreCase))
        // A number word ("seratusnya" in "angka seratusnya") counts, it names nothing.
        && !List(NumberWords).Contains(word.EndsWith(Particles.Possessive, StringComparison.Ordinal) ? word[..^Particles.Possessive.Length] : word, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words as a text writes them that are a name there: each capitalised and each a word that can name a thing
    /// (<see cref="NamesAThing"/>). "Smart Province" is; "pihak Kominfo" (a plain phrase) and "Menurut Kominfo" (a verb
    /// opening a sentence) are not.
    /// </summary>
    public static bool WrittenAsName(string written) =>
        written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && words.All(w => char.IsUpper(w[0]) && NamesAThing(w));

    private const string VerbPrefixes = "awalan-kata-kerja";
    private const string NumberWords = "bilangan";

    private static IReadOnlyList<string> List(string name) => Lexicon.Current.Lists.TryGetValue(name, out var words) ? words : [];

    public static ConfidenceFeatures Of(AnalyzedQuestion question, SearchHit best, IReadOnlyList<SearchHit> hits)
    {
        var others = hits.Where(h => h.Passage.Id != best.Passage.Id).ToList();
        var rivals = others.Count == 0 ? 0 : (double)others.Count(h => h.Confidence >= best.Confidence - 0.01) / others.Count;
        var total = question.TotalWeight;
        if (total <= 0) return new(best.Confidence, 0, 0, rivals);
        var unknown = question.Terms.Where(t => !t.Known && t.Options.Count <= 1).Sum(t => t.Weight) / total;
        var top = question.Terms.MaxBy(t => t.Weight);
        var terms = KnowledgeIndex.TermSetOf($"{best.Passage.DocumentTitle}\n{string.Join("\n", best.Passage.Headings)}\n{best.Passage.Body}");
        var topMissing = top is not null && !KnowledgeIndex.Matches(top, terms) ? 1 : 0;
        var content = question.Terms.Where(t => t.Weight > 0 && !QuestionCues.IsGenericWord(t.Words) && !Lexicon.Current.BroadWords.Contains(t.Words)
            && !t.NamesYear).ToList();
        var unexplained = content.Count == 0 ? 0 : (double)content.Count(t => !KnowledgeIndex.Matches(t, terms)) / content.Count;
        var unknownName = question.Terms.Any(t => !t.Known && t.Options.Count <= 1 && NamesAThing(t.Words)) ? 1 : 0;
        // Matched, but not by the user's own word: through a synonym, or only through a typo correction.
        var matchedOther = question.Terms.Where(t => !t.MatchesOwn(terms) && KnowledgeIndex.Matches(t, terms)).ToList();
        var expanded = matchedOther.Where(t => t.MatchesSynonym(terms)).Sum(t => t.Weight) / total;
        var correctedCovered = matchedOther.Where(t => !t.MatchesSynonym(terms)).Sum(t => t.Weight) / total;
        var corrected = question.Terms.Where(t => t.Corrected).Sum(t => t.Weight) / total;
        return new(best.Confidence, unknown, Math.Max(0, 1 - best.Confidence - unknown), rivals, topMissing, unexplained, unknownName, expanded, corrected)
            {
                CorrectedCovered = correctedCovered,
                CountedMissing = question.Counted is { } counted && !KnowledgeIndex.CountsSame(counted, terms) ? 1 : 0,
                CorrectedMissing = question.Terms.Where(t => t.Corrected && !KnowledgeIndex.Matches(t, terms)).Sum(t => t.Weight) / total,
                OwnCoverage = question.Terms.Where(t => t.MatchesOwn(terms)).Sum(t => t.Weight) / total,
                Bm25Rank = hits.Count(h => h.Score > best.Score),
                Bm25Share = hits.Max(h => h.Score) is var top25 and > 0 ? best.Score / top25 : 1,
                Margin = best.Confidence - (others.Count == 0 ? 0 : others.Max(h => h.Confidence)) };
    }

    public double[] Vector => [1, Coverage, Unknown, Uncovered, Rivals, TopMissing, Unexplained];
}

/// <summary>
/// The calibrated decision: a logistic score over <see cref="ConfidenceFeatures"/>, fitted by `report --calibrate`
/// on one half of the tuning questions (fixed seed) and checked on the other, with the two thresholds chosen on the
/// fit half — answer at or above <see cref="AnswerAt"/> (≥ 98 % precise there), ask "belum yakin, maksud Anda …?"
/// between <see cref="AskAt"/> and it, decline below. Kept in knowledge/data/confidence.json so it is refitted, not
/// edited in code.
/// </summary>
public sealed record ConfidenceModel(
    [property: JsonPropertyName("bias")] double Bias,
    [property: JsonPropertyName("coverage")] double CoverageWeight,
    [property: JsonPropertyName("unknown")] double UnknownWeight,
    [property: JsonPropertyName("uncovered")] double UncoveredWeight,
    [property: JsonPropertyName("rivals")] double RivalsWeight,
    [property: JsonPropertyName("top_missing")] double TopMissingWeight,
    [property: JsonPropertyName("unexplained")] double UnexplainedWeight,
    [property: JsonPropertyName("answer_at")] double AnswerAt,
    [property: JsonPropertyName("ask_at")] double AskAt)
{
    public const string FileName = "confidence.json";

    /// <summary>
    /// Not answered, whatever the score, when this share of the question's weight is in words no document has (nor a
    /// typo of one): the question is about something the documents never mention. Above 1: off.
    /// </summary>
    [JsonPropertyName("unknown_at")]
    public double UnknownAt { get; init; } = 1.01;

    /// <summary>
    /// Not answered when the question names a thing no document has (<see cref="ConfidenceFeatures.UnknownName"/>) and
    /// the passage covers less than this share of it: "ibu kota Jepang" is not answered by the IKN passage. 0: off.
    /// </summary>
    [JsonPropertyName("unknown_name_below")]
    public double UnknownNameBelow { get; init; }

    /// <summary>
    /// Not asked back ("maksud Anda …?") but declined as outside the programme when the question names a thing no
    /// document has and its best passage covers less than this share of it: the topics offered would share only a
    /// place or a common word with it ("cuaca Makassar" is not about the launch in Makassar). 0: off.
    /// </summary>
    [JsonPropertyName("unknown_scope_below")]
    public double UnknownScopeBelow { get; init; }

    /// <summary>
    /// A word heading at least this many sections is a topic of the documents: a question naming one its passage holds
    /// is not declined as outside the programme for a word no document has (<see cref="ScopeGuard.SubjectCovered"/>). 0: off.
    /// </summary>
    [JsonPropertyName("scope_topic_sections")]
    public int ScopeTopicSections { get; init; }

    /// <summary>
    /// Neither answered nor asked back but declined as outside the programme when the best passage shares with the
    /// question only a place or everyday words (<see cref="ConfidenceFeatures.PlaceOnly"/>) and covers less than this
    /// share of it: "kuliner khas Makassar" is not about the launch in Makassar. 0: off.
    /// </summary>
    [JsonPropertyName("place_only_below")]
    public double PlaceOnlyBelow { get; init; }

    /// <summary>Not answered, and the documents' nearest topics are not near it: say it is outside the programme.</summary>
    /// A question whose programme subject the passage holds is not outside, however heavy the word no document has.
    public bool OutsideDocuments(ConfidenceFeatures f) =>
        (f.UnknownName > 0 && f.Coverage < UnknownScopeBelow || SharesOnlyPlace(f)) && f.SubjectCovered == 0;

    private bool SharesOnlyPlace(ConfidenceFeatures f) => f.PlaceOnly > 0 && f.Coverage < PlaceOnlyBelow;

    /// <summary>Not answered when the question names a programme thing the passage lacks (<see cref="ConfidenceFeatures.TopicMissing"/>) and coverage is below this. 0: off.</summary>
    [JsonPropertyName("topic_missing_below")]
    public double TopicMissingBelow { get; init; }

    /// <summary>How many sections' headings must name a thing for <see cref="ConfidenceFeatures.TopicMissing"/> to look at it. 0: off.</summary>
    [JsonPropertyName("topic_missing_sections")]
    public int TopicMissingSections { get; init; }

    /// <summary>How much a word the passage has only as a synonym of the user's word counts as evidence (1: as the word itself).</summary>
    [JsonPropertyName("synonym_evidence")]
    public double SynonymEvidence { get; init; } = 1;

    /// <summary>How much a word the passage has only as a typo correction of the user's word counts as evidence.</summary>
    [JsonPropertyName("correction_evidence")]
    public double CorrectionEvidence { get; init; } = 1;

    /// <summary>Not answered when the evidence (<see cref="Evidence"/>) is below this share of the question's weight. 0: off.</summary>
    [JsonPropertyName("evidence_at")]
    public double EvidenceAt { get; init; }

    /// <summary>
    /// The passage's coverage with expansions weighed down: the user's own words fully, synonyms and typo corrections
    /// by their calibrated weight, so a question met mostly through expansions is not taken as covered.
    /// </summary>
    public double Evidence(ConfidenceFeatures f)
    {
        // On the coverage's own scale: the share of what matched that the user's words (and, weighed, expansions) carry.
        var matched = f.OwnCoverage + f.Expanded + f.CorrectedCovered;
        return matched <= 0 ? 0 : f.Coverage * (f.OwnCoverage + SynonymEvidence * f.Expanded + CorrectionEvidence * f.CorrectedCovered) / matched;
    }

    /// <summary>
    /// Not answered when the question counts something the passage never names (<see cref="ConfidenceFeatures.CountedMissing"/>)
    /// and the passage covers less than this share of it: a region's population is not one of the numbers of a
    /// passage about that region. 0: off.
    /// </summary>
    [JsonPropertyName("counted_missing_below")]
    public double CountedMissingBelow { get; init; }

    /// <summary>Not answered when the answer shown covers less than this share of the question (<see cref="ConfidenceFeatures.ShownCoverage"/>). 0: off.</summary>
    [JsonPropertyName("shown_at")]
    public double ShownAt { get; init; }

    /// <summary>Not answered when no sentence shown covers this share of the question (<see cref="ConfidenceFeatures.SentenceCoverage"/>). 0: off.</summary>
    [JsonPropertyName("sentence_at")]
    public double SentenceAt { get; init; }

    /// <summary>
    /// Not answered when a specific thing the question names is missing from the answer shown
    /// (<see cref="ConfidenceFeatures.NamedMissing"/>) and the passage covers less than this share of the question:
    /// Kota Batu's perwali is no answer about Kota Bogor's. 0: off; above 1: always.
    /// </summary>
    [JsonPropertyName("named_missing_below")]
    public double NamedMissingBelow { get; init; }

    /// <summary>Not answered when a rare word naming the question's subject is not in the passage (<see cref="ConfidenceFeatures.RareMissing"/>) and the passage covers less than this share. 0: off.</summary>
    [JsonPropertyName("rare_missing_below")]
    public double RareMissingBelow { get; init; }

    /// <summary>A missing word counts as rare (<see cref="RareMissingBelow"/>) when at most this many sections have it.</summary>
    [JsonPropertyName("rare_sections")]
    public int RareSections { get; init; } = 3;

    /// <summary>
    /// Not answered when no line of the answer shown states a number of what a "berapa X" question counts
    /// (<see cref="ConfidenceFeatures.CountedUnstated"/>) and the passage covers less than this share. 0: off.
    /// </summary>
    [JsonPropertyName("counted_unstated_below")]
    public double CountedUnstatedBelow { get; init; }

    /// <summary>
    /// Not answered when the question's head word is missing from the answer shown (<see cref="ConfidenceFeatures.HeadMissing"/>)
    /// and the passage has less than this share of the best BM25 score among the candidates: the re-ranking moved to a
    /// passage Lucene itself did not prefer, and what it shows does not say what is asked. 0: off.
    /// </summary>
    [JsonPropertyName("head_missing_bm25_below")]
    public double HeadMissingBm25Below { get; init; }

    /// <summary>
    /// Not answered when a detail of these kinds (<see cref="UnstatedKinds"/>) the question asks for is stated by no
    /// line of the answer shown about its subject (<see cref="ConfidenceFeatures.UnstatedDetails"/>) and the passage
    /// covers less than this share: the section on the topic, but not the budget, hour or venue asked. 0: off; above 1: always.
    /// </summary>
    [JsonPropertyName("detail_unstated_below")]
    public double DetailUnstatedBelow { get; init; }

    /// <summary>
    /// A confirmation question ("… kan?", "apakah …") is not answered as sure when a name it states, one at most this many
    /// sections have, is not in the answer shown (<see cref="Premise"/>): the answer does not confirm it. 0: off.
    /// </summary>
    [JsonPropertyName("premise_name_sections")]
    public int PremiseNameSections { get; init; }

    /// <summary>The kinds of asked detail (<see cref="AskedDetail"/> names: uang, jam, tanggal, lama, tempat, tahun, orang) whose absence counts.</summary>
    [JsonPropertyName("unstated_kinds")]
    public IReadOnlyList<string> UnstatedKinds { get; init; } = [];

    /// <summary>A detail of a counted kind is asked and not stated in the answer shown.</summary>
    public bool LacksDetail(ConfidenceFeatures f) =>
        f.UnstatedDetails.Length > 0 && f.UnstatedDetails.Split(',').Any(UnstatedKinds.Contains);

    /// <summary>
    /// Kinds of asked detail whose absence keeps the answer back at any coverage: a question whose every word the
    /// passage has (how many people came to an event) is still not answered by a count of something else.
    /// </summary>
    [JsonPropertyName("unstated_any_coverage")]
    public IReadOnlyList<string> UnstatedAnyCoverage { get; init; } = [];

    /// <summary>The asked detail that keeps the answer back (<see cref="UnstatedKinds"/> under the cut, <see cref="UnstatedAnyCoverage"/> always), or null.</summary>
    public string? HeldByDetail(ConfidenceFeatures f) => f.UnstatedDetails.Length == 0 ? null
        : f.UnstatedDetails.Split(',').FirstOrDefault(k => UnstatedAnyCoverage.Contains(k) || f.Coverage < DetailUnstatedBelow && UnstatedKinds.Contains(k));

    /// <summary>Sure enough to answer. A corrected word the passage lacks counts as a word no document has.</summary>
    public bool Answers(ConfidenceFeatures f) =>
        Score(f) >= AnswerAt && f.Unknown + f.CorrectedMissing < UnknownAt && Evidence(f) >= EvidenceAt
        && !(f.UnknownName > 0 && f.Coverage < UnknownNameBelow)
        && !(f.CountedMissing > 0 && f.Coverage < CountedMissingBelow)
        && f.ShownCoverage >= ShownAt && f.SentenceCoverage >= SentenceAt && !LacksNamed(f)
        && !(f.CountedUnstated > 0 && f.Coverage < CountedUnstatedBelow) && !(f.HeadMissing > 0 && f.Bm25Share < HeadMissingBm25Below)
        && HeldByDetail(f) is null && !SharesOnlyPlace(f) && !(f.TopicMissing > 0 && f.Coverage < TopicMissingBelow);

    /// <summary>Declined for a thing the question names that the answer lacks (the reply says so).</summary>
    public bool LacksNamed(ConfidenceFeatures f) => f.NamedMissing > 0 && f.Coverage < NamedMissingBelow || f.RareMissing > 0 && f.RareSections <= RareSections && f.Coverage < RareMissingBelow;

    /// <summary>
    /// The tuning files (names) the thresholds were fitted on; `report --calibrate` fits on these and measures the
    /// files it is given beyond them apart, as questions the fit never saw. Empty: every file given is fitted on.
    /// </summary>
    [JsonPropertyName("fit_files")]
    public IReadOnlyList<string> FitFiles { get; init; } = [];

    /// <summary>Fitted on, and how it did (written by `report --calibrate --write`, read by people).</summary>
    [JsonPropertyName("fitted")]
    public string? Fitted { get; init; }

    /// <summary>Before any calibration file exists: coverage alone, the old 0.30 cut (sigmoid(12·(c − 0.3)) = 0.5), never declining what names a document subject.</summary>
    public static readonly ConfidenceModel Default = new(-3.6, 12, 0, 0, 0, 0, 0, 0.5, 0);

    /// <summary>Answers whatever has a passage (calibration computes the answer a question would get).</summary>
    public static readonly ConfidenceModel AlwaysAnswer = Default with { AnswerAt = 0, AskAt = 0 };

    public double Score(ConfidenceFeatures f) =>
        1 / (1 + Math.Exp(-(Bias + CoverageWeight * f.Coverage + UnknownWeight * f.Unknown + UncoveredWeight * f.Uncovered + RivalsWeight * f.Rivals + TopMissingWeight * f.TopMissing + UnexplainedWeight * f.Unexplained)));

    /// <summary>knowledge/data/confidence.json of a knowledge folder, or <see cref="Default"/> when there is none.</summary>
    public static ConfidenceModel For(string knowledgeFolder) => DataFile.Read(knowledgeFolder, FileName, Default);

    public static string PathIn(string knowledgeFolder) => DataFile.PathIn(knowledgeFolder, FileName);

    public void Save(string knowledgeFolder) => DataFile.Write(knowledgeFolder, FileName, this);

    /// <summary>Logistic regression by batch gradient descent (few features, a few hundred rows: exact enough).</summary>
    public static ConfidenceModel Fit(IReadOnlyList<(ConfidenceFeatures F, bool Correct)> rows, int iterations = 4000, double rate = 0.5, double l2 = 0.001)
    {
        const int n = 7;
        var w = new double[n];
        if (rows.Count == 0) return Default;
        for (var it = 0; it < iterations; it++)
        {
            var g = new double[n];
            foreach (var (f, correct) in rows)
            {
                var x = f.Vector;
                var p = 1 / (1 + Math.Exp(-Enumerable.Range(0, n).Sum(k => w[k] * x[k])));
                for (var k = 0; k < n; k++) g[k] += (p - (correct ? 1 : 0)) * x[k];
            }
            for (var k = 0; k < n; k++) w[k] -= rate * (g[k] / rows.Count + (k == 0 ? 0 : l2 * w[k]));
        }
        return new ConfidenceModel(w[0], w[1], w[2], w[3], w[4], w[5], w[6], 0.5, 0.2);
    }
}
