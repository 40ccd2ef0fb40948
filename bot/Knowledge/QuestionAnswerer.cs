using System.Text.RegularExpressions;
using SmartCity.Bot.Caching;

namespace SmartCity.Bot.Knowledge;

public enum AnswerKind
{
    /// <summary>A confident answer from a passage.</summary>
    Answered,

    /// <summary>The documents may cover it, but no passage is a confident match: offer the closest topics.</summary>
    NotSure,

    /// <summary>Not about the programme: declined politely and steered back.</summary>
    OutOfScope,

    /// <summary>Thanks or an acknowledgement.</summary>
    Acknowledged,
}

/// <summary>What the bot makes of a question; Best is the closest passage even when it is not used.</summary>
public sealed record KnowledgeAnswer(
    AnswerKind Kind,
    string Question,
    SearchHit? Best,
    ComposedAnswer? Answer,
    IReadOnlyList<string> ClosestTopics,
    IReadOnlyList<SearchHit> Hits)
{
    /// <summary>The calibrated probability that the best passage's answer is right (<see cref="ConfidenceModel"/>).</summary>
    public double Score { get; init; }

    /// <summary>What the score was computed from (calibration).</summary>
    public ConfidenceFeatures? Features { get; init; }

    /// <summary>A thing the question names that the documents' answer does not hold ("Kota Bogor", "tahun 2018"): the reply says so.</summary>
    public string? Lacks { get; init; }

    /// <summary>
    /// What was understood to be asked when only that detail kept the answer back ("jumlah hari", "«ketua»"): the reply
    /// says what it read and that the nearest section does not state it, then offers the nearest topics.
    /// </summary>
    public string? Unstated { get; init; }

    /// <summary>The earlier question this one was read as a follow-up of, when the conversation's context was used.</summary>
    public string? FollowUpOf { get; init; }

    /// <summary>The question as the bot read it, when it was rewritten with the conversation ("kalau yang 2024?" → the earlier question about 2024).</summary>
    public string? ReadAs { get; init; }

    /// <summary>What the conversation is about after this answer: the question with the context it was read in.</summary>
    public string Context => ReadAs ?? (FollowUpOf is null ? Question : QuestionAnswerer.CarryOver(FollowUpOf, Question));
}

/// <summary>What a conversation was last asking about: kept so a short follow-up ("kalau 2019?") can be read with it.</summary>
public sealed record ConversationTopic(string Context, string PassageId, string Topic)
{
    /// <summary>The text the answer showed (its sentences and list lines), so "lebih lanjut" gives what was not shown.</summary>
    public string? Shown { get; init; }

    /// <summary>
    /// The last question's own words when <see cref="Context"/> carries an earlier question over (it was read as a
    /// follow-up of it): another year asked next may be of this question alone, the earlier one's words pulling it
    /// elsewhere (a count asked after a launch: of the next year, the count, not a launch that year never had).
    /// </summary>
    public string? Asked { get; init; }
}

/// <summary>Decides between answering, admitting uncertainty and declining, from the index's hits and their confidence.</summary>
public sealed partial class QuestionAnswerer
{
    public const int Candidates = 5;

    /// <summary>
    /// The detail the question asks for that alone kept the answer back (a kind the model counts, not stated in the
    /// answer shown), as the reply names it: "jumlah hari", "besaran uang …", or the asked word itself ("«ketua»").
    /// </summary>
    private string? UnstatedAsked(AnalyzedQuestion analyzed, ConfidenceFeatures features)
    {
        if (Model.HeldByDetail(features) is not { } kind || !Model.Answers(features with { UnstatedDetails = "" })) return null;
        return AskedDetail.Of(analyzed).FirstOrDefault(d => d.Name == kind && d.Label.Length > 0)?.Label
            ?? (AnswerFit.AskedWord(analyzed.Normalized) is { } word ? $"«{word}»" : null);
    }

    private readonly Func<KnowledgeIndex> _index;

    /// <param name="places">The recognizer's places (bot/Understanding): a place the question names must be in the answer.</param>
    public QuestionAnswerer(KnowledgeBase knowledge, IPlaceFinder? places = null)
        : this(() => knowledge.Index, knowledge.Options.MinConfidence, ConfidenceModel.For(knowledge.Folder), knowledge.Options.MemoEntries, new AnswerFit(places)) { }

    /// <summary>Over a given index (benchmarks, tools); <paramref name="memoEntries"/> 0 computes every answer afresh.</summary>
    public QuestionAnswerer(KnowledgeIndex index, double minConfidence = 0.3, ConfidenceModel? model = null, int memoEntries = 0, IPlaceFinder? places = null)
        : this(() => index, minConfidence, model ?? ConfidenceModel.Default, memoEntries, new AnswerFit(places)) { }

    private QuestionAnswerer(Func<KnowledgeIndex> index, double minConfidence, ConfidenceModel model, int memoEntries, AnswerFit fit)
    {
        _index = index;
        MinConfidence = minConfidence;
        Model = model;
        MemoEntries = memoEntries;
        _fit = fit;
    }

    private readonly AnswerFit _fit;

    /// <summary>How many answers (and analysed questions) are remembered per index; 0 = none.</summary>
    public int MemoEntries { get; }

    /// <summary>Coverage a candidate passage needs to be considered at all (definitions, claims, comparisons).</summary>
    public double MinConfidence { get; }

    /// <summary>Decides answer / ask / decline from the best passage (knowledge/data/confidence.json).</summary>
    public ConfidenceModel Model { get; }

    /// <summary>The same answerer with another decision model (calibration: <see cref="ConfidenceModel.AlwaysAnswer"/>).</summary>
    public QuestionAnswerer With(ConfidenceModel model) => new(_index, MinConfidence, model, MemoEntries, _fit);

    /// <summary>Words of context carried from one question to the next, at most (older words drop out first).</summary>
    public const int MaxContextWords = 16;

    public KnowledgeAnswer Answer(string question) => Answer(question, null, KnowledgeHints.None);

    public KnowledgeAnswer Answer(string question, ConversationTopic? previous) => Answer(question, previous, KnowledgeHints.None);

    /// <summary>
    /// Answers a message in a conversation. When it looks like a follow-up (short, or opening with "terus", "lalu",
    /// "kalau", "bagaimana dengan", or pointing back with "tersebut", "tadi") or cannot be answered on its own, it is
    /// asked again with the earlier question's words added at reduced weight, and that reading is used when it is
    /// confident. A message naming an unrelated subject is never read as a follow-up, so it is still declined.
    /// </summary>
    /// <param name="hints">What the conversation knows that the question may leave out (year, region, pillar): they
    /// steer ranking towards passages about them, never the confidence that the question is covered.</param>
    public KnowledgeAnswer Answer(string question, ConversationTopic? previous, KnowledgeHints hints)
    {
        var index = _index();
        // Asked while the conversation is on a topic, a message may lean on it (a follow-up, a question rewritten by memory
        // or carrying the asker's region): its first word need not be what it asks about, so it is not held by its head word.
        if (previous is not null) hints = hints with { ReadWithTopic = true };
        // An answer depends only on the question, its context and the index (with its lexicon): a repeated question
        // (a button, a frequent question) is answered from memory. Long messages are rare repeats; not kept.
        if (question.Length > MaxMemoChars) return Compute(question, previous, hints, index);
        return MemoFor(index).Answers.GetOrAdd(new AnswerKey(question, previous, hints), k => Compute(k.Question, k.Previous, k.Hints, index));
    }

