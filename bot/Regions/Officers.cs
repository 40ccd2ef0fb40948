using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol.Auth;
using SmartCity.Bot.Storage;
using Microsoft.Extensions.Options;

namespace SmartCity.Bot.Regions;

public enum AccessRole { Public, Officer, ProgrammeStaff }

/// <summary>One row of the officers table: who (Entra object id or UPN) may record progress, and for which region.</summary>
public sealed record OfficerEntry(AccessRole Role, string? RegionCode, string AddedBy, DateTimeOffset AddedAt);

/// <summary>What a user may do: read public status (everyone), record progress for one region (officer) or any (staff).</summary>
public sealed record Access(AccessRole Role, Region? Region, string Who, string Description)
{
    public bool MayRecord(Region region) => Role == AccessRole.ProgrammeStaff || (Role == AccessRole.Officer && Region?.Code == region.Code);
}

public sealed class DevIdentityOptions
{
    /// <summary>Who the Emulator user is in development mode: ProgrammeStaff (default), Officer or Public.</summary>
    public AccessRole Role { get; set; } = AccessRole.ProgrammeStaff;

    /// <summary>The region of a development-mode officer (a name, e.g. "Kota Bogor").</summary>
    public string? Region { get; set; }
}

/// <summary>
/// The officers table staff maintain (store kind "officer", keys "aad:{objectId}" or "upn:{upn}"), seeded from
/// configuration (Officers:N:AadObjectId|Upn + Region, ProgrammeStaff:N:AadObjectId|Upn). Identities are trusted only
/// when the channel vouched for them, or in development mode.
/// </summary>
public sealed class OfficerDirectory(
    IBotStore store,
    RegionResolver resolver,
    RegionRegistry registry,
    IConfiguration configuration,
    IOptions<BotAuthOptions> auth,
    IOptions<DevIdentityOptions> devIdentity,
    ILogger<OfficerDirectory> logger)
{
    public const string Kind = "officer";
    public const string SeedKind = "officer-seed";
    private readonly object _seedGate = new();
    private Task? _seeding;

    public static string AadKey(string objectId) => "aad:" + objectId.Trim().ToLowerInvariant();
    public static string UpnKey(string upn) => "upn:" + upn.Trim().ToLowerInvariant();

    public async Task<Access> AccessOfAsync(UserIdentity user, CancellationToken ct)
    {
        await SeedAsync(ct);
        var developmentMode = auth.Value.AuthDisabled;
        var who = user.Name is { Length: > 0 } name ? $"{name} ({user.ChannelId}:{user.Id})" : $"{user.ChannelId}:{user.Id}";
        if (!user.ChannelVerified && !developmentMode) return new Access(AccessRole.Public, null, who, "pengguna umum");
        // from.aadObjectId/userPrincipalName are written by Teams itself; on Direct Line/Web Chat the client writes
        // "from", so there they prove nothing even with a valid channel token.
        if (!developmentMode && user.ChannelId != "msteams") return new Access(AccessRole.Public, null, who, "pengguna umum");
        // An officer table entry counts only inside the programme's own Entra tenants, when staff configured them.
        var tenants = configuration.GetSection("Teams:AllowedTenants").Get<string[]>() ?? [];
        if (tenants.Length > 0 && !tenants.Contains(user.TenantId, StringComparer.OrdinalIgnoreCase))
            return new Access(AccessRole.Public, null, who, "pengguna umum");

        foreach (var key in KeysOf(user))
        {
            var entry = await store.GetAsync<OfficerEntry>(Kind, key, ct);
            if (entry is null) continue;
            var region = entry.Value.RegionCode is { } code ? registry.ByCode.GetValueOrDefault(code) : null;
            return entry.Value.Role == AccessRole.ProgrammeStaff
                ? new Access(AccessRole.ProgrammeStaff, null, who, "staf program")
                : new Access(AccessRole.Officer, region, who, $"petugas {region?.Name ?? "daerah"}");
        }

        // In development mode the Emulator user acts as the configured identity, so a newcomer can try the full flow.
        if (developmentMode && user.ChannelId == "emulator")
        {
            var dev = devIdentity.Value;
            var region = Resolve(dev.Region);
            return dev.Role switch
            {
                AccessRole.ProgrammeStaff => new Access(AccessRole.ProgrammeStaff, region, who, "staf program (identitas pengembangan)"),
                AccessRole.Officer when region is not null => new Access(AccessRole.Officer, region, who, $"petugas {region.Name} (identitas pengembangan)"),
                _ => new Access(AccessRole.Public, null, who, "pengguna umum (identitas pengembangan)"),
            };
        }
        return new Access(AccessRole.Public, null, who, "pengguna umum");
    }

    public static IEnumerable<string> KeysOf(UserIdentity user)
    {
        if (user.AadObjectId is { Length: > 0 } aad) yield return AadKey(aad);
        if (user.UserPrincipalName is { Length: > 0 } upn) yield return UpnKey(upn);
    }

    public async Task<string> SetAsync(string identity, AccessRole role, Region? region, string addedBy, CancellationToken ct)
    {
        var key = identity.Contains('@') ? UpnKey(identity) : AadKey(identity);
        var entry = new OfficerEntry(role, region?.Code, addedBy, DateTimeOffset.UtcNow);
        var existing = await store.GetAsync<OfficerEntry>(Kind, key, ct);
        await store.PutAsync(Kind, key, entry, existing?.Version,
            [new StreamRecord("officer-audit", new { key, old = existing?.Value, @new = entry, by = addedBy, at = DateTimeOffset.UtcNow })], ct);
        return key;
    }

    public async Task<bool> RemoveAsync(string identity, string removedBy, CancellationToken ct)
    {
        var key = identity.Contains('@') ? UpnKey(identity) : AadKey(identity);
        var removed = await store.DeleteAsync(Kind, key, cancellationToken: ct);
        if (removed) await store.AppendAsync(new StreamRecord("officer-audit", new { key, removed = true, by = removedBy, at = DateTimeOffset.UtcNow }), ct);
        return removed;
    }

    public Task<IReadOnlyList<(string Key, Versioned<OfficerEntry> Item)>> ListAsync(CancellationToken ct) => store.ListAsync<OfficerEntry>(Kind, "", 10_000, ct);

    /// <summary>
    /// Adds configured officers and staff once (the table wins after that): each seeded key is marked, so an entry
    /// staff removed is not brought back by the configuration at the next start. Runs once per process; callers
    /// during seeding wait for it.
    /// </summary>
    public Task SeedAsync(CancellationToken ct)
    {
        lock (_seedGate) return _seeding ??= SeedOnceAsync(CancellationToken.None);
    }

    private async Task SeedOnceAsync(CancellationToken ct)
    {
        foreach (var (section, role) in new[] { ("Officers", AccessRole.Officer), ("ProgrammeStaff", AccessRole.ProgrammeStaff) })
        {
            foreach (var child in configuration.GetSection(section).GetChildren())
            {
                var region = role == AccessRole.Officer ? Resolve(child["Region"]) : null;
                if (role == AccessRole.Officer && region is null)
                {
                    logger.LogWarning("{Section}:{Index}: region '{Region}' not found; entry skipped", section, child.Key, child["Region"]);
                    continue;
                }
                var entry = new OfficerEntry(role, region?.Code, "konfigurasi", DateTimeOffset.UtcNow);
                foreach (var key in new[] { child["AadObjectId"] is { Length: > 0 } a ? AadKey(a) : null, child["Upn"] is { Length: > 0 } u ? UpnKey(u) : null })
                {
                    if (key is null || await store.GetAsync<DateTimeOffset>(SeedKind, key, ct) is not null) continue;
                    try { await store.PutAsync(Kind, key, entry, expectedVersion: null, cancellationToken: ct); }
                    catch (ConcurrencyConflictException) { /* already in the table: staff edits win */ }
                    try { await store.PutAsync(SeedKind, key, DateTimeOffset.UtcNow, expectedVersion: null, cancellationToken: ct); }
                    catch (ConcurrencyConflictException) { /* another instance seeded it at the same time */ }
                }
            }
        }
    }

    private Region? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (registry.FindByName(name) is { } exact) return exact;
        var query = resolver.Resolve(name);
        return query.Mentions is [{ Candidates: [var only] }] ? only : null;
    }
}
