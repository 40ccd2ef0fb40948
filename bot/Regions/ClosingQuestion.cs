using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Regions;

/// <summary>
/// The last sentence of a message whose sentences before it only set the scene ("Kami dari sebuah kampus. Tahun 2018
/// yang ikut berapa?", "Writing from Surabaya for my thesis. Which provinces …?"): who asks and where they are is not
/// what the figures are asked of. Null for a one-sentence message, or when an earlier sentence asks too.
/// </summary>
public static class ClosingQuestion
{
    public static string? Of(string text)
    {
        var sentences = QuestionPreamble.Sentences(text);
        if (sentences.Count < 2 || sentences.SkipLast(1).Any(s => s.EndsWith('?'))) return null;
        return sentences[^1];
    }
}
