using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol.Auth;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Tests.Regions;

public sealed class OfficerDirectoryTests : IDisposable
{
    private readonly SqliteBotStore _store = new(Path.Combine(System.IO.Directory.CreateTempSubdirectory("officers-").FullName, "bot.db"));

    private OfficerDirectory Directory(string? appId, Dictionary<string, string?>? config = null) => new(
        _store, RegionData.Resolver, RegionData.Registry,
        new ConfigurationBuilder().AddInMemoryCollection(config ?? new Dictionary<string, string?>
        {
            ["Officers:0:AadObjectId"] = "AAD-1", ["Officers:0:Region"] = "kota bogor",
            ["Officers:1:Upn"] = "x@y.id", ["Officers:1:Region"] = "Negeri Antah Berantah",
            ["ProgrammeStaff:0:Upn"] = "Staf@Kominfo.go.id",
        }).Build(),
        Options.Create(new BotAuthOptions { MicrosoftAppId = appId }),
        Options.Create(new DevIdentityOptions()), NullLogger<OfficerDirectory>.Instance);

    private static UserIdentity Teams(string? aad, string? upn, bool verified) => new("msteams", "29:1", "Petugas", aad, "t", upn, verified);

    [Fact]
    public async Task Verified_identities_map_to_their_region_or_to_staff()
    {
        var directory = Directory("app-id");
        var officer = await directory.AccessOfAsync(Teams("aad-1", null, verified: true), default);
        Assert.Equal(AccessRole.Officer, officer.Role);
        Assert.Equal("Kota Bogor", officer.Region!.Name);
        Assert.True(officer.MayRecord(officer.Region));
        Assert.False(officer.MayRecord(RegionData.Registry.FindByName("Kabupaten Bogor")!));
        var staff = await directory.AccessOfAsync(Teams(null, "staf@kominfo.go.id", verified: true), default);
        Assert.Equal(AccessRole.ProgrammeStaff, staff.Role);
        Assert.True(staff.MayRecord(RegionData.Registry.FindByName("Kabupaten Garut")!));
        // An unknown region in configuration is skipped, not guessed.
        Assert.Equal(AccessRole.Public, (await directory.AccessOfAsync(Teams(null, "x@y.id", verified: true), default)).Role);
    }

    [Fact]
    public async Task Unverified_identities_are_public_when_auth_is_on_and_the_emulator_is_not_special()
    {
        var directory = Directory("app-id");
        Assert.Equal(AccessRole.Public, (await directory.AccessOfAsync(Teams("aad-1", null, verified: false), default)).Role);
        Assert.Equal(AccessRole.Public, (await directory.AccessOfAsync(new UserIdentity("emulator", "u", null, null, null, null, true), default)).Role);
        Assert.Equal(AccessRole.Public, (await directory.AccessOfAsync(new UserIdentity("webchat", "u", null, null, null, null, true), default)).Role);
    }

    [Fact]
    public async Task Staff_edit_the_table_and_their_edits_outlive_the_seed()
    {
        var directory = Directory("app-id");
        var bogor = RegionData.Registry.FindByName("Kabupaten Bogor")!;
        await directory.SetAsync("aad-1", AccessRole.Officer, bogor, "staf", default);
        var again = Directory("app-id"); // a restart seeds again: the edited row stays
        Assert.Equal("Kabupaten Bogor", (await again.AccessOfAsync(Teams("AAD-1", null, true), default)).Region!.Name);
        Assert.True(await again.RemoveAsync("AAD-1", "staf", default));
        Assert.Equal(2, (await _store.ReadStreamAsync<object>("officer-audit")).Count);

        // A removal sticks: the configuration that once seeded the officer does not bring them back at the next start.
        var afterRestart = Directory("app-id");
        Assert.Equal(AccessRole.Public, (await afterRestart.AccessOfAsync(Teams("AAD-1", null, true), default)).Role);
    }

    [Fact]
    public async Task With_allowed_tenants_configured_other_tenants_are_public()
    {
        var directory = Directory("app-id", new Dictionary<string, string?>
        {
            ["Officers:0:AadObjectId"] = "AAD-1", ["Officers:0:Region"] = "kota bogor", ["Teams:AllowedTenants:0"] = "t",
        });
        Assert.Equal(AccessRole.Officer, (await directory.AccessOfAsync(Teams("aad-1", null, verified: true), default)).Role);
        var otherTenant = Teams("aad-1", null, verified: true) with { TenantId = "someone-else" };
        Assert.Equal(AccessRole.Public, (await directory.AccessOfAsync(otherTenant, default)).Role);
    }

    [Fact]
    public async Task Identity_fields_written_by_the_client_prove_nothing_outside_Teams()
    {
        // On Direct Line/Web Chat the client writes "from", aadObjectId included, even with a valid channel token.
        var directory = Directory("app-id");
        var spoofed = new UserIdentity("webchat", "dl_1", "Warga", "aad-1", null, null, ChannelVerified: true);
        Assert.Equal(AccessRole.Public, (await directory.AccessOfAsync(spoofed, default)).Role);
        Assert.Equal(AccessRole.Officer, (await directory.AccessOfAsync(Teams("aad-1", null, verified: true), default)).Role);
    }

    public void Dispose() => _store.Dispose();
}
