using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A question's shape beyond its words: a negation asked ("yang tidak …", "tahun berapa gak ada MoU") is answered by a
/// section stating that something did not happen, not by one that shares the same words and says it did.
/// </summary>
public sealed partial class KnowledgeIndex
{
    // Per passage: the analysed words of each sentence or list item that denies something (kata-ingkar.txt).
    private HashSet<string>[][] _deniedTerms = [];

    private void IndexShapes(Passage[] passages)
    {
        _deniedTerms = passages.Select(p => AnswerComposer.Split(p.Body) is var (sentences, items)
            ? sentences.Concat(items).Where(Denies).Select(TermsOf).ToArray()
            : []).ToArray();
    }

    /// <summary>
    /// The question denies something of its subject ("tahun berapa tidak ada MoU", "pilar yang bukan …"):
    /// a negation (kata-ingkar.txt) followed by a word that says what, not a closing "gak?" or "belum ya" that only
    /// asks yes or no.
    /// </summary>
    public static bool AsksDenied(string normalized) => DeniedCue.Regex.IsMatch(normalized);

    private static readonly CuePattern DeniedCue = new(@"\b{:kata-ingkar}\s+(?!(?:{:partikel-akhir})\b)\p{L}{2,}", RegexOptions.IgnoreCase);

    private static readonly CuePattern DenialCue = new(@"\b{:kata-ingkar}\b", RegexOptions.IgnoreCase);

    public static bool Denies(string sentence) => DenialCue.Regex.IsMatch(sentence);

    /// <summary>
    /// For a question that denies (<see cref="AsksDenied"/>): the largest share of its specific words that one denying
    /// sentence of the passage has ("… pada tahun 2020 tidak ditemukan" for a year with no new cohort).
    /// </summary>
    private double DeniedShare(Ranking ranking, int doc)
    {
        if (!ranking.AsksDenied || _deniedTerms[doc].Length == 0) return 0;
        double total = 0;
        foreach (var term in ranking.Subjects) total += term.RankWeight;
        if (total <= 0) return 0;
        double best = 0;
        foreach (var terms in _deniedTerms[doc])
        {
            double found = 0;
            foreach (var term in ranking.Subjects)
                if (Matches(term, terms)) found += term.RankWeight;
            best = Math.Max(best, found / total);
        }
        return best;
    }
}
