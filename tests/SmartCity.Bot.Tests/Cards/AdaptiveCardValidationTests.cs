using System.Text.Json;
using System.Text.Json.Nodes;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Cards;

/// <summary>
/// Every card the bot can send validates with Microsoft's adaptivecards npm parser at version 1.5 (no errors or
/// warnings), with only actions Teams and Web Chat support (tests/e2e/validate-cards.mjs).
/// </summary>
public sealed class AdaptiveCardValidationTests : IAsyncLifetime
{
    private BotServer _bot = null!;
    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();
    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static readonly string[] Channels = ["msteams", "directline", "emulator"];

    /// <summary>Card models covering each shape and its edge cases (empty lists, markdown, long text, odd steps).</summary>
    private static IEnumerable<(string Name, Func<ICardRenderer, string, Activity> Render)> Models()
    {
        yield return ("answer-full", (r, c) => r.Render(new AnswerCard("Apa itu Gerakan Menuju Smart City?", "Program **nasional** sejak 2017.",
            ["Pilar 1", "Pilar 2 & \"kutip\" <tag>"], "program.md (Kominfo, 2017)", ["Apa saja enam pilar smart city?", "Apa syarat untuk ikut?", "Cek status daerah", "Lainnya"], "program.md"), c));
        yield return ("answer-no-feedback", (r, c) => r.Render(new AnswerCard("Jawaban", "Isi saja.", [], "pilar.md", []), c));
        yield return ("answer-only-items", (r, c) => r.Render(new AnswerCard("Daftar", "", [.. Enumerable.Range(1, 30).Select(i => $"Kabupaten {i}")], "participants.csv", ["Lanjut"], "participants"), c));
        yield return ("answer-long", (r, c) => r.Render(new AnswerCard("Panjang", string.Join(' ', Enumerable.Repeat("kalimat panjang", 400)), [], "sejarah-2019.md", []), c));
        yield return ("facts", (r, c) => r.Render(new FactsCard("Kota Contoh", "Status", [("Tahun ikut", "2019"), ("Masterplan", "Selesai"), ("Quick win", "—")], "Catatan petugas.", "participants.csv", ["Cek status daerah", "Bantuan"]), c));
        yield return ("facts-minimal", (r, c) => r.Render(new FactsCard("Kosong", null, [], null, "regions.csv", []), c));
        yield return ("checklist", (r, c) => r.Render(new ChecklistCard("Cek status daerah", 1, 6, "Apakah daerah Anda sudah punya masterplan?", ["Sudah", "Belum", "Tidak tahu"], "Lihat dokumen perencanaan."), c));
        yield return ("checklist-last", (r, c) => r.Render(new ChecklistCard("Cek status daerah", 6, 6, "Simpan hasil?", ["Ya", "Tidak"]), c));
        yield return ("checklist-many-choices", (r, c) => r.Render(new ChecklistCard("Pilih pilar", 3, 4, "Pilar mana?", ["Governance", "Branding", "Economy", "Living", "Society", "Environment", "Semua"]), c));
    }

    [Fact]
    public async Task Every_card_the_renderer_and_the_bot_produce_validates_with_the_adaptivecards_parser()
    {
        Prerequisites.RequireFile(Path.Combine(Prerequisites.E2eDirectory, "node_modules", "adaptivecards", "dist", "adaptivecards.js"), "npm ci --prefix tests/e2e");
        var renderer = _bot.Services.GetRequiredService<ICardRenderer>();
        Assert.IsType<AdaptiveCardRenderer>(renderer);

        var cards = new JsonArray();
        foreach (var (name, render) in Models())
            foreach (var channel in Channels)
                AddCards(cards, $"{name}/{channel}", render(renderer, channel));

        // And whatever cards the running bot actually sends for typical turns, in each channel.
        string[] turns = ["halo", "apa itu smart city?", "apa saja enam pilar smart city?", "apakah kota bandung ikut?", "cek status daerah", "Sudah"];
        foreach (var channel in Channels)
            foreach (var text in turns)
                AddCards(cards, $"bot:{channel}:{text}", await _bot.AskAsync(text, conversationId: "cards-" + channel, channelId: channel));

        Assert.True(cards.Count >= Models().Count() * Channels.Length, "every model rendered as a card");
        var file = Path.Combine(_bot.DataDirectory, "cards.json");
        await File.WriteAllTextAsync(file, cards.ToJsonString());
        var (exitCode, output) = await Prerequisites.RunNodeAsync("validate-cards.mjs", file);
        Assert.True(exitCode == 0, output);
        Assert.Equal(cards.Count, output.Split('\n').Count(l => l.Contains("\"problems\":[]")));
    }

    [Fact]
    public async Task The_validator_rejects_a_card_Teams_cannot_render()
    {
        Prerequisites.RequireFile(Path.Combine(Prerequisites.E2eDirectory, "node_modules", "adaptivecards", "dist", "adaptivecards.js"), "npm ci --prefix tests/e2e");
        var bad = """[{"name":"bad","card":{"type":"AdaptiveCard","version":"1.6","body":[{"type":"Unknown"}],"actions":[{"type":"Action.Execute","title":"x"}]}}]""";
        var file = Path.Combine(_bot.DataDirectory, "bad-cards.json");
        await File.WriteAllTextAsync(file, bad);
        var (exitCode, output) = await Prerequisites.RunNodeAsync("validate-cards.mjs", file);
        Assert.Equal(1, exitCode);
        Assert.Contains("Action.Execute", output);
        Assert.Contains("Unknown element type", output);
    }

    private static void AddCards(JsonArray cards, string name, params IEnumerable<Activity> activities)
    {
        foreach (var activity in activities)
            foreach (var attachment in activity.Attachments ?? [])
            {
                if (attachment.ContentType != CardContentTypes.Adaptive) continue;
                var content = JsonNode.Parse(ProtocolJson.AsElement(attachment.Content)!.Value.GetRawText());
                cards.Add(new JsonObject { ["name"] = name, ["card"] = content });
            }
    }
}
