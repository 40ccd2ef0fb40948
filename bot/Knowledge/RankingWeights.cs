using System.Text.Json.Serialization;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// The coefficients of the re-ranking of Lucene's candidates (<see cref="KnowledgeIndex"/>): a candidate's rank is its
/// BM25 score × (<see cref="CoverageFloor"/> + its coverage of the question) × Π (1 + weight · factor), one factor per
/// property below (a share 0..1, or −1 for a penalty). Kept in knowledge/data/ranking.json so they are fitted on the
/// tuning questions (`report --fit-ranking`), not guessed.
/// </summary>
public sealed record RankingWeights(
    [property: JsonPropertyName("coverage_floor")] double CoverageFloor,
    [property: JsonPropertyName("answer_type")] double AnswerType,
    [property: JsonPropertyName("heading_coverage")] double HeadingCoverage,
    [property: JsonPropertyName("counted_heading")] double CountedHeading,
    [property: JsonPropertyName("year")] double Year,
    [property: JsonPropertyName("heading_year")] double HeadingYear,
    [property: JsonPropertyName("other_year_penalty")] double OtherYearPenalty,
    [property: JsonPropertyName("region_hint")] double RegionHint,
    [property: JsonPropertyName("pillar_hint")] double PillarHint,
    [property: JsonPropertyName("subject")] double Subject,
    [property: JsonPropertyName("recent")] double Recent,
    [property: JsonPropertyName("past_penalty")] double PastPenalty,
    [property: JsonPropertyName("form_heading")] double FormHeading,
    [property: JsonPropertyName("item")] double Item,
    [property: JsonPropertyName("sentence")] double Sentence,
    [property: JsonPropertyName("span")] double Span,
    [property: JsonPropertyName("denied")] double Denied,
    [property: JsonPropertyName("order")] double Order = 0,
    [property: JsonPropertyName("count_for_list")] double CountForList = 0,
    [property: JsonPropertyName("year_in_span")] double YearInSpan = 0,
    [property: JsonPropertyName("alternate_question")] double AlternateQuestion = 0)
{
    public const string FileName = "ranking.json";

    /// <summary>The values set by hand before they were fitted (and used when a knowledge folder has no ranking.json).</summary>
    public static readonly RankingWeights Default = new(0.25, 0.3, 0.5, 0.5, 0.3, 0.4, 0.25, 0.3, 0.5, 0.5, 0.6, 0.4, 0.3, 0.5, 0.3, 0.3, 0.5, 0.5, 0.3, 0.3, 1.0);

    /// <summary>The weights of the knowledge folder loaded last (set with <see cref="Lexicon.Current"/>).</summary>
    public static RankingWeights Current { get; set; } = Default;

    /// <summary>
    /// Rules of the re-ranking switched off by name (<see cref="RuleNames"/>): what `report --ablate` measures one at a
    /// time; empty in use. Set with <c>with { Off = … }</c>.
    /// </summary>
    [JsonPropertyName("off")]
    public string[] Off
    {
        get => _off;
        init
        {
            _off = value ?? [];
            _disabled = _off.Aggregate(RankingRule.None, (all, name) => all | (Array.IndexOf(RuleNames, name) is var i && i >= 0 ? (RankingRule)(1 << i) : RankingRule.None));
        }
    }

    private readonly string[] _off = [];
    private readonly RankingRule _disabled;

    /// <summary>The rule is in force (not switched off).</summary>
    public bool On(RankingRule rule) => (_disabled & rule) == 0;

    /// <summary>The names of the rules of <see cref="RankingRule"/>, bit by bit.</summary>
    public static readonly string[] RuleNames =
    [
        "coverage", "aspect_coverage", "dominance", "dominance_share", "dominance_head", "dominance_heading", "carrier",
        "keeps_heading_year", "keeps_pillar", "keeps_subject", "keeps_asks_same", "keeps_denied", "order_first", "dominance_year", "latest_first",
        "dominance_region", "head_first", "earliest_first", "keeps_alternate", "dominance_alternate",
    ];

    /// <summary>
    /// How much of the question (as a share of the first's coverage) a sibling section headed by the question's own word
    /// must cover to go before a first headed by a word the question does not name (<see cref="RankingRule.HeadFirst"/>).
    /// </summary>
    [JsonPropertyName("head_first_share")]
    public double HeadFirstShare { get; init; } = 0.75;

    /// <summary>Fitted on, and how it did (written by `report --fit-ranking --write`, read by people).</summary>
    [JsonPropertyName("fitted")]
    public string? Fitted { get; init; }

    /// <summary>The names of the factors, in the order of <see cref="Factors"/> (the coverage floor is not a factor).</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "answer_type", "heading_coverage", "counted_heading", "year", "heading_year", "other_year_penalty", "region_hint",
        "pillar_hint", "subject", "recent", "past_penalty", "form_heading", "item", "sentence", "span", "denied", "order",
        "count_for_list", "year_in_span", "alternate_question",
    ];

    /// <summary>The weight of each factor, in the order of <see cref="Names"/>.</summary>
    public double[] Factors() =>
        [AnswerType, HeadingCoverage, CountedHeading, Year, HeadingYear, OtherYearPenalty, RegionHint, PillarHint, Subject, Recent, PastPenalty, FormHeading, Item, Sentence, Span, Denied, Order, CountForList, YearInSpan, AlternateQuestion];

    /// <summary>These weights with the factors' weights replaced (in the order of <see cref="Names"/>).</summary>
    public RankingWeights WithFactors(IReadOnlyList<double> w) =>
        this with
        {
            AnswerType = w[0], HeadingCoverage = w[1], CountedHeading = w[2], Year = w[3], HeadingYear = w[4], OtherYearPenalty = w[5],
            RegionHint = w[6], PillarHint = w[7], Subject = w[8], Recent = w[9], PastPenalty = w[10], FormHeading = w[11], Item = w[12], Sentence = w[13], Span = w[14],
            Denied = w[15], Order = w[16], CountForList = w[17], YearInSpan = w[18], AlternateQuestion = w[19],
        };

    /// <summary>Π (1 + weight · factor): the multiplier of a candidate with these factor values.</summary>
    public static double Multiplier(ReadOnlySpan<double> weights, ReadOnlySpan<double> factors)
    {
        var fit = 1.0;
        for (var i = 0; i < factors.Length; i++)
            if (factors[i] != 0) fit *= 1 + weights[i] * factors[i];
        return fit;
    }

    /// <summary>knowledge/data/ranking.json of a knowledge folder, or <see cref="Default"/> when there is none or it is unreadable.</summary>
    public static RankingWeights For(string knowledgeFolder) => DataFile.Read(knowledgeFolder, FileName, Default);

    public static string PathIn(string knowledgeFolder) => DataFile.PathIn(knowledgeFolder, FileName);

    public void Save(string knowledgeFolder) => DataFile.Write(knowledgeFolder, FileName, this);
}

