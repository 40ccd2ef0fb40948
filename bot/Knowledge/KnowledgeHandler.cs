using SmartCity.Bot.Cards;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Dialogs;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>A question the bot could not answer, kept (without who asked) so staff can improve knowledge/.</summary>
public sealed record UnansweredQuestion(string Question, string Reason, string? BestCandidate, string? BestSource, double Confidence);

/// <summary>A 👍/👎 on an answer, stored with the answer's source.</summary>
public sealed record AnswerFeedback(bool Helpful, string PassageId, string Source, string Question);

/// <summary>The answer last given in a conversation, so a 👍/👎 that follows can be tied to its source.</summary>
public sealed record LastAnswer(string Question, string PassageId, string Source);

public static class KnowledgeStreams
{
    public const string Unanswered = "unanswered";
    public const string Feedback = "feedback";
    public const string LastAnswerKey = "knowledge.lastAnswer";
    public const string TopicKey = "knowledge.topic";
}

/// <summary>
/// Answers questions about the programme from the documents: the dialog of programme questions (and out-of-scope
/// ones, which the answerer declines), and the router's fallback for any message no other dialog takes.
/// </summary>
public sealed class KnowledgeHandler(QuestionAnswerer answerer, DocumentQuestions questions, ICardRenderer cards, IBotStore store,
    Regions.RegionDataAnswers regionData, Regions.RegionRegistry registry, Regions.ProvinceOfFollowUp provinces) : IDialog
{
    public const string DialogId = "knowledge";

    public string Id => DialogId;
    public IReadOnlyCollection<string> Intents => [DialogRouter.FallbackIntent, IntentNames.OutOfScope];

    public async Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        var turn = dialog.Turn;
        if (string.IsNullOrWhiteSpace(turn.Text)) return DialogResult.Complete;
        // The conversation's last topic lets a follow-up ("terus yang 2021?") be read with the question before it;
        // the hints carry what the user said earlier (their region, the year spoken of) and the pillar named.
        var topic = turn.ConversationState.Get<ConversationTopic>(KnowledgeStreams.TopicKey);
        var reading = questions.Read(turn.Text, dialog.Recognition, dialog.Memory, topic);
        // A cohort event remembered for one turn is consumed here whatever answers this turn.
        var askedEvent = Timeline.CohortEventFollowUp.Take(turn);
        // "Kota Tual masuk provinsi apa?" (or "itu masuk provinsi mana?" after a region): the data's answer, which the documents
        // hold for participants only.
        if (provinces.TellsProvince(turn, dialog.Recognition, dialog.Memory.SpokenOf)) return DialogResult.Complete;
        // "kalau kami?" right after another region's cohort event: the same event of the officer's own cohort.
        if (OwnRegionEvent(dialog, askedEvent) is var (own, ownEvent))
        {
            turn.Send(cards.Render(ownEvent, turn.ChannelId));
            Timeline.CohortEventFollowUp.Remember(turn, own, askedEvent!.Question);
            dialog.Memory.RememberSubject(own);
            dialog.Memory.RememberYear(dialog.Memory.Cohort);
            return DialogResult.Complete;
        }
        // "dmn", "tempatnya?" right after a region's cohort event from the data: that facet of the same event.
        if (EventFacet(dialog, askedEvent) is { } facet)
        {
            turn.Send(cards.Render(facet, turn.ChannelId));
            return DialogResult.Complete;
        }
        // "MoU-nya kapan?" right after a region was spoken of: the date of its cohort's event, from the programme data.
        if (!reading.ClearlyOffTopic && SubjectCohortEvent(dialog) is { } dated)
        {
            turn.Send(cards.Render(dated, turn.ChannelId));
            Timeline.CohortEventFollowUp.Remember(turn, dialog.Memory.Subject!, turn.Text);
            turn.ConversationState.Set(DialogRouter.OwnRegionFollowUpKey, DialogRouter.FallbackIntent);
            // "kalau tahun sebelumnya?" then asks the same of the year before the region's cohort.
            var year = dialog.Memory.SubjectCohort;
            dialog.Memory.RememberYear(year);
            turn.ConversationState.Set(KnowledgeStreams.TopicKey, new ConversationTopic($"{turn.Text} {year}", "", dated.Title));
            return DialogResult.Complete;
        }
        var result = KnowledgeTelemetry.Search(() => reading.ClearlyOffTopic
            ? reading.AnsweredBy(answerer, turn.Text)
            : AboutSubject(dialog, topic, reading.Hints) ?? reading.AnsweredBy(answerer, turn.Text));
        // The documents hold no sure answer about a place the data does hold (a region's cohort event, a province's or
        // an island group's participants), or theirs misses what the data holds: the data's answer.
        var shown = result.Kind == AnswerKind.Answered ? $"{result.Answer!.Body}\n{string.Join("\n", result.Answer.Items)}" : null;
        var data = reading.ClearlyOffTopic ? null
            : (shown is null ? regionData.ForDocumentsGap(dialog.Recognition, turn.Text) : regionData.InsteadOf(shown, dialog.Recognition, turn.Text))
              ?? OwnCohortEvent(dialog, shown);
        if (!reading.ClearlyOffTopic) dialog.Memory.RememberYearAsked(dialog.Recognition.Entities);
        if (data is not null)
        {
            turn.Send(cards.Render(data, turn.ChannelId));
            if (EventRegion(dialog) is { } eventRegion) Timeline.CohortEventFollowUp.Remember(turn, eventRegion, turn.Text);
            // What the documents read the question as stays the topic, so "kalau tahun sebelumnya?" asks it again.
            if (result.Kind == AnswerKind.Answered) RememberTopic(turn, result, LentYear(dialog, reading.Hints.Year, result), dialog.Recognition.Entities);
            return DialogResult.Complete;
        }
        turn.Send(KnowledgeReplies.For(result, cards, turn.ChannelId));
        switch (result.Kind)
        {
            case AnswerKind.Answered:
                turn.ConversationState.Set(KnowledgeStreams.LastAnswerKey, new LastAnswer(turn.Text, result.Best!.Passage.Id, result.Answer!.Source));
                RememberTopic(turn, result, LentYear(dialog, reading.Hints.Year, result), dialog.Recognition.Entities);
                // A question about the officer's own region ("kami dulu …") keeps it the subject: a region the answer cites
                // as an example is not what the conversation moved to.
                if (dialog.Recognition.Entities is { Regions.IsEmpty: true } entities && !(entities.OwnRegion && dialog.Memory.Region is not null))
                    dialog.Memory.RememberSubjectNamedIn(result.Answer!.Body);
                // An answer about one programme year (its section's heading names it as its subject, before any colon) moves
                // "tahun itu" there; a year further on in the heading dates a detail, not the section ("ASEAN …: … cetak biru 2023").
                if (dialog.Recognition.Entities is { Year: null, Cohort: null })
                    dialog.Memory.RememberYearNamedIn(KnowledgeIndex.DatedSubject(result.Best.Passage.Heading));
                // "Pilar apa yang …?" answered by one pillar's section: that pillar is the one "pilar itu" points at next.
                // An answer whose text names one pillar only ("… pada pilar smart living") is about it too.
                dialog.Memory.RememberPillar(dialog.Recognition.Entities.Pillar ?? questions.PillarNamedIn(KnowledgeIndex.HeadingSubject(result.Best.Passage.Heading))
                    ?? questions.OnlyPillarIn(result.Answer!.Body));
                break;
            case AnswerKind.NotSure:
                await RecordUnansweredAsync(turn, result, "belum yakin", cancellationToken);
                break;
            case AnswerKind.OutOfScope:
                await RecordUnansweredAsync(turn, result, "di luar cakupan", cancellationToken);
                break;
        }
        return DialogResult.Complete;
    }

    // The one programme year the answering section is about (its heading's subject), when the question named none.
    private static int? SectionYear(DialogContext dialog, KnowledgeAnswer result) =>
        dialog.Recognition.Entities is { Year: null, Cohort: null } && result.Best is { } best
            ? dialog.Memory.YearNamedIn(KnowledgeIndex.DatedSubject(best.Passage.Heading)) : null;

    // What a framing names that the documents are about (the place, the pillar, a heading's subject such as a stage), as
    // against who asks and why.
    private IEnumerable<string> FramingSubjects(Entities entities, string question) =>
        new[] { entities.Region?.Name, entities.Pillar }.OfType<string>().Concat(answerer.SubjectsOf(QuestionPreamble.Framing(question)));

    // The year the conversation lent the question ("mou kami kapan": the cohort's) stays with its topic, so a follow-up
    // ("di mana tempatnya?", "berapa yang diundang?") asks of the same year.
    private void RememberTopic(ITurn turn, KnowledgeAnswer result, int? hintedYear, Entities entities)
    {
        var context = AsAnswered(result, entities);
        // A follow-up read with the earlier question: its own words are kept too, for a later year asked of it alone.
        var asked = result is { FollowUpOf: not null, ReadAs: null } && result.Question != context ? result.Question : null;
        turn.ConversationState.Set(KnowledgeStreams.TopicKey,
            new ConversationTopic(WithLentYear(context, hintedYear), result.Best!.Passage.Id, AnswerComposer.Topic(result.Best.Passage.Heading))
                { Shown = $"{result.Answer!.Body}\n{string.Join("\n", result.Answer.Items)}", Asked = asked is null ? null : WithLentYear(asked, hintedYear) });
    }

    private static string WithLentYear(string question, int? year) =>
        year is { } lent && AnswerTypes.Years(question).Count == 0 ? $"{question} {lent}" : question;

    // A message read on its own whose earlier sentences only say who asks and why: its closing question is what a follow-up
    // goes on from; the framing's words ("bahan rapat", "sambutan") would pull "tanggalnya?" to sections that share them.
    // The place and the pillar the framing names stay with it (the asker's own region anchors "tempatnya?" to its section);
    // who asks and why do not.
    // The framing is analysed only for such a message, not on every answered turn.
    private string AsAnswered(KnowledgeAnswer result, Entities entities) =>
        result.Context == result.Question && QuestionPreamble.ClosingQuestion(result.Question) is { } closing
            ? string.Join(' ', FramingSubjects(entities, result.Question).Where(s => !closing.Contains(s, StringComparison.OrdinalIgnoreCase)).Prepend(closing))
            : result.Context;

    // A year the conversation lent a question that named none (the cohort's, for "di mana acaranya?") gives way when the
    // answer is a section about another single year: the conversation followed the answer ("tanggalnya?" asks of it).
    private static int? LentYear(DialogContext dialog, int? hinted, KnowledgeAnswer result) =>
        hinted is not null && SectionYear(dialog, result) is { } section && section != hinted ? section : hinted;

    /// <summary>
    /// "Dapat penghargaan apa?", "kapan dipaparkan?" right after a region was spoken of ask about that region: read with
    /// its name, the answer is taken when a section headed by the region answers it at least about as surely as the
    /// question read alone. A definition, a message naming its own place, year or pillar (or pointing at one), or one continuing a document
    /// answer that already spoke of the region is read as it is.
    /// </summary>
    private KnowledgeAnswer? AboutSubject(DialogContext dialog, ConversationTopic? topic, KnowledgeHints hintsRead)
    {
        var entities = dialog.Recognition.Entities;
        var text = dialog.Turn.Text;
        if (dialog.Memory.SpokenOf is not { } region) return null;
        // "pilar itu" names the pillar last spoken of as surely as its name would: the message names its own pillar.
        if (!entities.Regions.IsEmpty || entities.Cohort is not null || dialog.Memory.PillarFor(entities) is not null) return null;
        // A year is the question's own subject unless the officer says the thing is theirs ("penghargaan 2021 kami").
        if (entities.Year is not null && !(entities.OwnRegion && region.Code == (dialog.Memory.Region ?? region).Code)) return null;
        var normalized = InformalIndonesian.Normalize(text);
        if (QuestionCues.AsksWhatItIs(normalized) || answerer.AsksStepOrder(text, topic)) return null;
        if (topic?.Shown is { } shown && shown.Contains(region.BaseName, StringComparison.OrdinalIgnoreCase) && answerer.ContinuesTopic(text, topic)) return null;
        // A region an answer only cited ("Contoh: SIHARPA dari PPU") does not take over a follow-up of the topic since asked.
        if (dialog.Memory.SubjectFromAnswer && answerer.ContinuesTopic(text, topic)) return null;
        var hints = hintsRead with { RegionName = region.Name };
        var read = answerer.Answer($"{text} {region.Name}", topic, hints);
        if (read is not { Kind: AnswerKind.Answered, Best: { } best } || !best.Passage.Heading.Contains(region.BaseName, StringComparison.OrdinalIgnoreCase)) return null;
        // A section about another year than the one the conversation is on names the region by chance (an event held there).
        if (hintsRead.Year is { } year && DatedOtherThan(best.Passage.Heading, year)) return null;
        var own = answerer.Answer(text, topic, hintsRead);
        // "masterplannya kapan jadi?": a thing the documents know, said as the region's own ("-nya"), is the region's:
        // the region's section answers it, however sure the bare words' reading is.
        if (own is { Kind: AnswerKind.Answered, Best: { } alone } && (alone.Passage.Heading.Contains(region.BaseName, StringComparison.OrdinalIgnoreCase)
            || (best.Confidence < SubjectShare * alone.Confidence && !OwnedBySubject(normalized)))) return null;
        // "penutupannya di mana?": the region's section must speak of the thing it is said to own; its bimtek section does
        // not answer where the closing event was held.
        if (OwnedBySubject(normalized) && !OwnedThingIn(normalized, best.Passage)) return null;
        return read;
    }

    private bool OwnedThingIn(string normalized, Passage passage)
    {
        var said = KnowledgeIndex.TermSetOf($"{passage.Heading} {passage.Body}");
        return OwnedWords(normalized).All(w => answerer.Analyze(w).Terms.Where(t => t.Known && !t.Generic && t.Weight > 0).Any(t => KnowledgeIndex.Matches(t, said)));
    }

    private (Regions.Region Own, Cards.AnswerCard Event)? OwnRegionEvent(DialogContext dialog, Timeline.AskedCohortEvent? asked) =>
        asked is not null && dialog.Recognition.Entities.OnlyOwnRegion && dialog.Memory.Region is { } own && own.Code != asked.RegionCode
        && regionData.CohortEvent(own, asked.Question) is { } card ? (own, card) : null;

    private Cards.AnswerCard? SubjectCohortEvent(DialogContext dialog) =>
        dialog.Recognition.Entities is { Regions.IsEmpty: true, Year: null, Cohort: null, OwnRegion: false, OwnCohort: false } entities
        && entities.Regions.Province is null && dialog.Memory.Subject is { } subject
        // The user's own region is answered with the documents and what they said of themselves (their cohort's events).
        && subject.Code != dialog.Memory.Region?.Code
        // A year spoken of since that is not the region's ("yang tahun 2023?") is what the conversation is about now.
        && (dialog.Memory.LastYear is not { } year || registry.ParticipationsOf(subject).Any(p => p.Year == year))
            ? regionData.CohortEvent(subject, dialog.Turn.Text)
            : null;

    // "tempat MoU angkatan kita?", no place, year or cohort named but "kami": the officer's own region; its cohort's event from the
    // data when the documents' answer lacks its date. Without "kami" ("mou nya?") the event may be another region's or year's.
    private Cards.AnswerCard? OwnCohortEvent(DialogContext dialog, string? shown)
    {
        var entities = dialog.Recognition.Entities;
        if (entities is not { OwnRegion: true, Regions.IsEmpty: true, Year: null, Cohort: null } || entities.Regions.Province is not null) return null;
        if (dialog.Memory.Region is not { } own) return null;
        return regionData.CohortEventMissingFrom(own, dialog.Turn.Text, shown);
    }

    // The region whose cohort event the data answered this turn with: the one named, else the officer's own.
    private Regions.Region? EventRegion(DialogContext dialog) =>
        new[] { dialog.Recognition.Entities.Region, dialog.Memory.Region }.FirstOrDefault(r => r is not null && regionData.CohortEvent(r, dialog.Turn.Text) is not null);

    /// <summary>
    /// A follow-up naming nothing of its own (no place, year, cohort, pillar) that asks a facet ("dmn", "online?") right after
    /// a cohort event was answered: read with the words that event was asked by, so the same event answers it.
    /// </summary>
    private Cards.AnswerCard? EventFacet(DialogContext dialog, Timeline.AskedCohortEvent? asked)
    {
        var entities = dialog.Recognition.Entities;
        if (asked is null || !registry.ByCode.TryGetValue(asked.RegionCode, out var region)) return null;
        if (!entities.Regions.IsEmpty || entities.Regions.Province is not null || entities is not { Year: null, Cohort: null, Pillar: null }) return null;
        var text = dialog.Turn.Text;
        if (text.Length > 200 || !TopicFollowUp.IsElliptic(answerer.Analyze(text), text)) return null;
        if (regionData.CohortEvent(region, $"{asked.Question} {text}") is not { } card) return null;
        Timeline.CohortEventFollowUp.Remember(dialog.Turn, region, asked.Question);
        return card;
    }

    private static bool DatedOtherThan(string heading, int year) =>
        AnswerTypes.Years(KnowledgeIndex.DatedSubject(heading)) is { Count: > 0 } years && !years.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private bool OwnedBySubject(string normalized) => OwnedWords(normalized).Any();

    // The known words said with "-nya" ("masterplannya"), without it.
    private IEnumerable<string> OwnedWords(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > Particles.Possessive.Length + 3 && w.EndsWith(Particles.Possessive, StringComparison.Ordinal))
            .Select(w => w[..^Particles.Possessive.Length])
            .Where(w => answerer.Analyze(w).Terms.Any(t => t.Known && !t.Generic && t.Weight > 0));

    // The region's reading must be this sure relative to the question read alone.
    private const double SubjectShare = 0.9;

    private Task RecordUnansweredAsync(ITurn turn, KnowledgeAnswer result, string reason, CancellationToken cancellationToken) =>
        store.AppendAsync(new StreamRecord(KnowledgeStreams.Unanswered, new UnansweredQuestion(
            // Bounded: anyone can send text, and staff need the gist, not a pasted page.
            result.Question.Length > 500 ? result.Question[..500] + "…" : result.Question, reason, result.Best?.Passage.Heading, result.Best?.Passage.DocumentPath, Math.Round(result.Best?.Confidence ?? 0, 3)), Partition: $"{turn.ChannelId}:{turn.ConversationId}"),
            cancellationToken);
}

