using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Dialogs;

/// <summary>"ingatkan saya" subscribes this conversation to its region's deadline reminders; "berhenti pengingat" stops them.</summary>
public sealed partial class ReminderCommands(
    ReminderStore reminders,
    RegionResolver resolver,
    RegionRegistry registry,
    RegionStatusService statuses,
    OfficerDirectory officers,
    DeadlineAnswers deadlines,
    ProgrammeCalendar calendar,
    IOptions<ReminderOptions> options,
    TimeProvider clock) : ITurnHandler
{
    public int Order => 260;

    public async Task<bool> TryHandleAsync(ITurn turn, CancellationToken ct)
    {
        var normalized = RegionResolver.Normalize(turn.Text);
        if (Stop().IsMatch(normalized))
        {
            var removed = await reminders.UnsubscribeAsync(ReminderStore.KeyOf(turn.Reference), ct);
            turn.Send(Replies.Text(removed
                ? "Baik, pengingat tenggat di percakapan ini sudah dihentikan."
                : "Tidak ada pengingat aktif di percakapan ini.", ["Cek status daerah"]));
            return true;
        }
        if (!Start().IsMatch(normalized)) return false;

        if (!turn.CanMessageLater)
        {
            turn.Send(Replies.Text("Maaf, saluran percakapan ini tidak mendukung pesan susulan dari bot, jadi pengingat tidak dapat diaktifkan di sini. " +
                                   "Silakan gunakan Microsoft Teams atau web chat resmi program."));
            return true;
        }
        var region = await RegionForAsync(turn, normalized, ct);
        if (region is null)
        {
            turn.Send(Replies.Text("Pengingat untuk daerah mana? Tulis misalnya \"ingatkan saya untuk Kota Bogor\", atau mulai dengan \"cek status\".",
                ["Cek status daerah"]));
            return true;
        }
        await reminders.SubscribeAsync(new ReminderSubscription(region.Code, turn.Reference, turn.User.StateKey, clock.GetUtcNow()), ct);
        var (status, _) = await statuses.GetAsync(region, ct);
        var stage = statuses.StageOf(status);
        var next = deadlines.Next(stage);
        var leads = string.Join(" dan ", options.Value.EffectiveLeadDays.Select(d => $"{d} hari"));
        var items = stage.Deadlines.OrderBy(d => d.Date).Select(deadlines.Line).ToList();
        items.Add(calendar.UpdatedNote());
        turn.Send(Replies.Text(
            $"Baik, saya akan mengingatkan Anda di percakapan ini {leads} sebelum setiap tenggat tahap **{stage.Name}** untuk {region.Name}." +
            (next is not null ? $" Tenggat berikutnya: {deadlines.Line(next)}." : "") +
            "\n\n" + string.Join("\n", items.Select(i => "- " + i)) +
            $"\n\nKetik \"berhenti pengingat\" untuk menghentikannya.\n\n_Sumber: {deadlines.Source}_",
            ["Berhenti pengingat", "Cek status daerah"]));
        return true;
    }

    private async Task<Region?> RegionForAsync(ITurn turn, string normalized, CancellationToken ct)
    {
        var query = resolver.Resolve(Start().Replace(normalized, " "));
        if (query.Mentions is [{ Candidates: [var named] }]) return named;
        if (turn.ConversationState.Get<StatusCheckState>(StatusCheckDialog.StateKey)?.RegionCode is { } inDialog && registry.ByCode.TryGetValue(inDialog, out var dialogRegion)) return dialogRegion;
        if (turn.UserState.Get<string>(ParticipationHandler.ProfileRegionKey) is { } code && registry.ByCode.TryGetValue(code, out var profile)) return profile;
        return (await officers.AccessOfAsync(turn.User, ct)).Region;
    }

    [GeneratedRegex(@"\b(ingatkan|ingetin|ingatin|reminder|pengingat|remind)\b")]
    private static partial Regex Start();

    [GeneratedRegex(@"\b(berhenti|stop|hentikan|matikan|nonaktifkan|batalkan|jangan)\b.*\b(pengingat|ingatkan|reminder|ingetin)\b|\b(pengingat|reminder)\b.*\b(berhenti|stop|off|mati)\b")]
    private static partial Regex Stop();
}

/// <summary>"Kapan tenggatnya?" outside a status check: the deadlines of the user's region stage (or the current stage).</summary>
public sealed class DeadlineQuestions(RegionResolver resolver, RegionRegistry registry, RegionStatusService statuses, DeadlineAnswers deadlines,
    ICardRenderer cards, TimeProvider clock, ProgrammeCalendar calendar) : ITurnHandler
{
    public int Order => 320;

    public async Task<bool> TryHandleAsync(ITurn turn, CancellationToken ct)
    {
        if (!DialogWords.AsksDeadline(turn.Text)) return false;
        var query = resolver.Resolve(turn.Text);
        // A deadline of a past year ("tenggat masterplan 2019") is history: the knowledge answers know it, the calendar does not.
        var year = ParticipationAnswers.AskedYear(query.Normalized);
        if (year is not null && calendar.Stages.All(s => s.Start.Year != year && s.End.Year != year)) return false;
        Region? region = query.Mentions is [{ Candidates: [var named] }] ? named
            : turn.UserState.Get<string>(ParticipationHandler.ProfileRegionKey) is { } code ? registry.ByCode.GetValueOrDefault(code) : null;
        var stage = region is not null
            ? statuses.StageOf((await statuses.GetAsync(region, ct)).Status)
            : calendar.StageOn(ProgrammeCalendar.Today(clock.GetUtcNow()));
        turn.Send(cards.Render(deadlines.ForStage(stage, region), turn.ChannelId));
        return true;
    }
}
