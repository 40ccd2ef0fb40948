using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>A concise answer drawn from one passage: a few sentences, or the list when the content is a list.</summary>
public sealed record ComposedAnswer(string Body, IReadOnlyList<string> Items, string Source, IReadOnlyList<string> FollowUps)
{
    /// <summary>A title of its own when the answer joins several passages (a comparison); else the passage's heading is used.</summary>
    public string? Title { get; init; }
}

/// <summary>
/// Makes the best passage concise: the sentences that carry the question's words (with the passage's opening
/// sentence for context), or the list and its lead-in when the passage is a list; then the source and follow-ups.
/// </summary>
public static partial class AnswerComposer
{
    private const int MaxSentences = 3;
    private const int MaxItems = 12;
    private const int MaxSourcesShown = 2;
    private const double AnswerTypeBonus = 0.3;
    private const double YearBonus = 0.15;
    // More sentences than an answer shows twice over: a section whose opening sentence is its subject's context.
    private const int LongSection = 2 * MaxSentences;

    public static ComposedAnswer Compose(AnalyzedQuestion question, SearchHit best, IReadOnlyList<SearchHit> others, KnowledgeIndex index)
    {
        var passage = best.Passage;
        var (sentences, items) = Split(passage.Body);
        var scored = sentences.Select((s, i) => (Text: s, Index: i, Score: Score(question, s) + Score(Beyond(question, passage), s))).ToList();

        string body;
        IReadOnlyList<string> shownItems = [];
        var itemScore = items.Count == 0 ? 0 : Score(question, string.Join("\n", items));
        var bestItem = items.Count == 0 ? 0 : items.Max(i => Score(question, i));
        var bestSentence = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index).FirstOrDefault();
        // "Apa itu X?": the sentence that defines X is the answer, whatever else shares the question's words.
        if (question.Defines is not null && DefiningSentence(question, sentences) is { } defining) bestSentence = scored[defining] with { Score = Math.Max(scored[defining].Score, bestSentence.Score) };
        // A list is shown when it carries a good part of the question (a name in an item often is the answer), or
        // when one item answers better than any sentence (the "2017: 2–3 Mei …" line of a per-year list).
        // So is it when the question asks for an enumeration, or when the best sentence is the list's lead-in ("…:").
        var wantsList = Enumeration().IsMatch(question.Normalized) || bestSentence.Text?.TrimEnd().EndsWith(':') == true;
        var statedInItems = DetailOnlyInItems(question, sentences, items);
        if (items.Count > 0 && (wantsList || itemScore > 0 && itemScore >= 0.5 * bestSentence.Score || bestItem > bestSentence.Score || sentences.Count <= 1 || statedInItems is not null))
        {
            shownItems = items.Count <= MaxItems ? items : items.Where(i => Score(question, i) > 0 || statedInItems?.Invoke(i) == true).Take(MaxItems).ToList();
            if (!wantsList && AnsweringRows(question, items) is { } rows) shownItems = rows;
            // "acara penutupan tahun kami di mana?" answered by a list dated line by line: that year's lines.
            // (A lead-in ending in ":" is no enumeration asked for here: the lines of other years answer another question.)
            // Who of one year ("pendamping kami siapa saja") is named within that year's line, however many names it asks.
            if ((!Enumeration().IsMatch(question.Normalized) || (question.Wants & AnswerType.Person) != 0) && LinesOfYear(question, shownItems) is { } ofYear) shownItems = ofYear;
            // Only in a document read front to back (a letter, a report): a Markdown section is written for the bot
            // with its lists meant to be read together.
            if (!IsMarkdown(passage) && ItemGroups(passage.Body) is { Count: > 1 } groups) shownItems = OneGroup(question, groups, bestSentence.Text, shownItems);
            // "fase 2 ngapain" over "Fase I …", "Fase II …", "Fase III …": the line of the place asked.
            if (NumberedPlace.Lines(question.Normalized, shownItems) is { } place) shownItems = place;
            // The lead-in of a list is the sentence right before it, usually the last one of the first paragraph.
            var lead = scored.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(1)
                .Concat(scored.Take(1)).OrderBy(s => s.Index).Select(s => s.Text).Distinct().Take(2);
            body = string.Join(" ", lead);
        }
        else
        {
            var chosen = new List<(string Text, int Index, double Score)>();
            if (scored.Count > 0)
            {
                chosen.Add(bestSentence);
                foreach (var s in scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index).Skip(1))
                    if (chosen.Count < MaxSentences - 1 && s.Score > 0 && s.Score >= 0.6 * bestSentence.Score) chosen.Add(s);
                // The question asks for a number, a date, a reason, a starting point …: when no chosen sentence carries
                // all of it, the best sentence that carries more joins them ("… disebut dengan dua angka." is followed
                // by the figures; "sejak tahun berapa" wants the "Sejak 2021 …" sentence, not just any year).
                var carried = chosen.Max(c => Evidence(question, c.Text));
                var aboutHeading = AsksOfHeading(question, passage);
                if (question.Wants != AnswerType.None && carried < 1 &&
                    scored.Where(s => (s.Score > 0 || aboutHeading && Evidence(question, s.Text) >= 1) && chosen.All(c => c.Index != s.Index) && Evidence(question, s.Text) > carried)
                        .OrderByDescending(s => s.Score).ThenBy(s => Math.Abs(s.Index - bestSentence.Index)).FirstOrDefault() is { Text: not null } carrier)
                    chosen.Add(carrier);
                // The sentence right after the best one often answers while repeating none of the question's words
                // ("… memasukkan tiga pertimbangan. Tujuannya agar …"): it joins when it carries what is asked.
                else if (question.Wants != AnswerType.None && carried < 1 && NextCarrier(question, scored, bestSentence.Index, chosen, carried) is { } next)
                    chosen.Add(next);
                // "… disebut dengan dua angka." announces the figures: the sentences after it that give a count follow it.
                if (question.Wants.HasFlag(AnswerType.Count) && bestSentence.Text is { } announcing && CountsOnlyAccounts(announcing))
                    foreach (var figure in scored.Where(s => s.Index > bestSentence.Index && Evidence(question, s.Text) >= 1).Take(MaxSentences))
                        if (chosen.Count < MaxSentences && chosen.All(c => c.Index != figure.Index)) chosen.Add(figure);
                // "Mengapa …", "bagaimana caranya …": a section restates what is asked, then explains it in the next
                // sentence or two ("… disesuaikan dengan RPJMD. Tujuannya …"; "… dinilai oleh 20 asesor. … Metodenya …"),
                // which share few of the question's words: the first of them carrying the explanation joins.
                if (chosen.Count < MaxSentences && (question.Wants & Explanations) != AnswerType.None && bestSentence.Text is { } restated && Evidence(question with { Wants = question.Wants & Explanations }, restated) == 0
                    && Explaining(question, scored, bestSentence.Index, chosen) is { } explaining)
                    chosen.Add(explaining);
                // "Contoh … apa?": the passage's sentence giving examples joins when no chosen one does, though it
                // shares few of the question's words ("Contoh: aplikasi SIHARPA …" after the pillar's definition).
                if (chosen.Count < MaxSentences && QuestionCues.AsksForExamples(question.Normalized) && !chosen.Exists(c => QuestionCues.GivesExamples(c.Text))
                    && scored.Where(s => QuestionCues.GivesExamples(s.Text)).OrderByDescending(s => s.Score).ThenBy(s => s.Index).FirstOrDefault() is { Text: not null } example)
                    chosen.Add(example);
                // Things to list are asked, none is listed, and a sentence sharing the question's words says the sources do
                // not give them (bukti-tiada.txt: "… tidak diketahui"): that sentence is the honest end of the answer, after
                // the count the chosen ones give. (Only for a bare list asked: a "who" question has its own checks of the
                // shown text, which such a sentence would turn.)
                if (chosen.Count < MaxSentences && question.Wants == AnswerType.Enumeration && carried < 1 && Unknown(scored, chosen) is { } unknown)
                    chosen.Add(unknown);
                // A later sentence holding a specific word of the question that no chosen sentence has ("… menampilkan
                // inovasi …" after the sentence naming the exhibition) answers the part of the question they leave out.
                if (chosen.Count < MaxSentences && Completing(question, scored, chosen) is { } completing) chosen.Add(completing);
                // The opening sentence names the subject; keep it when the best one is further down.
                if (bestSentence.Index != 0 && chosen.All(c => c.Index != 0) && chosen.Count < MaxSentences) chosen.Add(scored[0]);
            }
            // A claim to check ("Benarkah …?") and a definition are answered by their sentence first, then its context.
            var ordered = question.FactCheck || question.Defines is not null
                ? chosen.Take(1).Concat(chosen.Skip(1).OrderBy(c => c.Index))
                : chosen.OrderBy(c => c.Index);
            body = string.Join(" ", ordered.Select(c => c.Text));
            // A chosen sentence leading into the list ("Daerah yang tercatat … adalah:") says nothing without it.
            if (items.Count > 0 && chosen.Exists(c => c.Text?.TrimEnd().EndsWith(':') == true))
                shownItems = items.Count <= MaxItems ? items : items.Where(i => Score(question, i) > 0).Take(MaxItems).ToList();
            // No "Ya, benar." of our own: the stating sentence leads the answer and speaks for itself.
        }

        return new ComposedAnswer(body, shownItems, SourceLine(passage), FollowUps(passage, others, index));
    }

    /// <summary>The best-scoring sentence not chosen that shares the question's words and says the sources lack something.</summary>
    private static (string Text, int Index, double Score)? Unknown(List<(string Text, int Index, double Score)> scored, List<(string Text, int Index, double Score)> chosen) =>
        chosen.Exists(c => AskedDetail.SaysUnknown(c.Text)) ? null
            : scored.Where(s => s.Score > 0 && chosen.TrueForAll(c => c.Index != s.Index) && AskedDetail.SaysUnknown(s.Text))
                .OrderByDescending(s => s.Score).ThenBy(s => s.Index).Select(s => ((string Text, int Index, double Score)?)s).FirstOrDefault();

    private const double RowShare = 0.8;

    /// <summary>
    /// A detail asked ("buka jam berapa", "kapan", "berapa lama") that no sentence of the section states while a line of
    /// its list does (the opening hours set as lines under a sentence about the place): the list answers, though its
    /// lines repeat no word asked. The lines stating it, when the list is long.
    /// </summary>
    private static Func<string, bool>? DetailOnlyInItems(AnalyzedQuestion question, IReadOnlyList<string> sentences, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return null;
        foreach (var detail in AskedDetail.Of(question))
            if (!sentences.Any(detail.StatedIn) && items.Any(detail.StatedIn)) return detail.StatedIn;
        return null;
    }

    // What a line of one year tells: its date, its place, its count ("80 daerah diundang"), who took part (that cohort's mentors).
    private const AnswerType OfOneYear = AnswerType.Date | AnswerType.Place | AnswerType.Count | AnswerType.Person;

    // "siapa pendamping bimtek 2019": who of one year the question names itself; a year only lent by the conversation is not.
    private static string? OneNamedYear(AnalyzedQuestion question) =>
        (question.Wants & AnswerType.Person) != 0 && AnswerTypes.Years(question.Normalized) is { Count: 1 } named ? named.First() : null;

    /// <summary>
    /// When, where or how many of the year the question points at (its cohort's), and a list whose lines are dated by year
    /// (the programme's events per year, the regions invited each year): the lines of that year, when some but not all are.
    /// Null otherwise.
    /// </summary>
    private static List<string>? LinesOfYear(AnalyzedQuestion question, IReadOnlyList<string> items)
    {
        // Only a year the question points at ("tahun itu", "angkatan kami", written out as the cohort's year): a year the
        // conversation merely lent may be an earlier topic's, and a question naming another year may name a place of that
        // year's line ("MoU 2018 di Makassar?"), which must stay.
        if ((question.PointedYear ?? OneNamedYear(question)) is not { } pointed || AnswerTypes.Years(question.Normalized).Any(y => y != pointed) || (question.Wants & OfOneYear) == 0) return null;
        var asked = new HashSet<string> { pointed };
        var dated = items.Select(i => AnswerTypes.Years(i)).ToList();
        if (dated.Count(y => y.Count > 0) < 2) return null;
        var ofYear = items.Where((_, k) => dated[k].Overlaps(asked)).ToList();
        return ofYear.Count > 0 && ofYear.Count < items.Count ? ofYear : null;
    }

    /// <summary>
    /// The question names nothing its passage's heading does not ("sejak kapan GMSC?" on GMSC's own section): every
    /// sentence there is about that subject, so one carrying the asked fact answers though it repeats none of the
    /// question's words ("Program ini berjalan sejak 2017.").
    /// </summary>
    private static bool AsksOfHeading(AnalyzedQuestion question, Passage passage) =>
        question.Terms.Any(t => t.Known && !t.Generic) && KnowledgeIndex.Coverage(question, KnowledgeIndex.TermSetOf(passage.Heading)) >= 1;

    /// <summary>
    /// The question's words that the passage's title and headings do not already say. Many sentences of a letter
    /// repeat the subject its title names; the sentence that answers is the one also carrying the rest of the
    /// question. Sentences are scored on both, so the rest decides between them.
    /// </summary>
    private static AnalyzedQuestion Beyond(AnalyzedQuestion question, Passage passage)
    {
        if (IsMarkdown(passage)) return question with { Terms = [] }; // a section written for the bot says its subject once
        // A long section read front to back (a news post without subheadings) names its subject — who, where — in its
        // opening sentence, and its later sentences speak of that subject without naming it again.
        var sentences = Split(passage.Body).Sentences;
        var lead = sentences.Count > LongSection ? " " + sentences[0] : "";
        var context = KnowledgeIndex.TermSetOf(passage.DocumentTitle + " " + string.Join(" ", passage.Headings) + lead);
        var rest = question.Terms.Where(t => !KnowledgeIndex.Matches(t, context)).ToList();
        return rest.Count == question.Terms.Count || rest.Count == 0 ? question with { Terms = [] } : question with { Terms = rest };
    }

    /// <summary>
    /// A table (every item a row "Kolom: isi; Kolom: isi", as documents' tables are read) asked about one of its rows:
    /// the rows that answer clearly better than the rest (the schedule's one event, the indicator's one line), not the
    /// whole table. Null when the items are no table, or no row stands out.
    /// </summary>
    private static List<string>? AnsweringRows(AnalyzedQuestion question, List<string> items)
    {
        if (items.Count < 2) return null;
        foreach (var item in items)
            if (!TableRow().IsMatch(item)) return null;
        // A row is told from the others by its cells, not by the column names every row repeats ("Jumlah aduan Jan-Apr
        // 2026 (uji coba SALAM)" matches a question on any one service): the one row holding a word of the question that
        // no other row's cells hold is the row named. Two rows each holding one ("pendaftaran" in one, "calon" in
        // another) name none surely: then the rows are weighed whole, as before.
        if (NamedRow(question, items) is { } named) return [named];
        var scores = items.Select(i => Score(question, i)).ToList();
        var best = scores.Max();
        if (best <= 0) return null;
        var rows = items.Where((_, i) => scores[i] >= RowShare * best).ToList();
        return rows.Count < items.Count ? rows : null;
    }

    private static string? NamedRow(AnalyzedQuestion question, List<string> items)
    {
        var cells = items.Select(i => KnowledgeIndex.TermSetOf(Cells(i))).ToList();
        var named = Enumerable.Range(0, items.Count)
            .Where(k => question.Terms.Any(t => KnowledgeIndex.Matches(t, cells[k]) && !cells.Where((_, j) => j != k).Any(c => KnowledgeIndex.Matches(t, c))))
            .ToList();
        return named.Count == 1 ? items[named[0]] : null;
    }

    // "Kelompok: Infrastruktur; Layanan: Aduan jalan rusak" → "Infrastruktur; Aduan jalan rusak".
    private static string Cells(string row) => ColumnName().Replace(row, "$1");

    [GeneratedRegex(@"(^|; )[^:;]{1,100}: ")]
    private static partial Regex ColumnName();

    // A row: a label and its value, then at least one more label; a value may hold a "; " of its own (a cell stating
    // two facts, "dipakai di 9 puskesmas; waktu tunggu turun …"), which does not make the row no table row.
    [GeneratedRegex(@"^[^:;]{1,40}: .*?; [^:;]{1,40}: ")]
    private static partial Regex TableRow();

    /// <summary>
    /// How well a sentence or list item answers: the share of the question it covers, plus a bonus when it carries
    /// the kind of fact asked for (a number, a date, a place, a name, a duration) and names the question's years.
    /// The bonuses only count for text that shares something with the question.
    /// </summary>
    public static double Score(AnalyzedQuestion question, string text) => Score(question, text, KnowledgeIndex.TermSetOf(text), null);

    /// <summary>The same, for a text whose terms (and kinds of fact) are known already: a passage's sentence or list item.</summary>
    public static double Score(AnalyzedQuestion question, string text, IReadOnlySet<string> terms, AnswerType? types)
    {
        var coverage = KnowledgeIndex.Coverage(question, terms);
        if (coverage <= 0) return 0;
        var score = coverage + AnswerTypeBonus * AnswerTypes.Evidence(question.Wants, types ?? AnswerTypes.In(text));
        // A question denying something ("daerah yang belum menetapkan masterplan mana") is answered by the sentence that denies too.
        if (question.AsksDenied && KnowledgeIndex.Denies(text)) score += AnswerTypeBonus;
        if (question.Years.Count > 0)
        {
            var years = AnswerTypes.Years(text);
            score += YearBonus * question.Years.Count(years.Contains) / question.Years.Count;
        }
        return score;
    }

    /// <summary>The first sentence naming the question's subject before "adalah", "ialah", "merupakan" …, if any.</summary>
    public static int? DefiningSentence(AnalyzedQuestion subject, IReadOnlyList<string> sentences) =>
        DefiningSentence(subject, sentences, tightly: true) ?? DefiningSentence(subject, sentences, tightly: false);

    /// <summary>
    /// The first sentence defining the subject; <paramref name="tightly"/>: one that names little else before its
    /// "adalah" ("Quick win adalah …"), not a sentence about something that merely mentions it ("Ketujuh penerima
    /// quick win terbaik adalah …").
    /// </summary>
    public static int? DefiningSentence(AnalyzedQuestion subject, IReadOnlyList<string> sentences, bool tightly)
    {
        for (var i = 0; i < sentences.Count; i++)
            if (QuestionCues.DefinedPart(sentences[i]) is { } part && KnowledgeIndex.Coverage(subject, KnowledgeIndex.TermSetOf(part)) >= 0.99
                && (!tightly || Extra(subject, part) <= MaxExtraDefinedWords))
                return i;
        return null;
    }

    /// <summary>
    /// How many words the passage's defining sentence adds to the subject (0 for "Quick win adalah …"), for the tight
    /// definition when there is one; null when no sentence defines the subject.
    /// </summary>
    public static int? DefinedExtra(AnalyzedQuestion subject, IReadOnlyList<string> sentences)
    {
        var tight = DefiningSentence(subject, sentences, tightly: true);
        if (tight is { } t && QuestionCues.DefinedPart(sentences[t]) is { } part) return Extra(subject, part);
        return DefiningSentence(subject, sentences, tightly: false) is not null ? MaxExtraDefinedWords + 1 : null;
    }

    // Words a defined part may add to the subject ("Program quick win", "Gerakan ini (GMSC)").
    private const int MaxExtraDefinedWords = 2;

    private static int Extra(AnalyzedQuestion subject, string part) =>
        KnowledgeIndex.QuestionWords(part.ToLowerInvariant()).Count(w => KnowledgeIndex.TermSetOf(w) is { Count: > 0 } terms && !subject.Terms.Any(t => KnowledgeIndex.Matches(t, terms)));

    /// <summary>
    /// An answer made of a passage's examples ("contohnya?"): its sentences that give examples (contoh, misalnya,
    /// antara lain, seperti, names in bold), with the opening sentence for context, and its list.
    /// </summary>
    public static ComposedAnswer ComposeExamples(Passage passage, KnowledgeIndex index)
    {
        var (sentences, items) = Split(passage.Body);
        var withExamples = sentences.Select((s, i) => (Text: s, Index: i)).Where(s => QuestionCues.ExampleMarkers(s.Text) > 0).Take(MaxSentences).ToList();
        if (sentences.Count > 0 && withExamples.All(s => s.Index != 0) && withExamples.Count < MaxSentences)
            withExamples.Insert(0, (sentences[0], 0));
        var body = string.Join(" ", withExamples.DistinctBy(s => s.Index).OrderBy(s => s.Index).Select(s => s.Text));
        return new ComposedAnswer(body, items.Take(MaxItems).ToList(), SourceLine(passage), FollowUps(passage, [], index));
    }

    /// <summary>
    /// How much of the asked kind a sentence carries. For choosing sentences a purpose also answers "mengapa": the
    /// reason a thing is done is often given as what it is for ("agar …", "tujuannya …").
    /// </summary>
    private static double Evidence(AnalyzedQuestion question, string text)
    {
        var present = AnswerTypes.In(text);
        // "… disebut dengan dua angka.": a number counting figures or accounts (hitungan-sebutan.txt) announces the
        // count asked, which the following sentences give.
        if (question.Wants.HasFlag(AnswerType.Count) && CountsOnlyAccounts(text)) present &= ~AnswerType.Count;
        // "berapa daerah …" is not answered by "… dalam 12 kategori": a sentence whose numbers all count something
        // other than the question's counted noun carries no count of it, so the sentence that does joins it.
        if (question.Wants.HasFlag(AnswerType.Count) && CountsOnlyOthers(question, text)) present &= ~AnswerType.Count;
        if (present.HasFlag(AnswerType.Purpose)) present |= AnswerType.Reason;
        return AnswerTypes.Evidence(question.Wants, present);
    }

    /// <summary>
    /// The text's numbers each count a word (a month's day aside: "14 Desember"), and none is what the question counts:
    /// its counted concept, or the counted noun's own index root ("quick" of "berapa quick win", "kabupaten" of
    /// "berapa kabupaten/kota"), regions counted in other words included (<see cref="KnowledgeIndex.CountsSame(QuestionTerm, IReadOnlySet{string})"/>).
    /// </summary>
    private static bool CountsOnlyOthers(AnalyzedQuestion question, string text)
    {
        var nouns = AnswerTypes.CountedNouns(question.Normalized).Select(KnowledgeIndex.TermSetOf).Where(t => t.Count > 0).ToList();
        if (question.Counted is null && nouns.Count == 0) return false;
        var (months, measures) = (AnswerFit.CountWordsOf.Current.Months, MeasureWords.Current);
        var words = AnswerTypes.CountedWords(text)
            .Where(w => !months.Contains(w) && !measures.Contains(w) && !QuestionCues.IsFunctionWord(w.ToLowerInvariant())).Select(KnowledgeIndex.TermSetOf).Where(t => t.Count > 0).ToList();
        return words.Count > 0 && !words.Exists(w => question.Counted is { } counted && KnowledgeIndex.CountsSame(counted, w) || nouns.Exists(n => KnowledgeIndex.CountsSame(n, w)));
    }

    // "mencatat 112 unit": a measure word after a number (kata-satuan.txt) names no kind of its own; the sentence counts
    // what it is about. Built once per lexicon: every sentence of every candidate answer is weighed.
    private static readonly PerLexicon<HashSet<string>> MeasureWords = new(lexicon =>
        (lexicon.Lists.GetValueOrDefault("kata-satuan") ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static bool CountsOnlyAccounts(string text)
    {
        var counted = AnswerTypes.CountedWords(text).Select(w => w.ToLowerInvariant()).ToList();
        return counted.Count > 0 && Lexicon.Current.Lists.TryGetValue("hitungan-sebutan", out var accounts) && counted.All(accounts.Contains);
    }

    /// <summary>
    /// The same, where "siapa" is also answered by a group or a body, not only by a titled name: for the sentence right
    /// after the best one, which goes on about what that one names ("… dinilai oleh 20 asesor. Para asesor berasal dari
    /// kalangan akademisi …"). Further away, a body named in passing ("… program dari Kominfo") says nothing of who did
    /// what was asked. A role counted by a number ("20 asesor") is not who, nor is a body when an office's holder is asked.
    /// </summary>
    private static double EvidenceGoingOn(AnalyzedQuestion question, string text)
    {
        var evidence = Evidence(question, text);
        if (!question.Wants.HasFlag(AnswerType.Person) || !AnswerTypes.AnswersWho(question.Normalized, text)) return evidence;
        var present = AnswerTypes.In(text) | AnswerType.Person;
        if (present.HasFlag(AnswerType.Purpose)) present |= AnswerType.Reason;
        return AnswerTypes.Evidence(question.Wants, present);
    }

    /// <summary>
    /// The best-scoring sentence not chosen that has a specific word of the question (not an everyday word or a year)
    /// which none of the chosen sentences has; null when the chosen ones have them all.
    /// </summary>
    private static (string Text, int Index, double Score)? Completing(AnalyzedQuestion question,
        IReadOnlyList<(string Text, int Index, double Score)> scored, IReadOnlyList<(string Text, int Index, double Score)> chosen)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in chosen) covered.UnionWith(KnowledgeIndex.TermSetOf(c.Text));
        var missing = question.Terms.Where(t => t.Known && !t.Generic && !t.NamesYear && !t.Aspect && !KnowledgeIndex.Matches(t, covered)).ToList();
        if (missing.Count == 0) return null;
        (string Text, int Index, double Score)? best = null;
        foreach (var s in scored)
        {
            if (s.Score <= 0 || chosen.Any(c => c.Index == s.Index) || best is { } b && b.Score >= s.Score) continue;
            var terms = KnowledgeIndex.TermSetOf(s.Text);
            if (missing.Exists(t => KnowledgeIndex.Matches(t, terms))) best = s;
        }
        return best;
    }

    // Kinds of fact a section explains in its own words after restating the question.
    private const AnswerType Explanations = AnswerType.Reason | AnswerType.Manner | AnswerType.Purpose;

    // How far after the best sentence an explanation is looked for.
    private const int ExplanationReach = 2;

    private static (string Text, int Index, double Score)? Explaining(AnalyzedQuestion question,
        IReadOnlyList<(string Text, int Index, double Score)> scored, int best, IReadOnlyList<(string Text, int Index, double Score)> chosen)
    {
        var explains = question with { Wants = question.Wants & Explanations };
        for (var i = best + 1; i < scored.Count && i <= best + ExplanationReach; i++)
            if (chosen.All(c => c.Index != i) && Evidence(explains, scored[i].Text) > 0) return scored[i];
        return null;
    }

    private static (string Text, int Index, double Score)? NextCarrier(AnalyzedQuestion question,
        IReadOnlyList<(string Text, int Index, double Score)> scored, int best, IReadOnlyList<(string Text, int Index, double Score)> chosen, double carried) =>
        best + 1 < scored.Count && chosen.All(c => c.Index != best + 1) && EvidenceGoingOn(question, scored[best + 1].Text) > carried ? scored[best + 1] : null;

    /// <summary>"Judul dokumen › bagian — sumber 1; sumber 2 (dan N sumber lain)".</summary>
    public static string SourceLine(Passage passage)
    {
        var sources = PassageSources.Choose(passage, MaxSourcesShown);
        var more = passage.Sources.Count - sources.Count;
        var where = string.Join(" › ", new[] { passage.DocumentTitle }.Concat(passage.Headings));
        var cited = string.Join("; ", sources) + (more > 0 ? $"; dan {more} sumber lain" : "");
        return cited.Length > 0 ? $"{where} — {cited}" : where;
    }

    /// <summary>Two to four next questions: the runner-up passages, then the passage that follows in the same document.</summary>
    public static IReadOnlyList<string> FollowUps(Passage passage, IReadOnlyList<SearchHit> others, KnowledgeIndex index)
    {
        var candidates = others.Where(o => o.Passage.Id != passage.Id).Select(o => o.Passage).ToList();
        var next = index.Find($"{passage.DocumentPath}#{int.Parse(passage.Id[(passage.Id.LastIndexOf('#') + 1)..]) + 1}");
        if (next is not null) candidates.Insert(Math.Min(2, candidates.Count), next);
        var previous = index.Find($"{passage.DocumentPath}#{int.Parse(passage.Id[(passage.Id.LastIndexOf('#') + 1)..]) - 1}");
        if (previous is not null) candidates.Add(previous);
        var own = Topic(passage.Heading);
        return candidates.Select(p => Topic(p.Heading)).Where(t => t.Length > 0 && !t.Equals(own, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToList();
    }

    /// <summary>A heading short enough for a button: the part before a colon when it is long, cut at a word.</summary>
    public static string Topic(string heading)
    {
        var text = heading.Replace("**", "").Trim();
        if (text.Length > 60 && text.IndexOf(':') is > 15 and var colon) text = text[..colon].Trim();
        if (text.Length > 80) text = text[..text.LastIndexOf(' ', 80)].TrimEnd(',', ';', ' ') + " …";
        return text;
    }

    /// <summary>
    /// A passage holding several lists apart (a letter's points: its legal basis, a schedule, what to bring, the
    /// copies) answers with the one list the question is about: the one its best sentence leads into, else the one
    /// holding the best item — not every item of all of them.
    /// </summary>
    private static IReadOnlyList<string> OneGroup(AnalyzedQuestion question, List<(string? Lead, List<string> Items)> groups, string? best, IReadOnlyList<string> shown)
    {
        var group = groups.FirstOrDefault(g => g.Lead is not null && g.Lead == best).Items
                    ?? groups.MaxBy(g => g.Items.Max(i => Score(question, i)))!.Items;
        var kept = shown.Where(group.Contains).ToList();
        return kept.Count > 0 ? kept : group.Take(MaxItems).ToList();
    }

    private static bool IsMarkdown(Passage passage) =>
        Path.GetExtension(passage.DocumentPath).ToLowerInvariant() is ".md" or ".markdown" or ".txt";

    /// <summary>The passage's lists, each with the prose sentence right before it (its lead-in), in order.</summary>
    private static List<(string? Lead, List<string> Items)> ItemGroups(string body)
    {
        var groups = new List<(string? Lead, List<string> Items)>();
        string? lastSentence = null;
        var inList = false;
        foreach (var paragraph in Paragraphs().Split(body.Replace("\r\n", "\n")))
        {
            var prose = new List<string>();
            foreach (var line in paragraph.Split('\n'))
            {
                var item = ListItem().Match(line);
                if (item.Success)
                {
                    if (!inList) { groups.Add((lastSentence, [])); inList = true; }
                    groups[^1].Items.Add(item.Groups[1].Value.Trim());
                }
                else if (line.Trim().Length > 0 && !line.TrimStart().StartsWith('|')) prose.Add(line.Trim());
            }
            if (prose.Count == 0) continue;
            lastSentence = SentenceEnd().Split(string.Join(" ", prose)).Select(s => s.Trim()).LastOrDefault(s => s.Length > 0);
            inList = false;
        }
        return groups;
    }

    /// <summary>Sentences of the passage's prose and the items of its lists (Markdown "- ", "* " or "1. ").</summary>
    public static (List<string> Sentences, List<string> Items) Split(string body)
    {
        var sentences = new List<string>();
        var items = new List<string>();
        foreach (var paragraph in Paragraphs().Split(body.Replace("\r\n", "\n")))
        {
            var prose = new List<string>();
            foreach (var line in paragraph.Split('\n'))
            {
                var item = ListItem().Match(line);
                if (item.Success) items.Add(item.Groups[1].Value.Trim());
                else if (line.Trim().Length > 0 && !line.TrimStart().StartsWith('|')) prose.Add(line.Trim());
            }
            if (prose.Count > 0)
                sentences.AddRange(SentenceEnd().Split(string.Join(" ", prose)).Select(s => s.Trim()).Where(s => s.Length > 0));
        }
        return (sentences, items);
    }

    [GeneratedRegex(@"\b(apa saja|siapa saja|mana saja|mana aja|apa aja|sebutkan|daftar|contoh|apa dan|berapa saja)\b")]
    private static partial Regex Enumeration();

    // Generated, not the static Regex.Split: the shared regex cache is small and other patterns evict it (parsed again per call).
    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+(.+)$")]
    private static partial Regex ListItem();

    // A sentence ends at . ! ? followed by space and a capital, digit, quote or markup; not after common abbreviations,
    // nor after a name's initial ("Semuel A. Pangerapan", "Johnny G. Plate"): one capital letter alone is never a sentence's end.
    [GeneratedRegex(@"(?<=[.!?])(?<!\b(?:Kab|No|Dr|Ir|Prof|dll|dsb|dkk|Jl|St|Tbk|Hj|Drs|Bpk|Sdr|[A-Z])\.)\s+(?=[A-Z0-9""“(*_])")]
    private static partial Regex SentenceEnd();
}
