using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A message that names no subject of its own ("misalnya di mana?", "kenapa begitu?", "diadakan di mana?")
/// right after an answer from the documents asks about that answer's topic: it is read with the topic's words, and of
/// the sure passages the section just answered from, then its document, come first; a request for more ("lebih
/// lanjut") gets the section's sentences not shown yet. A message with a subject of its own is read on its own, so the
/// topic never leaks into it. The words are data: knowledge/lexicon/lanjutan-segi.txt (words asking for a facet of
/// what was said, not naming a subject), lanjutan-rinci.txt (asking for more of the same) and kata-tanya.txt.
/// </summary>
public static class TopicFollowUp
{
    private const string FacetFile = "lanjutan-segi";
    private const string VerbPrefixFile = "awalan-kata-kerja";
    private const string NumberFile = "bilangan";
    private const string OrdinalFile = "penanda-urutan";
    private const string ProgrammeFile = "penanda-program";
    private const string StressFile = "penegas-tanya";

    // Asking for more of the same (lanjutan-rinci.txt).
    private static readonly CuePattern MoreCue = new(@"\b{:lanjutan-rinci}\b", RegexOptions.IgnoreCase);

    // Naming a facet of what was said (lanjutan-segi.txt), who holds a role in it (tanya-peran.txt) or asking for more.
    private static readonly CuePattern FacetCue = new(@"\b(?:{:lanjutan-rinci}|{:lanjutan-segi}|{:tanya-peran})\b", RegexOptions.IgnoreCase);

    // A follow-up asks: a question word (kata-tanya.txt), a facet word or a request for more (chat like "oke sip" asks nothing).
    private static readonly CuePattern AsksCue = new(@"\b(?:{:lanjutan-rinci}|{:lanjutan-segi}|{:tanya-peran}|{:kata-tanya})\b|\?", RegexOptions.IgnoreCase);

    // Who holds a role in what was said ("ketuanya", "yang mimpin"; tanya-peran.txt).
    private static readonly CuePattern RoleCue = new(@"\b{:tanya-peran}\b", RegexOptions.IgnoreCase);

    // An elliptic follow-up is short; a longer message says what it is about.
    private const int MaxWords = 8;

    // A sure passage of another section must score this share of the best to be passed over for the topic's section.
    private const double SameSectionShare = 0.7;

    private sealed record Words(HashSet<string> Facets, HashSet<string> FacetStems, string[] VerbPrefixes, HashSet<string> Counting, HashSet<string> Programme,
        (string[] Words, Regex Pattern)[] MeansPhrases);

    private const string MeansFile = "tanya-cara";
    private const string RoleFile = "tanya-peran";

    private static readonly PerLexicon<Words> WordsOf = new(Build);

    private static Words For(Lexicon lexicon) => WordsOf.For(lexicon);

    private static Words Build(Lexicon lexicon)
    {
        // A role asked of what was said ("ketuanya siapa?") is a facet of it too, as "pemenangnya" is.
        var facets = List(lexicon, FacetFile).Concat(List(lexicon, RoleFile)).ToList();
        // "di mana tepatnya?" (penegas-tanya.txt): a word that only stresses the question names no subject either; as
        // written only, since its stem ("tepat") is an ordinary word of the documents.
        return new Words(facets.Concat(List(lexicon, StressFile)).ToHashSet(StringComparer.OrdinalIgnoreCase),
            facets.SelectMany(KnowledgeIndex.TermsOf).ToHashSet(StringComparer.Ordinal),
            [.. List(lexicon, VerbPrefixFile)],
            // "tahap ketiga", "yang pertama", "2019": a number or an ordinal changes one thing of the topic, it asks no facet of it.
            List(lexicon, NumberFile).SelectMany(n => new[] { n, "ke" + n }).Concat(List(lexicon, OrdinalFile)).ToHashSet(StringComparer.OrdinalIgnoreCase),
            // A follow-up naming the programme ("sejak kapan programnya ada?") asks about the programme itself.
            List(lexicon, ProgrammeFile).ToHashSet(StringComparer.OrdinalIgnoreCase),
            // "lewat apa", "dengan cara apa" (tanya-cara.txt): the phrase asks the means; its words name no subject.
            // Each phrase's pattern is built here, once per lexicon: follow-ups are read on every turn.
            [.. List(lexicon, MeansFile).Where(p => p.Contains(' ')).Select(p => (p.Split(' '), new Regex($@"\b{Regex.Escape(p)}\b", RegexOptions.CultureInvariant)))]);
    }