    private KnowledgeAnswer Compute(string question, ConversationTopic? previous, KnowledgeHints hints, KnowledgeIndex index)
    {
        var normalized = InformalIndonesian.Normalize(question);
        // "angkatan kami" with the cohort's year known: asked as if the year were named.
        if (hints.Year is { } cohort && AnswerTypes.Years(normalized).Count == 0 && QuestionCues.WithCohortYear(normalized, cohort) is var named && named != normalized)
            (question, normalized) = (named, named);
        // "bimtek kami kapan": a stage of the user's own cohort, its year known: asked as if the year were written.
        else if (hints is { CohortStageOfOwn: true, Year: { } own } && AnswerTypes.Years(normalized).Count == 0
                 && own.ToString(System.Globalization.CultureInfo.InvariantCulture) is var written)
            (question, normalized) = ($"{question} {written}", $"{normalized} {written}");
        // A question, then "not the <other thing>" (penanda-kecuali.txt): what is set aside is not asked; its words would pull the
        // answer to the very thing the user rules out.
        if (QuestionCues.WithoutSetAside(normalized) is { } kept) (question, normalized) = (kept, kept);
        // A question pointing at a year ("tahun itu", "tahun kami") about an event: the conversation lends the year it remembers (a
        // cohort the participation data just answered, the user's own), which counts as the question's year; the words
        // pointing at it go, so an earlier documents' topic of another year does not take their place.
        // The earlier topic is read of that year too (an event of one year asked first, then another event of "tahun kami").
        // When the earlier topic is of that same year, "tahun itu" is written out as before (below).
        if (hints.Year is { } lent && !TopicOfYear(normalized, previous, lent) && QuestionCues.WithoutYearPointer(normalized) is { Length: > 0 } pointed && pointed != normalized)
        {
            (question, normalized, hints) = (pointed, pointed, hints with { YearPointedAt = true });
            if (previous is not null) previous = previous with { Context = QuestionCues.WithYears(previous.Context, new HashSet<string> { lent.ToString(System.Globalization.CultureInfo.InvariantCulture) }) };
        }
        // "fase 3-nya tanggal berapa?" right after an answer about a numbered series (bimtek in stages I–IV): that series' part,
        // not the programme's own numbered step.
        // "tahap 9 ngapain" right after an answer listing the numbered steps: that step's section.
        if (previous is not null && StepOrder.Listed(question, normalized, index.Find(previous.PassageId), index) is { } listedStep)
            return listedStep with { Question = question };
        if (previous is not null && PartOfTopic(question, previous, hints, index) is { } part) return part;
        // "setelah MoU tahap apa?", or "selanjutnya?" right after a step: the neighbouring numbered step.
        if ((StepOrder.Answer(question, normalized, previous is null ? null : index.Find(previous.PassageId), index)
                ?? StepOrder.Numbered(question, normalized, index) ?? StepAfterPreamble(question, index)) is { } step)
            return step with { Question = question };
        // A length asked of "that" step right after a step's answer: asked of that step.
        if (previous is not null && StepOrder.Pointed(normalized, index.Find(previous.PassageId), index) is { } toStep)
            (question, normalized) = (toStep, toStep);
        if (previous is not null)
        {
            // "contohnya?": examples from the document the conversation is in.
            if (QuestionCues.AsksForExamplesOnly(normalized) && Examples(question, previous, index) is { } examples) return examples;
            // "sebutin salah satunya": from the list the conversation just showed.
            if (QuestionCues.AsksForOneOfThem(normalized) && index.Find(previous.PassageId) is { } listed && AnswerComposer.Split(listed.Body).Items.Count > 0)
            {
                var hit = new SearchHit(listed, 0, 1);
                return new KnowledgeAnswer(AnswerKind.Answered, question, hit, AnswerComposer.ComposeExamples(listed, index), [], [hit]) { ReadAs = previous.Context };
            }
            // "kalau yang 2024?": the earlier question again, about the new year, at full weight.
            if (QuestionCues.OnlyYears(normalized) is { } years)
            {
                // "lalu 2019 vs 2021?": the earlier question for each year, side by side.
                if (years.Count == 2 && years.Order().ToArray() is [var early, var late]
                    && BothYears(question, QuestionCues.WithYears(previous.Context, new HashSet<string> { early }),
                        QuestionCues.WithYears(previous.Context, new HashSet<string> { late }), index, hints) is { } compared)
                    return compared with { FollowUpOf = previous.Context };
                var rewritten = QuestionCues.WithYears(previous.Context, years);
                var reread = SameSectionOfYear(AnswerOwn(rewritten, index, hints, inProgramme: true), rewritten, previous, years, index);
                if (reread.Kind == AnswerKind.Answered) return reread with { Question = question, FollowUpOf = previous.Context, ReadAs = rewritten };
                // Unsure with the whole context: the last question alone, of the new year, when it was a follow-up of an earlier one.
                if (previous.Asked is { } asked && QuestionCues.WithYears(asked, years) is var ownRewritten
                    && AnswerOwn(ownRewritten, index, hints, inProgramme: true) is { Kind: AnswerKind.Answered } ownReread)
                    return ownReread with { Question = question, FollowUpOf = previous.Context, ReadAs = ownRewritten };
                // The year alone names no subject: read on its own it may answer whatever that year's best section is
                // (a bare later year after one year's winners got that year's MoU). When the nearest section of the
                // earlier question re-asked is of the new year but unsure, such an answer stands only when
                // its heading shares a word with the earlier section's heading or question; otherwise the earlier question's
                // own unsure reply, for that year, is the honest one.
                if (reread is { Kind: AnswerKind.NotSure, Best: { } near } && years.Any(AnswerTypes.Years(near.Passage.Heading).Contains) && index.Find(previous.PassageId) is { } before)
                {
                    var alone = OwnOrWithTopic(question, normalized, previous, index, hints);
                    var topicWords = HeadingWords(before.Heading);
                    topicWords.UnionWith(HeadingWords(previous.Context));
                    return alone is not { Kind: AnswerKind.Answered, Best: { } found } || HeadingWords(found.Passage.Heading).Overlaps(topicWords)
                        ? alone : reread with { Question = question, FollowUpOf = previous.Context, ReadAs = rewritten };
                }
            }
            // "berapa daerah yang ikut tahun itu?": the year the conversation was about.
            var resolved = QuestionCues.ResolveThatYear(normalized, previous.Context);
            if (resolved != normalized) (question, normalized) = (resolved, resolved);
            // "diadakan di mana?", "kenapa begitu?", "lebih lanjut": no subject of its own, so the topic's.
            if (FromTopic(question, previous, hints, index) is { } onTopic) return onTopic;
        }
        return OwnOrWithTopic(question, normalized, previous, index, hints);
    }

    // The message read on its own, else with the earlier question's words when it looks like a follow-up of it.
    private KnowledgeAnswer OwnOrWithTopic(string question, string normalized, ConversationTopic? previous, KnowledgeIndex index, KnowledgeHints hints)
    {
        var own = AnswerOwn(question, index, hints);
        if (previous is null || own.Kind == AnswerKind.Acknowledged) return own;
        var followUp = LooksLikeFollowUp(question, normalized, own);
        if (own.Kind == AnswerKind.Answered && (!followUp || DefinesOwnSubject(normalized, index))) return own;
        var combined = Answer(question, index.Analyze(question, TopicFollowUp.Replacing(previous.Context, question)), index, hints, inProgramme: true);
        // The earlier words may carry the reading, but not past the new message's own subject ("siapa presiden?"), nor
        // to a section naming less of it than the message's own answer does (the pillars asked right
        // after a MoU answer: the MoU section names the programme, not its pillars).
        var asked = index.Analyze(question);
        if (own is { Kind: AnswerKind.Answered, Best: { } alone } && combined.Best is { } carried
            && SubjectsNamed(asked, alone.Passage) > SubjectsNamed(asked, carried.Passage)) return own;
        return combined is { Kind: AnswerKind.Answered, Best: { } best } && NamesTheSubject(asked, best.Passage)
            ? combined with { FollowUpOf = previous.Context }
            : own;
    }

    // "kalau definisi X?" answered by X's definition names its own subject: the topic's words would pull it back to the
    // earlier thing's definition, which shares the asking word.
    private static bool DefinesOwnSubject(string normalized, KnowledgeIndex index) =>
        WithoutFollowUpOpener(normalized) is var asked && QuestionCues.AsksWhatItIs(asked)
        && QuestionCues.DefinitionSubject(asked) is { } subject && SubjectTerms(index.Analyze(subject)).Any();

    // "kalau …", "terus …" (pembuka-lanjutan.txt) opening the message: what follows is the question's own shape.
    private static string WithoutFollowUpOpener(string normalized) =>
        Lexicon.Current.FollowUpCue.Match(normalized) is { Success: true, Index: 0 } cue && cue.Length < normalized.Length ? normalized[cue.Length..].Trim() : normalized;

