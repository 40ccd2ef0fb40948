using Microsoft.Extensions.Time.Testing;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Timeline;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>The guided status check through the real /api/messages, with the test calendar and clock.</summary>
public sealed class StatusCheckTests : IAsyncLifetime
{
    // Teams shows the card alone ("Langkah 1 dari 3"); other channels also carry the text "(1/3)".
    private const string FirstStep = @"\(1/3\)|Langkah 1 dari 3";

    private readonly FakeTimeProvider _clock = new(TestCalendar.Start);
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await TestCalendar.StartBotAsync(_clock, settings: new Dictionary<string, string?>
    {
        ["Officers:0:AadObjectId"] = "aad-officer-bogor",
        ["Officers:0:Region"] = "Kota Bogor",
        ["Officers:1:Upn"] = "petugas@garutkab.go.id",
        ["Officers:1:Region"] = "kab garut",
        ["ProgrammeStaff:0:AadObjectId"] = "aad-staff",
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static Activity Teams(string text, string conversation, string user, string? aad = null, string? upn = null) =>
        Activities.Message(text, conversation, user, "msteams") with
        {
            From = new ChannelAccount
            {
                Id = user, Name = "Petugas", AadObjectId = aad, Role = "user",
                Properties = upn is null ? null : new Dictionary<string, System.Text.Json.JsonElement>
                {
                    ["userPrincipalName"] = System.Text.Json.JsonSerializer.SerializeToElement(upn),
                },
            },
        };

    private async Task<string> Say(string text, string conversation, string user = "staf-1", string channel = "emulator") =>
        Activities.Read(await _bot.AskAsync(text, conversation, user, channel));

    [Fact]
    public async Task A_full_status_check_records_every_answer_and_ends_with_what_remains()
    {
        const string c = "full";
        Assert.Contains("kabupaten/kota mana", await Say("cek status", c));

        var ambiguous = await _bot.AskAsync("bogor", c, "staf-1");
        Assert.Contains("Kota Bogor atau Kabupaten Bogor", Activities.Read(ambiguous));
        var choices = ambiguous.Last().SuggestedActions!.Actions!.Select(a => a.Title).ToList();
        Assert.Contains("Kota Bogor", choices);
        Assert.Contains("Kabupaten Bogor", choices);

        var summary = await Say("Kota Bogor", c);
        Assert.Contains("Status Kota Bogor", summary);
        Assert.Contains("2017", summary);
        Assert.Contains("Tahap saat ini", summary);
        Assert.Contains("Pengesahan dan quick win", summary);
        Assert.Contains("Masterplan", summary);
        Assert.Contains("Quick win", summary);
        Assert.Contains("Evaluasi", summary);
        Assert.Contains("Masterplan disahkan kepala daerah: 31 Maret 2030 (dalam 2 minggu)", summary);
        Assert.Contains("terakhir diperbarui 15 Januari 2030", summary);
        Assert.Contains("CONTOH", summary);
        Assert.Contains("(1/3)", summary);
        Assert.Contains("Apakah masterplan sudah disahkan kepala daerah?", summary);

        var first = await Say("sudah", c);
        Assert.Contains("Tercatat", first);
        Assert.Contains("(2/3)", first);

        // Questions in the middle are answered, then the checklist resumes at the same step.
        var deadline = await Say("kapan tenggatnya?", c);
        Assert.Contains("Bahan evaluasi dikirim: 15 Mei 2030", deadline);
        Assert.Contains("terakhir diperbarui", deadline);
        Assert.Contains("(2/3)", deadline);
        var next = await Say("langkah berikutnya apa?", c);
        Assert.Contains("Quick win sudah berjalan", next);
        Assert.DoesNotContain("Masterplan sudah disahkan kepala daerah —", next);
        // The second question in between in a row: a reminder of the pending question, not the question again.
        Assert.Contains("masih menunggu jawaban butir 2 dari 3", next);
        Assert.DoesNotContain("Kembali ke checklist", next);

        Assert.Contains("(3/3)", await Say("blm", c));
        var end = await Say("udah", c);
        Assert.Contains("selesai", end);
        Assert.Contains("Quick win sudah berjalan — tenggat 31 Maret 2030 (dalam 2 minggu)", end);
        Assert.DoesNotContain("Bahan evaluasi sudah siap —", end);

        var store = _bot.Services.GetRequiredService<IBotStore>();
        var status = await store.GetAsync<RegionStatus>(RegionStatusService.Kind, "32.71");
        Assert.NotNull(status);
        Assert.Equal("sudah", status!.Value.Answers["masterplan-disahkan"].Value);
        Assert.Equal("belum", status.Value.Answers["quick-win-berjalan"].Value);
        Assert.Equal("sudah", status.Value.Answers["bahan-evaluasi-siap"].Value);
        Assert.Equal(3, status.Version);
        var audit = await store.ReadStreamAsync<RegionStatusAudit>(RegionStatusService.AuditStream);
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal("emulator", a.Value.Channel));
        Assert.All(audit, a => Assert.Contains("staf-1", a.Value.By));
        Assert.All(audit, a => Assert.Null(a.Value.Old));
        Assert.Equal(TestCalendar.Start, audit[0].Value.At);

        // The summary now shows what was recorded, and the profile remembers the region.
        var again = await Say("cek status", "full-2");
        Assert.Contains("Status Kota Bogor", again);
        Assert.Contains("sudah disahkan kepala daerah: sudah", again);
        Assert.Contains("Tercatat sebelumnya: sudah", again);
        await Say("belum", "full-2");
        var changed = (await store.ReadStreamAsync<RegionStatusAudit>(RegionStatusService.AuditStream, 1)).Single().Value;
        Assert.Equal(("sudah", "belum"), (changed.Old, changed.New));
    }

    [Fact]
    public async Task Another_question_mid_checklist_is_answered_by_its_capability_then_the_checklist_resumes()
    {
        Assert.Contains("(1/3)", await Say("cek status kota bogor", "mid"));
        var answered = await Say("Kabupaten Ciamis ikut tahun berapa?", "mid");
        Assert.Contains("Kabupaten Ciamis tercatat sebagai peserta", answered);
        Assert.Contains("Kembali ke checklist", answered);
        Assert.Contains("(1/3)", answered);
        // A second question in between: the pending question was just shown again, so only a reminder of it.
        var unknown = await Say("siapa pencetak gol terbanyak piala dunia?", "mid");
        Assert.Contains("masih menunggu jawaban butir 1 dari 3", unknown);
        Assert.DoesNotContain("Kembali ke checklist", unknown);
        Assert.Contains("Tercatat", await Say("sudah", "mid"));
    }

    [Fact]
    public async Task An_answer_with_its_reason_is_recorded_and_a_question_after_an_answer_word_is_answered()
    {
        const string c = "reasons";
        Assert.Contains("(1/3)", await Say("cek status kota bogor", c));
        // Officers answer with a reason after the answer word (entities.json checklistLeads).
        var first = await Say("Sudah, perwalinya terbit bulan lalu.", c);
        Assert.Contains("— **sudah**", first);
        Assert.Contains("(2/3)", first);
        Assert.Contains("— **belum**", await Say("belum, masih kami susun bersama dinas", c));
        // "don't know" skips the item without recording anything.
        var skipped = await Say("kurang tahu, nanti saya tanyakan ke bappeda", c);
        Assert.DoesNotContain("Tercatat: ", skipped);
        Assert.Contains("selesai", skipped);

        var store = _bot.Services.GetRequiredService<IBotStore>();
        var status = (await store.GetAsync<RegionStatus>(RegionStatusService.Kind, "32.71"))!.Value;
        Assert.Equal("sudah", status.Answers["masterplan-disahkan"].Value);
        Assert.Equal("belum", status.Answers["quick-win-berjalan"].Value);
        Assert.False(status.Answers.ContainsKey("bahan-evaluasi-siap"));

        // An answer word, then a question (EntityRecognizer.AnswerThenQuestion): the answer is recorded, the question
        // answered, and the checklist goes on at the next item.
        Assert.Contains("(1/3)", await Say("cek status kota bogor", c + "-2"));
        var asked = await Say("belum, kapan tenggatnya?", c + "-2");
        Assert.Contains("— **belum**", asked);
        Assert.Contains("Tenggat", asked);
        Assert.Contains("(2/3)", asked);
    }

    [Fact]
    public async Task Batal_ulang_and_bantuan_work_at_any_step()
    {
        Assert.Contains("(1/3)", await Say("cek status kabupaten garut", "ctl"));
        Assert.Contains("Sudah", await Say("bantuan", "ctl"));
        Assert.Contains("(1/3)", await Say("bantuan", "ctl"));
        await Say("sudah", "ctl");
        var restarted = await Say("ulang", "ctl");
        Assert.Contains("Status Kabupaten Garut", restarted);
        Assert.Contains("(1/3)", restarted);
        Assert.Contains("dihentikan", await Say("batal", "ctl"));
        // After cancelling, an answer word is no longer taken as a checklist answer.
        Assert.DoesNotContain("Tercatat", await Say("sudah", "ctl"));

        Assert.Contains("kabupaten/kota mana", await Say("cek status", "ctl-2", user: "baru"));
        Assert.Contains("dihentikan", await Say("batal", "ctl-2", user: "baru"));
    }

    [Fact]
    public async Task The_conversation_resumes_where_it_was_after_a_restart()
    {
        var dataDirectory = _bot.DataDirectory;
        Assert.Contains("(1/3)", await Say("cek status kota bogor", "restart"));
        Assert.Contains("(2/3)", await Say("sudah", "restart"));
        await _bot.DisposeAsync();

        _bot = await TestCalendar.StartBotAsync(_clock, dataDirectory);
        var resumed = await Say("belum", "restart");
        Assert.Contains("Tercatat", resumed);
        Assert.Contains("(3/3)", resumed);
        var status = await _bot.Services.GetRequiredService<IBotStore>().GetAsync<RegionStatus>(RegionStatusService.Kind, "32.71");
        Assert.Equal(2, status!.Value.Answers.Count);
    }

    [Fact]
    public async Task A_citizen_sees_public_status_and_is_refused_in_Indonesian_when_recording()
    {
        var view = await Say("cek status kota bogor", "citizen", "warga", "webchat");
        Assert.Contains("Status Kota Bogor", view);
        Assert.Contains("status publik", view);
        Assert.DoesNotContain("(1/3)", view);
        var refused = await Say("sudah", "citizen", "warga", "webchat");
        Assert.Contains("Maaf, Anda tidak berwenang mencatat kemajuan untuk Kota Bogor", refused);
        Assert.Null(await _bot.Services.GetRequiredService<IBotStore>().GetAsync<RegionStatus>(RegionStatusService.Kind, "32.71"));
    }

    [Fact]
    public async Task Officers_record_for_their_own_region_only_and_staff_for_any()
    {
        var own = Activities.Read(await _bot.AskAsync(Teams("cek status", "t-own", "u-bogor", aad: "aad-officer-bogor")));
        Assert.Contains("Status Kota Bogor", own); // the officers table says which region
        Assert.Matches(FirstStep, own);
        Assert.Contains("Tercatat", Activities.Read(await _bot.AskAsync(Teams("sudah", "t-own", "u-bogor", aad: "aad-officer-bogor"))));

        var other = Activities.Read(await _bot.AskAsync(Teams("cek status kabupaten garut", "t-other", "u-bogor", aad: "aad-officer-bogor")));
        Assert.Contains("status publik", other);
        Assert.Contains("tidak berwenang", Activities.Read(await _bot.AskAsync(Teams("perbarui checklist", "t-other", "u-bogor", aad: "aad-officer-bogor"))));

        var staff = Activities.Read(await _bot.AskAsync(Teams("cek status kabupaten garut", "t-staff", "u-staff", aad: "aad-staff")));
        Assert.Matches(FirstStep, staff);
        var byUpn = Activities.Read(await _bot.AskAsync(Teams("cek status", "t-upn", "u-garut", upn: "Petugas@GarutKab.go.id")));
        Assert.Contains("Status Kabupaten Garut", byUpn);
        Assert.Matches(FirstStep, byUpn);
        var stranger = Activities.Read(await _bot.AskAsync(Teams("cek status kabupaten garut", "t-x", "u-x", aad: "aad-unknown")));
        Assert.Contains("status publik", stranger);
    }

    [Fact]
    public async Task Two_concurrent_updates_to_one_region_one_wins_the_other_is_told()
    {
        Assert.Contains("(1/3)", await Say("cek status kota bogor", "a", "staf-a"));
        Assert.Contains("(1/3)", await Say("cek status kota bogor", "b", "staf-b"));
        var results = await Task.WhenAll(Say("sudah", "a", "staf-a"), Say("belum", "b", "staf-b"));
        Assert.Single(results, r => r.Contains("Tercatat: \""));
        var loser = Assert.Single(results, r => r.Contains("belum disimpan"));
        Assert.Contains("diubah oleh pengguna lain", loser);
        Assert.Contains("(1/3)", loser);
        var loserConversation = results[0] == loser ? ("a", "staf-a") : ("b", "staf-b");

        // Told, the loser answers again and is recorded on top of the winner's change.
        Assert.Contains("Tercatat", await Say("belum", loserConversation.Item1, loserConversation.Item2));
        var audit = await _bot.Services.GetRequiredService<IBotStore>().ReadStreamAsync<RegionStatusAudit>(RegionStatusService.AuditStream);
        Assert.Equal(2, audit.Count);
        Assert.NotNull(audit[0].Value.Old);
    }

    [Fact]
    public async Task In_development_mode_the_emulator_identity_is_configurable()
    {
        await _bot.DisposeAsync();
        _bot = await TestCalendar.StartBotAsync(_clock, settings: new Dictionary<string, string?> { ["DevIdentity:Role"] = "Public" });
        await Say("cek status kota bogor", "dev");
        Assert.Contains("tidak berwenang", await Say("sudah", "dev"));

        await _bot.DisposeAsync();
        _bot = await TestCalendar.StartBotAsync(_clock, settings: new Dictionary<string, string?> { ["DevIdentity:Role"] = "Officer", ["DevIdentity:Region"] = "Kota Kediri" });
        var mine = await Say("cek status", "dev-2");
        Assert.Contains("Status Kota Kediri", mine);
        Assert.Contains("(1/3)", mine);
    }
}