    // The words of a phrase of the message asking the means ("lewat apa"): they say what is asked, not what about.
    private static HashSet<string> MeansWords(string lower, Words words) =>
        words.MeansPhrases.Where(p => p.Pattern.IsMatch(lower)).SelectMany(p => p.Words).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<string> List(Lexicon lexicon, string file) => lexicon.Lists.TryGetValue(file, out var list) ? list : [];

    /// <summary>
    /// The message asks something and names no subject: every word the documents know is an everyday, broad, aspect or
    /// facet word or a year, and a word they do not know is a verb form ("nyusun") rather than a name ("presiden").
    /// </summary>
    public static bool IsElliptic(AnalyzedQuestion analyzed, string text) => IsElliptic(analyzed, text, (string?)null, null);

    /// <summary>
    /// <see cref="IsElliptic(AnalyzedQuestion, string)"/>, where a word the last answer's section is headed by, written
    /// with "-nya" ("penandatanganannya" after a section headed "Penandatanganan nota kesepakatan …"), points back at that
    /// topic rather than naming a subject of its own: "tanggal penandatanganannya?" asks the date of what was just
    /// answered. Any other word of substance ("mulai nyusun masterplannya", "pendampingannya" after a MoU section) still
    /// makes the message its own question.
    /// </summary>
    public static bool IsElliptic(AnalyzedQuestion analyzed, string text, string? topicHeading) => IsElliptic(analyzed, text, topicHeading, null);

    /// <summary>
    /// <see cref="IsElliptic(AnalyzedQuestion, string, string)"/> against the last answer's section, where a verb form whose
    /// root that section holds ("disusunnya …?" after a section saying the thing "disusun …") says what was done to the topic:
    /// it has no subject of its own, so it asks about that topic. A verb the section never uses ("mendaftar" after the
    /// masterplan) may start a subject of its own and still makes the message its own question.
    /// </summary>
    public static bool IsElliptic(AnalyzedQuestion analyzed, string text, Passage topic) => IsElliptic(analyzed, text, topic.Heading, topic.Body);

    /// <summary>
    /// <see cref="IsElliptic(AnalyzedQuestion, string, Passage)"/>, where the verb's root may also be met around the section:
    /// its heading path and the other sections of its document ("ditetapkannya lewat apa?" after the masterplan's definition,
    /// whose document has a section on its "penetapan"). The document is what the topic stands in; a verb it never uses
    /// still starts a subject of its own.
    /// </summary>
    public static bool IsElliptic(AnalyzedQuestion analyzed, string text, Passage topic, KnowledgeIndex index) =>
        IsElliptic(analyzed, text, topic.Heading, topic.Body, new Lazy<string>(() => Around(topic, index)));

    // The topic's heading path and the headings and text of its document's other sections.
    private static string Around(Passage topic, KnowledgeIndex index) =>
        string.Join('\n', index.Passages.Where(p => p.DocumentPath == topic.DocumentPath && p.Id != topic.Id).Select(p => $"{p.Heading}\n{p.Body}")
            .Prepend(string.Join('\n', topic.Headings.SkipLast(1).Prepend(topic.DocumentTitle))));

    // The document around the topic is joined only when a verb of the message gets as far as looking there.
    private static bool IsElliptic(AnalyzedQuestion analyzed, string text, string? topicHeading, string? topicBody, Lazy<string>? around = null)
    {
        var lexicon = Lexicon.Current;
        var words = For(lexicon);
        var lower = text.ToLowerInvariant();
        var tokens = KnowledgeIndex.QuestionWords(lower);
        if (tokens.Count > MaxWords || !Matches(AsksCue.For(lexicon), lower)) return false;
        foreach (var token in tokens)
            if (token.Any(char.IsDigit) || words.Counting.Contains(token) || words.Programme.Contains(token)) return false;
        var means = MeansWords(InformalIndonesian.Normalize(lower), words);
        foreach (var term in analyzed.Terms)
        {
            if (term.Weight <= 0 || term.NamesYear || IsFacet(term.Words, words) || means.Contains(term.Words) || term.Aspect
                || IsEveryday(term.Words, tokens) || Lexicon.Current.BroadWords.Contains(term.Words)) continue;
            if (!term.Known && words.VerbPrefixes.Any(p => term.Words.StartsWith(p, StringComparison.Ordinal) && term.Words.Length > p.Length + 2)) continue;
            if (topicHeading is not null && NamesTopicBack(term.Words, tokens, topicHeading)) continue;
            if (topicBody is not null && DoneToTopic(term.Words, tokens, words, $"{topicHeading}\n{topicBody}")) continue;
            if (around is not null && DoneAround(term.Words, tokens, words, around)) continue;
            return false;
        }
        return true;
    }