    // An introduction, then "what stage comes after <step>?": the order question is the last sentence asked.
    private static KnowledgeAnswer? StepAfterPreamble(string question, KnowledgeIndex index)
    {
        var parts = QuestionSentence().Matches(question).Select(m => m.Value.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count >= 2 && parts[^1].EndsWith('?') ? StepOrder.Answer(parts[^1], InformalIndonesian.Normalize(parts[^1]), null, index) : null;
    }

    /// <summary>
    /// When only a detail that is never answered unless stated (<see cref="ConfidenceModel.UnstatedAnyCoverage"/>: a rank, a
    /// sum, a contact, a head count) keeps the best section back, the next candidate covering at least
    /// <see cref="CarrierShare"/> as much of the question whose answer states it and is sure, or null.
    /// </summary>
    private (SearchHit Hit, ComposedAnswer Composed, ConfidenceFeatures Features)? StatingAsked(
        AnalyzedQuestion analyzed, string question, SearchHit best, IReadOnlyList<SearchHit> hits, KnowledgeIndex index, KnowledgeHints hints, ConfidenceFeatures features)
    {
        // A count held back because the section never states it is such a detail too ("berapa … harus dibuat"), handed
        // only to a section whose heading names what is counted: a number near the word elsewhere counts something else.
        var heldByDetail = Model.HeldByDetail(features) is { } kind && Model.UnstatedAnyCoverage.Contains(kind);
        var heldByCount = !heldByDetail && features.CountedUnstated > 0 && features.Coverage < Model.CountedUnstatedBelow && analyzed.Counted is not null;
        if (heldByDetail ? !Model.Answers(features with { UnstatedDetails = "" }) : !heldByCount || !Model.Answers(features with { CountedUnstated = 0 })) return null;
        // Such a section names every subject word, though the best one shares more of the question's generic words
        // ("dibuat", "dilakukan"): those say what is done, not what is counted.
        var subjects = SubjectTerms(analyzed).Count();
        bool Carries(SearchHit h) => heldByDetail
            ? h.Confidence >= best.Confidence * CarrierShare
            : KnowledgeIndex.Matches(analyzed.Counted!, KnowledgeIndex.TermSetOf(h.Passage.Heading)) && subjects > 0 && SubjectsNamed(analyzed, h.Passage) == subjects;
        return FirstSureOther(analyzed, question, best, hits, index, hints, h => NamesTheSubject(analyzed, h.Passage) && Carries(h), (_, _) => true);
    }

    /// <summary>The first other candidate covering more of the question that holds its head thing and whose answer is sure, or null.</summary>
    private (SearchHit Hit, ComposedAnswer Composed, ConfidenceFeatures Features)? HoldingTopic(
        AnalyzedQuestion analyzed, string question, SearchHit best, IReadOnlyList<SearchHit> hits, KnowledgeIndex index, KnowledgeHints hints) =>
        // Only a candidate covering more of the question than the best: one covering less is about something else again.
        FirstSureOther(analyzed, question, best, hits, index, hints,
            h => h.Confidence > best.Confidence && NamesTheSubject(analyzed, h.Passage), (_, own) => own.TopicMissing == 0);

    // Only a question naming a year and asking an office holder is held to it: the check normalizes the question again.
    private static bool HoldsOfficeInAskedYear(AnalyzedQuestion analyzed, string question, ComposedAnswer composed) =>
        analyzed.Years.Count == 0 || !AnswerTypes.AsksOfficeHolder(analyzed.Normalized) || AnswerTypes.NamesHolderInYears(analyzed.Normalized, OwnYears(analyzed, question).Years, $"{composed.Body}\n{string.Join("\n", composed.Items)}");

    /// <summary>The first other candidate whose answer names the office's holder in the asked year and is sure, or null.</summary>
    private (SearchHit Hit, ComposedAnswer Composed, ConfidenceFeatures Features)? HolderOfAskedYear(
        AnalyzedQuestion analyzed, string question, SearchHit best, IReadOnlyList<SearchHit> hits, KnowledgeIndex index, KnowledgeHints hints) =>
        FirstSureOther(analyzed, question, best, hits, index, hints, h => h.Confidence >= best.Confidence * CarrierShare,
            (composed, _) => AnswerTypes.NamesHolder(analyzed.Normalized, $"{composed.Body}\n{string.Join("\n", composed.Items)}") && HoldsOfficeInAskedYear(analyzed, question, composed));

    /// <summary>
    /// The first candidate other than the best that <paramref name="eligible"/> admits whose answer, composed beside the
    /// other candidates, is sure and passes <paramref name="keeps"/>, or null: the hand-overs differ only in those two tests.
    /// </summary>
    private (SearchHit Hit, ComposedAnswer Composed, ConfidenceFeatures Features)? FirstSureOther(
        AnalyzedQuestion analyzed, string question, SearchHit best, IReadOnlyList<SearchHit> hits, KnowledgeIndex index, KnowledgeHints hints,
        Func<SearchHit, bool> eligible, Func<ComposedAnswer, ConfidenceFeatures, bool> keeps)
    {
        foreach (var hit in hits.Where(h => h != best && eligible(h)))
        {
            var (composed, own) = Weighed(analyzed, question, hit, hits.Where(h => h != hit).ToList(), hits, index, hints);
            if (Model.Answers(own) && keeps(composed, own)) return (hit, composed, own);
        }
        return null;
    }

    /// <summary>The answer a section would show, composed beside the other candidates, and the features it is weighed by.</summary>
    private (ComposedAnswer Composed, ConfidenceFeatures Features) Weighed(AnalyzedQuestion analyzed, string question, SearchHit hit,
        IReadOnlyList<SearchHit> others, IReadOnlyList<SearchHit> hits, KnowledgeIndex index, KnowledgeHints hints)
    {
        var composed = AnswerComposer.Compose(analyzed, hit, others, index);
        var fit = _fit.Of(analyzed, question, hit.Passage, $"{composed.Body}\n{string.Join("\n", composed.Items)}", index);
        return (composed, ScopeOf(analyzed, question, hit, hits, index, hints) with
        {
            ShownCoverage = fit.ShownCoverage, NamedMissing = fit.Missing is null ? 0 : 1, Missing = fit.Missing,
            RareMissing = fit.MissingRare is null ? 0 : 1, MissingRare = fit.MissingRare, RareSections = fit.RareSections,
            SentenceCoverage = fit.SentenceCoverage, HeadMissing = fit.HeadMissing, CountedUnstated = fit.CountedUnstated,
            UnstatedDetails = fit.UnstatedDetails,
        });
    }

    // A section stating the detail asked answers though it shares fewer of the question's words than the one about the topic.
    private const double CarrierShare = 0.6;

    private static bool TopicOfYear(string normalized, ConversationTopic? previous, int year) =>
        previous is not null && QuestionCues.ResolveThatYear(normalized, previous.Context) is var byTopic && byTopic != normalized
        && byTopic == QuestionCues.ResolveThatYear(normalized, year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// A numbered part and nothing else of its own ("fase 3-nya tanggal berapa?", "sesi II di mana?") right after an answer whose
    /// section numbers parts by that noun: the part of that series, read with the topic's words and the section first.
    /// Alone, the message would read as the programme's own numbered step, which the thread was not about. Null when the
    /// message names a subject besides the part, the section names no such parts, or the topic does not answer surely.
    /// </summary>
    private KnowledgeAnswer? PartOfTopic(string question, ConversationTopic previous, KnowledgeHints hints, KnowledgeIndex index)
    {
        // "fase 3-nya": the normalizer takes the particle and leaves the hyphen ("fase 3- tanggal berapa").
        var normalized = HyphenLeft().Replace(index.Analyze(question).Normalized, " ");
        if (NumberedPart.In(normalized, Lexicon.Current) is not { } part || index.Find(previous.PassageId) is not { } earlier
            || !earlier.Body.Contains(part.Noun, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = part.QuestionWithout();
        if (!TopicFollowUp.IsElliptic(index.Analyze(rest), rest)) return null;
        var read = Answer(question, TopicFollowUp.Reading(index, question, previous.Context), index, hints, inProgramme: true, stayWith: earlier);
        return read.Kind == AnswerKind.Answered ? read with { FollowUpOf = previous.Context } : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\d)-(?=\s|$)")]
    private static partial System.Text.RegularExpressions.Regex HyphenLeft();

    /// <summary>
    /// A message naming no subject of its own after an answer from the documents (<see cref="TopicFollowUp"/>): read
    /// with the topic's words, the section and document just answered from first; "lebih lanjut" continues the section.
    /// Null when the message has a subject, or the topic does not answer it surely.
    /// </summary>
    private KnowledgeAnswer? FromTopic(string question, ConversationTopic previous, KnowledgeHints hints, KnowledgeIndex index)
    {
        if (index.Find(previous.PassageId) is not { } earlier || !TopicFollowUp.IsElliptic(index.Analyze(question), question, earlier)
            || DefinesOwnSubject(InformalIndonesian.Normalize(question), index)) return null;
        // "misalnya di mana?": examples of the topic, from its section or document.
        if (QuestionCues.AsksForExamples(InformalIndonesian.Normalize(question)) && Examples(question, previous, index) is { } examples) return examples;
        if (TopicFollowUp.AsksForMore(question))
        {
            if (TopicFollowUp.More(earlier, previous.Shown, index) is not var (passage, body, items)) return null;
            var hit = new SearchHit(passage, 0, 1);
            var more = new ComposedAnswer(body.Length > 0 ? body : AnswerComposer.Topic(passage.Heading), items, AnswerComposer.SourceLine(passage), AnswerComposer.FollowUps(passage, [], index))
                { Title = passage.Heading };
            return new KnowledgeAnswer(AnswerKind.Answered, question, hit, more, [], [hit]) { ReadAs = previous.Context };
        }
        var read = Answer(question, TopicFollowUp.Reading(index, question, previous.Context), index, hints, inProgramme: true, stayWith: earlier);
        // "ketuanya siapa?": a role is answered only by a section naming it; else the reply says the topic's section does not
        // (read alone, the role word would find whoever leads something else: the programme, a ministry).
        if (TopicFollowUp.RoleAsked(question) is { } role && !(read is { Kind: AnswerKind.Answered, Best: { } named } && TopicFollowUp.NamesRole(role, named.Passage)))
        {
            var hit = new SearchHit(earlier, 0, 0);
            return new KnowledgeAnswer(AnswerKind.NotSure, question, hit, null, [AnswerComposer.Topic(earlier.Heading)], [hit]) { Unstated = $"«{role}»", FollowUpOf = previous.Context };
        }
        if (read.Kind == AnswerKind.Answered) return read with { FollowUpOf = previous.Context };
        // An hour or a contact the topic's section does not write out: the reply says so about that section, rather than
        // the message being read alone, where it names nothing and is declined.
        return UnstatedByTopic(question, earlier, index) is { } unstated ? unstated with { FollowUpOf = previous.Context } : null;
    }

    /// <summary>
    /// The follow-up asks a kind of detail (an hour, a contact) that no line of the topic's section states, and the
    /// topic's reading found nothing surer: the reply names what was asked and that this section does not give it.
    /// </summary>
    private static KnowledgeAnswer? UnstatedByTopic(string question, Passage earlier, KnowledgeIndex index)
    {
        var (sentences, items) = AnswerComposer.Split(earlier.Body);
        var lines = sentences.Concat(items).ToList();
        if (AskedDetail.Of(index.Analyze(question)).FirstOrDefault(d => d.Label.Length > 0 && AskedDetail.WrittenOnly.Contains(d.Name)) is not { } asked
            || lines.Any(asked.StatedIn)) return null;
        var hit = new SearchHit(earlier, 0, 0);
        return new KnowledgeAnswer(AnswerKind.NotSure, question, hit, null, [AnswerComposer.Topic(earlier.Heading)], [hit]) { Unstated = asked.Label };
    }

    /// <summary>
    /// A question on its own, read by its shape: a comparison shows both things' defining sentences; "apa itu X"
    /// looks for the passage that defines X; "benarkah …" for the sentence stating the claim; a long message whose
    /// chat around the question hides it ("… ya? Saya perlu untuk rapat besok.") is asked again by its question sentence.
    /// </summary>
    private KnowledgeAnswer AnswerOwn(string question, KnowledgeIndex index, KnowledgeHints hints, bool inProgramme = false, bool whole = true)
    {
        var normalized = InformalIndonesian.Normalize(question);
        if (QuestionCues.Comparison(normalized) is var (a, b) && (Compare(question, a, b, index) ?? CompareYears(question, a, b, index, hints)) is { } compared) return compared;
        var subject = QuestionCues.DefinitionSubject(normalized);
        // "apa itu X dan juga Y": both things' defining sentences, when each is defined by a passage of its own.
        if (subject is not null && QuestionCues.DefinitionPair(subject) is var (x, y) && DefineBoth(question, x, y, index) is { } both) return both;
        // A definition states what a thing is, never a contact or a head count the whole question asks for.
        if (subject is not null && !AsksDetailHeldAlways(question, index))
        {
            var defined = Answer(question, index.Analyze(subject) with { Defines = subject }, index, hints, inProgramme);
            if (defined.Kind == AnswerKind.Answered && defined.Answer is not null) return defined;
        }
        var own = Answer(question, index.Analyze(question) with { FactCheck = QuestionCues.IsFactCheck(normalized) }, index, hints, inProgramme);
        // "Apa itu X" that no passage defines, read plainly: sure only when the passage names X as one phrase, not
        // when it shares a word of it ("kecerdasan buatan" is not the "Kota Cerdas" seminar).
        if (subject is not null && subject.Split(' ').Length <= MaxNamedSubjectWords && QuestionCues.AsksWhatItIs(normalized) && own is { Kind: AnswerKind.Answered, Best: { } plain } && !NamesTogether(index.Analyze(subject), plain.Passage))
            return own with { Kind = AnswerKind.NotSure, Answer = null };
        if (own.Kind is AnswerKind.Answered or AnswerKind.Acknowledged) return own;
        if (!whole) return own;
        var parts = QuestionSentence().Matches(question).Select(m => m.Value.Trim()).Where(p => p.Length > 0).ToList();
        // Each asking sentence, then what follows its preamble ("saya mahasiswa, dosen saya bertanya …"), longest first.
        // A sentence asked with "?" before one that only holds an asking word: a statement of what the user will do
        // with the answer (explain it to someone) is no question, the question is the sentence after it.
        var asking = parts.Where(p => p.EndsWith('?') || QuestionWord().IsMatch(InformalIndonesian.Normalize(p))).OrderByDescending(p => p.EndsWith('?'))
            .SelectMany(p => QuestionCues.ClauseTails(InformalIndonesian.Normalize(p), QuestionWord()).Prepend(parts.Count < 2 ? null : p))
            .OfType<string>().Distinct().ToList();
        // A year the message names is a condition of the question, not preamble: a part leaving it out asks another question.
        var years = AnswerTypes.Years(InformalIndonesian.Normalize(question));
        // So is a contact or a head count it asks for ("nomor telepon kominfo buat tanya smart city"): a part leaving it out asks another question.
        var heldAlways = DetailsHeldAlways(question, index);
        // The user's own guess after the question ("…, 2018 kan?") is not asked alone: it names no subject of its own.
        var guessed = QuestionCues.Guessed(InformalIndonesian.Normalize(question));
        bool IsGuess(string part) => guessed is { } g && InformalIndonesian.Normalize(part).Trim().TrimEnd('?', '!', '.', ' ').EndsWith(g.Guess, StringComparison.Ordinal)
            && KnowledgeIndex.QuestionWords(InformalIndonesian.Normalize(part)).Count <= KnowledgeIndex.QuestionWords(g.Guess).Count;
        foreach (var part in asking.Where(p => years.IsSubsetOf(AnswerTypes.Years(InformalIndonesian.Normalize(p))) && heldAlways.IsSubsetOf(DetailsHeldAlways(p, index)) && !IsGuess(p)))
        {
            var alone = AnswerOwn(part, index, hints, inProgramme, whole: false);
            if (alone.Kind == AnswerKind.Answered && KeepsToTheMessage(part, parts, alone, index))
                return (SurerAfterPreamble(part, alone, index, hints, inProgramme) ?? alone) with { Question = question };
        }
        // "kapan X diluncurkan, 2018 kan?": the question without the user's guess, whose words are not what is asked.
        if (guessed?.Head is { } head && heldAlways.IsSubsetOf(DetailsHeldAlways(head, index))
            && AnswerOwn(head, index, hints, inProgramme, whole: false) is { Kind: AnswerKind.Answered } unguessed)
            return unguessed with { Question = question };
        return own;
    }

    /// <summary>
    /// A request for help, the purpose (a report), then the question: the longest part of a message answered alone may still
    /// carry preamble words ("laporan") that pull it to a passage merely sharing them, answered though less surely than
    /// the clause asked after them would be. That clause is read alone, and its answer is given instead when it is
    /// another passage covering clearly more, keeping every year and place the part names (conditions, not preamble).
    /// </summary>
    private KnowledgeAnswer? SurerAfterPreamble(string question, KnowledgeAnswer own, KnowledgeIndex index, KnowledgeHints hints, bool inProgramme)
    {
        if (own.Best is not { } best || best.Confidence >= SurePreambleCoverage) return null;
        var normalized = InformalIndonesian.Normalize(question);
        var years = AnswerTypes.Years(normalized);
        var places = _fit.PlaceTerms(question);
        var heldAlways = DetailsHeldAlways(question, index);
        foreach (var tail in QuestionCues.ClauseTails(normalized, QuestionWord()))
        {
            if (!years.IsSubsetOf(AnswerTypes.Years(tail)) || !places.IsSubsetOf(_fit.PlaceTerms(tail)) || !heldAlways.IsSubsetOf(DetailsHeldAlways(tail, index))) continue;
            var alone = AnswerOwn(tail, index, hints, inProgramme, whole: false);
            if (alone is { Kind: AnswerKind.Answered, Best: { } other } && other.Passage.Id != best.Passage.Id && other.Confidence >= best.Confidence + SurerMargin)
                return alone with { Question = question };
        }
        return null;
    }

    // A whole message covered this well is not second-guessed; a tail must cover this much more to be preferred.
    private const double SurePreambleCoverage = 0.9;
    private const double SurerMargin = 0.2;

    // A detail held always that is asked of the subject itself, not of a numbered part of it.
    private bool AsksDetailHeldAlways(string question, KnowledgeIndex index) => HeldAlways(question, index).Any(d => !d.PartOfSubject);

    /// <summary>The names of the details a question asks for that are held always (<see cref="HeldAlways"/>).</summary>
    private HashSet<string> DetailsHeldAlways(string question, KnowledgeIndex index) =>
        HeldAlways(question, index).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>The details a question asks for that are never answered unless stated (a contact, a head count: <see cref="ConfidenceModel.UnstatedAnyCoverage"/>).</summary>
    private IEnumerable<AskedDetail> HeldAlways(string question, KnowledgeIndex index) =>
        AskedDetail.Of(index.Analyze(question)).Where(d => Model.UnstatedAnyCoverage.Contains(d.Name));

    /// <summary>
    /// "Kalau yang 2024?" after an answer from the 2023 MoU section: of the confident passages about the new year, the
    /// one whose heading is most like the earlier answer's (its words, and a year where the earlier heading had one),
    /// so the conversation stays on the MoU rather than moving to another 2024 event that shares the question's words.
    /// </summary>
    private KnowledgeAnswer SameSectionOfYear(KnowledgeAnswer reread, string rewritten, ConversationTopic previous, IReadOnlySet<string> years, KnowledgeIndex index)
    {
        if (reread.Kind != AnswerKind.Answered || reread.Best is null || index.Find(previous.PassageId) is not { } earlier) return reread;
        var shape = HeadingWords(earlier.Heading);
        if (shape.Count == 0) return reread;
        var dated = AnswerTypes.HasYear(earlier.Heading);
        double Likeness(SearchHit hit) =>
            HeadingWords(hit.Passage.Heading).Count(shape.Contains) + (dated && years.Any(AnswerTypes.Years(hit.Passage.Heading).Contains) ? 1 : 0);
        var same = reread.Hits.Where(h => h.Confidence >= MinConfidence && h.Passage.Id != earlier.Id)
            .Select((h, rank) => (Hit: h, Rank: rank, Likeness: Likeness(h))).OrderByDescending(x => x.Likeness).ThenBy(x => x.Rank).FirstOrDefault();
        if (same.Hit is null || same.Hit == reread.Best || same.Likeness <= Likeness(reread.Best)) return reread;
        var hits = new[] { same.Hit }.Concat(reread.Hits.Where(h => h != same.Hit)).ToList();
        var composed = AnswerComposer.Compose(index.Analyze(rewritten), same.Hit, hits.Skip(1).ToList(), index);
        return reread with { Best = same.Hit, Answer = composed, Hits = hits };
    }

    /// <summary>A heading's words without its years, dates and numbers: what kind of section it is.</summary>
    internal static HashSet<string> HeadingWords(string heading)
    {
        var words = KnowledgeIndex.TermsOf(heading);
        var months = MonthTerms.Current;
        words.RemoveWhere(w => w.Any(char.IsDigit) || months.Contains(w));
        return words;
    }

    // Month names and date words as analyzed (knowledge/lexicon/bulan.txt; "februari" stems to "februar"): part of a
    // date, not of what the section is about.
    private static readonly PerLexicon<HashSet<string>> MonthTerms = new(lexicon => KnowledgeIndex.TermsOf(string.Join(' ', lexicon.Lists["bulan"])));

    /// <summary>"Bedanya A dan B?": each one's defining sentence, from the passage that defines it.</summary>
    private KnowledgeAnswer? Compare(string question, string a, string b, KnowledgeIndex index)
    {
        if (Define(a, index) is not { } first || Define(b, index) is not { } second || first.Hit.Passage.Id == second.Hit.Passage.Id) return null;
        var composed = new ComposedAnswer($"{first.Sentence} {second.Sentence}", [],
            $"{AnswerComposer.SourceLine(first.Hit.Passage)}; {AnswerComposer.SourceLine(second.Hit.Passage)}",
            AnswerComposer.FollowUps(first.Hit.Passage, [second.Hit], index))
        { Title = $"Perbedaan {AnswerComposer.Topic(first.Hit.Passage.Heading)} dan {AnswerComposer.Topic(second.Hit.Passage.Heading)}" };
        return new KnowledgeAnswer(AnswerKind.Answered, question, first.Hit, composed, [], [first.Hit, second.Hit]);
    }

    private KnowledgeAnswer? DefineBoth(string question, string a, string b, KnowledgeIndex index) =>
        Compare(question, a, b, index) is { Answer: { } composed, Best: { } first } both
            ? both with { Answer = composed with { Title = $"{AnswerComposer.Topic(first.Passage.Heading)} dan {AnswerComposer.Topic(both.Hits[1].Passage.Heading)}" } }
            : null;

    /// <summary>
    /// "Bedanya MoU 2018 dan 2023?", "beda bimtek 2018 dan 2022?": one thing in two years, which no
    /// passage defines; each year's own answer, side by side. A side naming only its year asks about the other's thing.
    /// Null unless both are answered surely, from different passages.
    /// </summary>
    private KnowledgeAnswer? CompareYears(string question, string a, string b, KnowledgeIndex index, KnowledgeHints hints)
    {
        var (first, second) = (AnswerTypes.Years(a), AnswerTypes.Years(b));
        if (first.Count == 0 || second.Count == 0 || first.SetEquals(second)) return null;
        if (QuestionCues.OnlyYears(b) is { } only) b = QuestionCues.WithYears(a, only);
        if (Answer(a, index.Analyze(a), index, hints) is not { Kind: AnswerKind.Answered, Best: { } one, Answer: { } oneSaid }
            || Answer(b, index.Analyze(b), index, hints) is not { Kind: AnswerKind.Answered, Best: { } other, Answer: { } otherSaid }
            || one.Passage.Id == other.Passage.Id)
            return null;
        var composed = new ComposedAnswer($"{Said(oneSaid)} {Said(otherSaid)}", [],
            $"{oneSaid.Source}; {otherSaid.Source}", AnswerComposer.FollowUps(one.Passage, [other], index))
        { Title = $"Perbandingan {AnswerComposer.Topic(one.Passage.Heading)} dan {AnswerComposer.Topic(other.Passage.Heading)}" };
        return new KnowledgeAnswer(AnswerKind.Answered, question, one, composed, [], [one, other]);
    }

    /// <summary>
    /// The earlier question for two years: each year's section side by side, or the one section both readings are
    /// answered from (a list per year), else null.
    /// </summary>
    private KnowledgeAnswer? BothYears(string question, string first, string second, KnowledgeIndex index, KnowledgeHints hints)
    {
        if (CompareYears(question, first, second, index, hints) is { } compared) return compared;
        return Answer(first, index.Analyze(first), index, hints) is { Kind: AnswerKind.Answered, Best: { } one } both
            && Answer(second, index.Analyze(second), index, hints) is { Kind: AnswerKind.Answered, Best: { } other }
            && one.Passage.Id == other.Passage.Id
                ? both with { Question = question }
                : null;
    }

    // An answer as one text: its sentences, and its list's lines when it is a list.
    private static string Said(ComposedAnswer answer) =>
        answer.Items.Count == 0 ? answer.Body : $"{answer.Body} {string.Join("; ", answer.Items)}.";

    /// <summary>The closest passage with a sentence defining the subject, and that sentence.</summary>
    private (SearchHit Hit, string Sentence)? Define(string subject, KnowledgeIndex index)
    {
        var analyzed = index.Analyze(subject) with { Defines = subject };
        foreach (var hit in index.Search(analyzed, Candidates).Where(h => h.Confidence >= MinConfidence))
        {
            var sentences = AnswerComposer.Split(hit.Passage.Body).Sentences;
            if (AnswerComposer.DefiningSentence(analyzed, sentences) is { } i) return (hit, sentences[i]);
        }
        return null;
    }

    /// <summary>
    /// "Contohnya?": of the passages in the document the conversation is in that are about the same subject, the one
    /// that gives the most examples; null when none gives any.
    /// </summary>
    private static KnowledgeAnswer? Examples(string question, ConversationTopic previous, KnowledgeIndex index)
    {
        if (index.Find(previous.PassageId) is not { } earlier) return null;
        var context = InformalIndonesian.Normalize(previous.Context);
        var about = index.Analyze(QuestionCues.DefinitionSubject(context) ?? TopicWords(context, earlier));
        // The section just answered, when it gives examples itself ("Contoh: …"), before another one listing more.
        if (QuestionCues.NamesExamples(earlier.Body))
        {
            var own = new SearchHit(earlier, 0, 1);
            return new KnowledgeAnswer(AnswerKind.Answered, question, own, AnswerComposer.ComposeExamples(earlier, index), [], [own]) { ReadAs = previous.Context };
        }
        // No section giving examples of what the earlier question named (a question about aligning with the RPJMD):
        // examples of what its document is about (masterplans).
        var best = ExamplesIn(earlier, about, index);
        if (best.Passage is null) best = ExamplesIn(earlier, index.Analyze(earlier.DocumentTitle), index);
        if (best.Passage is null) return null;
        var hit = new SearchHit(best.Passage, 0, best.Coverage);
        return new KnowledgeAnswer(AnswerKind.Answered, question, hit, AnswerComposer.ComposeExamples(best.Passage, index), [], [hit])
            { ReadAs = previous.Context };
    }

    // The section of the earlier one's document with the most example markers among those about `about`.
    private static (Passage Passage, int Markers, double Coverage) ExamplesIn(Passage earlier, AnalyzedQuestion about, KnowledgeIndex index) =>
        index.Passages.Where(p => p.DocumentPath == earlier.DocumentPath)
            .Select(p => (Passage: p, Markers: QuestionCues.ExampleMarkers(p.Body),
                Coverage: KnowledgeIndex.Coverage(about, KnowledgeIndex.TermSetOf($"{string.Join("\n", p.Headings)}\n{p.Body}"))))
            .Where(c => c.Markers > 0 && c.Coverage > 0)
            .OrderByDescending(c => c.Coverage * Math.Log(2 + c.Markers)).FirstOrDefault();

    /// <summary>
    /// The words of the earlier question naming what its answer is about (its document's title or its section's
    /// headings): a why-question about quick win is about quick win, so its examples are ranked by that, not by
    /// the words that only shaped the question ("mengapa daerah harus …"). The whole question when none names it.
    /// </summary>
    private static string TopicWords(string context, Passage earlier)
    {
        var named = KnowledgeIndex.TermSetOf($"{earlier.DocumentTitle}\n{string.Join("\n", earlier.Headings)}");
        var kept = context.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => KnowledgeIndex.TermsOf(w.Trim('?', '!', '.', ',')) is { Count: > 0 } t && t.Overlaps(named)).ToList();
        return kept.Count > 0 ? string.Join(' ', kept) : context;
    }

    /// <summary>
    /// The passage must share at least one of the question's specific words the documents know (not an everyday or
    /// broad word, not a year) when the question has any: otherwise a confident score rests on words like "Indonesia".
    /// </summary>
    // How many of the question's subject words a passage names (its document title, headings and body).
    private static int SubjectsNamed(AnalyzedQuestion question, Passage passage)
    {
        var terms = KnowledgeIndex.TermSetOf($"{passage.DocumentTitle}\n{string.Join("\n", passage.Headings)}\n{passage.Body}");
        return SubjectTerms(question).Count(t => KnowledgeIndex.Matches(t, terms));
    }

    private static bool NamesTheSubject(AnalyzedQuestion question, Passage passage)
    {
        // Only words the documents know count: an unknown word (a typo, slang) is no evidence either way.
        var subjects = SubjectTerms(question).ToList();
        if (subjects.Count == 0) return true;
        var terms = KnowledgeIndex.TermSetOf($"{passage.DocumentTitle}\n{string.Join("\n", passage.Headings)}\n{passage.Body}");
        return subjects.Any(t => KnowledgeIndex.Matches(t, terms));
    }

    /// <summary>
    /// A sentence of a longer message asked alone ("… bisa lewat WhatsApp? nomornya berapa?"): when it points back
    /// with "-nya" and names fewer than two things of its own, it leans on the other sentences ("nomornya" is the
    /// number of what they named), so its answer must share a subject with them — never a passage that only matches
    /// the lone word.
    /// </summary>
    private static bool KeepsToTheMessage(string part, IReadOnlyList<string> parts, KnowledgeAnswer alone, KnowledgeIndex index)
    {
        var pointsBack = KnowledgeIndex.QuestionWords(InformalIndonesian.Normalize(part)).Any(Particles.HasPossessive);
        if (!pointsBack || alone.Best is not { } best || SubjectTerms(index.Analyze(part)).Count() >= 2) return true;
        var rest = index.Analyze(string.Join(' ', parts.Where(p => p != part)));
        return !SubjectTerms(rest).Any() || NamesTheSubject(rest, best.Passage);
    }

    private static IEnumerable<QuestionTerm> SubjectTerms(AnalyzedQuestion question) =>
        question.Terms.Where(t => t.Known && t.Weight > 0 && !QuestionCues.IsGenericWord(t.Words) && !Lexicon.Current.BroadWords.Contains(t.Words) && !t.NamesYear);

    /// <summary>The words of <paramref name="text"/> naming what the documents' headings are about (<see cref="ScopeGuard.DocumentSubjects"/>).</summary>
    public IReadOnlyList<string> SubjectsOf(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : _index() is var index ? ScopeGuard.DocumentSubjects(index.Analyze(text), index).Distinct().ToList() : [];

    /// <summary>
    /// After an answer on <paramref name="topic"/>, the message asks about it without naming a subject of its own
    /// (<see cref="TopicFollowUp"/>): "diadakan di mana?", "siapa yang menyusun?", "diukurnya pakai apa?" after a section
    /// (or its document) that measures it — the same reading <see cref="FromTopic"/> answers by, so the router hands it over.
    /// </summary>
    public bool ContinuesTopic(string question, ConversationTopic? topic)
    {
        if (topic is null || question.Length > MaxMemoChars) return false;
        var index = _index();
        return index.Find(topic.PassageId) is { } earlier
            ? TopicFollowUp.IsElliptic(Analyze(question), question, earlier, index)
            : TopicFollowUp.IsElliptic(Analyze(question), question);
    }

    /// <summary>After an answer on <paramref name="topic"/>, the message asks what was done to it ("diukurnya pakai apa?", <see cref="TopicFollowUp.AsksWhatWasDone"/>).</summary>
    public bool AsksWhatWasDone(string question, ConversationTopic topic) =>
        _index() is var index && index.Find(topic.PassageId) is { } earlier && TopicFollowUp.AsksWhatWasDone(question, earlier, index);

    /// <summary>After an answer from the documents, the message only names another year ("yg 2018 gimana?"): their question again, of that year.</summary>
    public bool ReplacesYear(string question, ConversationTopic? topic) =>
        topic is not null && question.Length <= MaxMemoChars && QuestionCues.OnlyYears(InformalIndonesian.Normalize(question)) is not null;

    /// <summary>The message asks which numbered step comes after or before one (<see cref="StepOrder"/>): the order answers it, not a region's section.</summary>
    public bool AsksStepOrder(string question, ConversationTopic? topic)
    {
        var index = _index();
        return StepOrder.Answer(question, InformalIndonesian.Normalize(question), topic is null ? null : index.Find(topic.PassageId), index) is not null;
    }

    /// <summary>The message names a step the last answer listed by its number ("tahap 9 ngapain", <see cref="StepOrder.Listed"/>): its section answers it.</summary>
    public bool NamesListedStep(string question, ConversationTopic? topic)
    {
        var index = _index();
        return topic is not null && StepOrder.Listed(question, InformalIndonesian.Normalize(question), index.Find(topic.PassageId), index) is not null;
    }

    /// <summary>The question as the index reads it, with an earlier question as context (diagnostics).</summary>
    public AnalyzedQuestion Analyze(string question, string? context = null)
    {
        var index = _index();
        return question.Length > MaxMemoChars || context is not null
            ? index.Analyze(question, context)
            : MemoFor(index).Analyses.GetOrAdd(question, index.Analyze);
    }

    private const int MaxMemoChars = 500;

    private readonly record struct AnswerKey(string Question, ConversationTopic? Previous, KnowledgeHints Hints);

    private sealed record Memo(KnowledgeIndex Index, BoundedMemo<AnswerKey, KnowledgeAnswer> Answers, BoundedMemo<string, AnalyzedQuestion> Analyses);

    private Memo? _memo;

    /// <summary>The memo of the index in use; a reloaded index starts a new one.</summary>
    private Memo MemoFor(KnowledgeIndex index)
    {
        var memo = Volatile.Read(ref _memo);
        if (memo?.Index == index) return memo;
        // Two turns meeting a new index at once may each start a memo; one is kept, both answer the same.
        var fresh = new Memo(index, new(MemoEntries), new(MemoEntries));
        Interlocked.CompareExchange(ref _memo, fresh, memo);
        return fresh;
    }

    /// <summary>Short, opens with a connective, or points back at something said before.</summary>
    /// A short question that is answered confidently on its own ("Apa syarat untuk ikut?" after a pillar answer) is a
    /// new question, not a follow-up, unless it opens with a connective.
    public static bool LooksLikeFollowUp(string question, string normalized, KnowledgeAnswer own) =>
        Lexicon.Current.FollowUpCue.IsMatch(question.ToLowerInvariant()) || own.Hits.Count == 0 ||
        ContentWords(normalized) <= 3 && own.Kind != AnswerKind.Answered;

    private static int ContentWords(string normalized) =>
        KnowledgeIndex.TermSetOf(normalized).Count == 0 ? 0 : normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => KnowledgeIndex.TermSetOf(w).Count > 0);

    /// <summary>The context for the next turn: the earlier context and the new question, the newest words kept.</summary>
    public static string CarryOver(string earlier, string question)
    {
        var words = $"{earlier} {question}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - MaxContextWords)));
    }

    private KnowledgeAnswer Answer(string question, AnalyzedQuestion analyzed, KnowledgeIndex index, KnowledgeHints hints, bool inProgramme = false, Passage? stayWith = null)
    {
        analyzed = index.WithHints(analyzed, hints);
        var normalized = analyzed.Normalized;
        if (ScopeGuard.IsThanks(normalized) && normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4)
            return new KnowledgeAnswer(AnswerKind.Acknowledged, question, null, null, [], []);

        var programme = inProgramme || ScopeGuard.NamesDocumentSubject(analyzed, index);
        var hits = index.Search(analyzed, Candidates);
        if (analyzed.Defines is not null)
        {
            // "Apa itu X": the passage that defines X, when a confident one does; otherwise the question is read plainly.
            // A passage defining X outright ("X adalah …") before one whose "adalah" is about something X is part of.
            var confident = hits.Where(h => h.Confidence >= MinConfidence).ToList();
            // Of the passages defining X, the one whose defined subject is X itself before one defining a longer
            // subject that merely contains it ("smart city" before "masterplan smart city"); rank breaks ties.
            var defining = confident
                .Select((h, rank) => (Hit: h, Rank: rank, Extra: AnswerComposer.DefinedExtra(analyzed, AnswerComposer.Split(h.Passage.Body).Sentences)))
                .Where(x => x.Extra is not null).OrderBy(x => x.Extra).ThenBy(x => x.Rank).Select(x => x.Hit).FirstOrDefault();
            if (defining is null) return new KnowledgeAnswer(AnswerKind.NotSure, question, null, null, [], hits);
            hits = [defining, .. hits.Where(h => h != defining)];
        }
        else if (analyzed.FactCheck && hits.Count > 1)
        {
            // "Benarkah …": a claim is stated in one sentence, so the passage with the sentence that best states it.
            var stating = hits.Where(h => h.Confidence >= MinConfidence)
                .Select((h, rank) => (Hit: h, Rank: rank, Best: AnswerComposer.Split(h.Passage.Body).Sentences.Select(s => AnswerComposer.Score(analyzed, s)).DefaultIfEmpty(0).Max()))
                .OrderByDescending(x => x.Best).ThenBy(x => x.Rank).Select(x => x.Hit).FirstOrDefault();
            if (stating is not null) hits = [stating, .. hits.Where(h => h != stating)];
        }
        // A follow-up on the topic: its section, else its document, before a near passage elsewhere.
        if (stayWith is not null) hits = [.. TopicFollowUp.PreferTopic(hits, stayWith, analyzed.Wants, MinConfidence)];
        var best = hits.Count > 0 ? hits[0] : null;
        var closest = hits.Select(h => AnswerComposer.Topic(h.Passage.Heading)).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToList();

        if (best is null || !NamesTheSubject(analyzed, best.Passage))
            return new KnowledgeAnswer(programme && best is not null && !Model.OutsideDocuments(ScopeOf(analyzed, question, best, hits, index, hints))
                ? AnswerKind.NotSure : AnswerKind.OutOfScope, question, best, null, closest, hits);
        // The calibrated score decides: answer when sure, ask "maksud Anda …?" when the documents may cover it, else
        // decline. It weighs the answer as it would be shown, so that is composed first.
        var (composed, features) = Weighed(analyzed, question, best, hits.Skip(1).ToList(), hits, index, hints);
        // A region's rank asked: a rank, a sum, a contact or a head count is the point of the question; the
        // best section about the topic that does not state it hands over to a near one that does.
        if (!Model.Answers(features) && StatingAsked(analyzed, question, best, hits, index, hints, features) is { } carrier)
            (best, composed, features) = carrier;
        // Only the thing the question opens with keeps the best section back (its head word: "MoU …" answered by the
        // year's seminar); a candidate covering more of the question and holding it answers when it is sure.
        else if (!Model.Answers(features) && features.TopicMissing > 0 && Model.Answers(features with { MissingTopic = null }) && HoldingTopic(analyzed, question, best, hits, index, hints) is { } holder)
            (best, composed, features) = holder;
        // The holder of an office named beside another year than the one asked: a near section naming the holder of
        // that year answers instead.
        else if (Model.Answers(features) && !HoldsOfficeInAskedYear(analyzed, question, composed) && HolderOfAskedYear(analyzed, question, best, hits, index, hints) is { } yearHolder)
            (best, composed, features) = yearHolder;
        var score = Model.Score(features);
        if (!Model.Answers(features))
        {
            // Only the named thing is missing: say the documents do not hold it, and offer what they do hold.
            var lacks = Model.LacksNamed(features) && Model.Answers(features with { NamedMissing = 0, RareMissing = 0 })
                ? features.Missing is { } named && features.Coverage < Model.NamedMissingBelow ? named : features.MissingRare : null;
            return new KnowledgeAnswer(programme && (score >= Model.AskAt && !Model.OutsideDocuments(features) || lacks is not null) ? AnswerKind.NotSure : AnswerKind.OutOfScope, question, best, null, closest, hits)
                { Score = score, Features = features, Lacks = lacks, Unstated = lacks is null ? UnstatedAsked(analyzed, features) : null };
        }

        // "Siapa …" answered by a sentence naming nobody: the words matched, the answer does not; asked back rather
        // than given as sure. So is "siapa wali kota …" answered by text naming no holder of that office, a question
        // about a year the passage never reaches (or a section headed by another year that never names it), or about
        // who holds a role now answered by a passage that names holders of past years only, or a statement asked to be
        // confirmed whose name (a minister, a ministry, a venue) the answer does not have.
        var shown = $"{composed.Body}\n{string.Join("\n", composed.Items)}";
        if (NamesNothing(analyzed) && !CountsBroadSubject(analyzed, shown)) return new KnowledgeAnswer(AnswerKind.NotSure, question, best, null, closest, hits) { Score = score, Features = features };
        if (!AnswerTypes.Carries(analyzed.Wants, shown) || !AnswerTypes.NamesHolder(analyzed.Normalized, WithLabel(best.Passage, shown)) || !ReachesYears(analyzed, index)
            || Premise.UnconfirmedName(analyzed, question, $"{best.Passage.DocumentTitle}\n{string.Join("\n", best.Passage.Headings)}\n{shown}", index, Model.PremiseNameSections) is not null
            || !index.NamesAskedYear(analyzed, best.Passage) || AsksPresentOfPast(analyzed, shown, index) && !StandingArrangement(best.Passage) || AnswersAnotherYear(OwnYears(analyzed, question), shown, best.Passage, index)
            || !HoldsOfficeInAskedYear(analyzed, question, composed))
            return new KnowledgeAnswer(programme && !Model.OutsideDocuments(features) ? AnswerKind.NotSure : AnswerKind.OutOfScope, question, best, null, closest, hits) { Score = score, Features = features };
        return new KnowledgeAnswer(AnswerKind.Answered, question, best, composed, closest, hits) { Score = score, Features = features };
    }

    /// <summary>
    /// A label row's value read after its label ("Koordinator Program" over "Budi Santoso, S.T."): a programme card or
    /// an identity table names the office once, in the label, and the short value under it is its holder. A section
    /// with a longer text says more than who, and is read as it is.
    /// </summary>
    private static string WithLabel(Passage passage, string shown) =>
        passage.Headings.Count > 0 && passage.Headings[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords &&
        shown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelValueWords
            ? $"{passage.Headings[^1]} {shown}" : shown;

    private const int MaxLabelWords = 4;
    private const int MaxLabelValueWords = 12;

    /// <summary>
    /// The passage's features, with whether it holds the programme subject the question names (not its places), unless
    /// the recognizer reads the message as about something else.
    /// </summary>
    private ConfidenceFeatures ScopeOf(AnalyzedQuestion analyzed, string question, SearchHit best, IReadOnlyList<SearchHit> hits, KnowledgeIndex index, KnowledgeHints hints) =>
        ConfidenceFeatures.Of(analyzed, best, hits) with
        {
            SubjectCovered = !hints.ReadAsOffTopic && ScopeGuard.SubjectCovered(analyzed, index, best.Passage, _fit.PlaceTerms(question), Model.ScopeTopicSections) ? 1 : 0,
            PlaceOnly = ScopeGuard.SharesOnlyPlace(analyzed, best.Passage, _fit.PlaceTerms(question)) ? 1 : 0,
            MissingTopic = hints.ReadAsOffTopic || hints.ReadWithTopic ? null : ScopeGuard.TopicMissing(analyzed, index, best.Passage, _fit.PlaceTerms(question), Model.TopicMissingSections),
        };

    /// <summary>
    /// Every word the question has is an everyday or broad word the documents know ("berapa lama programnya?"): it names
    /// no subject, so any section matches it as well as any other; asked back ("maksud Anda …?") rather than answered as sure.
    /// </summary>
    private static bool NamesNothing(AnalyzedQuestion analyzed) =>
        analyzed.Terms.Count > 0 && analyzed.Terms.All(t => t.Known && (t.Weight <= 0 || QuestionCues.IsGenericWord(t.Words) || Lexicon.Current.BroadWords.Contains(t.Words)));

    /// <summary>
    /// "se-Indonesia totalnya berapa kab/kota": a count asked in broad words only, which one line of the answer shown
    /// states whole — a number counting a word of the question, on a line holding, in the user's own words, every broad
    /// word that is not a region count (knowledge/lexicon/hitungan-daerah.txt): "Indonesia memiliki 514 kabupaten/kota".
    /// Those words then pick out that line, not any section; "berapa kabupaten/kota?" alone still names nothing.
    /// </summary>
    private static bool CountsBroadSubject(AnalyzedQuestion analyzed, string shown)
    {
        if (!analyzed.Wants.HasFlag(AnswerType.Count)) return false;
        var regionCounts = Lexicon.Current.Lists.GetValueOrDefault(RegionCountWords) ?? [];
        var naming = analyzed.Terms.Where(t => t.Weight > 0 && !QuestionCues.IsGenericWord(t.Words) && !regionCounts.Contains(t.Words, StringComparer.OrdinalIgnoreCase)).ToList();
        if (naming.Count == 0) return false;
        var (sentences, items) = AnswerComposer.Split(shown);
        return sentences.Concat(items).Any(line =>
        {
            var terms = KnowledgeIndex.TermSetOf(line);
            return naming.All(t => t.MatchesOwn(terms)) && AnswerTypes.CountedWords(line)
                .Any(w => analyzed.Terms.Any(t => !naming.Contains(t) && KnowledgeIndex.Matches(t, KnowledgeIndex.TermSetOf(w))));
        });
    }

    private const string RegionCountWords = "hitungan-daerah";

    /// <summary>
    /// The answer is about another year than the one asked: the sentences shown name other years only, in a section
    /// whose heading does not name the asked year ("direktur … 2019" answered by "… direktur pada 2022"), or the section
    /// is headed by another year and names the asked year only in passing (<see cref="KnowledgeIndex.YearOnlyInPassing"/>).
    /// </summary>
    public static bool AnswersAnotherYear(AnalyzedQuestion question, string shown, Passage passage, KnowledgeIndex index) =>
        KnowledgeIndex.NamesOnlyOtherYears(question, shown) && !HeadingNamesAsked(question, passage) || index.YearOnlyInPassing(question, passage);

    /// <summary>
    /// The question with only the years its own words name: a year the conversation hinted at steers ranking, but an
    /// answer about another year is not doubted for it ("contohnya apa?" after a question about 2021).
    /// </summary>
    private static AnalyzedQuestion OwnYears(AnalyzedQuestion analyzed, string question)
    {
        var own = AnswerTypes.Years(InformalIndonesian.Normalize(question));
        return own.Count == analyzed.Years.Count && own.All(analyzed.Years.Contains) ? analyzed : analyzed with { Years = own };
    }

    private static bool HeadingNamesAsked(AnalyzedQuestion question, Passage passage)
    {
        var years = KnowledgeIndex.YearsWithin(passage.Heading);
        return question.Years.Any(years.Contains);
    }

    /// <summary>
    /// A question naming years is answered only when some passage names one of them: "pemenang 2026" is not
    /// answered by the 2025 winners, nor "peserta 2015" by a programme whose documents begin in 2017.
    /// </summary>
    public static bool ReachesYears(AnalyzedQuestion question, KnowledgeIndex index) =>
        question.Years.Count == 0 || question.Years.Any(index.NamedYears.Contains);

    /// <summary>
    /// The subject's words all stand within a few words of each other somewhere in the passage (its heading path or
    /// body): the passage speaks of the subject itself, not of things sharing one of its words.
    /// </summary>
    public static bool NamesTogether(AnalyzedQuestion subject, Passage passage)
    {
        // Its two rarest words: a subject named with context (an abbreviation plus the process it belongs to) is still found by its core.
        var terms = subject.Terms.Where(t => t.Weight > 0).OrderByDescending(t => t.Weight).Take(2).ToList();
        if (terms.Count == 0) return true;
        var words = KnowledgeIndex.QuestionWords($"{string.Join(" . ", passage.Headings)} . {passage.Body}".ToLowerInvariant()).Select(KnowledgeIndex.TermsOf).ToList();
        var span = terms.Count + 2;
        for (var i = 0; i < words.Count; i++)
        {
            var window = words.Skip(i).Take(span).SelectMany(w => w).ToHashSet(StringComparer.Ordinal);
            if (terms.All(t => KnowledgeIndex.Matches(t, window))) return true;
        }
        return false;
    }

    // A longer "subject" is a sentence read as one ("dulu namanya … itu maksudnya apa?"), not a term to find as a phrase.
    private const int MaxNamedSubjectWords = 4;

    // Words asking about the present (knowledge/lexicon/penanda-kini.txt): "sekarang", "saat ini", "current".
    private static readonly CuePattern Present = new(@"\b{:penanda-kini}\b", RegexOptions.IgnoreCase);

    /// <summary>
    /// "Siapa … sekarang?": the documents name office holders of given years; who holds an office today is answered
    /// only by a sentence that itself says it is current, otherwise the bot is not sure. A body asked for
    /// ("sekarang … kementerian apa?", knowledge/lexicon/tanya-lembaga.txt) is answered by the newest period the documents know of.
    /// </summary>
    public static bool AsksPresentOfPast(AnalyzedQuestion question, string shown, KnowledgeIndex index) =>
        question.Wants.HasFlag(AnswerType.Person) && Present.IsMatch(question.Normalized) && !Present.IsMatch(shown.ToLowerInvariant())
        && (!AnswerTypes.AsksBody(question.Normalized) || AnswerTypes.AsksOfficeHolder(question.Normalized) || !index.NamesNewestYear(shown));

    /// <summary>
    /// A section of a dated edition ("Pedoman … Edisi Kedua 2027") that names no year itself states how things stand
    /// under that edition ("tim diketuai oleh …"): what "siapa … sekarang" asks of it, unlike a history naming the
    /// holders of past years.
    /// </summary>
    private static bool StandingArrangement(Passage passage) =>
        AnswerTypes.Years($"{passage.Heading}\n{passage.Body}").Count == 0 && AnswerTypes.Years(passage.DocumentTitle).Count == 1;

    // A message's sentences, each with its closing mark.
    [GeneratedRegex(@"[^.?!]+[.?!]*")]
    private static partial Regex QuestionSentence();

    [GeneratedRegex(@"\b(apa|apakah|siapa|berapa|kapan|bagaimana|mengapa|di\s*mana|mana|benarkah|sebutkan|jelaskan)\b")]
    private static partial Regex QuestionWord();

}
