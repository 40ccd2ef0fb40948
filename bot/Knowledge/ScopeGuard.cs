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
        question.Terms.Any(t => Specific(t) && KnowledgeIndex.Matches(t, index.SubjectTerms));

    /// <summary>The question's words that name what the documents' titles and headings are about (a pillar, a stage, "masterplan").</summary>
    public static IEnumerable<string> DocumentSubjects(AnalyzedQuestion question, KnowledgeIndex index) =>
        question.Terms.Where(t => Specific(t) && KnowledgeIndex.Matches(t, index.SubjectTerms)).Select(t => t.Words);

    /// <summary>
    /// The question names a topic of the documents in the user's own words, beyond a place — a programme thing such as
    /// "quick win" or "masterplan" that heads at least <paramref name="topicSections"/> sections — and the passage
    /// found holds every such topic. A word no document has beside it ("kayak", "konsultan", "kickoff") is then a way
    /// of asking, or a detail the documents may lack, not a sign the question is about something else: "cuaca
    /// Makassar" names only a place, "kantor pusat Tokopedia" only a word one heading happens to have.
    /// </summary>
    /// <param name="placeTerms">Index terms of the places the question names (the recognizer's regions and province).</param>
    public static bool SubjectCovered(AnalyzedQuestion question, KnowledgeIndex index, Passage passage, IReadOnlySet<string> placeTerms, int topicSections)
    {
        var topics = question.Terms.Where(t => Specific(t) && !KnowledgeIndex.Matches(t, placeTerms) && NamesProgrammeThing(t, index)
            && index.SectionsHeadedBy(t) >= topicSections).ToList();
        if (topicSections <= 0 || topics.Count == 0) return false;
        var terms = KnowledgeIndex.TermSetOf($"{passage.DocumentTitle}\n{string.Join("\n", passage.Headings)}\n{passage.Body}");
        return topics.All(t => KnowledgeIndex.Matches(t, terms));
    }

    /// <summary>
    /// The question's head word (its first specific word, which Indonesian puts before its modifiers) when it is a
    /// programme thing in the user's own word (the kind <see cref="SubjectCovered"/> looks for: "MoU", "tema", heading at
    /// least <paramref name="topicSections"/> sections) that the passage holds in no form, or null. A section about another event of the same year ("hotel" of the year's seminar for
    /// the year's MoU) shares the year and the asking words, not the thing asked about.
    /// </summary>
    /// <param name="placeTerms">Index terms of the places the question names (the recognizer's regions and province).</param>
    public static string? TopicMissing(AnalyzedQuestion question, KnowledgeIndex index, Passage passage, IReadOnlySet<string> placeTerms, int topicSections)
    {
        if (topicSections <= 0 || KnowledgeIndex.HeadTerm(question) is not (>= 0 and var head)) return null;
        var t = question.Terms[head];
        if (FramesTheThing(t)) return null;
        var terms = KnowledgeIndex.TermSetOf($"{passage.DocumentTitle}\n{string.Join("\n", passage.Headings)}\n{passage.Body}");
        return t.Weight > 0 && Specific(t) && !KnowledgeIndex.Matches(t, placeTerms) && (NamesProgrammeThing(t, index) || HeadingAcronym(t, index))
            && index.SectionsHeadedBy(t) >= topicSections && !KnowledgeIndex.Matches(t, terms) && !MetByNarrower(t, terms) ? t.Words : null;
    }

    private const string NarrowerFile = "kepala-sempit";

    /// <summary>One line of kepala-sempit.txt as roots: the broad word's, and each narrower word's (none empty).</summary>
    private sealed record Narrower(IReadOnlySet<string> Broad, IReadOnlyList<IReadOnlySet<string>> Words);

    // Read once per lexicon: the check runs on every candidate answer's features.
    private static readonly PerLexicon<IReadOnlyList<Narrower>> NarrowerOf = new(lexicon =>
        [.. (lexicon.Lists.GetValueOrDefault(NarrowerFile) ?? [])
            .Select(line => line.Split("=>", 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2)
            .Select(parts => new Narrower(KnowledgeIndex.TermSetOf(parts[0]),
                [.. parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(n => (IReadOnlySet<string>)KnowledgeIndex.TermSetOf(n)).Where(roots => roots.Count > 0)]))]);

    /// <summary>
    /// The head word is met by a narrower word the documents use for it (kepala-sempit.txt, one way, read only by this check):
    /// "seleksi" asked of a year is met by that year's "assessment" section. Never a synonym in the search itself, where it
    /// would make questions about the narrower thing's details ("asesor" names) look covered.
    /// </summary>
    private static bool MetByNarrower(QuestionTerm head, IReadOnlySet<string> passageTerms)
    {
        var lines = NarrowerOf.Current;
        if (lines.Count == 0) return false;
        var roots = KnowledgeIndex.TermSetOf(head.Words);
        return lines.Any(line => roots.Overlaps(line.Broad) && line.Words.Any(narrower => narrower.IsSubsetOf(passageTerms)));
    }

    /// <summary>
    /// A first word saying what is asked of the thing rather than naming it: an aspect ("contoh quick win …", kata-aspek.txt),
    /// a side of an event or a step ("acara penghargaan …", "mulai …", lanjutan-segi.txt) or taking part ("ikut nyusun
    /// masterplan", ikut-serta.txt). The documents head sections with such words too, but the thing asked comes after them.
    /// </summary>
    private static bool FramesTheThing(QuestionTerm t) =>
        t.Aspect || InList(FramingLists, t.Words);

    private static readonly string[] FramingLists = ["lanjutan-segi", "ikut-serta"];

    private static bool InList(string[] names, string word) =>
        names.Any(name => Lexicon.Current.Lists.TryGetValue(name, out var words) && words.Contains(word, StringComparer.OrdinalIgnoreCase));

    // A short name the headings write as the user does ("MoU", "ToT", "IKN"): too short for a name among words no
    // document has, where such words are mostly chat abbreviations, but a heading's word names a programme thing.
    private const int AcronymLength = 3;

    private static bool HeadingAcronym(QuestionTerm t, KnowledgeIndex index) =>
        t.Words.Length == AcronymLength && t.Words.All(char.IsLetter) && !NumberWord(t.Words) && !index.InMostSections(t) && t.MatchesOwn(index.SubjectTerms);

    // "dua", "tiga" (knowledge/lexicon/bilangan.txt) count; they name nothing.
    private static bool NumberWord(string word) =>
        Lexicon.Current.Lists.TryGetValue("bilangan", out var numbers) && numbers.Contains(word, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The passage shares with the question only a place or everyday words: of the question's subject words — what
    /// it asks about, beyond places, years, question and broad words ("kuliner", "lowongan", "sejarah berdirinya") —
    /// the passage holds none, neither as written, nor as a synonym, nor as a typo reading, and they name a thing no
    /// document has or two things. Such a question is about something else in the same town ("lowongan kerja di
    /// kota Semarang").
    /// </summary>
    /// <param name="placeTerms">Index terms of the places the question names (the recognizer's regions and province).</param>
    public static bool SharesOnlyPlace(AnalyzedQuestion question, Passage passage, IReadOnlySet<string> placeTerms)
    {
        var subject = question.Terms.Where(t => Subject(t) && !KnowledgeIndex.Matches(t, placeTerms)).ToList();
        // A word no document has, or two words naming things, say what it asks about; one known word alone
        // ("tempatnya?", "sumbernya apa") may only point back to the conversation.
        var things = subject.Where(t => ConfidenceFeatures.NamesAThing(string.Concat(t.Words.Split(' ')))).ToList();
        if (!things.Any(t => !t.Known) && things.Count < 2) return false;
        var terms = KnowledgeIndex.TermSetOf($"{passage.DocumentTitle}\n{string.Join("\n", passage.Headings)}\n{passage.Body}");
        return !subject.Any(t => KnowledgeIndex.Matches(t, terms));
    }

    // What the question is about: a word of its own (known or not) that is not a question, broad or aspect word, nor a year.
    private static bool Subject(QuestionTerm t) =>
        t.Weight > 0 && (!t.Known || t.OptionWeights[0] > 0) && !t.AsksKind && !t.Aspect && !QuestionCues.IsGenericWord(t.Words)
        && !Lexicon.Current.BroadWords.Contains(t.Words) && !t.NamesYear;

    /// <summary>
    /// A thing the documents' titles or headings name, in the user's own word (a typo reading — "bola" for "Bolango" —
    /// is not), telling sections apart (not "smart city", which most sections have), and not an action or a number
    /// ("dimulai", "berikutnya", "1"): "quick win", "masterplan", "GMSC".
    /// </summary>
    private static bool NamesProgrammeThing(QuestionTerm t, KnowledgeIndex index) =>
        !index.InMostSections(t) && ConfidenceFeatures.NamesAThing(string.Concat(t.Words.Split(' '))) && t.MatchesOwn(index.SubjectTerms);

    private static bool Specific(QuestionTerm t) =>
        t.Known && t.OptionWeights[0] > 0 && !QuestionCues.IsGenericWord(t.Words) && !Lexicon.Current.BroadWords.Contains(t.Words) && !t.NamesYear;
}