    // An everyday word (kata-umum.txt), also written with "-nya" ("dibuatnya": its being made names nothing of its own).
    private static bool IsEveryday(string word, List<string> tokens) =>
        QuestionCues.IsGenericWord(word) || Particles.HasPossessive(word) && tokens.Contains(word) && QuestionCues.IsGenericWord(Particles.WithoutPossessive(word));

    // The word is written with "-nya" in the message and shares its root with the head of the topic's heading.
    private static bool NamesTopicBack(string word, List<string> tokens, string heading)
    {
        var bare = Particles.WithoutPossessive(word);
        if (!tokens.Any(t => Particles.HasPossessive(t) && Particles.WithoutPossessive(t) == bare)) return false;
        var roots = KnowledgeIndex.TermSetOf(bare);
        return roots.Count > 0 && HeadsOf(heading).Any(head => KnowledgeIndex.TermSetOf(head).Overlaps(roots));
    }

    // A verb form (awalan-kata-kerja.txt) written with "-nya" ("disusunnya": its being composed) whose root the topic's section
    // holds: an action on that topic, not a subject of its own. Without "-nya" ("siapa yang menilai?") the verb may ask
    // about another side of the topic's document, and the message is read as before.
    private static bool DoneToTopic(string word, List<string> tokens, Words words, string section)
    {
        var bare = Particles.WithoutPossessive(word);
        if (!tokens.Any(t => Particles.HasPossessive(t) && Particles.WithoutPossessive(t) == bare)) return false;
        if (!words.VerbPrefixes.Any(p => bare.StartsWith(p, StringComparison.Ordinal) && bare.Length > p.Length + 2)) return false;
        var roots = KnowledgeIndex.TermSetOf(bare);
        return roots.Count > 0 && KnowledgeIndex.TermSetOf(section).Overlaps(roots);
    }

    // As DoneToTopic, met around the section (its heading path, its document's other sections), and only by the verb's root:
    // a noun that merely opens like a verb ("menterinya": me-) is a subject of its own, however often the document names it.
    private static bool DoneAround(string word, List<string> tokens, Words words, Lazy<string> around)
    {
        var bare = Particles.WithoutPossessive(word);
        if (!tokens.Any(t => Particles.HasPossessive(t) && Particles.WithoutPossessive(t) == bare)) return false;
        if (!words.VerbPrefixes.Any(p => bare.StartsWith(p, StringComparison.Ordinal) && bare.Length > p.Length + 2)) return false;
        var roots = VerbRoots(bare);
        return roots.Count > 0 && KnowledgeIndex.TermSetOf(around.Value).Overlaps(roots);
    }

    /// <summary>
    /// What a heading is about: the first word of substance of each of its parts ("Penandatanganan MoU …" →
    /// penandatanganan; "Nota 2023: diteken daring …" → nota, diteken). A word further on only
    /// qualifies the head ("Surat undangan penandatanganan …" is about a letter, "… untuk pendamping" about a training).
    /// </summary>
    private static IEnumerable<string> HeadsOf(string heading)
    {
        foreach (var part in heading.Split(':', StringSplitOptions.RemoveEmptyEntries))
            if (KnowledgeIndex.QuestionWords(part.ToLowerInvariant()).FirstOrDefault(w => !w.Any(char.IsDigit) && KnowledgeIndex.TermSetOf(w).Count > 0) is { } head)
                yield return head;
    }

    private static bool IsFacet(string word, Words words)
    {
        if (words.Facets.Contains(word)) return true;
        var stems = KnowledgeIndex.TermsOf(word);
        return stems.Count > 0 && stems.IsSubsetOf(words.FacetStems);
    }

    // A facet word ("contohnya", "tempatnya") counts this much beside the topic's words: the topic leads the search.
    private const float FacetWeight = 0.25f;

