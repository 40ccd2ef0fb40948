using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// The bare words asking for what comes before or after the thing just answered, naming nothing of their own
/// ("sebelumnya?", "habis itu?": knowledge/lexicon/langkah-sebelumnya.txt, langkah-sesudahnya.txt). One reading of the
/// two lists for every answer that steps from the last one: the neighbouring numbered step (StepOrder), the
/// neighbouring cohort's size (CohortFigures). Built once per lexicon, so a list staff edit is read by both alike.
/// </summary>
/// <param name="Before">The words asking for what comes before (langkah-sebelumnya.txt).</param>
/// <param name="After">The words asking for what comes after (langkah-sesudahnya.txt).</param>
public sealed record BareStep(PhraseList Before, PhraseList After)
{
    private static readonly PerLexicon<BareStep> Lists = new(lexicon =>
        new BareStep(new PhraseList(lexicon.Lists.GetValueOrDefault("langkah-sebelumnya") ?? []),
            new PhraseList(lexicon.Lists.GetValueOrDefault("langkah-sesudahnya") ?? [])));

    /// <summary>The lists of the lexicon in use.</summary>
    public static BareStep Current => Lists.Current;

    /// <summary>A message's words as the lists are matched against them (lower case, letters and digits, single spaces).</summary>
    public static string[] Words(string text) => RegionResolver.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether the text holds a word asking for what comes before.</summary>
    public bool AsksBefore(string text) => Before.In(Words(text));

    /// <summary>Whether the text holds a word asking for what comes after.</summary>
    public bool AsksAfter(string text) => After.In(Words(text));
}
