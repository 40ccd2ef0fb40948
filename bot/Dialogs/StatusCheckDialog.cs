using SmartCity.Bot.Cards;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Timeline;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Dialogs;

/// <summary>Where a status check stands; kept in conversation state so it resumes after a restart.</summary>
/// <param name="Reasked">The pending checklist question was already shown again after a question in between: the next
/// question in between gets a one-line reminder of it, not the whole card once more.</param>
public sealed record StatusCheckState(string Step, string? RegionCode, IReadOnlyList<string>? Choices, string? StageId, int ItemIndex, long? StatusVersion,
    bool Reasked = false);

/// <summary>
/// The guided status check: which region → a summary (participation, stage, masterplan, quick win, evaluation, next
/// deadline) → the checklist of the region's current stage, recording each answer (authorised users only) → what
/// remains and by when. Cancel, restart and help work at any step; a question in between is answered by its own
/// dialog and the checklist resumes (<see cref="ResumeAsync"/>).
/// </summary>
public sealed class StatusCheckDialog(
    RegionRegistry registry,
    RegionStatusService statuses,
    OfficerDirectory officers,
    ProgrammeCalendar calendar,
    DeadlineAnswers deadlines,
    ICardRenderer cards,
    OffTopic offTopic,
    RegionWords regionWords,
    EntityRecognizer entityWords) : IDialog
{
    public const string Intent = IntentNames.StatusCheck;
    private const double ConfidentScore = 0.6;
    private const string AskRegion = "region";
    private const string ChooseRegion = "choose";
    private const string Checklist = "checklist";
    private const string ViewOnly = "view";

    public static readonly string[] AnswerChoices = ["Sudah", "Belum", "Lewati"];

    public string Id => "statusCheck";
    public IReadOnlyCollection<string> Intents => [Intent];
    public string Label => "Cek status daerah";

    public bool AwaitsAnswerWord(DialogFrame frame) =>
        frame.State is { } state && System.Text.Json.JsonSerializer.Deserialize<StatusCheckState>(state, FrameJson) is { Step: Checklist };

    private static readonly System.Text.Json.JsonSerializerOptions FrameJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    public async Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken ct) =>
        // "status implementasi per daerah itu ada datanya?" asks what the documents say, not for a region's checklist.
        offTopic.Is(dialog) || offTopic.DocumentsAnswerBetter(dialog) ? DialogResult.Abandoned : await StartAsync(dialog, ct);

    public async Task<DialogResult> ContinueAsync(DialogContext dialog, CancellationToken ct)
    {
        var state = dialog.State<StatusCheckState>();
        if (state is null) return DialogResult.Abandoned;
        var turn = dialog.Turn;
        var intent = dialog.Recognition.TopIntent;
        var text = turn.Text.Trim();
        // A region (or stage) removed from the data since the dialog started: end the dialog instead of failing each turn.
        if (state.RegionCode is { } code && !registry.ByCode.ContainsKey(code) ||
            state.Step is not (AskRegion or ChooseRegion or ViewOnly) && calendar.FindStage(state.StageId) is { Checklist.Count: 0 })
        {
            turn.Send(Replies.Text("Maaf, data daerah atau tahap untuk cek status ini sudah berubah. Ketik \"cek status\" untuk memulai lagi.", ["cek status"]));
            return DialogResult.Complete;
        }

        // "ralat, nomor dua belum": an earlier checklist answer corrected while the next question waits.
        if (state.Step == Checklist && dialog.Recognition.Entities.ChecklistRevision is { } revised && CorrectedItem(dialog, state) is { } earlier)
            return await ReviseAsync(dialog, state, earlier, revised, ct);

        // "ralat, kami Pemkab X" while the checklist waits — or "yang kabupaten maksud saya", read as the
        // namesake (SiblingPlace) with a correction word: the check moves to the region meant — its summary and its
        // checklist — instead of ending, or of answering about it while the checklist stays on the old region.
        // Answers already recorded stay with the region they were given for.
        var written = turn.Activity.Text ?? turn.Text;
        if (state.Step is Checklist or ViewOnly && dialog.Recognition.Entities.Region is { } corrected && corrected.Code != state.RegionCode
            && (intent == IntentNames.ChangeRegion
                || !written.Contains('?') // "eh, kami sama Kabupaten X seangkatan?" asks, it does not correct
                   && OwnRegionCorrection.Corrects(registry.ByCode.GetValueOrDefault(state.RegionCode ?? ""), corrected, written)))
        {
            turn.Send(Replies.Text($"Baik, cek status saya pindahkan ke **{corrected.Name}**."));
            return await ShowSummaryAsync(dialog, corrected, ct);
        }

        // "lanjutkan" or "terus?" after a question in between: the pending question again, though its words lean to
        // cancelling; "ok lanjut, sudah" answers it instead (an answer phrase after the acknowledgement).
        if (state.Step == Checklist && (CarriesOn(text) || GoesBack(dialog, text)) && dialog.Recognition.Entities.ChecklistLead is null)
        {
            var pendingRegion = registry.ByCode[state.RegionCode!];
            var pendingStage = calendar.FindStage(state.StageId) ?? statuses.StageOf(RegionStatus.Empty(pendingRegion.Code));
            var (current, _) = await statuses.GetAsync(pendingRegion, ct);
            turn.Send(Replies.Text("Baik, kita lanjutkan checklist:"));
            turn.Send(Question(turn, pendingRegion, pendingStage, current, Math.Clamp(state.ItemIndex, 0, pendingStage.Checklist.Count - 1)));
            return DialogResult.Waiting;
        }
        if (intent == IntentNames.Cancel && !(state.Step == Checklist && AsksProgress(dialog)))
        {
            turn.Send(Replies.Text("Baik, cek status dihentikan. Jawaban yang sudah tercatat tetap tersimpan. Ketik \"cek status\" kapan saja untuk melanjutkan.", HelpMenu.MainTopics));
            return DialogResult.Complete;
        }
        if (state.Step == ViewOnly && (intent == Intent && dialog.Recognition.Entities.Regions.IsEmpty || dialog.Recognition.Entities.ChecklistValue is not null))
        {
            // Someone who may only view asks to record ("sudah", "perbarui checklist"): say who may.
            var viewed = registry.ByCode[state.RegionCode!];
            turn.Send(Replies.Text(Refusal(viewed), [$"Cek status {viewed.Name}", "bantuan"]));
            return DialogResult.Complete;
        }
        // "lanjut", "status kami gimana?" while a checklist question waits: the summary, then the pending question —
        // not the first one again ("ulang" restarts).
        if (intent == Intent && Answer(dialog, state) is null && state.Step == Checklist && NamesNoOtherRegion(dialog, state))
            return await ShowSummaryAsync(dialog, registry.ByCode[state.RegionCode!], ct, state);
        if (intent == Intent && Answer(dialog, state) is null) return await StartAsync(dialog, ct);

        switch (state.Step)
        {
            case AskRegion:
            case ChooseRegion:
                return await ContinueRegionQuestionAsync(dialog, state, text, ct);
            case ViewOnly:
                if (AsksDeadline(dialog, intent))
                {
                    var viewed = registry.ByCode[state.RegionCode!];
                    var (current, _) = await statuses.GetAsync(viewed, ct);
                    var viewedStage = statuses.StageOf(current);
                    if (intent == IntentNames.NextStep)
                    {
                        var (body, items) = deadlines.NextSteps(viewed, viewedStage, current);
                        turn.Send(cards.Render(new AnswerCard("Langkah berikutnya", body, items, deadlines.Source, ["Kapan tenggatnya?", "selesai"]), turn.ChannelId));
                    }
                    else turn.Send(cards.Render(deadlines.ForQuestion(dialog.Request, viewedStage, viewed), turn.ChannelId));
                    return DialogResult.Waiting;
                }
                return DialogResult.Abandoned; // something else: another dialog answers it
            default:
                return await ContinueChecklistAsync(dialog, state, text, ct);
        }
    }

    // Words from knowledge/lexicon/ (kata-lanjut.txt, kata-tunda.txt): going on now, not later.
    private static readonly CuePattern CarryOnCue = new(@"\b(?:{:kata-lanjut})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    private static readonly CuePattern DeferCue = new(@"\b(?:{:kata-tunda})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // A short message asking to go on ("lanjutkan", "silakan diteruskan"), not to go on later ("nanti saja saya lanjutkan").
    private const int CarryOnWords = 4;

    // "terus?", "lalu?": the whole message asks for the next step (langkah-lanjut-saja.txt); in the checklist that is the pending question.
    private static readonly CuePattern OnlyNextCue = new(@"^\s*(?:{:langkah-lanjut-saja})\s*\??\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static bool CarriesOn(string text) =>
        OnlyNextCue.IsMatch(text) ||
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= CarryOnWords && !text.Contains('?')
        && CarryOnCue.IsMatch(text) && !DeferCue.IsMatch(text);

    // Words asking to start over (kata-mulai-ulang.txt): "ulang", "dari awal".
    private static readonly CuePattern StartOverCue = new(@"\b(?:{:kata-mulai-ulang})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // "kembali ke checklist", "balik ke pertanyaannya" read as restarting, but only a start-over word asks for the first
    // item again; without one the officer is going back to the question that waits.
    private static bool GoesBack(DialogContext dialog, string text) =>
        dialog.Recognition.TopIntent == IntentNames.Restart && !StartOverCue.IsMatch(text) && dialog.Recognition.Entities.Regions.IsEmpty;

    // The date of a cohort's event ("mou kami tanggal berapa") is history, answered elsewhere; the calendar's deadlines are here.
    private bool AsksDeadline(DialogContext dialog, string intent) =>
        intent == IntentNames.NextStep || (intent == IntentNames.Deadline && !deadlines.AsksCohortEvent(dialog.Request));

    // A question about the checklist itself names no place or year ("masih berapa lagi?"); "ada berapa peserta 2019?" is not one.
    private static bool AsksProgress(DialogContext dialog) =>
        dialog.Recognition.Entities is { AsksProgress: true, Year: null, Cohort: null, Pillar: null } entities && entities.Regions.IsEmpty && !entities.AsksCount;

    /// <summary>
    /// The checklist answer of the message: the whole message ("sudah"), or, while a checklist question waits, the
    /// answer word it opens with ("belum, masih disusun").
    /// </summary>
    private string? Answer(DialogContext dialog, StatusCheckState state) =>
        dialog.Recognition.Entities.ChecklistValue ?? (state.Step == Checklist ? dialog.Recognition.Entities.ChecklistLead ?? Stated(dialog, state) : null);

    // What another dialog does on request: "tolong ingatkan kalau belum", "batal saja, belum siap" ask, they do not answer.
    // A deadline or next step is asked ('?' or a question word, which no stated answer holds): a statement whose words lean
    // there ("perwalinya diundangkan 2024") still answers.
    private static readonly HashSet<string> Requests = new([IntentNames.ReminderOn, IntentNames.ReminderOff, IntentNames.Cancel, IntentNames.Restart,
        IntentNames.Help, IntentNames.ChangeRegion, IntentNames.Collaboration], StringComparer.Ordinal);

    /// <summary>
    /// "drafnya masih di meja sekda, jadi belum": the answer phrase of a statement, when the statement speaks of the waiting
    /// question (points at it, or shares a word with it) and requests nothing of another dialog. A statement about
    /// another item (the quick win said to run while the masterplan question waits) is not taken for this one.
    /// </summary>
    private string? Stated(DialogContext dialog, StatusCheckState state)
    {
        if (Requests.Contains(dialog.Recognition.TopIntent)) return null;
        // As typed: a reread for another dialog ("quick winnya …" as the region's innovations) drops the answer phrase.
        var text = dialog.Turn.Activity.Text is { Length: > 0 } typed ? typed : dialog.Turn.Text;
        var entities = text == dialog.Turn.Text ? dialog.Recognition.Entities : entityWords.Recognize(text).Entities;
        if (entities.ChecklistStated is { } stated && entities.PointsAtItem) return stated;
        // Words of state alone ("perbupnya terbit bulan lalu") answer only a statement about the waiting question itself.
        if ((entities.ChecklistStated ?? entities.ChecklistImplied) is not { } answer) return null;
        return calendar.FindStage(state.StageId) is { Checklist.Count: > 0 } stage
            && entityWords.SpeaksOf(text, stage.Checklist[Math.Clamp(state.ItemIndex, 0, stage.Checklist.Count - 1)].Question) ? answer : null;
    }

    private static bool NamesNoOtherRegion(DialogContext dialog, StatusCheckState state) =>
        dialog.Recognition.Entities.Regions is { Unknown: null } query
        && query.Mentions.All(m => m.Candidates is [{ } only] && only.Code == state.RegionCode);

    /// <summary>
    /// The checklist item a correction points at: the one it numbers ("yang pertama", "yang terakhir") among those
    /// already asked ("nomor 1" as well), else the one just before the pending question; null when nothing was asked before.
    /// </summary>
    private static int? CorrectedItem(DialogContext dialog, StatusCheckState state) =>
        (dialog.Recognition.Entities.Ordinal ?? dialog.Recognition.Entities.ListItem?.Position) switch
        {
            > 0 and var n when n <= state.ItemIndex => n - 1,
            _ when state.ItemIndex > 0 => state.ItemIndex - 1,
            _ => null,
        };

    /// <summary>Records the corrected answer of an earlier item, says what changed, then asks the pending question again.</summary>
    private async Task<DialogResult> ReviseAsync(DialogContext dialog, StatusCheckState state, int earlier, string answer, CancellationToken ct)
    {
        var turn = dialog.Turn;
        var region = registry.ByCode[state.RegionCode!];
        var stage = calendar.FindStage(state.StageId) ?? statuses.StageOf(RegionStatus.Empty(region.Code));
        var index = Math.Clamp(state.ItemIndex, 0, stage.Checklist.Count - 1);
        var item = stage.Checklist[Math.Clamp(earlier, 0, stage.Checklist.Count - 1)];
        var (status, _) = await statuses.GetAsync(region, ct);
        var before = status.Answers.GetValueOrDefault(item.Id)?.Value;
        if (answer != "lewati")
        {
            var recorded = await RecordAnswerAsync(turn, region, status, state.StatusVersion, item, answer, ct);
            if (recorded.Outcome == RecordOutcome.Refused) return DialogResult.Complete;
            status = recorded.Status;
            dialog.SetState(state with { StatusVersion = recorded.Version });
            turn.Send(Replies.Text(recorded.Outcome == RecordOutcome.Saved
                ? $"Diperbaiki: \"{DeadlineAnswers.Plain(item.Question)}\" sekarang tercatat **{answer}**" +
                    (before is not null && before != answer ? $" (sebelumnya {before})." : ".")
                : $"Maaf, perbaikan Anda **belum disimpan**: status {region.Name} baru saja diubah oleh pengguna lain. Silakan ulangi perbaikannya."));
        }
        else turn.Send(Replies.Text($"Baik, jawaban \"{DeadlineAnswers.Plain(item.Question)}\" tetap seperti tercatat."));
        turn.Send(Replies.Text("Kembali ke checklist:"));
        turn.Send(Question(turn, region, stage, status, index));
        return DialogResult.Waiting;
    }

    /// <summary>After a question in between was answered: back to the pending checklist question.</summary>
    public async Task ResumeAsync(DialogContext dialog, CancellationToken ct)
    {
        if (dialog.State<StatusCheckState>() is not { Step: Checklist, RegionCode: { } code } state || !registry.ByCode.TryGetValue(code, out var region)) return;
        var stage = calendar.FindStage(state.StageId) ?? statuses.StageOf(RegionStatus.Empty(region.Code));
        var (current, _) = await statuses.GetAsync(region, ct);
        BackToPending(dialog, state, region, stage, current, Math.Clamp(state.ItemIndex, 0, stage.Checklist.Count - 1));
    }

    /// <summary>
    /// After a question in between: the pending checklist question shown again in full the first time, then, while the
    /// user keeps asking other things, only a one-line reminder of it (the card after every answer buries the answers).
    /// </summary>
    private void BackToPending(DialogContext dialog, StatusCheckState state, Region region, Stage stage, RegionStatus status, int index)
    {
        var turn = dialog.Turn;
        if (state.Reasked)
        {
            turn.Send(Reminder(stage, index));
            return;
        }
        dialog.SetState(state with { Reasked = true });
        turn.Send(Replies.Text("Kembali ke checklist:"));
        turn.Send(Question(turn, region, stage, status, index));
    }

    /// <summary>The pending checklist question in one line, with the answer words as suggestions.</summary>
    private static Protocol.Activity Reminder(Stage stage, int index) =>
        Replies.Text($"_Checklist masih menunggu jawaban butir {index + 1} dari {stage.Checklist.Count}: \"{DeadlineAnswers.Plain(stage.Checklist[index].Question)}\" — " +
            "jawab **Sudah**, **Belum**, atau **Lewati**; ketik \"lanjutkan\" untuk melihat pertanyaannya lagi, atau \"batal\" untuk berhenti._", AnswerChoices);

    /// <summary>Starts a status check: for the region the message names, else the remembered one (or the officer's), else asks.</summary>
    private async Task<DialogResult> StartAsync(DialogContext dialog, CancellationToken ct)
    {
        var turn = dialog.Turn;
        var query = dialog.Recognition.Entities.Regions;
        if (query.Mentions.Count > 0 || query.Unknown is not null) return await ResolveAndShowAsync(dialog, query, ct);
        var access = await officers.AccessOfAsync(turn.User, ct);
        var known = dialog.Memory.Region ?? access.Region;
        if (known is not null) return await ShowSummaryAsync(dialog, known, ct);
        // No region anywhere and only a loose reading of a long message: more likely a question for the documents.
        if (dialog.Recognition.TopScore < ConfidentScore && query.Normalized.Split(' ').Length > 4) return DialogResult.Abandoned;
        dialog.SetState(new StatusCheckState(AskRegion, null, null, null, 0, null));
        // The region just spoken of may well be the user's, but they never said so: asked, with it offered as a choice.
        var spoken = dialog.Memory.Subject;
        turn.Send(Replies.Text("Cek status untuk kabupaten/kota mana? " +
            (spoken is null ? "Tulis namanya, misalnya \"Kota Bogor\" atau \"Kabupaten Garut\"." : $"Pilih {spoken.Name} jika itu yang dimaksud, atau tulis nama daerah lain.") +
            " (Ketik \"batal\" untuk berhenti.)",
            spoken is null ? ["batal"] : [spoken.Name, "batal"]));
        return DialogResult.Waiting;
    }

    private async Task<DialogResult> ContinueRegionQuestionAsync(DialogContext dialog, StatusCheckState state, string text, CancellationToken ct)
    {
        var turn = dialog.Turn;
        var intent = dialog.Recognition.TopIntent;
        if (state.Step == ChooseRegion && state.Choices is { } choices)
        {
            var offered = choices.Select(c => registry.ByCode.GetValueOrDefault(c)).OfType<Region>().ToList();
            var picked = offered.FirstOrDefault(r => RegionResolver.Normalize(r.Name) == RegionResolver.Normalize(text))
                         ?? PlaceChoice.Narrow(offered, dialog.Recognition.Entities.Regions, regionWords.Names);
            if (picked is not null) return await ShowSummaryAsync(dialog, picked, ct);
        }
        var query = dialog.Recognition.Entities.Regions;
        if (query.IsEmpty && intent == IntentNames.Help)
        {
            turn.Send(Replies.Text("Saya perlu tahu kabupaten/kota yang ingin dicek. Tulis namanya, misalnya \"Kabupaten Garut\", atau ketik \"batal\" untuk berhenti.", state.Choices?.Select(c => registry.ByCode.GetValueOrDefault(c)?.Name).OfType<string>().Append("batal") ?? ["batal"]));
            return DialogResult.Waiting;
        }
        if (query.IsEmpty && intent == IntentNames.Restart) return await StartAsync(dialog, ct);
        if (query.IsEmpty && query.Normalized.Split(' ').Length >= 3)
        {
            // Not a place but a question about something else: leave the status check and let it be answered.
            return DialogResult.Abandoned;
        }
        if (query.IsEmpty || (query.Mentions.Count == 0 && query.Unknown is null))
        {
            turn.Send(Replies.Text("Maaf, saya tidak menemukan kabupaten/kota itu. Tulis nama daerahnya (misalnya \"Kota Bogor\"), atau ketik \"batal\".", ["batal"]));
            return DialogResult.Waiting;
        }
        return await ResolveAndShowAsync(dialog, query, ct);
    }

    private async Task<DialogResult> ResolveAndShowAsync(DialogContext dialog, RegionQuery query, CancellationToken ct)
    {
        var turn = dialog.Turn;
        if (query.Mentions is [{ Candidates: [var region] }]) return await ShowSummaryAsync(dialog, region, ct);
        var options = query.Mentions.Count > 0 ? query.Mentions.SelectMany(m => m.Candidates).ToList() : query.Unknown?.Suggestions.ToList() ?? [];
        if (options.Count == 0)
        {
            dialog.SetState(new StatusCheckState(AskRegion, null, null, null, 0, null));
            turn.Send(Replies.Text("Maaf, saya tidak menemukan kabupaten/kota itu. Tulis nama daerahnya, atau ketik \"batal\".", ["batal"]));
            return DialogResult.Waiting;
        }
        dialog.SetState(new StatusCheckState(ChooseRegion, null, options.Select(r => r.Code).ToList(), null, 0, null));
        var question = query.Mentions.Count > 0
            ? $"Ada lebih dari satu daerah dengan nama itu: {string.Join(" atau ", options.Select(r => r.Name))}. Yang mana?"
            : $"Saya tidak menemukan \"{query.Unknown!.Typed}\". Mungkin maksud Anda salah satu ini?";
        turn.Send(Replies.Text(question, options.Select(r => r.Name).Append("batal")));
        return DialogResult.Waiting;
    }

    /// <summary>The region's summary, then its checklist from the first question, or from the one <paramref name="pending"/> waits at.</summary>
    private async Task<DialogResult> ShowSummaryAsync(DialogContext dialog, Region region, CancellationToken ct, StatusCheckState? pending = null)
    {
        var turn = dialog.Turn;
        dialog.Memory.RememberRegion(region);
        var (status, version) = await statuses.GetAsync(region, ct);
        var stage = statuses.StageOf(status);
        var access = await officers.AccessOfAsync(turn.User, ct);
        turn.Send(cards.Render(Summary(region, status, stage), turn.ChannelId));

        if (!access.MayRecord(region))
        {
            dialog.SetState(new StatusCheckState(ViewOnly, region.Code, null, stage.Id, 0, version));
            turn.Send(Replies.Text(
                "Ini status publik daerah tersebut. Mencatat kemajuan checklist hanya dapat dilakukan oleh petugas daerah yang terdaftar untuk " +
                $"{region.Name} atau staf program. Jika Anda petugas daerah, hubungi staf program agar akun Anda didaftarkan.",
                ["Langkah berikutnya apa?", "Kapan tenggatnya?", "selesai"]));
            return DialogResult.Waiting;
        }
        if (stage.Checklist.Count == 0)
        {
            turn.Send(Replies.Text($"Tahap {stage.Name} tidak memiliki checklist."));
            return DialogResult.Complete;
        }
        var index = pending is { Step: Checklist } && pending.RegionCode == region.Code && pending.StageId == stage.Id
            ? Math.Clamp(pending.ItemIndex, 0, stage.Checklist.Count - 1) : 0;
        dialog.SetState(new StatusCheckState(Checklist, region.Code, null, stage.Id, index, version));
        turn.Send(Question(turn, region, stage, status, index));
        return DialogResult.Waiting;
    }

    private FactsCard Summary(Region region, RegionStatus status, Stage stage)
    {
        var years = registry.ParticipationsOf(region).Select(p => p.Year).ToList();
        var facts = new List<(string, string)>
        {
            ("Provinsi", region.Province),
            ("Keikutsertaan", years.Count > 0
                ? string.Join(", ", years.Select(y => $"{y} ({registry.CohortName(y)})"))
                : registry.NotFoundNote()),
            ("Tahap saat ini", $"{stage.Name} ({calendar.CycleName})"),
            ("Masterplan", TopicText(stage, status, "masterplan")),
            ("Quick win", TopicText(stage, status, "quickwin")),
            ("Evaluasi", TopicText(stage, status, "evaluasi")),
        };
        var next = deadlines.Next(stage);
        facts.Add(("Tenggat berikutnya", next is null ? "tidak ada tenggat mendatang di kalender" : deadlines.Line(next)));
        var sources = registry.ParticipationsOf(region).Select(p => p.Source).Distinct();
        return new FactsCard($"Status {region.Name}", calendar.IsExample ? "Jadwal siklus berjalan: CONTOH (belum resmi)" : calendar.CycleName,
            facts, calendar.UpdatedNote(),
            $"{ParticipationAnswers.DataSource}{string.Concat(sources.Select(s => "; " + s))}; {deadlines.Source}; status tercatat di bot",
            ["Ingatkan saya", "Langkah berikutnya apa?", "Kapan tenggatnya?", "batal"],
            // Handled by bot/Showcase and bot/Collaboration through the submit data, whatever the title says.
            [new CardButton("Lihat inovasi", new Dictionary<string, string> { ["intent"] = IntentNames.RegionShowcase, ["showcase"] = region.Code }),
             new CardButton("Ajukan kolaborasi", new Dictionary<string, string> { ["intent"] = IntentNames.Collaboration, ["collab"] = "start", ["region"] = region.Code })]);
    }

    private string TopicText(Stage stage, RegionStatus status, string topic)
    {
        var items = calendar.Stages.SelectMany(s => s.Checklist).Where(i => i.Topic == topic).ToList();
        var recorded = items.Where(i => status.Answers.ContainsKey(i.Id))
            .Select(i => $"{DeadlineAnswers.Plain(i.Question).ToLowerInvariant()}: {status.Answers[i.Id].Value}").ToList();
        if (recorded.Count > 0) return string.Join("; ", recorded);
        return items.Any(i => stage.Checklist.Contains(i)) ? "belum dicatat" : "belum dicatat (bukan bagian tahap ini)";
    }

    private Protocol.Activity Question(ITurn turn, Region region, Stage stage, RegionStatus status, int index)
    {
        var item = stage.Checklist[index];
        var previous = status.Answers.GetValueOrDefault(item.Id);
        var deadline = calendar.FindDeadline(item.Deadline);
        var hint = (previous is not null ? $"Tercatat sebelumnya: {previous.Value} ({previous.By}, {ProgrammeCalendar.FormatDate(DateOnly.FromDateTime(previous.At.ToOffset(ProgrammeCalendar.Wib).DateTime))}). " : "") +
                   (deadline is not null ? $"Tenggat: {deadlines.Line(deadline)}. " : "") +
                   "Ketik \"batal\" untuk berhenti, \"ulang\" untuk mulai lagi, \"bantuan\" untuk petunjuk.";
        return cards.Render(new ChecklistCard($"Checklist {region.Name} — {stage.Name}", index + 1, stage.Checklist.Count, item.Question, AnswerChoices, hint), turn.ChannelId);
    }

    private async Task<DialogResult> ContinueChecklistAsync(DialogContext dialog, StatusCheckState state, string text, CancellationToken ct)
    {
        var turn = dialog.Turn;
        var intent = dialog.Recognition.TopIntent;
        var region = registry.ByCode[state.RegionCode!];
        var stage = calendar.FindStage(state.StageId) ?? statuses.StageOf(RegionStatus.Empty(region.Code));
        var index = Math.Clamp(state.ItemIndex, 0, stage.Checklist.Count - 1);
        var answer = Answer(dialog, state);

        if (answer is null && intent == IntentNames.Restart) return await ShowSummaryAsync(dialog, region, ct);
        if (answer is null && intent == IntentNames.Help)
        {
            var (current, _) = await statuses.GetAsync(region, ct);
            turn.Send(Replies.Text(
                $"Saya sedang memandu checklist tahap **{stage.Name}** untuk {region.Name}. Jawab setiap pertanyaan dengan **Sudah**, **Belum**, atau **Lewati**; " +
                "setiap jawaban langsung dicatat. Anda juga boleh bertanya di tengah jalan (misalnya \"langkah berikutnya apa?\" atau \"kapan tenggatnya?\"), " +
                "ketik \"ulang\" untuk mulai dari awal, atau \"batal\" untuk berhenti."));
            turn.Send(Question(turn, region, stage, current, index));
            return DialogResult.Waiting;
        }

        if (answer is null && AsksProgress(dialog))
        {
            // "tinggal berapa lagi?": how many questions remain, counting the pending one, then that question again.
            var (current, _) = await statuses.GetAsync(region, ct);
            var left = stage.Checklist.Count - index;
            turn.Send(Replies.Text(left == 1
                ? $"Tinggal 1 pertanyaan lagi, yaitu pertanyaan terakhir ({index + 1} dari {stage.Checklist.Count})."
                : $"Tinggal {left} pertanyaan lagi, termasuk yang ini ({index + 1} dari {stage.Checklist.Count})."));
            turn.Send(Question(turn, region, stage, current, index));
            return DialogResult.Waiting;
        }

        if (answer is null)
        {
            if (!AsksDeadline(dialog, intent)) return DialogResult.NotHandled; // answered elsewhere, then ResumeAsync
            var (current, _) = await statuses.GetAsync(region, ct);
            if (intent == IntentNames.NextStep)
            {
                var (body, items) = deadlines.NextSteps(region, stage, current);
                turn.Send(cards.Render(new AnswerCard("Langkah berikutnya", body, items, deadlines.Source, []), turn.ChannelId));
            }
            else turn.Send(cards.Render(deadlines.ForQuestion(dialog.Request, stage, region), turn.ChannelId));
            BackToPending(dialog, state, region, stage, current, index);
            return DialogResult.Waiting;
        }

        var item = stage.Checklist[index];
        var (status, _) = await statuses.GetAsync(region, ct);
        var version = state.StatusVersion;
        if (answer != "lewati")
        {
            var recorded = await RecordAnswerAsync(turn, region, status, version, item, answer, ct);
            if (recorded.Outcome == RecordOutcome.Refused) return DialogResult.Complete;
            (status, version) = (recorded.Status, recorded.Version);
            if (recorded.Outcome == RecordOutcome.Conflict)
            {
                dialog.SetState(state with { StatusVersion = version });
                var now = status.Answers.GetValueOrDefault(item.Id);
                turn.Send(Replies.Text(
                    $"Maaf, jawaban Anda **belum disimpan**: status {region.Name} baru saja diubah oleh pengguna lain" +
                    (now is not null ? $" ({now.By} mencatat \"{now.Value}\" untuk pertanyaan ini)" : "") +
                    ". Silakan periksa dan jawab lagi."));
                turn.Send(Question(turn, region, stage, status, index));
                return DialogResult.Waiting;
            }
            turn.Send(Replies.Text($"Tercatat: \"{DeadlineAnswers.Plain(item.Question)}\" — **{answer}**."));
        }

        if (index + 1 < stage.Checklist.Count)
        {
            dialog.SetState(state with { ItemIndex = index + 1, StatusVersion = version, Reasked = false });
            turn.Send(Question(turn, region, stage, status, index + 1));
            return DialogResult.Waiting;
        }

        var (text2, items2) = deadlines.NextSteps(region, stage, status);
        turn.Send(cards.Render(new AnswerCard($"Checklist {region.Name} selesai",
            $"Checklist tahap **{stage.Name}** untuk {region.Name} selesai dan semua jawaban sudah tersimpan. " + text2,
            items2, deadlines.Source, ["Ingatkan saya", $"Cek status {region.Name}"]), turn.ChannelId));
        return DialogResult.Complete;
    }

    /// <summary>How recording one checklist answer ended.</summary>
    private enum RecordOutcome { Saved, Refused, Conflict }

    /// <summary>
    /// The status after recording one checklist answer and its version: the new ones when saved, the fresh ones when
    /// someone else changed the status first (nothing written), the ones given when the user may not record.
    /// </summary>
    private sealed record RecordedAnswer(RecordOutcome Outcome, RegionStatus Status, long? Version);

    /// <summary>
    /// The one "record this answer" step of the checklist and of a correction: the user's right to record for the
    /// region (refused: says so), then the write at the version this conversation last saw, so that a change by
    /// someone else in between is not overwritten.
    /// </summary>
    private async Task<RecordedAnswer> RecordAnswerAsync(ITurn turn, Region region, RegionStatus status, long? version,
        ChecklistItem item, string answer, CancellationToken ct)
    {
        var access = await officers.AccessOfAsync(turn.User, ct);
        if (!access.MayRecord(region))
        {
            turn.Send(Replies.Text(Refusal(region), [$"Cek status {region.Name}"]));
            return new(RecordOutcome.Refused, status, version);
        }
        try
        {
            var (saved, savedVersion) = await statuses.RecordAsync(region, status, version, item, answer, access.Who, turn.ChannelId, ct, turn.WriterId);
            return new(RecordOutcome.Saved, saved, savedVersion);
        }
        catch (ConcurrencyConflictException)
        {
            var (fresh, freshVersion) = await statuses.GetAsync(region, ct);
            return new(RecordOutcome.Conflict, fresh, freshVersion);
        }
    }

    public static string Refusal(Region region) =>
        $"Maaf, Anda tidak berwenang mencatat kemajuan untuk {region.Name}. Hanya petugas daerah yang terdaftar untuk daerah tersebut " +
        "dan staf program yang dapat mengubah status. Anda tetap dapat melihat status publiknya.";
}