    /// <summary>
    /// The follow-up as one question with its topic: the topic's words at full weight; facet, everyday and broad words
    /// ("tempatnya", "orang") weighed down, so they neither lead the search nor count as its subject; the kind of fact
    /// asked for from the message (else the topic's question).
    /// </summary>
    public static AnalyzedQuestion Reading(KnowledgeIndex index, string question, string context)
    {
        var own = index.Analyze(question);
        var joined = index.Analyze($"{context} {question}");
        var words = For(Lexicon.Current);
        var terms = new List<QuestionTerm>(joined.Terms.Count);
        var ownWords = own.Terms.Select(t => t.Words).ToHashSet(StringComparer.Ordinal);
        var preamble = PreambleWords(context);
        var means = MeansWords(InformalIndonesian.Normalize(question.ToLowerInvariant()), words);
        var asked = KnowledgeIndex.QuestionWords(question.ToLowerInvariant());
        foreach (var term in joined.Terms)
            // A word no document holds, from a sentence of the earlier message that asked nothing (a writer saying what they
            // write), named nothing the earlier answer was found by: carried into the follow-up it only keeps that answer
            // from being sure.
            if (!term.Known && !ownWords.Contains(term.Words) && preamble.Contains(term.Words)) continue;
            else terms.Add(IsFacet(term.Words, words) || means.Contains(term.Words) || IsEveryday(term.Words, asked) || Lexicon.Current.BroadWords.Contains(term.Words)
                ? term with { Weight = term.Weight * FacetWeight, OptionWeights = [.. term.OptionWeights.Select(w => w * FacetWeight)] }
                : term);
        return joined with { Terms = terms, Wants = own.Wants == AnswerType.None ? joined.Wants : own.Wants };
    }

    // The words of the sentences of a message that ask nothing (no question mark, no question or facet word): its preamble.
    private static HashSet<string> PreambleWords(string context)
    {
        var lexicon = Lexicon.Current;
        return SentenceEnd.Split(context.ToLowerInvariant())
            .Where(sentence => !sentence.TrimEnd().EndsWith('?') && !Matches(AsksCue.For(lexicon), sentence))
            .SelectMany(KnowledgeIndex.QuestionWords).ToHashSet(StringComparer.Ordinal);
    }

    private static readonly Regex SentenceEnd = new(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant);

