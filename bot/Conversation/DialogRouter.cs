using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// A message through the dialog stack: the recognizer reads it; the dialog on top of the stack continues with it, or
/// — when the message is not for it — the dialog of the message's intent answers in between and the waiting dialog
/// then resumes. With no dialog waiting, the top intent's dialog begins. Two intents scoring close get one short
/// question with both as buttons. Intents without a dialog go to the <see cref="FallbackIntent"/>'s dialog.
/// </summary>
public sealed partial class DialogRouter(
    Recognizer recognizer,
    IEnumerable<IDialog> dialogs,
    RegionRegistry registry,
    ListMemory lists,
    IEnumerable<IReread> rereads,
    IEnumerable<ITopicContinuation> continuations,
    IEnumerable<IDocumentsQuestion> documentsQuestions,
    IEnumerable<IThreadQuestion> threadQuestions,
    IEnumerable<IAnswerAside> asides,
    IEnumerable<IDialogClaim> claims,
    ILogger<DialogRouter> logger)
{
    /// <summary>Conversation state: the dialog that began on the last message (the documents' answer, a status …).</summary>
    public const string LastDialogKey = "dialog.last";

    // Intents whose dialogs read a message on its own ("tanggal berapa?" as the user's deadlines, "diakhiri dengan
    // apa?" as a cancel): right after an answer from the documents, a follow-up naming no subject is the documents'.
    private static readonly HashSet<string> YieldToDocuments = new([IntentNames.OutOfScope, IntentNames.Deadline, IntentNames.NextStep, IntentNames.Cancel], StringComparer.Ordinal);

    // Contact's examples ask "where" and "who" as a follow-up does ("where was it?" after the MoU's date); the reminder's
    // hold "sebelum" of a lead time ("seminggu sebelum tenggat") as a follow-up asks the step before. Read only unclearly
    // as such, a follow-up naming no subject is the documents'.
    private static readonly HashSet<string> YieldWhenUnclear = new([IntentNames.Contact, IntentNames.ReminderOn], StringComparer.Ordinal);

    // Intents of chat and of places, whose examples hold few words ("misalnya apa?" leans to a greeting): they yield only
    // to a follow-up that asks for a facet of the answer, not to any short question ("kamu siapa?").
    private static readonly HashSet<string> YieldToFacet = new([IntentNames.Greeting, IntentNames.Help, IntentNames.Restart, IntentNames.RegionShowcase, IntentNames.Participation], StringComparer.Ordinal);

    // "Are you there?" ("masih online?") speaks of the bot; opening with a word pointing at the thing just answered
    // ("itu online ya?", entities.json thingBack) it asks a facet of that answer instead.
    private static readonly HashSet<string> YieldToPointedFacet = new([IntentNames.Presence], StringComparer.Ordinal);

    /// <summary>Questions for the knowledge base; also what takes a message no other dialog is for.</summary>
    public const string FallbackIntent = IntentNames.ProgrammeQuestion;

    /// <summary>Conversation state: the buttons of a pending "did you mean" question (label → intent).</summary>
    public const string ClarifyKey = "dialog.clarify";

    /// <summary>Conversation state: the intent last answered about a place (for "kalau Kota X?").</summary>
    public const string PlaceTopicKey = "dialog.placeTopic";

    /// <summary>
    /// Conversation state, for one turn: the intent whose dialog just answered a question about another region than the
    /// user's own and answers "kalau kami?" with the same question about the user's region.
    /// </summary>
    public const string OwnRegionFollowUpKey = "dialog.ownRegionFollowUp";

    // Two intents are "close" when the runner-up has the calibrated share of the winner's score (Recognizer.Calibration,
    // from the training examples read out of fold) and the winner is not clear.
    private const double ClearScore = 0.55;

    private readonly Dictionary<string, IDialog> _byId = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, IDialog> _byIntent = dialogs
        .SelectMany(d => d.Intents.Select(i => (Intent: i, Dialog: d)))
        .GroupBy(x => x.Intent, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Dialog, StringComparer.Ordinal);

    public IDialog? DialogFor(string intent) => _byIntent.GetValueOrDefault(intent);

    public async Task OnMessageAsync(ITurn turn, CancellationToken ct)
    {
        var (read, reread) = Reread(turn);
        // An aside about the last reply ("sumbernya?") is answered on its own; the thread (list, topic, a waiting dialog) stays as it was.
        if (asides.FirstOrDefault(a => a.Answers(turn, read)) is { } answered)
        {
            // An aside answering a question of its own ("berapa peserta 2017–2019") leaves its reply as the thread.
            if (!answered.KeepsThread) Remembered(turn, reread);
            return;
        }
        try
        {
            var ownBefore = new ConversationMemory(turn, registry).Region;
            if (await BothForDocumentsAsync(turn, read, ct) || await AnswerThenQuestionAsync(turn, ct)) return;
            await RunAsync(turn, read, ct);
            await SecondQuestionAsync(turn, read, ct);
            CorrectedOwnRegion(turn, ownBefore);
        }
        finally
        {
            Remembered(turn, reread);
        }
    }

    // "maaf, yang saya maksud kotanya" (as typed, before any reread), answered about the namesake of the user's own
    // region, whichever dialog answered: that namesake is who the user is from now on.
    private void CorrectedOwnRegion(ITurn turn, Region? ownBefore)
    {
        var memory = new ConversationMemory(turn, registry);
        if (memory.Subject is { } subject && OwnRegionCorrection.Corrects(ownBefore, subject, turn.Activity.Text ?? turn.Text))
        {
            logger.LogDebug("Own region corrected to its namesake {Region}", subject.Name);
            memory.RememberRegion(subject);
        }
    }

    // After every answered message: what its replies showed (a list, a source) is what the next message points into.
    private void Remembered(ITurn turn, List<IReread> reread)
    {
        lists.Remember(turn, reread.Contains(lists));
        foreach (var aside in asides) aside.Remember(turn);
    }

    // The rereads by stage, grouped once: the router is a singleton and grouping them cost every turn.
    private readonly IGrouping<RereadStage, IReread>[] _rereadStages = rereads.GroupBy(r => r.Stage).OrderBy(g => g.Key).ToArray();

    /// <summary>
    /// The message as the rereads write it (see <see cref="IReread"/>: "yang kedua" becomes the item, "tahun
    /// sebelumnya" the year), read by the recognizer; and the rereads that rewrote it.
    /// </summary>
    private (Recognition Read, List<IReread> Applied) Reread(ITurn turn)
    {
        // A stretched word ("apaaa", "dongg") is read as the word by everything after, the rereads included.
        if (Elongation.Collapse(turn.Text) is var plain && plain != turn.Text) turn.Reread(plain);
        var read = recognizer.Recognize(turn.Text);
        var applied = new List<IReread>();
        foreach (var stage in _rereadStages)
            if (stage.Select(r => (Reread: r, Text: r.Rewrite(turn, read))).FirstOrDefault(x => x.Text is not null) is { Text: { } text } first)
            {
                logger.LogDebug("Message reread by {Reread}", first.Reread.GetType().Name);
                applied.Add(first.Reread);
                turn.Reread(text);
                read = recognizer.Recognize(text);
            }
        return (read, applied);
    }

    /// <summary>
    /// "Kota X angkatan ke berapa, lalu batas laporan kami kapan?": the message was answered as one question, by the dialog of one of
    /// its two questions; the other, when it clearly reads as another dialog's (not the documents'), is answered after it
    /// (the waiting dialogs see it first, as any message).
    /// </summary>
    private async Task SecondQuestionAsync(ITurn turn, Recognition whole, CancellationToken ct)
    {
        if (recognizer.TwoQuestions(turn.Text) is not var (first, second)) return;
        var answered = DialogFor(whole.TopIntent) ?? DialogFor(FallbackIntent);
        var other = Unanswered(recognizer.Recognize(second), answered) is { } later ? (Text: second, Read: later)
            : Unanswered(recognizer.Recognize(first), answered) is { } earlier ? (Text: first, Read: earlier) : default;
        if (other.Read is null) return;
        logger.LogDebug("The message's other question: {Intent}", other.Read.TopIntent);
        turn.Reread(other.Text);
        await RunAsync(turn, other.Read, ct);
    }

    /// <summary>
    /// "belum. oh ya, masterplan harus selesai kapan?" while a dialog waits for an answer: the answer word is the waiting
    /// question's, the question is asked after it — read whole, the question would take the message and the answer be lost.
    /// </summary>
    private async Task<bool> AnswerThenQuestionAsync(ITurn turn, CancellationToken ct)
    {
        if (new DialogStack(turn.ConversationState).Top is not { } top || !_byId.TryGetValue(top.Id, out var waiting) || !waiting.AwaitsAnswerWord(top)
            || recognizer.AnswerThenQuestion(turn.Text) is not var (answer, question)) return false;
        logger.LogDebug("An answer, then a question, in one message");
        foreach (var part in new[] { answer, question })
        {
            turn.Reread(part);
            await RunAsync(turn, recognizer.Recognize(part), ct);
        }
        return true;
    }

    /// <summary>
    /// "apa itu masterplan, terus siapa yang menyusunnya?": two questions the documents answer, read as one, get the passage of
    /// one of them. Each is answered in turn instead, the second after the first as if asked next (so "contohnya" leans on
    /// the first's topic). Not when either half is another dialog's; while a dialog waits for an answer ("pilar apa saja?
    /// lalu quick win wajib tidak?" in the middle of a checklist), each half is a question in between, and the dialog resumes.
    /// </summary>
    private async Task<bool> BothForDocumentsAsync(ITurn turn, Recognition whole, CancellationToken ct)
    {
        // "Halo, saya guru. <two questions>": the sentences before the last only say who asks.
        var asked = LastSentence().Split(turn.Text.Trim()).LastOrDefault(s => s.Length > 0) ?? turn.Text;
        var waiting = new DialogStack(turn.ConversationState).Top is not null;
        if (recognizer.TwoQuestions(asked, wishFirst: !waiting) is not var (first, second)) return false;
        var halves = new[] { first, second }.Select(h => (Text: h, Read: recognizer.Recognize(h))).ToArray();
        if (!new[] { whole }.Concat(halves.Select(h => h.Read)).All(ForDocuments) && (waiting || !WishThenQuestion(halves[0].Read, halves[1].Read, first))) return false;
        // The wish's dialog may wait for answers (a form): the question is answered first.
        if (recognizer.OnlyWishes(first)) halves = [halves[1], halves[0]];
        foreach (var (text, half) in halves)
        {
            turn.Reread(text);
            await RunAsync(turn, half, ct);
        }
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.!])\s+(?=\p{L})")]
    private static partial System.Text.RegularExpressions.Regex LastSentence();

    /// <summary>
    /// "perusahaan kami hendak menggandeng Kota Y, sekalian tanya Y angkatan berapa?": a wish one dialog clearly takes and
    /// a question another takes, which names its own subject.
    /// </summary>
    private bool WishThenQuestion(Recognition wish, Recognition question, string wishText) =>
        // A wish naming no one place ("bermitra dengan daerah di Bali") waits for the answer's list first.
        recognizer.OnlyWishes(wishText) && wish.Entities.Region is not null && wish.TopScore >= ClearScore && DialogFor(wish.TopIntent) is { } wishDialog && wishDialog != DialogFor(FallbackIntent)
        && DialogFor(DocumentsQuestion(question, anyIntent: true).TopIntent) is var asked && asked != wishDialog
        // "…, gimana caranya?" asks about the wish itself; a question of its own names what it asks about.
        && (question.Entities.Region is not null || question.Entities.Year is not null || question.Entities.Pillar is not null);

    // A reading the documents take: their intent (or none), naming no place (a place question is the region dialogs').
    private bool ForDocuments(Recognition read) =>
        DialogFor(DocumentsQuestion(read, anyIntent: true).TopIntent) is var dialog && (dialog is null || dialog == DialogFor(FallbackIntent))
        && read.Entities.Regions.IsEmpty && !read.Entities.Introduces;

    // Only another dialog's clear question: a half for the documents often leans on the other half ("berapa dananya?");
    // a cohort's event asked after another dialog's answer ("angkatan berapa, penandatanganannya tanggal berapa?") stands on its own.
    private Recognition? Unanswered(Recognition half, IDialog? answered) =>
        DocumentsQuestion(half, anyIntent: true) is var read && (half.TopScore >= ClearScore || read != half) && DialogFor(read.TopIntent) is { } dialog && dialog != answered
        && (dialog != DialogFor(FallbackIntent) || read != half) ? read : null;

    /// <summary>A question that continues the thread of the dialog that answered the last turn (<see cref="IThreadQuestion"/>): its.</summary>
    private Recognition ThreadQuestion(ITurn turn, Recognition recognition) =>
        turn.ConversationState.Get<string>(LastDialogKey) is { } last
        && threadQuestions.Where(q => q.DialogId == last).Select(q => q.Claims(recognition)).FirstOrDefault(i => i is not null) is { } intent
            ? recognition.WithTopIntent(intent)
            : recognition;

    /// <summary>A question the documents answer whichever dialog its words lean to (<see cref="IDocumentsQuestion"/>): theirs.</summary>
    private Recognition DocumentsQuestion(Recognition recognition, bool anyIntent = false) =>
        documentsQuestions.Any(q => q.Claims(recognition, anyIntent)) ? recognition.WithTopIntent(FallbackIntent) : recognition;

    private async Task RunAsync(ITurn turn, Recognition read, CancellationToken ct)
    {
        var stack = new DialogStack(turn.ConversationState);
        var recognition = ProvinceIntroduction(Claimed(turn, DocumentsQuestion(ThreadQuestion(turn, DocumentFollowUp(turn, YearFollowUp(turn, PlaceFollowUp(turn, Clarified(turn, CardIntent(turn, read))), stack), stack)))), stack);
        var lastDialog = turn.ConversationState.Get<string>(LastDialogKey);
        turn.ConversationState.Remove(LastDialogKey);
        var dc = new DialogContext(turn, recognition, new ConversationMemory(turn, registry), stack);
        var (subjectBefore, ownBefore) = (dc.Memory.Subject, dc.Memory.Region);
        // "Kami startup dari Kota X. Kabupaten Y peserta ya?": X says who asks, Y is asked about.
        var setting = AskedPlaces.Setting(recognition, turn.Text, closing => recognizer.Recognize(closing).Entities.Regions);
        if (setting.Count > 0)
        {
            if (setting is [{ Candidates: [var home] }]) dc.Memory.RememberRegion(home);
            recognition = AskedPlaces.Without(recognition, setting);
            dc.Recognition = recognition;
            if (recognition.Entities.Region is { } asked) dc.Memory.RememberSubject(asked);
        }
        // "kami dari Kabupaten X …" says who the user is, whichever dialog answers the rest of the message.
        else if (recognition.Entities is { Introduces: true, Region: { } own }) dc.Memory.RememberRegion(own);
        // A region the message names is what the conversation is about now, whichever dialog (or the documents) answers.
        else if (recognition.Entities.Region is { } named) dc.Memory.RememberSubject(named);
        // "saya dari Kediri" (a kabupaten and a kota) or "kami dari Jawa Timur": who the user is, once they narrow it.
        else if (recognition.Entities is { Introduces: true, ByRoleOnly: false, Regions.Mentions: [{ Candidates.Count: > 1 } homonym] }) dc.Memory.RememberIntroduction(homonym.Candidates);
        else if (recognition.Entities is { IntroducesProvince: true, Regions: { Mentions.Count: 0, Province: { } province } }) dc.Memory.RememberIntroduction(province);
        // A pillar the message names (in an introduction too: "kami menyusun bagian smart branding …") is the one "pilar itu"
        // points at next, whichever dialog answers.
        dc.Memory.RememberPillar(recognition.Entities.Pillar);
        // Only a region said before this message can be returned to (one just introduced is no return).
        if (ownBefore is not null) dc.Memory.ReturnToOwn(subjectBefore, recognition.Entities);
        // "Kami dari Kota X. Siapa saja peserta 2023?": who the speaker is is remembered above; the list is what is asked.
        dc.Recognition = SettingPlaces.ListAsked(dc.Recognition);
        // "Pagi, saya admin Pemkot X" with no region known yet: the region's status summary, at once.
        dc.Recognition = OfficerOpening.StatusAsked(dc.Recognition, ownBefore, stack.Top is not null);
        // "kami tim CSR" with nothing waiting: a business, not an officer — what the bot does for them, not a status check.
        if (stack.Top is null && BusinessOpening.Is(turn.Text, dc.Recognition.Entities))
        {
            turn.Send(Replies.Text(BusinessOpening.WelcomeText, BusinessOpening.Topics));
            return;
        }
        logger.LogDebug("Intent {Intent} ({Score:F2})", recognition.TopIntent, recognition.TopScore);
        TurnTelemetry.SetIntent(recognition.TopIntent);

        // The waiting dialogs, top first: one continues, or says the message is for someone else (NotHandled: it
        // resumes afterwards), or is over (Abandoned: the next one down gets the message).
        while (stack.Top is { } top)
        {
            if (!_byId.TryGetValue(top.Id, out var active))
            {
                stack.Remove(top.Id); // a dialog that no longer exists (renamed, removed)
                continue;
            }
            dc.ActiveId = active.Id;
            var result = await ContinueAsync(active, dc, ct);
            if (result is DialogResult.Waiting) return;
            if (result is DialogResult.NotHandled) break;
            if (result is DialogResult.Listening)
            {
                await ResumeBelowAsync(dc, active.Id, ct);
                return;
            }
            stack.Remove(active.Id);
            if (result is DialogResult.Complete)
            {
                await ResumeTopAsync(dc, ct);
                return;
            }
        }

        var below = stack.Top?.Id;
        var routed = await RouteAsync(dc, lastDialog, ct);
        if (below is null) return;
        if (routed == DialogResult.Listening) await ResumeBelowAsync(dc, stack.Top?.Id, ct);
        else if (routed != DialogResult.Waiting && stack.Top?.Id == below) await ResumeTopAsync(dc, ct);
    }

    /// <summary>Begins the dialog of the message's top intent (or asks which of two close intents was meant).</summary>
    private async Task<DialogResult> RouteAsync(DialogContext dc, string? lastDialog, CancellationToken ct)
    {
        var intents = dc.Recognition.Intents;
        if (intents.Count > 1 && IsClose(intents[0], intents[1], recognizer.Calibration.CloseRatio) && Speaks(intents[0].Intent, dc.Recognition) && Speaks(intents[1].Intent, dc.Recognition)
            && DialogFor(intents[0].Intent) is { Label: { } first } a
            && DialogFor(intents[1].Intent) is { Label: { } second } b && a != b)
        {
            // The thread breaks the tie: when one of the two answered the last turn ("yang setelahnya?" after the
            // deadlines), the message continues it; only a choice between two new topics is asked. A side that would
            // hand the message on anyway is no real choice: the other is meant.
            var kept = !a.Takes(dc) ? intents[1].Intent : !b.Takes(dc) ? intents[0].Intent
                : a.Id == lastDialog ? intents[0].Intent : b.Id == lastDialog ? intents[1].Intent : null;
            if (kept is not null) dc.Recognition = dc.Recognition.WithTopIntent(kept);
            else
            {
                dc.Turn.ConversationState.Set(ClarifyKey, new Dictionary<string, string> { [first] = intents[0].Intent, [second] = intents[1].Intent });
                dc.Turn.Send(Replies.Text($"Maaf, maksud Anda yang mana: **{first}** atau **{second}**?", [first, second]));
                return DialogResult.Complete;
            }
        }
        var dialog = DialogFor(dc.Recognition.TopIntent) ?? DialogFor(FallbackIntent);
        if (dialog is null)
        {
            logger.LogWarning("No dialog for intent {Intent}", dc.Recognition.TopIntent);
            return DialogResult.Complete;
        }
        var result = await BeginAsync(dialog, dc, ct);
        if (result is DialogResult.Abandoned or DialogResult.NotHandled && RunnerUp(dc, dialog) is { } handed)
        {
            logger.LogDebug("{Dialog} declined; runner-up {Intent}", dialog.Id, handed.Intent);
            result = await BeginAsync(handed.Dialog, dc, ct, handed.Intent);
            dialog = handed.Dialog;
        }
        if (result is DialogResult.Abandoned or DialogResult.NotHandled && DialogFor(FallbackIntent) is { } fallback && fallback != dialog)
        {
            result = await BeginAsync(fallback, dc, ct);
            dialog = fallback;
        }
        dc.Turn.ConversationState.Set(LastDialogKey, dialog.Id);
        // What "kalau Kota X?" will ask next: the place question just answered, or nothing.
        // A place question the documents answered better (a region's innovations of one pillar) is still the question
        // "kalau Kota Y?" repeats.
        var asked = DialogFor(dc.Recognition.TopIntent);
        if (dialog.AnswersAboutPlace || (asked is { AnswersAboutPlace: true } && !dc.Recognition.Entities.Regions.IsEmpty))
            dc.Turn.ConversationState.Set(PlaceTopicKey, dc.Recognition.TopIntent);
        else dc.Turn.ConversationState.Remove(PlaceTopicKey);
        return result;
    }

    /// <summary>
    /// The dialog of the runner-up intent, when the top intent's dialog declined a message that nothing waits for
    /// ("batal saja, pengingatnya dimatikan": cancel has nothing to cancel, the reminder is what is asked). Only a runner-up
    /// whose examples use at least as much of the message as the top's do and that the message speaks, with a real share
    /// of the top score, and that is
    /// neither the declining dialog nor the documents (they take what is left).
    /// </summary>
    private (IDialog Dialog, string Intent)? RunnerUp(DialogContext dc, IDialog declined)
    {
        var intents = dc.Recognition.Intents;
        if (dc.Recognition.Settled || intents.Count < 2 || dc.Stack.Top is not null) return null;
        var second = intents[1];
        var masked = dc.Recognition.Entities.Regions.Masked;
        if (second.Score < RunnerUpShare * intents[0].Score || !recognizer.Grounded(second.Intent, masked)
            || (recognizer.Evidence(second.Intent, masked) ?? 0) < (recognizer.Evidence(intents[0].Intent, masked) ?? 0)
            || !Speaks(second.Intent, dc.Recognition)
            || DialogFor(second.Intent) is not { } dialog || dialog == declined || dialog == DialogFor(FallbackIntent)) return null;
        return (dialog, second.Intent);
    }

    // The runner-up must hold a real share of the top score: a distant second is a guess, and the documents answer better.
    private const double RunnerUpShare = 0.35;

    /// <summary>
    /// Continues <paramref name="dialog"/> for its own intent: the top intent when it is one of the dialog's, else the
    /// dialog's first. A follow-up of its thread is often read as another intent ("2023 ada acaranya?" as a programme
    /// question), and what the dialog weighs it against (OffTopic: whose examples use its words) is its own intent.
    /// </summary>
    private static async Task<DialogResult> ContinueAsync(IDialog dialog, DialogContext dc, CancellationToken ct)
    {
        var previousIntent = dc.HandedIntent;
        dc.HandedIntent = dialog.Intents.Contains(dc.Recognition.TopIntent) ? null : dialog.Intents.FirstOrDefault();
        try
        {
            return await dialog.ContinueAsync(dc, ct);
        }
        finally
        {
            dc.HandedIntent = previousIntent;
        }
    }

    /// <summary>Starts <paramref name="dialog"/> afresh for <paramref name="intent"/> (the top intent when null); it stays on the stack while it waits.</summary>
    public static async Task<DialogResult> BeginAsync(IDialog dialog, DialogContext dc, CancellationToken ct, string? intent = null)
    {
        var previous = dc.ActiveId;
        var previousIntent = dc.HandedIntent;
        dc.ActiveId = dialog.Id;
        dc.HandedIntent = intent;
        dc.Stack.Remove(dialog.Id);
        try
        {
            var result = await dialog.BeginAsync(dc, ct);
            // The turn span names the capability that took the message (a type name, never text).
            if (result is DialogResult.Waiting or DialogResult.Listening) dc.Stack.MoveToTop(dialog.Id);
            else dc.Stack.Remove(dialog.Id);
            return result;
        }
        finally
        {
            dc.ActiveId = previous;
            dc.HandedIntent = previousIntent;
        }
    }

    private async Task ResumeTopAsync(DialogContext dc, CancellationToken ct)
    {
        if (dc.Stack.Top is not { } top || !_byId.TryGetValue(top.Id, out var dialog)) return;
        dc.ActiveId = dialog.Id;
        await dialog.ResumeAsync(dc, ct);
    }

    /// <summary>A listening dialog on top: the one below it picks up again now.</summary>
    private async Task ResumeBelowAsync(DialogContext dc, string? listening, CancellationToken ct)
    {
        var frames = dc.Stack.Frames;
        if (frames.Count < 2 || frames[^1].Id != listening || !_byId.TryGetValue(frames[^2].Id, out var below)) return;
        dc.ActiveId = below.Id;
        await below.ResumeAsync(dc, ct);
    }

    /// <summary>
    /// The message uses the intent's words (<see cref="Recognizer.Speaks"/>). Two
    /// intents close in score on a message neither speaks (a question about something else entirely) are not a choice
    /// to offer: the top intent's dialog, with its own scope check, takes it.
    /// </summary>
    private bool Speaks(string intent, Recognition recognition) =>
        recognizer.Speaks(intent, recognition.Entities.Regions.Masked);

    private static bool IsClose(IntentScore first, IntentScore second, double closeRatio) =>
        first.Score < ClearScore && second.Score >= closeRatio * first.Score;

    /// <summary>
    /// A card button that names its intent in its submit data ("intent") settles it, whatever its title says: a
    /// button is a choice, not words to guess from. The dialog still checks what the data asks for.
    /// </summary>
    private static Recognition CardIntent(ITurn turn, Recognition recognition) =>
        Protocol.ProtocolJson.AsElement(turn.Activity.Value) is { ValueKind: System.Text.Json.JsonValueKind.Object } value &&
        value.TryGetProperty(CardIntentKey, out var intent) && intent.ValueKind == System.Text.Json.JsonValueKind.String &&
        intent.GetString() is { Length: > 0 and <= 64 } name
            ? recognition.WithTopIntent(name)
            : recognition;

    /// <summary>The submit-data member a card button uses to name the intent it starts.</summary>
    public const string CardIntentKey = "intent";

    /// <summary>"kalau Kota X?" right after an answer about a place: the same question about X, whatever the words lean to.</summary>
    /// A correction naming another place ("bukan, maksudnya …") from someone who has not said a region of their own corrects
    /// the place of the question just answered, so that question is answered again for Y.
    private Recognition PlaceFollowUp(ITurn turn, Recognition recognition)
    {
        var ownAsked = turn.ConversationState.Get<string>(OwnRegionFollowUpKey);
        turn.ConversationState.Remove(OwnRegionFollowUpKey);
        if (turn.ConversationState.Get<string>(PlaceTopicKey) is { Length: > 0 } topic
            && (recognition.Entities.OnlyPlace || (recognition.Entities.OnlyOwnRegion && HasOwnRegion(turn)) || IsPlaceCorrection(turn, recognition)))
            return recognition.WithTopIntent(topic);
        // A correction to the namesake after an answer of no place dialog (a stage of "kami" asked, then "salah, saya di
        // kabupaten"): the namesake's participation, so the user sees which region and cohort now count as theirs.
        if (CorrectsToNamesake(turn, recognition)) return recognition.WithTopIntent(IntentNames.Participation);
        // "kalau kami?" right after a dialog that is no place dialog answered another region's question (the documents'
        // dialog, with that region's cohort event from the data): the same question of the user's own region, there.
        return ownAsked is { Length: > 0 } && recognition.Entities.OnlyOwnRegion && HasOwnRegion(turn) ? recognition.WithTopIntent(ownAsked) : recognition;
    }

    /// <summary>
    /// Right after an answer from the documents themselves, with no dialog waiting, a message that only names another
    /// year ("kalau yang 2021?") asks their question again of that year, whichever dialog the bare year leans to: read on
    /// its own it names no subject, and a dialog would answer (or ask about) something never asked.
    /// </summary>
    private Recognition YearFollowUp(ITurn turn, Recognition recognition, DialogStack stack) =>
        stack.Top is null && recognition.TopIntent != FallbackIntent && DialogFor(FallbackIntent) is { } documents
        && turn.ConversationState.Get<string>(LastDialogKey) == documents.Id
        && recognition.Entities is { Regions.IsEmpty: true, Regions.Province: null, Pillar: null, OwnRegion: false, ListItem: null }
        && continuations.Any(c => c.Reads(turn) == TopicContinuation.ReplacesYear)
            ? recognition.WithTopIntent(FallbackIntent)
            : recognition;

    /// <summary>
    /// Right after an answer from the documents, with no dialog waiting, a follow-up that names nothing (no place, year,
    /// pillar, list item, "kami") and continues that answer's topic goes to the documents, whatever dialog its words lean to.
    /// </summary>
    private Recognition DocumentFollowUp(ITurn turn, Recognition recognition, DialogStack stack)
    {
        var entities = recognition.Entities;
        var needed = YieldToDocuments.Contains(recognition.TopIntent) ? TopicContinuation.Asks
            : YieldWhenUnclear.Contains(recognition.TopIntent) && recognition.TopScore < ClearScore ? TopicContinuation.Asks
            : YieldToFacet.Contains(recognition.TopIntent) ? TopicContinuation.AsksFacet
            : YieldToPointedFacet.Contains(recognition.TopIntent) && entities.OpensWithThatLength > 0 ? TopicContinuation.AsksFacet
            : TopicContinuation.None;
        if (needed == TopicContinuation.None || stack.Top is not null
            || turn.ConversationState.Get<string>(LastDialogKey) is not { } last || !LeftDocumentTopic(last)
            || !entities.Regions.IsEmpty || entities.Regions.Province is not null || entities.Year is not null || entities.Cohort is not null
            || entities.Pillar is not null || entities.OwnRegion || entities.OwnCohort || entities.RefersBack || entities.ListItem is not null
            || !continuations.Any(c => c.Reads(turn) >= needed))
            return recognition;
        logger.LogDebug("Follow-up to the documents' answer, not {Intent}", recognition.TopIntent);
        return recognition.WithTopIntent(FallbackIntent);
    }

    // The documents answered last, or a dialog whose answer they can continue (a region's showcase: "itu kapan ya?").
    private bool LeftDocumentTopic(string last) =>
        DialogFor(FallbackIntent)?.Id == last || _byId.GetValueOrDefault(last) is { LeavesDocumentTopic: true };

    /// <summary>"perwakilan Provinsi Bali" and nothing more: which kabupaten/kota is asked (the change of region does).</summary>
    private static Recognition ProvinceIntroduction(Recognition recognition, DialogStack stack) =>
        recognition.Entities.OnlyIntroducesProvince && stack.Top is null ? recognition.WithTopIntent(IntentNames.ChangeRegion) : recognition;

    /// <summary>A message a dialog takes by what the conversation knows of the user (<see cref="IDialogClaim"/>): its.</summary>
    private Recognition Claimed(ITurn turn, Recognition recognition) =>
        claims.Select(c => c.Claims(turn, recognition)).FirstOrDefault(i => i is not null) is { } intent ? recognition.WithTopIntent(intent) : recognition;

    // "kalau kami sendiri?" repeats the place question for the user's own region, once we know it.
    private static bool HasOwnRegion(ITurn turn) => turn.UserState.Get<string>(ConversationMemory.RegionKey) is not null;

    // A correction naming another place ("no, I meant X") reads half as a complaint about the answer: a change of place close to the top reading counts.
    private bool IsPlaceCorrection(ITurn turn, Recognition recognition) =>
        recognition.Intents.Take(2).Any(i => i.Intent == IntentNames.ChangeRegion && i.Score >= recognizer.Calibration.CloseRatio * recognition.TopScore)
        && recognition.Entities.Region is not null
        && turn.UserState.Get<string>(ConversationMemory.RegionKey) is null
        || CorrectsToNamesake(turn, recognition);

    // A correction naming only "kabupaten" from an officer whose region is the kota of that name: the question just
    // answered is asked again of the namesake, which becomes the user's region (CorrectedOwnRegion).
    private bool CorrectsToNamesake(ITurn turn, Recognition recognition) =>
        recognition.Entities is { CorrectsToPlace: true, Region: { } named }
        && OwnRegionCorrection.Corrects(new ConversationMemory(turn, registry).Region, named, turn.Activity.Text ?? turn.Text);

    /// <summary>A press of a "did you mean" button settles the intent.</summary>
    private static Recognition Clarified(ITurn turn, Recognition recognition)
    {
        if (turn.ConversationState.Get<Dictionary<string, string>>(ClarifyKey) is not { } pending) return recognition;
        turn.ConversationState.Remove(ClarifyKey);
        var picked = pending.FirstOrDefault(p => string.Equals(p.Key.Trim(), turn.Text.Trim(), StringComparison.OrdinalIgnoreCase));
        return picked.Value is { } intent ? recognition.WithTopIntent(intent) : recognition;
    }
}