/// <summary>The documents' side of <see cref="ITopicContinuation"/>: a follow-up naming no subject, after an answer from them.</summary>
public sealed class KnowledgeTopicContinuation(QuestionAnswerer answerer) : ITopicContinuation
{
    // "abis itu?", "terus tahap berikutnya" right after a step (or one cohort's event of it) asks the step order, not the
    // user's own deadlines or next tasks that the bare words lean to.
    public TopicContinuation Reads(ITurn turn) => turn.ConversationState.Get<ConversationTopic>(KnowledgeStreams.TopicKey) is var topic
        && answerer.ContinuesTopic(turn.Text, topic) ? (TopicFollowUp.AsksFacet(turn.Text) || answerer.AsksWhatWasDone(turn.Text, topic!) ? TopicContinuation.AsksFacet : TopicContinuation.Asks)
        : answerer.ReplacesYear(turn.Text, topic) ? TopicContinuation.ReplacesYear
        : topic is not null && (answerer.AsksStepOrder(turn.Text, topic) || answerer.NamesListedStep(turn.Text, topic)) ? TopicContinuation.Asks : TopicContinuation.None;
}

/// <summary>Takes the "👍 Membantu" / "👎 Kurang membantu" replies to an answer and stores them with its source.</summary>
public sealed class AnswerFeedbackHandler(IBotStore store, OffTopic scope) : IDialog
{
    public string Id => "feedback";
    public IReadOnlyCollection<string> Intents => [IntentNames.FeedbackHelpful, IntentNames.FeedbackNotHelpful];