    /// <summary>
    /// "Kalau tahap ketiga?" after a question about "tahap kedua": the new ordinal or number replaces the topic's, so the
    /// topic's are left out of the context it is read with.
    /// </summary>
    public static string Replacing(string context, string question)
    {
        var words = For(Lexicon.Current);
        var asked = KnowledgeIndex.QuestionWords(question.ToLowerInvariant());
        if (!asked.Any(words.Counting.Contains)) return context;
        return string.Join(' ', context.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !words.Counting.Contains(w.Trim('?', '!', '.', ',').ToLowerInvariant())));
    }

    /// <summary>
    /// The message holds a verb written with "-nya" that says what was done to the topic ("diukurnya", "ditetapkannya"):
    /// its root is met in the topic's section or its document, or it is an everyday verb ("dibuatnya"). Such a verb asks
    /// a facet of what was said (how, when, by whom it was done), as "tempatnya" does.
    /// </summary>
    public static bool AsksWhatWasDone(string text, Passage topic, KnowledgeIndex index)
    {
        var words = For(Lexicon.Current);
        var tokens = KnowledgeIndex.QuestionWords(text.ToLowerInvariant());
        var section = $"{topic.Heading}\n{topic.Body}";
        var around = new Lazy<string>(() => Around(topic, index));
        return tokens.Any(t => Particles.HasPossessive(t) && (DoneToTopic(t, tokens, words, section) || DoneAround(t, tokens, words, around)
            || IsEveryday(t, tokens) && words.VerbPrefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal))));
    }

    /// <summary>
    /// The role the message asks the holder of ("ketua" of "ketuanya siapa?"), as written, or null. A role is answered
    /// only by a section that names it: the last answer's section may speak of a group without saying who leads it.
    /// </summary>
    public static string? RoleAsked(string text) =>
        RoleCue.Match(InformalIndonesian.Normalize(text.ToLowerInvariant())) is { Success: true } m ? Particles.WithoutPossessive(m.Value) : null;

    /// <summary>The section names the role (its root, or a word the analysis makes one with it: "dipimpin" for "pemimpin").</summary>
    public static bool NamesRole(string role, Passage section)
    {
        var roots = KnowledgeIndex.TermSetOf(role);
        return roots.Count > 0 && KnowledgeIndex.TermSetOf($"{section.Heading}\n{section.Body}").Overlaps(roots);
    }

    // The roots of a verb form, not the form itself ("tetap" of "ditetapkan").
    private static List<string> VerbRoots(string bare) =>
        KnowledgeIndex.TermSetOf(bare).Where(r => r.Length < bare.Length && bare.Contains(r, StringComparison.Ordinal)).ToList();

    /// <summary>The message names a facet of what was said or asks for more ("contohnya", "tempatnya", "lebih lanjut").</summary>
    public static bool AsksFacet(string text) => Matches(FacetCue.Regex, text.ToLowerInvariant());

    // As typed, or with its short forms written out ("tgl brp" asks "tanggal berapa", though it has no question mark).
    private static bool Matches(Regex cue, string lower) => cue.IsMatch(lower) || cue.IsMatch(InformalIndonesian.Normalize(lower));

    /// <summary>"Lebih lanjut", "selengkapnya", "maksudnya gimana": more of what was just said.</summary>
    public static bool AsksForMore(string text) => MoreCue.IsMatch(text.ToLowerInvariant());

    /// <summary>
    /// The hits with the topic's section first, else its document's best section, when it is sure and scores near the
    /// best; otherwise as ranked.
    /// </summary>
    public static IReadOnlyList<SearchHit> PreferTopic(IReadOnlyList<SearchHit> hits, Passage earlier, AnswerType wants, double minConfidence)
    {
        if (hits.Count < 2) return hits;
        var top = hits[0].Score;
        // The section itself when it is sure and gives the kind of fact asked ("kenapa begitu?" after its answer); then a
        // section of the same document headed by that kind of question ("Mengapa quick win penting?"); then one near
        // the best that gives it; then one near the best.
        var preferred = First(hits, h => h.Passage.Id == earlier.Id && h.Confidence >= minConfidence && (wants == AnswerType.None || Gives(wants, h.Passage.Body)))
            ?? (wants == AnswerType.None ? null : First(hits, h => h.Passage.DocumentPath == earlier.DocumentPath && h.Confidence >= minConfidence && HeadingAsks(wants, h.Passage.Heading)))
            ?? First(hits, h => h.Passage.DocumentPath == earlier.DocumentPath && Near(h, top, minConfidence) && (wants == AnswerType.None || Gives(wants, h.Passage.Body)))
            ?? First(hits, h => h.Passage.DocumentPath == earlier.DocumentPath && Near(h, top, minConfidence));
        if (preferred is null || preferred == hits[0]) return hits;
        var reordered = new List<SearchHit>(hits.Count) { preferred };
        foreach (var hit in hits) if (hit != preferred) reordered.Add(hit);
        return reordered;
    }

    private static SearchHit? First(IReadOnlyList<SearchHit> hits, Func<SearchHit, bool> fits)
    {
        foreach (var hit in hits) if (fits(hit)) return hit;
        return null;
    }

    private static bool HeadingAsks(AnswerType wants, string heading) => (AnswerTypes.Of(InformalIndonesian.Normalize(heading)) & wants) != 0;

    private static bool Gives(AnswerType wants, string body) => AnswerTypes.Carries(wants, body) && AnswerTypes.Evidence(wants, AnswerTypes.In(body)) > 0;

    private static bool Near(SearchHit hit, double top, double minConfidence) => hit.Confidence >= minConfidence && hit.Score >= SameSectionShare * top;

    /// <summary>
    /// The sentences and list lines of the topic's section not shown yet; when all were shown, the next section of the
    /// same document. Null when there is nothing more.
    /// </summary>
    public static (Passage Passage, string Body, IReadOnlyList<string> Items)? More(Passage earlier, string? shown, KnowledgeIndex index)
    {
        if (shown is not null)
        {
            var (sentences, items) = AnswerComposer.Split(earlier.Body);
            var unseen = sentences.Where(s => !shown.Contains(s, StringComparison.Ordinal)).ToList();
            var unseenItems = items.Where(i => !shown.Contains(i, StringComparison.Ordinal)).ToList();
            if (unseen.Count > 0 || unseenItems.Count > 0) return (earlier, string.Join(' ', unseen), unseenItems);
        }
        var passages = index.Passages;
        for (var i = 0; i < passages.Count - 1; i++)
        {
            if (passages[i].Id != earlier.Id) continue;
            var next = passages[i + 1];
            if (next.DocumentPath != earlier.DocumentPath) return null;
            var (sentences, items) = AnswerComposer.Split(next.Body);
            return (next, string.Join(' ', sentences), items);
        }
        return null;
    }
}
