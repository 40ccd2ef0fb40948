namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Alternate questions (front matter <c>questions:</c>, like QnA Maker's alternate phrasings): staff wrote how people ask
/// for a section. Their own search field weighs little under BM25 (its length norm runs over every passage, most of which
/// have none), so each phrasing is also compared with the question on its own: a question worded like one of them, or
/// close to it, is strong evidence for that section, whatever its heading and text say.
/// </summary>
public sealed partial class KnowledgeIndex
{
    // Per passage, per alternate question: its word positions (each the word as written and its stem) with their rarity.
    private AlternatePhrasing[][] _alternates = [];

    private sealed record AlternatePhrasing(string[][] Positions, double[] Weights)
    {
        public double Total { get; } = Weights.Sum();

        // Its words as written, and every form of them: built once with the index, read for every candidate of every question.
        public HashSet<string> Written { get; } = new(Positions.Select(p => KnowledgeIndex.Written(p[0])), StringComparer.Ordinal);
        public HashSet<string> Forms { get; } = new(Positions.SelectMany(p => p), StringComparer.Ordinal);
    }

    // Below this the question only shares a word or two with a staff phrasing: no evidence beyond the words themselves.
    private const double AlternateFloor = 0.5;

    // At or above this the question is a staff phrasing, or a close paraphrase of it: the section stays first.
    private const double AlternateStrong = 0.75;

    // A phrasing or a question of one content word ("… bisa ikut?", "ikut tahun berapa") says what it is about, not how it
    // is put: many sections share that word, so matching it is no evidence that staff wrote the question for this one.
    private const int MinContentWords = 2;

    private void IndexAlternates(IReadOnlyList<Passage> passages) =>
        _alternates = passages.Select(p => p.AlternateQuestions.Select(Phrasing).Where(a => a.Total > 0 && a.Positions.Length >= MinContentWords).ToArray()).ToArray();

    private AlternatePhrasing Phrasing(string question)
    {
        var positions = KnowledgeAnalyzers.Terms(DocumentAnalyzer, InformalIndonesian.Normalize(question))
            .GroupBy(t => t.Position).Select(g => g.Select(t => t.Term).ToArray()).ToArray();
        // A word asking how, when or who ("bagaimana", "kapan") is how the question is put, not what it is about.
        var kept = positions.Where(p => !QuestionCues.IsFunctionWord(p[0]) && !QuestionCues.IsGenericWord(p[0])).ToArray();
        return new AlternatePhrasing(kept, kept.Select(p => WeightOfSections(p.Select(DocumentFrequency).DefaultIfEmpty(0).Max())).ToArray());
    }

    /// <summary>
    /// How closely the question matches the passage's closest alternate question (0..1): the harmonic mean of the share
    /// of the question's weight the phrasing holds and the share of the phrasing's weight the question holds, each word
    /// weighed by its rarity. A word met only through its stem or a synonym ("dipelajari" and "mengajar" share "ajar")
    /// counts half: the same word written is what tells a staff phrasing from a neighbour's. 1 for a question worded as
    /// staff wrote it; 0 for a passage without alternate questions.
    /// </summary>
    private double AlternateMatch(Ranking ranking, int doc)
    {
        var phrasings = _alternates.Length > doc ? _alternates[doc] : [];
        if (phrasings.Length == 0) return 0;
        var question = ranking.Question;
        if (question.Terms.Count(t => t.Weight > 0) < MinContentWords) return 0;
        double best = 0;
        foreach (var phrasing in phrasings)
        {
            var (written, words) = (phrasing.Written, phrasing.Forms);
            double total = 0, held = 0;
            foreach (var term in question.Terms)
            {
                if (term.Weight <= 0) continue;
                total += term.Weight;
                if (WrittenIn(term, written)) held += term.Weight;
                else if (Matches(term, words)) held += term.Weight * StemShare;
            }
            double met = 0;
            for (var i = 0; i < phrasing.Positions.Length; i++)
            {
                var position = phrasing.Positions[i];
                if (ranking.WrittenWords.Contains(Written(position[0]))) met += phrasing.Weights[i];
                else if (position.Any(ranking.QuestionWords.Contains)) met += phrasing.Weights[i] * StemShare;
            }
            var (q, a) = (total <= 0 ? 0 : held / total, met / phrasing.Total);
            if (q + a > 0) best = Math.Max(best, 2 * q * a / (q + a));
        }
        return best;
    }

    private const double StemShare = 0.5;

    // A word as written, less a particle or "-nya" ("biayanya" is "biaya" written): not an affix that makes another word.
    private static string Written(string word) => Particles.Bare(word) ?? word;

    // The user's own words, as written, are all in the phrasing's written words.
    private static bool WrittenIn(QuestionTerm term, IReadOnlySet<string> written) =>
        term.Options.Count > 0 && term.Options[0].Count > 0 && term.Options[0].All(position => position.Length > 0 && written.Contains(Written(position[0])));

    /// <summary>
    /// The candidate is the section the question is worded for (<see cref="AlternateStrong"/>) and matches it clearly
    /// better than the first matches any of its own: staff said this is how people ask for it.
    /// </summary>
    private bool OutmatchesAlternate(Ranking ranking, int first, int candidate) =>
        AsksAlternate(ranking, candidate) && ranking.Alternate(candidate) >= ranking.Alternate(first) + AlternateMargin;

    private const double AlternateMargin = 0.1;

    /// <summary>The passage's closest alternate question when it is evidence (at least <see cref="AlternateFloor"/>), else 0.</summary>
    private double AlternateEvidence(Ranking ranking, int doc) => ranking.Alternate(doc) is var match && match >= AlternateFloor ? match : 0;

    /// <summary>The question is worded as one of the passage's alternate questions, or nearly (<see cref="AlternateStrong"/>).</summary>
    private bool AsksAlternate(Ranking ranking, int doc) => ranking.Alternate(doc) >= AlternateStrong;
}