    public async Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        var turn = dialog.Turn;
        var text = turn.Text.Trim();
        var pressed = Button(text);
        // A typed question ("kalau sekarang?", "menterinya siapa") asks something; it rates nothing, however it was classified.
        if (pressed is null && Asks(text)) return DialogResult.Abandoned;
        var helpful = pressed ?? dialog.Recognition.TopIntent == IntentNames.FeedbackHelpful;
        var last = turn.ConversationState.Get<LastAnswer>(KnowledgeStreams.LastAnswerKey);
        // With no answer to rate, a sentence about something else ("smartwatch apa yang bagus?") is no rating.
        if (last is null && scope.Is(dialog)) return DialogResult.Abandoned;
        if (last is not null)
        {
            await store.AppendAsync(new StreamRecord(KnowledgeStreams.Feedback, new AnswerFeedback(helpful, last.PassageId, last.Source, last.Question),
                Partition: $"{turn.ChannelId}:{turn.ConversationId}"), cancellationToken);
            turn.ConversationState.Remove(KnowledgeStreams.LastAnswerKey); // one vote per answer
        }
        turn.Send(helpful
            ? Replies.Text("Terima kasih atas masukannya! Senang bisa membantu.")
            : Replies.Text("Terima kasih atas masukannya. Maaf jawabannya kurang membantu; masukan Anda kami catat untuk memperbaiki " +
                           "dokumen. Coba tanyakan dengan kata lain, atau pilih topik di bawah.", HelpMenu.MainTopics));
        return DialogResult.Complete;
    }

    // A question mark, or a question word of knowledge/lexicon/kata-tanya.txt.
    private static bool Asks(string text)
    {
        if (text.Contains('?')) return true;
        var words = KnowledgeIndex.QuestionWords(InformalIndonesian.Normalize(text)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Lexicon.Current.Lists.TryGetValue("kata-tanya", out var asking) && asking.Any(words.Contains);
    }

    // The rating a button or emoji gives (true: helpful), or null for typed words.
    private static bool? Button(string text) =>
        text.Equals(TextCardRenderer.Helpful, StringComparison.OrdinalIgnoreCase) || text == "👍" ? true
        : text.Equals(TextCardRenderer.NotHelpful, StringComparison.OrdinalIgnoreCase) || text == "👎" ? false
        : null;
}

