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

    // Per passage: each clause a text opens with an order word ("setelah penetapan …", "sebelum pemaparan …"), its direction
    // and the analysed words of what it is after or before (kata-henti.txt drops the order words themselves).
    private OrderedClause[][] _orderedClauses = [];

    private void IndexShapes(Passage[] passages)
    {
        _deniedTerms = passages.Select(p => AnswerComposer.Split(p.Body) is var (sentences, items)
            ? sentences.Concat(items).Where(Denies).Select(TermsOf).ToArray()
            : []).ToArray();
        _orderedClauses = passages.Select(p => OrderedClauses(p.Body).ToArray()).ToArray();
    }

    private readonly record struct OrderedClause(bool After, HashSet<string> Terms);

    private static IEnumerable<OrderedClause> OrderedClauses(string text)
    {
        foreach (Match m in OrderCue.Regex.Matches(text))
            yield return new OrderedClause(m.Groups["after"].Success, TermsOf(m.Groups["what"].Value));
    }

    // An order word (penanda-sesudah.txt, penanda-sebelum.txt) and the few words after it, up to a comma or full stop
    // (looked ahead, so "setelah assessment dan sebelum MoU" is two clauses).
    private static readonly CuePattern OrderCue = new(
        @"\b(?:(?<after>{:penanda-sesudah})|{:penanda-sebelum})\s+(?=(?<what>[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,2}))", RegexOptions.IgnoreCase);

    /// <summary>
    /// "Setelah assessment apa …", "sebelum bimtek harus apa": the question asks what comes after (or before) a step;
    /// its specific words right after the order word name that step. Null when it asks no order.
    /// </summary>
    private static OrderAsked? OrderOf(AnalyzedQuestion question, IReadOnlyList<QuestionTerm> subjects)
    {
        if (OrderCue.Regex.Match(question.Normalized) is not { Success: true } m) return null;
        // "sebelum 2022 …" bounds a time, not a step of the programme.
        if (char.IsDigit(m.Groups["what"].Value[0])) return null;
        var step = TermsOf(m.Groups["what"].Value);
        var anchors = subjects.Where(t => Matches(t, step)).ToList();
        return anchors.Count == 0 ? null : new OrderAsked(m.Groups["after"].Success, anchors);
    }

    private sealed record OrderAsked(bool After, List<QuestionTerm> Anchors);

    /// <summary>
    /// For a question asking what comes after or before a step (<see cref="OrderOf"/>): the largest share of the step's
    /// words that one clause of the passage opening with an order word of the same direction has ("Setelah assessment,
    /// Kominfo menetapkan …" for "setelah assessment apa"). A section only naming the step says nothing of what follows it.
    /// </summary>
    private double OrderShare(Ranking ranking, int doc)
    {
        if (ranking.Order is not { } order || _orderedClauses[doc].Length == 0) return 0;
        double total = 0, best = 0;
        foreach (var term in order.Anchors) total += term.RankWeight;
        if (total <= 0) return 0;
        foreach (var clause in _orderedClauses[doc])
        {
            // The step's first word (its head: "bimtek" of "sebelum bimtek pendampingnya …") must be in the clause.
            if (clause.After != order.After || !Matches(order.Anchors[0], clause.Terms)) continue;
            double found = 0;
            foreach (var term in order.Anchors)
                if (Matches(term, clause.Terms)) found += term.RankWeight;
            best = Math.Max(best, found / total);
        }
        return best;
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

    private bool AsksOrder(Ranking ranking) => Weights.On(RankingRule.OrderFirst) && ranking.Order is not null;

    /// <summary>
    /// Of candidates in rank order, the one to put first for a question asking what comes after or before a step: the
    /// best ranked whose clause names more of the step than the first's does, else the first. Such a clause ("Setelah
    /// assessment, Kominfo menetapkan …") is the answer however common the step's words are; a section sharing more of
    /// the question's other words ("langkah berikutnya") is not.
    /// </summary>
    public static int OrderFirst(IEnumerable<int> order, int first, Func<int, double> share)
    {
        var best = first;
        var bestShare = Math.Max(share(first), MinOrderShare);
        foreach (var i in order)
            if (share(i) > bestShare) (best, bestShare) = (i, share(i));
        return best;
    }

    // Any clause naming the step's head qualifies; of several, the one naming more of the step.
    private const double MinOrderShare = 0;
}
