using SmartCity.Bot.Understanding;
using Microsoft.Extensions.Options;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Timeline;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Dialogs;

/// <summary>"ganti daerah", "bukan, maksudnya Kabupaten X": changes (or clears) the region the conversation remembers.</summary>
public sealed class ChangeRegionDialog(OffTopic offTopic, RegionResolver resolver) : IDialog
{
    private const double ConfidentScore = 0.6;

    public string Id => "changeRegion";
    public IReadOnlyCollection<string> Intents => [IntentNames.ChangeRegion];

    public Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken ct)
    {
        // "Kabupaten X dapat surat penetapan tanggal berapa?" names a place but asks the documents a question.
        if ((dialog.Recognition.Entities.Region ?? CorrectedTo(dialog)) is { } region)
            return Task.FromResult(offTopic.AsksOtherKind(dialog) ? DialogResult.Abandoned : Remember(dialog, region));
        if (dialog.Recognition.Entities is { OnlyIntroducesProvince: true, Regions.Province: { } province }) return Task.FromResult(AskWithin(dialog, province));
        // Forgetting the region on a guess would be worse than answering the message as a question; a correction naming a
        // year, a cohort or a pillar and no place (a correction opener followed by "the year before") corrects that, not the region.
        if (dialog.Recognition.TopScore < ConfidentScore || offTopic.Is(dialog) || CorrectsOtherThing(dialog.Recognition.Entities))
            return Task.FromResult(DialogResult.Abandoned);
        var before = dialog.Memory.Region;
        dialog.Memory.ForgetRegion();
        dialog.SetState(new ChangeRegionState(true));
        dialog.Turn.Send(Replies.Text((before is not null ? $"Baik, saya tidak lagi memakai {before.Name}. " : "") +
            "Daerah Anda kabupaten/kota apa? Tulis namanya, misalnya \"Kabupaten Garut\".", ["batal"]));
        return Task.FromResult(DialogResult.Waiting);
    }

    public Task<DialogResult> ContinueAsync(DialogContext dialog, CancellationToken ct)
    {
        // After "which kabupaten/kota of your province?", a place with a question ("kab X ikut tahun berapa?"): the
        // place is theirs (the memory took it), the question is answered as asked.
        if (dialog.Recognition.Entities is { Region: not null, OnlyPlace: false } && dialog.State<ChangeRegionState>() is { WithinProvince: true })
            return Task.FromResult(DialogResult.Abandoned);
        if (dialog.Recognition.Entities.Region is { } region) return Task.FromResult(Remember(dialog, region));
        if (dialog.Recognition.TopIntent == IntentNames.Cancel)
        {
            dialog.Turn.Send(Replies.Text("Baik, dibatalkan.", HelpMenu.MainTopics));
            return Task.FromResult(DialogResult.Complete);
        }
        return Task.FromResult(DialogResult.Abandoned);
    }

    private static bool CorrectsOtherThing(Entities entities) =>
        entities is { Regions.IsEmpty: true } && (entities.Year is not null || entities.Cohort is not null || entities.Pillar is not null);

    /// <summary>
    /// "bukan Kota X, maksud saya Kabupaten X": of several places named, the last one that is not the remembered one
    /// and not the one rejected ("maksud saya Kabupaten Y, bukan Kota X": X came after a negation) is the correction.
    /// </summary>
    private Region? CorrectedTo(DialogContext dialog)
    {
        var regions = dialog.Recognition.Entities.Regions;
        if (regions.Mentions.Count < 2) return null;
        var words = regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return regions.Mentions.Where(m => m.Candidates.Count == 1 && !Rejected(words, m)).Select(m => m.Candidates[0])
            .LastOrDefault(r => r != dialog.Memory.Region);
    }

    /// <summary>
    /// Whether the mention stands right after a negation word (knowledge/lexicon/kata-ingkar.txt), a type word between
    /// or not: "bukan Kota X" names the place turned away from. <paramref name="words"/> are those the mention was read from.
    /// </summary>
    private bool Rejected(string[] words, RegionMention mention)
    {
        var at = mention.At.Start;
        var before = at > 0 && resolver.TypeNamedBy(words[at - 1]) is not null ? at - 2 : at - 1;
        return before >= 0 && (Lexicon.Current.Lists.GetValueOrDefault("kata-ingkar") ?? []).Contains(words[before]);
    }

    private static DialogResult Remember(DialogContext dialog, Region region)
    {
        dialog.Memory.RememberRegion(region);
        dialog.Stack.Clear(); // a flow about the old region is over
        // A region with no cohort in the data says so at once: an officer who named the wrong one sees it now.
        var cohort = dialog.Memory.Cohort is { } year ? $" (angkatan {year})" : " (tidak ditemukan dalam daftar peserta yang tersedia)";
        // The reply names the new region's cohort: "tahun itu" now means it, not the old region's year.
        dialog.Memory.RememberYear(dialog.Memory.Cohort);
        dialog.Turn.Send(Replies.Text($"Baik, sekarang saya pakai **{region.Name}**{cohort}. " +
            "Pertanyaan berikutnya saya jawab untuk daerah ini; ketik \"ganti daerah\" untuk mengubahnya.",
            [$"Cek status {region.Name}", "Kapan tenggat berikutnya?", "Angkatan kami tahun berapa?"]));
        return DialogResult.Complete;
    }

    /// <summary>"saya dari Provinsi X": kept in mind, and the kabupaten/kota asked (a province officer may name any of theirs).</summary>
    private static DialogResult AskWithin(DialogContext dialog, string province)
    {
        dialog.Memory.RememberIntroduction(province);
        dialog.SetState(new ChangeRegionState(true, WithinProvince: true));
        dialog.Turn.Send(Replies.Text($"Baik, Anda dari Provinsi {province}. Kabupaten/kota mana yang ingin Anda tanyakan? " +
            "Tulis namanya, misalnya \"Kabupaten Garut\", atau tanyakan daftar peserta dari provinsi Anda.", [$"Peserta dari {province}", "batal"]));
        return DialogResult.Waiting;
    }

    private sealed record ChangeRegionState(bool AwaitingRegion, bool WithinProvince = false);
}