/// <summary>
/// The re-ranking's rules beside the weighted factors (<see cref="KnowledgeIndex"/>), each a bit named in
/// <see cref="RankingWeights.RuleNames"/>, so that each can be switched off alone and its effect counted.
/// </summary>
[Flags]
public enum RankingRule
{
    None = 0,
    /// <summary>BM25 × (floor + the share of the question the candidate covers).</summary>
    Coverage = 1 << 0,
    /// <summary>A section about the subject named counts the aspect asked ("tujuan") as covered.</summary>
    AspectCoverage = 1 << 1,
    /// <summary>A candidate having every word the first has and more overtakes it.</summary>
    Dominance = 1 << 2,
    /// <summary>… when the words it adds weigh enough of the question.</summary>
    DominanceShare = 1 << 3,
    /// <summary>… when it adds the question's head word.</summary>
    DominanceHead = 1 << 4,
    /// <summary>… when, in the same document, its heading names a word the first lacks.</summary>
    DominanceHeading = 1 << 5,
    /// <summary>A first lacking the figure asked for hands over to one holding it.</summary>
    Carrier = 1 << 6,
    /// <summary>An overtaker must keep the first's heading year asked about.</summary>
    KeepsHeadingYear = 1 << 7,
    /// <summary>… a heading naming the pillar asked about.</summary>
    KeepsPillar = 1 << 8,
    /// <summary>… naming the subject asked about.</summary>
    KeepsSubject = 1 << 9,
    /// <summary>… a heading asking what the question asks.</summary>
    KeepsAsksSame = 1 << 10,
    KeepsDenied = 1 << 11,
    /// <summary>For "setelah X apa", a candidate whose clause opens with the order word and names X goes first.</summary>
    OrderFirst = 1 << 12,
    /// <summary>A candidate naming the one year asked overtakes a first headed by other years that never names it.</summary>
    DominanceYear = 1 << 13,
    /// <summary>For "MoU terakhir", of candidates covering as much as the first, the one headed by the newest year goes first.</summary>
    LatestFirst = 1 << 14,
    /// <summary>A candidate naming the region the question names overtakes a first that never names it.</summary>
    DominanceRegion = 1 << 15,
    /// <summary>A first whose heading is headed by a word the question does not name hands over to a sibling section headed by one it names.</summary>
    HeadFirst = 1 << 16,
    /// <summary>For "kapan programnya mulai", of candidates covering as much as the first and stating a beginning, the one headed by the oldest year goes first.</summary>
    EarliestFirst = 1 << 17,
    /// <summary>An overtaker must match the question's alternate question as closely as a first worded for it.</summary>
    KeepsAlternate = 1 << 18,
    /// <summary>A candidate the question is worded for (one of its alternate questions), clearly more than for the first, overtakes it.</summary>
    DominanceAlternate = 1 << 19,
}
