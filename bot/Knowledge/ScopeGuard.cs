namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Scope comes from the documents, not from a list of subjects: a question is about the programme when it names
/// something the documents' titles or headings name (so a new document widens the scope with no code change), and it
/// is answered only when a passage covers it confidently. What is neither is declined.
/// </summary>
public static class ScopeGuard
{
    /// <summary>A short thanks or acknowledgement (knowledge/lexicon/terima-kasih.txt).</summary>
    public static bool IsThanks(string normalized) => Lexicon.Current.Thanks.IsMatch(normalized) && !AsksOn(normalized);

    /// <summary>
    /// "oh ya, bagaimana dengan 2018?": a thanks word opening a follow-up (pembuka-lanjutan.txt) that goes on to name a year
    /// asks on; "oke, kalau begitu sampai jumpa" still closes.
    /// </summary>
    private static bool AsksOn(string normalized) =>
        Lexicon.Current.FollowUpCue.Match(normalized) is { Success: true } cue && normalized[(cue.Index + cue.Length)..].Any(char.IsDigit);

    /// <summary>
    /// The question names a subject of the documents: one of its specific words (not an everyday, broad or question
    /// word, not a year) is a word of some document title or heading.
    /// </summary>
    public static bool NamesDocumentSubject(AnalyzedQuestion question, KnowledgeIndex index) =>
        question.Terms.Any(t => t.Known && t.OptionWeights[0] > 0 && !QuestionCues.IsGenericWord(t.Words)
            && !Lexicon.Current.BroadWords.Contains(t.Words) && !t.NamesYear
            && KnowledgeIndex.Matches(t, index.SubjectTerms));
}
