using SmartCity.Bot.Storage;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Regions;

/// <summary>One recorded checklist answer: "sudah" or "belum", by whom, when, through which channel.</summary>
public sealed record ChecklistAnswer(string Value, string By, DateTimeOffset At, string Channel);

/// <summary>A region's recorded progress in the current cycle (store kind "region-status", key = region code).</summary>
public sealed record RegionStatus(string RegionCode, string? StageId, Dictionary<string, ChecklistAnswer> Answers)
{
    public static RegionStatus Empty(string code) => new(code, null, new Dictionary<string, ChecklistAnswer>(StringComparer.Ordinal));
}

/// <summary>The audit entry of one change (stream "region-status-audit"), written in the same transaction.</summary>
public sealed record RegionStatusAudit(string RegionCode, string RegionName, string Field, string? Old, string New, string By, string Channel, DateTimeOffset At);

/// <summary>Reads and records region status with optimistic concurrency; every change is audited atomically.</summary>
public sealed class RegionStatusService(IBotStore store, ProgrammeCalendar calendar, TimeProvider clock)
{
    public const string Kind = "region-status";
    public const string AuditStream = "region-status-audit";

    public async Task<(RegionStatus Status, long? Version)> GetAsync(Region region, CancellationToken ct)
    {
        var stored = await store.GetAsync<RegionStatus>(Kind, region.Code, ct);
        return stored is null ? (RegionStatus.Empty(region.Code), null) : (stored.Value, stored.Version);
    }

    /// <summary>The region's stage: as recorded, else the calendar's stage for today.</summary>
    public Stage StageOf(RegionStatus status) =>
        calendar.FindStage(status.StageId) ?? calendar.StageOn(ProgrammeCalendar.Today(clock.GetUtcNow()));

    /// <summary>
    /// Records one answer at the version the caller read. Throws <see cref="ConcurrencyConflictException"/> when
    /// someone else changed the status since; nothing is written then. With <paramref name="writerId"/> (the turn's
    /// <c>WriterId</c>) a newer version written by this same conversation — its state save lost in a crash — is not
    /// "someone else": the answer is recorded on top of it.
    /// </summary>
    public async Task<(RegionStatus Status, long Version)> RecordAsync(Region region, RegionStatus current, long? version,
        ChecklistItem item, string value, string by, string channel, CancellationToken ct, string? writerId = null)
    {
        // A blank answer would show as recorded yet say nothing: the store never keeps one.
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        try
        {
            return await WriteAsync(region, current, version, item, value, by, channel, writerId, ct);
        }
        catch (ConcurrencyConflictException) when (writerId is not null)
        {
            var latest = await store.GetAsync<RegionStatus>(Kind, region.Code, ct);
            if (latest is null || latest.WriterId != writerId) throw;
            return await WriteAsync(region, latest.Value, latest.Version, item, value, by, channel, writerId, ct);
        }
    }

    private async Task<(RegionStatus Status, long Version)> WriteAsync(Region region, RegionStatus current, long? version,
        ChecklistItem item, string value, string by, string channel, string? writerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var answers = new Dictionary<string, ChecklistAnswer>(current.Answers, StringComparer.Ordinal)
        {
            [item.Id] = new ChecklistAnswer(value, by, now, channel),
        };
        var updated = current with { Answers = answers };
        var audit = new RegionStatusAudit(region.Code, region.Name, item.Id, current.Answers.GetValueOrDefault(item.Id)?.Value, value, by, channel, now);
        var newVersion = await store.PutAsync(Kind, region.Code, updated, version, [new StreamRecord(AuditStream, audit)], ct, writerId);
        return (updated, newVersion);
    }
}