/// <summary>"Kapan tenggatnya?", "langkah selanjutnya apa?" outside a status check: for the region named or remembered, else the current stage.</summary>
public sealed class DeadlineDialog(RegionStatusService statuses, DeadlineAnswers deadlines, ICardRenderer cards,
    TimeProvider clock, ProgrammeCalendar calendar, OfficerDirectory officers, OffTopic offTopic) : IDialog
{
    public string Id => "deadline";
    public IReadOnlyCollection<string> Intents => [IntentNames.Deadline, IntentNames.NextStep];
    public string Label => "Tenggat dan langkah berikutnya";

    public async Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken ct)
    {
        var turn = dialog.Turn;
        var entities = dialog.Recognition.Entities;
        if (offTopic.Is(dialog)) return DialogResult.Abandoned;
        // A "how long"/"before" question about something a document explains (a duty's length in a staff guideline)
        // is not about the programme calendar: the documents' answer is the one to give. A deadline of the current cycle
        // named in its own words, that the conversation settled as this thread's (IThreadQuestion), is the calendar's.
        if (!(dialog.Recognition.Settled && deadlines.NamedIn(dialog.Request) is not null) && offTopic.DocumentsAnswerBetter(dialog)) return DialogResult.Abandoned;
        // A deadline of a past year ("tenggat masterplan 2019") is history: the knowledge answers know it, the calendar does not.
        if (entities.Year is { } year && calendar.Stages.All(s => s.Start.Year != year && s.End.Year != year))
            return DialogResult.Abandoned;
        // So is the date of a cohort's event ("mou kami tanggal berapa"): the participation data and documents know it.
        if (deadlines.AsksCohortEvent(dialog.Request)) return DialogResult.Abandoned;
        var (region, fromMemory) = dialog.Memory.RegionFor(entities);
        region ??= (await officers.AccessOfAsync(turn.User, ct)).Region;
        if (region is null)
        {
            turn.Send(cards.Render(deadlines.ForQuestion(dialog.Request, calendar.StageOn(ProgrammeCalendar.Today(clock.GetUtcNow())), null), turn.ChannelId));
            return DialogResult.Complete;
        }
        var (status, _) = await statuses.GetAsync(region, ct);
        var stage = statuses.StageOf(status);
        var card = dialog.Intent == IntentNames.NextStep
            ? NextSteps(region, stage, status)
            : deadlines.ForQuestion(dialog.Request, stage, region);
        if (fromMemory) card = card with { Body = $"{dialog.Memory.Assumption(region)}: {card.Body}" };
        turn.Send(cards.Render(card, turn.ChannelId));
        return DialogResult.Complete;
    }

    private AnswerCard NextSteps(Region region, Stage stage, RegionStatus status)
    {
        var (body, items) = deadlines.NextSteps(region, stage, status);
        return new AnswerCard("Langkah berikutnya", body, items, deadlines.Source, ["Kapan tenggatnya?", $"Cek status {region.Name}"]);
    }

}