/// <summary>The reply for each kind of answer; shared by the chat handler and the staff commands (ask, report).</summary>
public static class KnowledgeReplies
{
    public const string DeclineText =
        "Maaf, pertanyaan itu di luar cakupan saya. Saya hanya dapat membantu seputar *Gerakan Menuju Smart City*: " +
        "program dan sejarahnya, enam pilar, kriteria seleksi, tahapan, masterplan, quick win, dan daerah peserta. " +
        "Silakan tanyakan hal tersebut atau pilih topik di bawah.";

    public const string ThanksText = "Sama-sama! Senang bisa membantu. Silakan bertanya lagi seputar *Gerakan Menuju Smart City* kapan saja.";

    public const string FarewellText = "Sampai jumpa! Terima kasih sudah mampir. Silakan kembali kapan saja untuk bertanya seputar *Gerakan Menuju Smart City*.";

    /// <summary>Thanks is answered with "sama-sama"; a goodbye (knowledge/lexicon/pamit.txt) with a goodbye.</summary>
    public static Activity Acknowledgement(string text) =>
        Replies.Text(Lexicon.Current.Farewell.IsMatch(text) ? FarewellText : ThanksText, HelpMenu.MainTopics);

    /// <summary>A remembered answer (the answerer's memo hands back the same instance) is rendered once per channel.</summary>
    public static Activity For(KnowledgeAnswer result, ICardRenderer cards, string channelId) =>
        result.Kind == AnswerKind.Answered ? RenderedOnce.For(result, cards, channelId, Render) : Render(result, cards, channelId);

