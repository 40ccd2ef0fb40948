using System.Text.RegularExpressions;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Dialogs;

/// <summary>Where a status check stands; kept in conversation state so it resumes after a restart.</summary>
public sealed record StatusCheckState(string Step, string? RegionCode, IReadOnlyList<string>? Choices, string? StageId, int ItemIndex, long? StatusVersion);

/// <summary>
/// The guided status check: which region → a summary (participation, stage, masterplan, quick win, evaluation, next
/// deadline) → the checklist of the region's current stage, recording each answer (authorised users only) → what
/// remains and by when. "batal", "ulang", "bantuan" work at any step; a question in between is answered and the
/// checklist resumes.
/// </summary>
public sealed partial class StatusCheckDialog(
    RegionResolver resolver,
    RegionRegistry registry,
    RegionStatusService statuses,
    OfficerDirectory officers,
    ProgrammeCalendar calendar,
    DeadlineAnswers deadlines,
    ICardRenderer cards,
    IServiceProvider services) : ITurnHandler
{
    public const string StateKey = "statusCheck";
    private const string AskRegion = "region";
    private const string ChooseRegion = "choose";
    private const string Checklist = "checklist";
    private const string ViewOnly = "view";

    public static readonly string[] AnswerChoices = ["Sudah", "Belum", "Lewati"];

    /// <summary>Continuing an active status check (Order 10), before help and intents.</summary>
    public int Order => 10;

    public async Task<bool> TryHandleAsync(ITurn turn, CancellationToken ct)
    {
        var state = turn.ConversationState.Get<StatusCheckState>(StateKey);
        if (state is null) return false;
        var text = turn.Text.Trim();
        // A region (or stage) removed from the data since the dialog started: end the dialog instead of failing each turn.
        if (state.RegionCode is { } code && !registry.ByCode.ContainsKey(code) ||
            state.Step is not (AskRegion or ChooseRegion or ViewOnly) && calendar.FindStage(state.StageId) is { Checklist.Count: 0 })
        {
            turn.ConversationState.Remove(StateKey);
            turn.Send(Replies.Text("Maaf, data daerah atau tahap untuk cek status ini sudah berubah. Ketik \"cek status\" untuk memulai lagi.", ["cek status"]));
            return true;
        }

        if (DialogWords.IsCancel(text))
        {
            turn.ConversationState.Remove(StateKey);
            turn.Send(Replies.Text("Baik, cek status dihentikan. Jawaban yang sudah tercatat tetap tersimpan. Ketik \"cek status\" kapan saja untuk melanjutkan.", HelpMenu.MainTopics));
            return true;
        }
        if (StartPattern().IsMatch(RegionResolver.Normalize(text)))
        {
            await StartAsync(turn, ct);
            return true;
        }

        switch (state.Step)
        {
            case AskRegion:
            case ChooseRegion:
                return await ContinueRegionQuestionAsync(turn, state, text, ct);
            case ViewOnly:
                if (DialogWords.AsksNextStep(text) || DialogWords.AsksDeadline(text))
                {
                    var viewed = registry.ByCode[state.RegionCode!];
                    var (current, _) = await statuses.GetAsync(viewed, ct);
                    var viewedStage = statuses.StageOf(current);
                    if (DialogWords.AsksNextStep(text))
                    {
                        var (body, items) = deadlines.NextSteps(viewed, viewedStage, current);
                        turn.Send(cards.Render(new AnswerCard("Langkah berikutnya", body, items, deadlines.Source, ["Kapan tenggatnya?", "selesai"]), turn.ChannelId));
                    }
                    else turn.Send(cards.Render(deadlines.ForStage(viewedStage, viewed), turn.ChannelId));
                    return true;
                }
                if (DialogWords.ChecklistAnswer(text) is not null || UpdatePattern().IsMatch(RegionResolver.Normalize(text)))
                {
                    var region = registry.ByCode[state.RegionCode!];
                    turn.ConversationState.Remove(StateKey);
                    turn.Send(Replies.Text(Refusal(region), [$"Cek status {region.Name}", "bantuan"]));
                    return true;
                }
                turn.ConversationState.Remove(StateKey);
                return false; // something else: the other handlers answer it
            default:
                return await ContinueChecklistAsync(turn, state, text, ct);
        }
    }

    /// <summary>Starts a status check ("cek status", "cek status Kota Bogor").</summary>
    public async Task StartAsync(ITurn turn, CancellationToken ct)
    {
        var rest = StartPattern().Replace(RegionResolver.Normalize(turn.Text), " ").Trim();
        if (rest.Length > 0)
        {
            var query = resolver.Resolve(rest);
            if (!query.IsEmpty && query.Province is null)
            {
                await ResolveAndShowAsync(turn, query, ct);
                return;
            }
        }
        var access = await officers.AccessOfAsync(turn.User, ct);
        var known = turn.UserState.Get<string>(ParticipationHandler.ProfileRegionKey) is { } code ? registry.ByCode.GetValueOrDefault(code) : null;
        known ??= access.Region;
        if (known is not null)
        {
            await ShowSummaryAsync(turn, known, ct);
            return;
        }
        turn.ConversationState.Set(StateKey, new StatusCheckState(AskRegion, null, null, null, 0, null));
        turn.Send(Replies.Text("Cek status untuk kabupaten/kota mana? Tulis namanya, misalnya \"Kota Bogor\" atau \"Kabupaten Garut\". (Ketik \"batal\" untuk berhenti.)",
            ["batal"]));
    }

    private async Task<bool> ContinueRegionQuestionAsync(ITurn turn, StatusCheckState state, string text, CancellationToken ct)
    {
        if (DialogWords.IsHelp(text))
        {
            turn.Send(Replies.Text("Saya perlu tahu kabupaten/kota yang ingin dicek. Tulis namanya, misalnya \"Kabupaten Garut\", atau ketik \"batal\" untuk berhenti.", state.Choices?.Select(c => registry.ByCode.GetValueOrDefault(c)?.Name).OfType<string>().Append("batal") ?? ["batal"]));
            return true;
        }
        if (DialogWords.IsRestart(text))
        {
            await StartAsync(turn, ct);
            return true;
        }
        if (state.Step == ChooseRegion && state.Choices is { } choices)
        {
            var picked = choices.Select(c => registry.ByCode.GetValueOrDefault(c)).OfType<Region>().FirstOrDefault(r => RegionResolver.Normalize(r.Name) == RegionResolver.Normalize(text));
            if (picked is not null)
            {
                await ShowSummaryAsync(turn, picked, ct);
                return true;
            }
        }
        var query = resolver.Resolve(text);
        if (query.IsEmpty && query.Normalized.Split(' ').Length >= 3)
        {
            // Not a place but a question about something else: leave the status check and let it be answered.
            turn.ConversationState.Remove(StateKey);
            return false;
        }
        if (query.IsEmpty || (query.Mentions.Count == 0 && query.Unknown is null))
        {
            turn.Send(Replies.Text("Maaf, saya tidak menemukan kabupaten/kota itu. Tulis nama daerahnya (misalnya \"Kota Bogor\"), atau ketik \"batal\".", ["batal"]));
            return true;
        }
        await ResolveAndShowAsync(turn, query, ct);
        return true;
    }

    private async Task ResolveAndShowAsync(ITurn turn, RegionQuery query, CancellationToken ct)
    {
        if (query.Mentions is [{ Candidates: [var region] }])
        {
            await ShowSummaryAsync(turn, region, ct);
            return;
        }
        var options = query.Mentions.Count > 0 ? query.Mentions.SelectMany(m => m.Candidates).ToList() : query.Unknown?.Suggestions.ToList() ?? [];
        if (options.Count == 0)
        {
            turn.ConversationState.Set(StateKey, new StatusCheckState(AskRegion, null, null, null, 0, null));
            turn.Send(Replies.Text("Maaf, saya tidak menemukan kabupaten/kota itu. Tulis nama daerahnya, atau ketik \"batal\".", ["batal"]));
            return;
        }
        turn.ConversationState.Set(StateKey, new StatusCheckState(ChooseRegion, null, options.Select(r => r.Code).ToList(), null, 0, null));
        var question = query.Mentions.Count > 0
            ? $"Ada lebih dari satu daerah dengan nama itu: {string.Join(" atau ", options.Select(r => r.Name))}. Yang mana?"
            : $"Saya tidak menemukan \"{query.Unknown!.Typed}\". Mungkin maksud Anda salah satu ini?";
        turn.Send(Replies.Text(question, options.Select(r => r.Name).Append("batal")));
    }

    private async Task ShowSummaryAsync(ITurn turn, Region region, CancellationToken ct)
    {
        turn.UserState.Set(ParticipationHandler.ProfileRegionKey, region.Code);
        var (status, version) = await statuses.GetAsync(region, ct);
        var stage = statuses.StageOf(status);
        var access = await officers.AccessOfAsync(turn.User, ct);
        turn.Send(cards.Render(Summary(region, status, stage), turn.ChannelId));

        if (!access.MayRecord(region))
        {
            turn.ConversationState.Set(StateKey, new StatusCheckState(ViewOnly, region.Code, null, stage.Id, 0, version));
            turn.Send(Replies.Text(
                "Ini status publik daerah tersebut. Mencatat kemajuan checklist hanya dapat dilakukan oleh petugas daerah yang terdaftar untuk " +
                $"{region.Name} atau staf program. Jika Anda petugas daerah, hubungi staf program agar akun Anda didaftarkan.",
                ["Langkah berikutnya apa?", "Kapan tenggatnya?", "selesai"]));
            return;
        }
        if (stage.Checklist.Count == 0)
        {
            turn.ConversationState.Remove(StateKey);
            turn.Send(Replies.Text($"Tahap {stage.Name} tidak memiliki checklist."));
            return;
        }
        var state = new StatusCheckState(Checklist, region.Code, null, stage.Id, 0, version);
        turn.ConversationState.Set(StateKey, state);
        turn.Send(Question(turn, region, stage, status, 0));
    }

    private FactsCard Summary(Region region, RegionStatus status, Stage stage)
    {
        var years = registry.ParticipationsOf(region).Select(p => p.Year).ToList();
        var facts = new List<(string, string)>
        {
            ("Provinsi", region.Province),
            ("Keikutsertaan", years.Count > 0
                ? string.Join(", ", years.Select(y => $"{y} ({ParticipationAnswers.Cohort(y)})"))
                : "tidak ditemukan dalam daftar peserta yang tersedia (daftar 2021 dan 2022 tidak lengkap)"),
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
            ["Ingatkan saya", "Langkah berikutnya apa?", "Kapan tenggatnya?", "batal"]);
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

    private async Task<bool> ContinueChecklistAsync(ITurn turn, StatusCheckState state, string text, CancellationToken ct)
    {
        var region = registry.ByCode[state.RegionCode!];
        var stage = calendar.FindStage(state.StageId) ?? statuses.StageOf(RegionStatus.Empty(region.Code));
        var index = Math.Clamp(state.ItemIndex, 0, stage.Checklist.Count - 1);

        if (DialogWords.IsRestart(text))
        {
            await ShowSummaryAsync(turn, region, ct);
            return true;
        }
        if (DialogWords.IsHelp(text))
        {
            var (current, _) = await statuses.GetAsync(region, ct);
            turn.Send(Replies.Text(
                $"Saya sedang memandu checklist tahap **{stage.Name}** untuk {region.Name}. Jawab setiap pertanyaan dengan **Sudah**, **Belum**, atau **Lewati**; " +
                "setiap jawaban langsung dicatat. Anda juga boleh bertanya di tengah jalan (misalnya \"langkah berikutnya apa?\" atau \"kapan tenggatnya?\"), " +
                "ketik \"ulang\" untuk mulai dari awal, atau \"batal\" untuk berhenti."));
            turn.Send(Question(turn, region, stage, current, index));
            return true;
        }

        var answer = DialogWords.ChecklistAnswer(text);
        if (answer is null)
        {
            var (current, _) = await statuses.GetAsync(region, ct);
            if (DialogWords.AsksNextStep(text))
            {
                var (body, items) = deadlines.NextSteps(region, stage, current);
                turn.Send(cards.Render(new AnswerCard("Langkah berikutnya", body, items, deadlines.Source, []), turn.ChannelId));
            }
            else if (DialogWords.AsksDeadline(text))
            {
                turn.Send(cards.Render(deadlines.ForStage(stage, region), turn.ChannelId));
            }
            else if (!await AnswerElsewhereAsync(turn, ct))
            {
                turn.Send(Replies.Text(text.Contains('?') || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3
                    ? "Maaf, saya belum bisa menjawab pertanyaan itu. Untuk checklist, pilih **Sudah**, **Belum**, atau **Lewati**."
                    : "Maaf, saya belum menangkap jawaban Anda. Pilih **Sudah**, **Belum**, atau **Lewati**."));
            }
            turn.Send(Replies.Text("Kembali ke checklist:"));
            turn.Send(Question(turn, region, stage, current, index));
            return true;
        }

        var item = stage.Checklist[index];
        var (status, _) = await statuses.GetAsync(region, ct);
        var version = state.StatusVersion;
        if (answer != "lewati")
        {
            var access = await officers.AccessOfAsync(turn.User, ct);
            if (!access.MayRecord(region))
            {
                turn.ConversationState.Remove(StateKey);
                turn.Send(Replies.Text(Refusal(region), [$"Cek status {region.Name}"]));
                return true;
            }
            try
            {
                // The answer is recorded at the version this conversation last saw: a change by someone else in between is not overwritten.
                (status, var newVersion) = await statuses.RecordAsync(region, status, version, item, answer, access.Who, turn.ChannelId, ct, turn.WriterId);
                version = newVersion;
                turn.Send(Replies.Text($"Tercatat: \"{DeadlineAnswers.Plain(item.Question)}\" — **{answer}**."));
            }
            catch (ConcurrencyConflictException)
            {
                var (fresh, freshVersion) = await statuses.GetAsync(region, ct);
                turn.ConversationState.Set(StateKey, state with { StatusVersion = freshVersion });
                var now = fresh.Answers.GetValueOrDefault(item.Id);
                turn.Send(Replies.Text(
                    $"Maaf, jawaban Anda **belum disimpan**: status {region.Name} baru saja diubah oleh pengguna lain" +
                    (now is not null ? $" ({now.By} mencatat \"{now.Value}\" untuk pertanyaan ini)" : "") +
                    ". Silakan periksa dan jawab lagi."));
                turn.Send(Question(turn, region, stage, fresh, index));
                return true;
            }
        }

        if (index + 1 < stage.Checklist.Count)
        {
            turn.ConversationState.Set(StateKey, state with { ItemIndex = index + 1, StatusVersion = version });
            turn.Send(Question(turn, region, stage, status, index + 1));
            return true;
        }

        turn.ConversationState.Remove(StateKey);
        var (text2, items2) = deadlines.NextSteps(region, stage, status);
        turn.Send(cards.Render(new AnswerCard($"Checklist {region.Name} selesai",
            $"Checklist tahap **{stage.Name}** untuk {region.Name} selesai dan semua jawaban sudah tersimpan. " + text2,
            items2, deadlines.Source, ["Ingatkan saya", $"Cek status {region.Name}"]), turn.ChannelId));
        return true;
    }

    /// <summary>A question asked mid-checklist goes to the other capabilities (knowledge, participation…); the checklist then resumes.</summary>
    private async Task<bool> AnswerElsewhereAsync(ITurn turn, CancellationToken ct)
    {
        foreach (var handler in services.GetServices<ITurnHandler>().Where(h => h.Order >= 100 && h.Order < int.MaxValue && h is not StatusCheckStart).OrderBy(h => h.Order))
            if (await handler.TryHandleAsync(turn, ct)) return true;
        return false;
    }

    public static string Refusal(Region region) =>
        $"Maaf, Anda tidak berwenang mencatat kemajuan untuk {region.Name}. Hanya petugas daerah yang terdaftar untuk daerah tersebut " +
        "dan staf program yang dapat mengubah status. Anda tetap dapat melihat status publiknya.";

    [GeneratedRegex(@"^(tolong )?(cek|lihat|periksa|check|perbarui|update) (status|progres|progress|kemajuan)( daerah| checklist)?\b|^status daerah\b|^status (kota|kabupaten|kab)\b")]
    internal static partial Regex StartPattern();

    [GeneratedRegex(@"\b(perbarui|update|ubah|catat|isi)\b")]
    private static partial Regex UpdatePattern();
}

/// <summary>Starts the status check on "cek status" (Order 250, among the specific intents).</summary>
public sealed class StatusCheckStart(StatusCheckDialog dialog) : ITurnHandler
{
    public int Order => 250;

    public async Task<bool> TryHandleAsync(ITurn turn, CancellationToken cancellationToken)
    {
        if (!StatusCheckDialog.StartPattern().IsMatch(Regions.RegionResolver.Normalize(turn.Text))) return false;
        await dialog.StartAsync(turn, cancellationToken);
        return true;
    }
}