/// <summary>
/// "hubungi siapa", "laporannya dikirim ke mana": the programme's contact (calendar.json), and the deadline a document
/// is due next, for the region named or remembered.
/// </summary>
public sealed class ContactDialog(ProgrammeCalendar calendar, DeadlineAnswers deadlines, RegionStatusService statuses, ICardRenderer cards,
    TimeProvider clock, OffTopic offTopic, Recognizer recognizer) : IDialog
{
    public string Id => "contact";
    public IReadOnlyCollection<string> Intents => [IntentNames.Contact];
    public string Label => "Kontak program";

    // Asked in the intent's own words ("hubungi siapa", "dikirim ke mana"); "siapa yang memimpin …" is a question for the documents.
    private const double OwnWordsShare = 0.75;

    public async Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken ct)
    {
        var entities = dialog.Recognition.Entities;
        // A past year or another place named ("e-mail panitia 2023", "nomor bupati X"): not the programme's desk for this officer.
        if (calendar.Contact is not { } contact || offTopic.Is(dialog) || offTopic.AsksOtherKind(dialog) || entities.Year is not null
            || recognizer.SpokenShare(Intents.First(), entities) is < OwnWordsShare
            // A contact for a topic or province a document names (a staff guideline's desk) is the document's to give.
            || (entities.Regions.Province is not null && !entities.IntroducesProvince) || offTopic.DocumentsAnswerBetter(dialog))
            return DialogResult.Abandoned;
        if (entities.Regions.Mentions.Count > 0 && !entities.Introduces)
            return NamedRegion(dialog, contact, entities.Region);
        var (region, fromMemory) = dialog.Memory.RegionFor(dialog.Recognition.Entities);
        var stage = region is not null ? statuses.StageOf((await statuses.GetAsync(region, ct)).Status) : calendar.StageOn(ProgrammeCalendar.Today(clock.GetUtcNow()));
        // "laporan quick win dikirim ke mana": the document named is the one whose date is said; else the next one due.
        var next = deadlines.NamedIn(dialog.Request) ?? deadlines.Next(stage);
        // The user's own region known (introduced, remembered): its own office by name, not "daerah Anda".
        var body = $"Untuk pertanyaan, kendala, atau pengiriman dokumen program, hubungi {contact.For(region)}." +
                   (next is not null ? $" Dokumen berikutnya: {deadlines.Line(next)}." : "") +
                   (contact.Note is { } note ? " " + note : "");
        if (region is not null && fromMemory) body = $"{dialog.Memory.Assumption(region)}: {body}";
        var card = new AnswerCard("Kontak program", body, [], $"{contact.Source}; {deadlines.Source}", ["Kapan tenggatnya?", "Langkah berikutnya apa?"]);
        dialog.Turn.Send(cards.Render(card, dialog.Turn.ChannelId));
        return DialogResult.Complete;
    }

    // "masukan ke Pemkot X hubungi siapa": that region's own office and the ministry; the programme's desk and this
    // officer's next document are not what was asked. Several places named, or no wording for it: not this dialog's.
    private DialogResult NamedRegion(DialogContext dialog, ProgrammeContact contact, Region? region)
    {
        if (region is null || contact.About(region) is not { } who || dialog.Recognition.Entities.Regions.Mentions.Count > 1) return DialogResult.Abandoned;
        dialog.Memory.RememberSubject(region);
        var body = $"Untuk masukan, pertanyaan, atau keluhan tentang {region.Name}, hubungi {who}." +
                   (contact.Note is { } note ? " " + note : "");
        var card = new AnswerCard($"Kontak untuk {region.Name}", body, [], contact.Source, [$"Apakah {region.Name} ikut smart city?"]);
        dialog.Turn.Send(cards.Render(card, dialog.Turn.ChannelId));
        return DialogResult.Complete;
    }
}

