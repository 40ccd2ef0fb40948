using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// Words that open a question without a question word (a wish to know followed by the thing asked:
/// knowledge/lexicon/pembuka-tanya.txt, read after informal spellings are made standard, tau → tahu).
/// </summary>
public static class AskingOpener
{
    private static readonly CuePattern Opener = new(@"\b(?:{:pembuka-tanya})\b");

    /// <summary>Whether the (normalised, masked) words hold a question opener.</summary>
    public static bool In(string normalized) => Opener.IsMatch(InformalIndonesian.Normalize(normalized));

    /// <summary>
    /// Where each opener of the text ends, in the text as given (its spellings already made standard): what follows one
    /// is the thing asked.
    /// </summary>
    public static IEnumerable<int> EndsIn(string normalized) => Opener.Regex.Matches(normalized).Select(m => m.Index + m.Length);
}
