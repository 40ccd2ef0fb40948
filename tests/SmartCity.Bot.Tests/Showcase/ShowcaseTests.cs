using System.Text.Json;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Showcase;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Showcase;

/// <summary>A region's showcase from knowledge/data/innovations.json and the documents, through /api/messages.</summary>
public sealed class ShowcaseTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<string> ShowcaseOf(string regionName)
    {
        var code = _bot.Services.GetRequiredService<RegionRegistry>().FindByName(regionName)!.Code;
        var replies = await _bot.AskAsync(Activities.Message("", "showcase", "warga", "directline") with
        {
            Value = JsonSerializer.SerializeToElement(new { intent = IntentNames.RegionShowcase, showcase = code }),
        });
        var suggestions = replies.SelectMany(r => r.SuggestedActions?.Actions ?? []).Select(a => a.Title);
        return Activities.Read(replies) + "\n" + string.Join("\n", suggestions);
    }

    [Fact]
    public async Task A_region_with_data_shows_its_quick_wins_per_pillar_with_readable_sources()
    {
        var answer = await ShowcaseOf("Kabupaten Penajam Paser Utara");
        Assert.Contains("Inovasi Kabupaten Penajam Paser Utara", answer);
        Assert.Contains("**Smart Governance** — Go PPU (quick win 2022)", answer);
        Assert.Contains("**Smart Environment** — Serbu Gass", answer);
        // Pillars in the programme's order: governance before environment.
        Assert.True(answer.IndexOf("Go PPU", StringComparison.Ordinal) < answer.IndexOf("Serbu Gass", StringComparison.Ordinal));
        Assert.Contains("Media Kaltim, \\\"Wujudkan Smart City, Pemkab PPU Gandeng Gojek Susun Master Plan\\\", Agustus 2022 — https://mediakaltim.com/", answer);
        Assert.DoesNotContain("innovations.json", answer);
        Assert.Contains("tahun 2022", answer); // participation is given with it
    }

    [Fact]
    public async Task A_region_without_data_gets_the_honest_answer_with_its_participation_year()
    {
        var answer = await ShowcaseOf("Kabupaten Pelalawan");
        Assert.Contains("Belum ada data inovasi untuk Kabupaten Pelalawan", answer);
        Assert.Contains("peserta Gerakan Menuju Smart City tahun 2017", answer);
        Assert.Contains("Ajukan kolaborasi Kabupaten Pelalawan", answer);
    }

    [Fact]
    public async Task Staff_add_a_region_by_editing_the_data_file()
    {
        var data = Directory.CreateTempSubdirectory("smartcity-showcase-").FullName;
        foreach (var file in new[] { "regions.csv", "participants.csv", "calendar.json" })
            File.Copy(Path.Combine(RepoPaths.Root, "knowledge", "data", file), Path.Combine(data, file));
        await File.WriteAllTextAsync(Path.Combine(data, "innovations.json"), """
        { "pillars": ["Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society", "Smart Environment"],
          "items": [ { "region": "Kabupaten Pelalawan", "pillar": "Smart Economy", "kind": "inovasi", "year": 2024, "title": "Pasar Daring Uji",
            "description": "Uraian uji.", "source": { "outlet": "Portal Uji", "title": "Judul Uji", "date": "Mei 2024", "url": "https://contoh.go.id/uji" } } ] }
        """);
        var catalog = InnovationCatalog.Load(data, _bot.Services.GetRequiredService<RegionRegistry>());
        var answers = new ShowcaseAnswers(catalog, _bot.Services.GetRequiredService<RegionRegistry>(), _bot.Services.GetRequiredService<SmartCity.Bot.Knowledge.KnowledgeBase>());
        var card = answers.For(_bot.Services.GetRequiredService<RegionRegistry>().FindByName("Kabupaten Pelalawan")!);
        Assert.Contains(card.Items, i => i.Contains("Pasar Daring Uji"));
        Assert.Contains("Portal Uji, \"Judul Uji\", Mei 2024 — https://contoh.go.id/uji", card.Source);
    }

    [Fact]
    public async Task A_section_staff_add_while_the_bot_runs_shows_in_the_region_showcase()
    {
        Assert.Contains("Belum ada data inovasi untuk Kabupaten Pelalawan", await ShowcaseOf("Kabupaten Pelalawan"));
        // The documents are reloaded (as the knowledge watcher does) with a section naming the region in its heading.
        var knowledge = _bot.Services.GetRequiredService<SmartCity.Bot.Knowledge.KnowledgeBase>();
        var added = new SmartCity.Bot.Knowledge.Passage("uji.md#1", "uji.md", "Laporan uji daerah", "uji",
            ["Quick win Kabupaten Pelalawan 2024"], "Layanan antrean daring puskesmas dibuka di semua kecamatan.", ["sumber uji"]);
        knowledge.Swap(SmartCity.Bot.Knowledge.KnowledgeIndex.Build([.. knowledge.Index.Passages, added]), "uji", TimeSpan.FromMinutes(1));
        var answer = await ShowcaseOf("Kabupaten Pelalawan");
        Assert.Contains("Layanan antrean daring puskesmas", answer);
        Assert.DoesNotContain("Belum ada data inovasi", answer);
    }

    [Fact]
    public async Task The_status_card_offers_the_showcase_and_a_collaboration_request()
    {
        var summary = await _bot.AskAsync("cek status Kota Bogor", "status-buttons", "warga", "directline");
        var json = Activities.Read(summary);
        Assert.Contains("\"title\":\"Lihat inovasi\"", json);
        Assert.Contains("\"showcase\":\"", json);
        Assert.Contains("\"collab\":\"start\"", json);
    }

    [Fact]
    public void Every_entry_of_the_shipped_data_names_a_known_region_pillar_and_source()
    {
        var catalog = _bot.Services.GetRequiredService<InnovationCatalog>();
        var registry = _bot.Services.GetRequiredService<RegionRegistry>();
        var all = registry.Regions.SelectMany(catalog.Of).ToList();
        Assert.True(all.Count >= 20);
        Assert.All(all, i => Assert.StartsWith("https://", i.Source.Url));
    }
}