/// <summary>"ingatkan saya" subscribes this conversation to its region's deadline reminders; "berhenti pengingat" stops them.</summary>
public sealed class ReminderDialog(
    ReminderStore reminders,
    RegionStatusService statuses,
    OfficerDirectory officers,
    DeadlineAnswers deadlines,
    ProgrammeCalendar calendar,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    OffTopic offTopic,
    RegionRegistry registry) : IDialog
{
    public string Id => "reminder";
    public IReadOnlyCollection<string> Intents => [IntentNames.ReminderOn, IntentNames.ReminderOff, ReminderThreadQuestion.ReminderDialogAsk];
    public string Label => "Pengingat tenggat";

    /// <summary>Conversation state: the reminder last asked for here (region, time), kept when the channel could not take it,
    /// so "pengingatnya hari apa?" and "geser jadi Kamis" still know what was asked.</summary>
    public const string AskedKey = "reminder.asked";

    public async Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken ct)
    {
        var turn = dialog.Turn;
        var stored = new StoredReminder(reminders, turn);
        // The thread's reading has no examples of its own to judge the words by: it was given by the reminder's answer.
        if (dialog.Intent == ReminderThreadQuestion.ReminderDialogAsk) return await DescribeAsync(dialog, stored, ct);
        // A reading the conversation settled (a new time for the reminder just answered, a button) is not judged by its words.
        if (!dialog.Recognition.Settled && offTopic.Is(dialog)) return DialogResult.Abandoned;
        if (await AsksAboutReminderAsync(dialog, stored, ct)) return await DescribeAsync(dialog, stored, ct);
        if (dialog.Intent == IntentNames.ReminderOff)
        {
            var removed = await reminders.UnsubscribeAsync(ReminderStore.KeyOf(turn.Reference), ct);
            var asked = turn.ConversationState.Get<AskedReminder>(AskedKey) is not null;
            turn.ConversationState.Remove(AskedKey);
            turn.Send(Replies.Text(removed
                ? "Baik, pengingat tenggat di percakapan ini sudah dihentikan."
                : asked ? "Baik, permintaan pengingat tadi dibatalkan; tidak ada pengingat aktif di percakapan ini."
                : "Tidak ada pengingat aktif di percakapan ini.", ["Cek status daerah"]));
            return DialogResult.Complete;
        }
        var region = dialog.Memory.RegionFor(dialog.Recognition.Entities).Region ?? (await officers.AccessOfAsync(turn.User, ct)).Region;
        if (region is null)
        {
            // The region is the next message ("Kabupaten X"): the reminder waits for it rather than leaving the answer to
            // be read as a question about the place.
            turn.Send(Replies.Text((turn.CanMessageLater ? "" : Refusal(null) + " ") +
                "Pengingat tenggat untuk kabupaten/kota mana? Tulis namanya, misalnya \"Kota Bogor\" (ketik \"batal\" untuk berhenti).", ["batal"]));
            dialog.SetState(new AwaitingRegion(true));
            return DialogResult.Waiting;
        }
        return await RemindAsync(dialog, region, stored, ct);
    }

    public async Task<DialogResult> ContinueAsync(DialogContext dialog, CancellationToken ct)
    {
        if (dialog.State<AwaitingRegion>() is not null && dialog.Recognition.TopIntent == IntentNames.Cancel && dialog.Recognition.Entities.Regions.IsEmpty)
        {
            dialog.Turn.Send(Replies.Text("Baik, dibatalkan.", HelpMenu.MainTopics));
            return DialogResult.Complete;
        }
        // Only the place asked for ("kab. X", "untuk Kota X"); anything else is another question and leaves the reminder.
        if (dialog.State<AwaitingRegion>() is null || dialog.Recognition.Entities.Region is not { } region
            || !(dialog.Recognition.Entities.OnlyPlace || dialog.Recognition.Entities.Regions.IsOnlyNames || dialog.Recognition.TopIntent == IntentNames.ReminderOn))
            return DialogResult.Abandoned;
        dialog.Memory.RememberSubject(region);
        return await RemindAsync(dialog, region, new StoredReminder(reminders, dialog.Turn), ct);
    }

    // Why no reminder can be set on this channel, naming the region when the request did.
    private static string Refusal(Region? region, ReminderTime? at = null) =>
        "Maaf, saluran percakapan ini tidak mendukung pesan susulan dari bot, jadi pengingat " +
        (region is null ? "" : $"tenggat untuk {region.Name} ") + (at is null ? "" : $"({at.Describe()}) ") + "tidak dapat diaktifkan di sini.";

    // "setiap Rabu pukul 10": the time asked for is kept with the subscription and said back, so a wrong reading shows.
    private static ReminderTime? AskedTime(DialogContext dialog) => ReminderTime.In(dialog.Text, SmartCity.Bot.Knowledge.Lexicon.Current);

    private async Task<DialogResult> RemindAsync(DialogContext dialog, Region region, StoredReminder stored, CancellationToken ct)
    {
        var turn = dialog.Turn;
        var at = await MovedTimeAsync(turn, region, AskedTime(dialog), stored, ct);
        turn.ConversationState.Set(AskedKey, new AskedReminder(region.Code, at));
        if (!turn.CanMessageLater)
        {
            turn.Send(Replies.Text(await RefusalAsync(region, at, ct), ["Kapan tenggatnya?", $"Cek status {region.Name}"]));
            return DialogResult.Complete;
        }
        await reminders.SubscribeAsync(new ReminderSubscription(region.Code, turn.Reference, turn.User.StateKey, clock.GetUtcNow(), at), ct);
        var (status, _) = await statuses.GetAsync(region, ct);
        var stage = statuses.StageOf(status);
        var next = deadlines.Next(stage);
        var leads = string.Join(" dan ", options.Value.EffectiveLeadDays.Select(d => $"{d} hari"));
        var items = stage.Deadlines.OrderBy(d => d.Date).Select(deadlines.Line).ToList();
        items.Add(calendar.UpdatedNote());
        turn.Send(Replies.Text(
            $"Baik, saya akan mengingatkan Anda di percakapan ini {leads} sebelum setiap tenggat tahap **{stage.Name}** untuk {region.Name}" +
            (at is not null ? $", {at.Describe()}." : ".") +
            (next is not null ? $" Tenggat berikutnya: {deadlines.Line(next)}." : "") +
            "\n\n" + string.Join("\n", items.Select(i => "- " + i)) +
            $"\n\nKetik \"berhenti pengingat\" untuk menghentikannya.\n\n_Sumber: {deadlines.Source}_",
            ["Berhenti pengingat", "Cek status daerah"]));
        return DialogResult.Complete;
    }

    /// <summary>
    /// A channel the bot cannot message later gets no reminder; the region's next deadline, to note down, instead of a bare
    /// refusal (the request named the region, so the reply does too).
    /// </summary>
    private async Task<string> RefusalAsync(Region region, ReminderTime? at, CancellationToken ct)
    {
        const string channel = "Silakan gunakan Microsoft Teams atau web chat resmi program.";
        var (status, _) = await statuses.GetAsync(region, ct);
        var next = deadlines.Next(statuses.StageOf(status));
        return Refusal(region, at) + " " +
               (next is not null ? $"Tenggat berikutnya untuk {region.Name}: {deadlines.Line(next)} — silakan dicatat. " : "") + channel +
               $"\n\n_Sumber: {deadlines.Source}_";
    }

    private sealed record AwaitingRegion(bool Waiting);

    /// <summary>
    /// This conversation's active reminder as the store holds it, read at most once a turn however many of the turn's
    /// steps ask (is this a question about it, what to describe, what time to move).
    /// </summary>
    private sealed class StoredReminder(ReminderStore reminders, ITurn turn)
    {
        private Task<ReminderSubscription?>? _read;

        public Task<ReminderSubscription?> GetAsync(CancellationToken ct) => _read ??= ReadAsync(ct);

        private async Task<ReminderSubscription?> ReadAsync(CancellationToken ct) =>
            (await reminders.GetAsync(ReminderStore.KeyOf(turn.Reference), ct))?.Value;
    }

    /// <summary>The reminder asked for in this conversation: its region and the time it should go out.</summary>
    public sealed record AskedReminder(string RegionCode, ReminderTime? At);

    /// <summary>
    /// "geser jadi Kamis" moves the day and keeps the hour asked before (and the other way round): only what the message
    /// names changes, for the same region's reminder.
    /// </summary>
    private static async Task<ReminderTime?> MovedTimeAsync(ITurn turn, Region region, ReminderTime? asked, StoredReminder stored, CancellationToken ct)
    {
        var before = await stored.GetAsync(ct) is { } active && active.RegionCode == region.Code
            ? active.At
            : turn.ConversationState.Get<AskedReminder>(AskedKey) is { } earlier && earlier.RegionCode == region.Code ? earlier.At : null;
        if (asked is null || before is null) return asked ?? before;
        return new ReminderTime(asked.Day ?? before.Day, asked.Hour ?? before.Hour, asked.Hour is null ? before.Minute : asked.Minute);
    }

    /// <summary>
    /// A question about the reminder rather than a request: the thread's reading, or a question ("kapan", "jam berapa")
    /// with no time in it — never a stop (a question does not unsubscribe), and a repeat of "ingatkan" only once one was asked.
    /// </summary>
    private static async Task<bool> AsksAboutReminderAsync(DialogContext dialog, StoredReminder stored, CancellationToken ct)
    {
        if (AskedTime(dialog) is not null || AnswerTypes.Of(InformalIndonesian.Normalize(dialog.Recognition.Entities.Regions.Normalized)) == AnswerType.None) return false;
        return dialog.Intent == IntentNames.ReminderOff || dialog.Turn.ConversationState.Get<AskedReminder>(AskedKey) is not null
               || await stored.GetAsync(ct) is not null;
    }

    /// <summary>
    /// "pengingatnya dikirim kapan?", "masih aktif kan?": what this conversation's reminder is — active, asked for on a channel
    /// that cannot take it, or none — with when it goes out (the lead days and the time asked).
    /// </summary>
    private async Task<DialogResult> DescribeAsync(DialogContext dialog, StoredReminder stored, CancellationToken ct)
    {
        var turn = dialog.Turn;
        var leads = string.Join(" dan ", options.Value.EffectiveLeadDays.Select(d => $"{d} hari"));
        var active = await stored.GetAsync(ct);
        var asked = turn.ConversationState.Get<AskedReminder>(AskedKey);
        var code = active?.RegionCode ?? asked?.RegionCode;
        var region = code is not null ? registry.ByCode.GetValueOrDefault(code) : dialog.Memory.Region;
        var at = active is not null ? active.At : asked?.At;
        var when = $"{leads} sebelum setiap tenggat" + (at is not null ? $", {at.Describe()}" : "");
        var next = region is not null ? deadlines.Next(statuses.StageOf((await statuses.GetAsync(region, ct)).Status)) : null;
        var body = active is not null && region is not null
            ? $"Pengingat tenggat untuk {region.Name} aktif di percakapan ini: dikirim {when}."
            : asked is not null && region is not null
                ? $"Pengingat tenggat untuk {region.Name} yang Anda minta ({when}) belum aktif: saluran percakapan ini tidak mendukung pesan susulan dari bot. Aktifkan lewat Microsoft Teams atau web chat resmi program."
                : $"Belum ada pengingat aktif di percakapan ini. Ketik \"ingatkan saya\" untuk memasangnya; pengingat dikirim {when}.";
        if (next is not null && region is not null) body += $" Tenggat berikutnya untuk {region.Name}: {deadlines.Line(next)}.";
        turn.Send(Replies.Text(body + $"\n\n_Sumber: {deadlines.Source}_",
            active is not null ? ["Berhenti pengingat", "Kapan tenggatnya?"] : ["Kapan tenggatnya?", "Cek status daerah"]));
        return DialogResult.Complete;
    }
}
