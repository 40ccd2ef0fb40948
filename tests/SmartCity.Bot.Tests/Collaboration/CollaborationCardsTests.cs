using System.Text.Json.Nodes;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Collaboration;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>The request form, summary, officers' notice and list validate with Microsoft's adaptivecards parser (1.5).</summary>
public sealed class CollaborationCardsTests : IAsyncLifetime
{
    private BotServer _bot = null!;
    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();
    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static readonly string[] Pillars = ["Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society", "Smart Environment"];

    private static CollaborationRequest Request(string number) => new(number, "3271", "Budi **tebal** <script>x</script>", "PT [tautan](http://x)",
        "+6281234567890", "Smart Living", "Baris satu\n\n- bukan daftar\n# bukan judul", DateTimeOffset.UtcNow, RequestStatus.Open,
        new ConversationReference(), true, "webchat:u", Replies: [new RequestReply("petugas", "Terima kasih _sudah_ menghubungi.", DateTimeOffset.UtcNow)]);

    [Fact]
    public async Task Every_collaboration_card_validates_in_every_channel()
    {
        Prerequisites.RequireFile(Path.Combine(Prerequisites.E2eDirectory, "node_modules", "adaptivecards", "dist", "adaptivecards.js"), "npm ci --prefix tests/e2e");
        var cards = _bot.Services.GetRequiredService<CollaborationCards>();
        var renderer = _bot.Services.GetRequiredService<ICardRenderer>();
        var draft = new RequestDraft("consent", false, "3271", "Budi", "PT Contoh", "budi@contoh.id", "Smart Living", "Pesan.");
        var all = new JsonArray();
        foreach (var channel in new[] { "msteams", "directline", "emulator" })
        {
            Add(all, $"form/{channel}", cards.Form("Kota Bogor", Pillars, new RequestDraft("form", false, "3271"), [], channel));
            Add(all, $"form-errors/{channel}", cards.Form("Kota Bogor", Pillars, draft, ["Nama wajib diisi.", "Kontak harus valid."], channel));
            Add(all, $"summary/{channel}", cards.Summary("Kota Bogor", draft, channel));
            Add(all, $"notice/{channel}", cards.Notification(Request("KOL-ABCDEF"), "Kota Bogor", channel));
            Add(all, $"list/{channel}", cards.OpenList("Permintaan terbuka", [(Request("KOL-ABCDEF"), "Kota Bogor"), (Request("KOL-GHJKLM"), "Kota Bogor")], 12, channel));
            Add(all, $"list-empty/{channel}", cards.OpenList("Permintaan terbuka", [], 0, channel));
            Add(all, $"facts-buttons/{channel}", renderer.Render(new FactsCard("Status Kota Bogor", null, [("Provinsi", "Jawa Barat")], null, "uji",
                ["Ingatkan saya", "Langkah berikutnya apa?", "Kapan tenggatnya?", "batal"],
                [new CardButton("Lihat inovasi", new Dictionary<string, string> { ["showcase"] = "3271" }),
                 new CardButton("Ajukan kolaborasi", new Dictionary<string, string> { ["collab"] = "start", ["region"] = "3271" })]), channel));
        }
        var file = Path.Combine(_bot.DataDirectory, "collab-cards.json");
        await File.WriteAllTextAsync(file, all.ToJsonString());
        var (exitCode, output) = await Prerequisites.RunNodeAsync("validate-cards.mjs", file);
        Assert.True(exitCode == 0, output);
        Assert.Equal(all.Count, output.Split('\n').Count(l => l.Contains("\"problems\":[]")));
    }

    [Fact]
    public void Requester_text_is_never_in_a_markdown_text_block_of_an_officers_card()
    {
        var notice = _bot.Services.GetRequiredService<CollaborationCards>().Notification(Request("KOL-ABCDEF"), "Kota Bogor", "directline");
        Assert.Equal("plain", notice.TextFormat);
        var card = JsonNode.Parse(ProtocolJson.Serialize(notice.Attachments![0].Content))!;
        var textBlocks = card["body"]!.AsArray().Where(b => (string?)b!["type"] == "TextBlock").Select(b => (string)b!["text"]!).ToList();
        Assert.DoesNotContain(textBlocks, t => t.Contains("tebal") || t.Contains("tautan") || t.Contains("bukan judul"));
        var runs = card["body"]!.AsArray().Where(b => (string?)b!["type"] == "RichTextBlock")
            .SelectMany(b => b!["inlines"]!.AsArray()).Select(i => (string)i!["text"]!).ToList();
        Assert.Contains("Budi **tebal** <script>x</script>", runs);
        Assert.Contains("PT [tautan](http://x)", runs);
    }

    private static void Add(JsonArray cards, string name, Activity activity)
    {
        foreach (var attachment in activity.Attachments ?? [])
            cards.Add(new JsonObject { ["name"] = name, ["card"] = JsonNode.Parse(ProtocolJson.Serialize(attachment.Content)) });
    }
}