    private static Activity Render(KnowledgeAnswer result, ICardRenderer cards, string channelId)
    {
        switch (result.Kind)
        {
            case AnswerKind.Answered:
                var passage = result.Best!.Passage;
                var answer = result.Answer!;
                return cards.Render(new AnswerCard(answer.Title ?? passage.Heading, answer.Body, answer.Items, answer.Source, answer.FollowUps, passage.Id), channelId);
            case AnswerKind.Acknowledged:
                return Acknowledgement(result.Question);
            case AnswerKind.NotSure when result.Lacks is { } lacks:
                var held = result.ClosestTopics;
                return Replies.Text(
                    $"Maaf, dokumen *Gerakan Menuju Smart City* yang saya miliki tidak memuat keterangan itu {Lacking(lacks)} (tidak ditemukan dalam sumber yang tersedia), " +
                    "jadi saya belum yakin dapat menjawabnya. " +
                    $"Yang dimuat dokumen: {string.Join(", ", held.SkipLast(1).Select(t => $"**{t}**"))}{(held.Count > 1 ? ", dan " : "")}**{held[^1]}**. " +
                    "Pilih salah satu, atau tanyakan dengan kata lain.", held);
            case AnswerKind.NotSure:
                var topics = result.ClosestTopics;
                return Replies.Text(
                    (result.Unstated is { } asked && result.Best is { } nearest
                        ? $"Saya menangkap Anda menanyakan {asked} terkait **{AnswerComposer.Topic(nearest.Passage.Heading)}**, tetapi bagian dokumen yang paling dekat tidak menyebutkannya, " +
                          "jadi saya belum yakin dapat menjawabnya. "
                        : "Maaf, saya belum yakin dapat menjawabnya dari dokumen *Gerakan Menuju Smart City* yang saya miliki. ") +
                    $"Maksud Anda {string.Join(", ", topics.SkipLast(1).Select(t => $"**{t}**"))}{(topics.Count > 1 ? ", atau " : "")}**{topics[^1]}**? " +
                    "Pilih salah satu, atau tanyakan dengan kata lain.", topics);
            default:
                return Replies.Text(DeclineText, HelpMenu.MainTopics.Take(3));
        }
    }

    // "untuk Kota Bogor", "untuk tahun 2018", or "tentang «IPM»" for a number or word.
    private static string Lacking(string thing) =>
        char.IsUpper(thing[0]) || thing.StartsWith("tahun ", StringComparison.Ordinal) ? $"untuk {thing}" : $"tentang «{thing}»";
}
