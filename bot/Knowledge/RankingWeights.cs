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
    [property: JsonPropertyName("year_range")] double YearRange,
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
    [property: JsonPropertyName("span")] double Span)
{
    public const string FileName = "ranking.json";

    /// <summary>The values set by hand before they were fitted (and used when a knowledge folder has no ranking.json).</summary>
    public static readonly RankingWeights Default = new(0.25, 0.3, 0.5, 0.5, 0.5, 0.3, 0.4, 0.25, 0.3, 0.5, 0.5, 0.6, 0.4, 0.3, 0.5, 0.3, 0.3);

    /// <summary>The weights of the knowledge folder loaded last (set with <see cref="Lexicon.Current"/>).</summary>
    public static RankingWeights Current { get; set; } = Default;

    /// <summary>Fitted on, and how it did (written by `report --fit-ranking --write`, read by people).</summary>
    [JsonPropertyName("fitted")]
    public string? Fitted { get; init; }

    /// <summary>The names of the factors, in the order of <see cref="Factors"/> (the coverage floor is not a factor).</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "answer_type", "heading_coverage", "year_range", "counted_heading", "year", "heading_year", "other_year_penalty", "region_hint",
        "pillar_hint", "subject", "recent", "past_penalty", "form_heading", "item", "sentence", "span",
    ];

    /// <summary>The weight of each factor, in the order of <see cref="Names"/>.</summary>
    public double[] Factors() =>
        [AnswerType, HeadingCoverage, YearRange, CountedHeading, Year, HeadingYear, OtherYearPenalty, RegionHint, PillarHint, Subject, Recent, PastPenalty, FormHeading, Item, Sentence, Span];

    /// <summary>These weights with the factors' weights replaced (in the order of <see cref="Names"/>).</summary>
    public RankingWeights WithFactors(IReadOnlyList<double> w) =>
        this with
        {
            AnswerType = w[0], HeadingCoverage = w[1], YearRange = w[2], CountedHeading = w[3], Year = w[4], HeadingYear = w[5], OtherYearPenalty = w[6],
            RegionHint = w[7], PillarHint = w[8], Subject = w[9], Recent = w[10], PastPenalty = w[11], FormHeading = w[12], Item = w[13], Sentence = w[14], Span = w[15],
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
