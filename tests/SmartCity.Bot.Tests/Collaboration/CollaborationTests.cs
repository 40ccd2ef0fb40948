using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SmartCity.Bot.Collaboration;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>
/// Collaboration requests end to end: a web chat user over the bot's Direct Line, officers in Teams over
/// /api/messages, their proactive notifications on a loopback Bot Connector, and the store across a restart.
/// </summary>
public sealed class CollaborationTests : IAsyncLifetime
{
    private const string BogorOfficer = "aad-officer-bogor", GarutOfficer = "aad-officer-garut";
    private TestConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await TestConnector.StartNewAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Officers:0:AadObjectId"] = BogorOfficer, ["Officers:0:Region"] = "Kota Bogor",
            ["Officers:1:AadObjectId"] = GarutOfficer, ["Officers:1:Region"] = "Kabupaten Garut",
            ["ProgrammeStaff:0:AadObjectId"] = "aad-staff",
            ["Collaboration:CheckInterval"] = "01:00:00",
        };
        foreach (var (k, v) in extra) settings[k] = v;
        return settings;
    }

    private Activity Teams(string aad, string text = "", object? value = null) =>
        Activities.Message(text, "a:personal-" + aad, "29:" + aad, "msteams", _connector.ServiceUrl) with
        {
            From = new ChannelAccount { Id = "29:" + aad, Name = "Petugas " + aad, AadObjectId = aad, Role = "user" },
            Conversation = new ConversationAccount { Id = "a:personal-" + aad, ConversationType = "personal", TenantId = "tenant-1" },
            Value = value is null ? null : JsonSerializer.SerializeToElement(value),
        };

    /// <summary>A normal Teams turn (replies through the connector), which is what lets the bot message that chat later.</summary>
    private async Task SayInTeamsAsync(BotServer bot, string aad, string text)
    {
        var response = await bot.PostAsync(Teams(aad, text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Code(BotServer bot, string name) => bot.Services.GetRequiredService<RegionRegistry>().FindByName(name)!.Code;

    private IReadOnlyList<string> TeamsTexts(string aad) => _connector.Texts("a:personal-" + aad);

    [Fact]
    public async Task A_web_chat_request_reaches_the_officer_who_lists_replies_and_closes_it_and_the_requester_is_told()
    {
        await using var bot = await BotServer.StartAsync(Settings());
        // The officers have talked to the bot in Teams before: their personal chats are known.
        await SayInTeamsAsync(bot, BogorOfficer, "halo");
        await SayInTeamsAsync(bot, GarutOfficer, "halo");

        var web = await WebChat.OpenAsync(bot);
        var form = await web.SendAsync(new { type = "message", from = new { id = "x" }, value = new { intent = IntentNames.Collaboration, collab = "start", region = Code(bot, "Kota Bogor") } });
        Assert.Contains("Ajukan kolaborasi dengan Kota Bogor", form);
        Assert.Contains("Input.Text", form);

        // Invalid contact: a clear error and the form again, nothing stored.
        var invalid = await web.SendAsync(FormValue("nomor saya rahasia"));
        Assert.Contains("Kontak harus alamat e-mail yang valid", invalid);

        var summary = await web.SendAsync(FormValue("0812-3456-7890"));
        Assert.Contains("Ringkasan permintaan kolaborasi", summary);
        Assert.Contains("+6281234567890", summary);
        Assert.Contains("Ya, kirim", summary);
        Assert.Empty(await bot.Services.GetRequiredService<RequestStore>().ListAsync(default));

        var sent = await web.SendAsync(new { type = "message", from = new { id = "x" }, value = new { intent = IntentNames.Collaboration, collab = "consent" } });
        var number = RequestStatusAnswer.NumberIn(sent);
        Assert.NotNull(number);
        Assert.Contains("tersimpan dengan nomor " + number, sent);
        // Durable before it was said: the request is in the store with its audit record.
        var stored = await bot.Services.GetRequiredService<RequestStore>().GetAsync(number!, default);
        Assert.Equal("Budi **tebal** <b>Santoso</b>", stored!.Value.Name);

        // The Bogor officer's Teams chat is notified proactively; the requester's markup arrives as plain TextRuns.
        Assert.True(await _connector.WaitUntilAsync(() => TeamsTexts(BogorOfficer).Any(t => t.Contains(number!))));
        var notice = _connector.Calls.Last(c => c.Path.Contains("personal-" + BogorOfficer));
        Assert.Contains("\"type\":\"TextRun\",\"text\":\"Budi **tebal** <b>Santoso</b>\"", notice.Body.Replace("\\u003C", "<").Replace("\\u003E", ">"));
        Assert.DoesNotContain(TeamsTexts(GarutOfficer), t => t.Contains(number!));

        // Listing: the Bogor officer sees it; the Garut officer cannot close it.
        var list = Activities.Read(await bot.AskAsync(Teams(BogorOfficer, value: new { intent = "CollaborationOfficer", collab = "list" })));
        Assert.Contains("Permintaan kolaborasi terbuka — Kota Bogor", list);
        Assert.Contains(number!, list);
        var garutList = Activities.Read(await bot.AskAsync(Teams(GarutOfficer, value: new { intent = "CollaborationOfficer", collab = "list" })));
        Assert.DoesNotContain(number!, garutList);
        var refused = Activities.Read(await bot.AskAsync(Teams(GarutOfficer, value: new { intent = "CollaborationOfficer", collab = "close", number })));
        Assert.Contains("ditujukan kepada daerah lain", refused);
        Assert.DoesNotContain("Budi", refused);
        var publicUser = await web.SendAsync(new { type = "message", from = new { id = "x" }, value = new { intent = "CollaborationOfficer", collab = "list" } });
        Assert.Contains(OfficerDesk.NotAllowed, publicUser);
        Assert.DoesNotContain(number!, publicUser);

        // A reply and closing: both reach the requester's web chat.
        var replied = Activities.Read(await bot.AskAsync(Teams(BogorOfficer, value: new Dictionary<string, string> { ["intent"] = "CollaborationOfficer", ["collab"] = "reply", ["number"] = number!, [CollaborationCards.ReplyInputId(number!)] = "Terima kasih, kami hubungi pekan ini." })));
        Assert.Contains("Peminta sudah menerimanya", replied);
        var closed = Activities.Read(await bot.AskAsync(Teams(BogorOfficer, value: new { intent = "CollaborationOfficer", collab = "close", number })));
        Assert.Contains("ditandai selesai", closed);
        Assert.Contains("Peminta sudah diberi tahu", closed);
        var transcript = await web.TranscriptAsync();
        Assert.Contains("Terima kasih, kami hubungi pekan ini.", transcript);
        Assert.Contains($"permintaan kolaborasi {number} Anda sudah ditindaklanjuti", transcript);

        // "status permintaan" for the requester, with the reply.
        var status = await web.SendAsync(new { type = "message", from = new { id = "x" }, text = "status permintaan " + number!.ToLowerInvariant() });
        Assert.Contains("sudah ditindaklanjuti", status);
        Assert.Contains("kami hubungi pekan ini", status);

        var audit = (await bot.Services.GetRequiredService<RequestStore>().AuditAsync(50, default)).Select(a => a.Value).Where(a => a.Number == number).ToList();
        Assert.Equal(["handled", "replied", "notified", "created"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.DoesNotContain("Budi", JsonSerializer.Serialize(a)));
    }

    private static object FormValue(string contact) => new { type = "message", from = new { id = "x" }, value = FormData(contact) };

    private static object FormData(string contact) =>
        new { intent = IntentNames.Collaboration, collab = "form", name = "Budi **tebal** <b>Santoso</b>", organisation = "PT Contoh Digital", contact, topic = "Smart Living", message = "Kami ingin menawarkan sensor kualitas udara." };

    [Fact]
    public async Task A_request_saved_before_a_restart_is_notified_after_it()
    {
        var data = Directory.CreateTempSubdirectory("smartcity-collab-").FullName;
        string number;
        await using (var first = await BotServer.StartAsync(Settings(("Collaboration:NotifierEnabled", "false")), data))
        {
            await SayInTeamsAsync(first, BogorOfficer, "halo");
            await first.AskAsync(Activities.Message("", "req-1", "warga-1") with { Value = JsonSerializer.SerializeToElement(new { intent = IntentNames.Collaboration, collab = "start", region = Code(first, "Kota Bogor") }) });
            await first.AskAsync(Activities.Message("", "req-1", "warga-1") with { Value = JsonSerializer.SerializeToElement(FormData("budi@contoh.id")) });
            number = RequestStatusAnswer.NumberIn(Activities.Read(await first.AskAsync(Activities.Message("", "req-1", "warga-1") with
            {
                Value = JsonSerializer.SerializeToElement(new { intent = IntentNames.Collaboration, collab = "consent" }),
            })))!;
            Assert.NotNull(number);
            Assert.DoesNotContain(TeamsTexts(BogorOfficer), t => t.Contains(number));
        }

        await using var second = await BotServer.StartAsync(Settings(), data);
        Assert.True(await _connector.WaitUntilAsync(() => TeamsTexts(BogorOfficer).Any(t => t.Contains(number))));
        var status = Activities.Read(await second.AskAsync("status permintaan " + number, "req-1", "warga-1"));
        Assert.Contains("sudah diteruskan kepada petugas", status);
    }

    [Fact]
    public async Task A_name_typed_while_the_form_card_is_open_goes_on_one_question_at_a_time_and_a_question_leaves_the_form()
    {
        await using var bot = await BotServer.StartAsync(Settings());
        async Task<string> Say(string text, object? value = null) => Activities.Read(await bot.AskAsync(
            Activities.Message(text, "wc-typed", "warga-wc", "webchat") with { Value = value is null ? null : JsonSerializer.SerializeToElement(value) }));

        Assert.Contains("Formulir kolaborasi", await Say("", new { intent = IntentNames.Collaboration, collab = "start", region = Code(bot, "Kabupaten Garut") }));
        // A question in between is answered and the card stays open; a name typed into the chat is the form's first field.
        Assert.DoesNotContain("organisasi, instansi", await Say("apa itu quick win?"));
        Assert.Contains("organisasi, instansi", await Say("Sari Wulandari"));
        Assert.Contains("e-mail atau nomor telepon", await Say("Komunitas Data Garut"));
        var draft = await bot.Services.GetRequiredService<RequestStore>().ListAsync(default);
        Assert.Empty(draft); // nothing is stored before the summary is confirmed
    }

    [Fact]
    public async Task Without_cards_the_form_is_asked_step_by_step_and_limits_hold()
    {
        await using var bot = await BotServer.StartAsync(Settings(("Collaboration:MaxPerContactPerDay", "1")));
        async Task<string> Say(string text, string conversation = "sms-1", object? value = null) => Activities.Read(await bot.AskAsync(
            Activities.Message(text, conversation, "warga-sms", "sms") with { Value = value is null ? null : JsonSerializer.SerializeToElement(value) }));

        Assert.Contains("Siapa nama Anda", await Say("", value: new { intent = IntentNames.Collaboration, collab = "start", region = Code(bot, "Kabupaten Garut") }));
        Assert.Contains("Nama wajib diisi", await Say(new string('x', 101)));
        Assert.Contains("organisasi", await Say("Sari"));
        Assert.Contains("e-mail atau nomor telepon", await Say("Komunitas Data Garut"));
        Assert.Contains("Kontak harus", await Say("sari at contoh"));
        Assert.Contains("pilar", await Say("sari@contoh.id"));
        Assert.Contains("Pilih topik", await Say("transportasi"));
        Assert.Contains("Tulis pesan", await Say("environment"));
        var summary = await Say("Pelatihan literasi data untuk desa.");
        Assert.Contains("Smart Environment", summary);
        Assert.Contains("Balas \"Ya, kirim\"", summary);
        Assert.Contains("tersimpan dengan nomor KOL-", await Say("ya, kirim"));

        // The same contact again from another conversation: over the per-contact limit, nothing stored.
        await Say("", "sms-2", new { intent = IntentNames.Collaboration, collab = "start", region = Code(bot, "Kabupaten Garut") });
        foreach (var answer in new[] { "Sari", "Komunitas Data Garut", "SARI@contoh.id", "Smart Society", "Lagi." }) await Say(answer, "sms-2");
        Assert.Contains("batas permintaan kolaborasi per hari", await Say("iya sudah", "sms-2"));
        Assert.Single(await bot.Services.GetRequiredService<RequestStore>().ListAsync(default));
    }
}

/// <summary>A web chat user on the bot's own Direct Line: token, conversation, posts and the transcript.</summary>
internal sealed class WebChat(BotServer bot, string conversationId, string token)
{
    private string? _watermark;

    public static async Task<WebChat> OpenAsync(BotServer bot)
    {
        var tokenJson = JsonDocument.Parse(await (await bot.Http.PostAsync("/api/webchat/token", null)).Content.ReadAsStringAsync()).RootElement;
        var chat = new WebChat(bot, tokenJson.GetProperty("conversationId").GetString()!, tokenJson.GetProperty("token").GetString()!);
        using var start = chat.Request(HttpMethod.Post, "/v3/directline/conversations", "{}");
        Assert.Equal(HttpStatusCode.Created, (await bot.Http.SendAsync(start)).StatusCode);
        return chat;
    }

    /// <summary>Posts an activity and returns what the bot answered since the last call.</summary>
    public async Task<string> SendAsync(object activity)
    {
        using var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", JsonSerializer.Serialize(activity));
        var response = await bot.Http.SendAsync(post);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await NewFromBotAsync();
    }

    public async Task<string> TranscriptAsync()
    {
        _watermark = null;
        return await NewFromBotAsync();
    }

    private async Task<string> NewFromBotAsync()
    {
        using var get = Request(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={_watermark}", null);
        var set = JsonDocument.Parse(await (await bot.Http.SendAsync(get)).Content.ReadAsStringAsync()).RootElement;
        _watermark = set.GetProperty("watermark").GetString();
        var activities = set.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("from").GetProperty("id").GetString() == DirectLine.BotId)
            .Select(a => ProtocolJson.Deserialize<Activity>(a.GetRawText())!);
        return Activities.Read(activities);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string? body)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return request;
    }

    private static class DirectLine
    {
        public static readonly string BotId = SmartCity.Bot.Protocol.DirectLine.DirectLineEndpoints.BotAccount.Id!;
    }
}
