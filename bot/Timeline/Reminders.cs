using Microsoft.Extensions.Options;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Timeline;

public sealed class ReminderOptions
{
    /// <summary>How long before a deadline reminders go out (days), e.g. 7 and 1.</summary>
    public List<int> LeadDays { get; set; } = [];

    /// <summary>How often the background service looks for reminders due.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    public bool Enabled { get; set; } = true;

    public IReadOnlyList<int> EffectiveLeadDays => LeadDays is { Count: > 0 } ? LeadDays.Distinct().OrderByDescending(d => d).ToList() : [7, 1];
}

/// <summary>A conversation that asked to be reminded of a region's deadlines (store kind "reminder-subscription").</summary>
/// <param name="At">The weekday and hour the officer asked for ("setiap Rabu pukul 10"); null: as soon as a reminder is due.</param>
public sealed record ReminderSubscription(string RegionCode, ConversationReference Reference, string UserKey, DateTimeOffset CreatedAt, ReminderTime? At = null);

/// <summary>The claim that makes a reminder go out once, across instances and restarts (kind "reminder-claim").</summary>
public sealed record ReminderClaim(string RegionCode, string DeadlineId, int LeadDays, string Conversation, DateTimeOffset ClaimedAt, string Instance);

public sealed class ReminderStore(IBotStore store)
{
    public const string SubscriptionKind = "reminder-subscription";
    public const string ClaimKind = "reminder-claim";

    public static string KeyOf(ConversationReference reference) => $"{reference.ChannelId}:{reference.Conversation?.Id}";

    public async Task SubscribeAsync(ReminderSubscription subscription, CancellationToken ct)
    {
        var key = KeyOf(subscription.Reference);
        var existing = await store.GetAsync<ReminderSubscription>(SubscriptionKind, key, ct);
        await store.PutAsync(SubscriptionKind, key, subscription, existing?.Version, cancellationToken: ct);
    }

    public Task<bool> UnsubscribeAsync(string conversationKey, CancellationToken ct) => store.DeleteAsync(SubscriptionKind, conversationKey, cancellationToken: ct);

    public Task<Versioned<ReminderSubscription>?> GetAsync(string conversationKey, CancellationToken ct) =>
        store.GetAsync<ReminderSubscription>(SubscriptionKind, conversationKey, ct);

    public Task<IReadOnlyList<(string Key, Versioned<ReminderSubscription> Item)>> ListAsync(CancellationToken ct) =>
        store.ListAsync<ReminderSubscription>(SubscriptionKind, "", 100_000, ct);

    /// <summary>True when this caller won the claim (nobody sent this reminder before).</summary>
    public async Task<bool> TryClaimAsync(ReminderClaim claim, CancellationToken ct)
    {
        try
        {
            await store.PutAsync(ClaimKind, ClaimKey(claim), claim, expectedVersion: null, cancellationToken: ct);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    public Task ReleaseAsync(ReminderClaim claim, CancellationToken ct) => store.DeleteAsync(ClaimKind, ClaimKey(claim), cancellationToken: ct);

    public static string ClaimKey(ReminderClaim c) => $"{c.RegionCode}|{c.DeadlineId}|{c.LeadDays}|{c.Conversation}";
}

/// <summary>
/// Sends deadline reminders proactively (SendToConversation) at the configured lead times before each upcoming
/// deadline of the region's stage. Each reminder is claimed in the store before it is sent, so several instances
/// and restarts never send it twice. Time comes from <see cref="TimeProvider"/> so tests control it.
/// </summary>
public sealed class ReminderService(
    ReminderStore reminders,
    RegionRegistry registry,
    RegionStatusService statuses,
    ProgrammeCalendar calendar,
    IProactiveMessenger messenger,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    ILogger<ReminderService> logger) : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private int _runs;

    /// <summary>Completed checks so far (tests wait on it instead of on wall-clock time).</summary>
    public int Runs => Volatile.Read(ref _runs);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await RunOnceAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogError(e, "Reminder check failed"); }
            Interlocked.Increment(ref _runs);
            try { await Task.Delay(options.Value.CheckInterval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Sends every reminder due now that nobody has sent yet; returns how many this instance sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var leads = options.Value.EffectiveLeadDays;
        var sent = 0;
        foreach (var (key, item) in await reminders.ListAsync(ct))
        {
            var subscription = item.Value;
            if (!registry.ByCode.TryGetValue(subscription.RegionCode, out var region)) continue;
            var (status, _) = await statuses.GetAsync(region, ct);
            var stage = statuses.StageOf(status);
            foreach (var deadline in stage.Deadlines)
            {
                var due = ProgrammeCalendar.EndOf(deadline.Date);
                if (now >= due) continue;
                // The smallest lead whose window has opened: after a pause the 7-day reminder is not sent once the 1-day one is due.
                var lead = leads.Where(d => now >= due - TimeSpan.FromDays(d)).OrderBy(d => d).Cast<int?>().FirstOrDefault();
                // The weekday and hour asked for: a reminder due waits until then (its window stays open until the deadline).
                if (lead is null || subscription.At?.AllowsAt(now) == false) continue;
                var claim = new ReminderClaim(region.Code, deadline.Id, lead.Value, key, now, _instance);
                if (!await reminders.TryClaimAsync(claim, ct)) continue;
                try
                {
                    await messenger.SendAsync(subscription.Reference, Replies.Text(Message(region, deadline, now),
                        ["Cek status daerah", "Berhenti pengingat"]), ct);
                    sent++;
                }
                catch (Exception e) when (e is SmartCity.Bot.Protocol.Connector.ConnectorException ||
                                          e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
                {
                    // Refused or never reached: release the claim so a later check (here or on another instance) tries again.
                    logger.LogWarning(e, "Reminder to {Conversation} failed; will retry", key);
                    await reminders.ReleaseAsync(claim, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A timeout may have delivered it: keep the claim (a reminder at most once, never twice).
                    logger.LogWarning(e, "Reminder to {Conversation} may not have arrived; not retried", key);
                }
            }
        }
        return sent;
    }

    private string Message(Region region, Deadline deadline, DateTimeOffset now) =>
        $"⏰ Pengingat untuk {region.Name}: tenggat **{deadline.Title}** jatuh pada {ProgrammeCalendar.FormatDate(deadline.Date)} " +
        $"({RelativeTime.Until(deadline.Date, now)}). {calendar.UpdatedNote()}\n\n" +
        "Ketik \"cek status\" untuk memperbarui checklist, atau \"berhenti pengingat\" untuk berhenti menerima pengingat.";
}
