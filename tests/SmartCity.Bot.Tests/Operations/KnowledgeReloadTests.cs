using System.Net;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Operations;

/// <summary>
/// Staff drop a document into the knowledge folder both instances use: each rebuilds and swaps its index while
/// serving, answers from the new document, and stays ready throughout.
/// </summary>
public sealed class KnowledgeReloadTests
{
    // A made-up subject no shipped document mentions.
    private const string NewDocument = """
        ---
        title: Lomba Layang-Layang Sensor Kota Contoh
        topic: program
        sources:
          - "Dokumen uji staf, 1 Des 2026"
        updated: 2026-12-01
        ---
        # Lomba Layang-Layang Sensor Kota Contoh
        ## Jadwal lomba layang-layang sensor
        Lomba layang-layang sensor Kota Contoh diadakan setiap bulan Agustus di alun-alun; layang-layang membawa sensor kualitas udara.
        """;

    private const string Question = "kapan lomba layang-layang sensor diadakan?";

    [Fact]
    public async Task Both_instances_pick_up_a_new_document_without_a_restart_and_stay_ready()
    {
        var folder = Directory.CreateTempSubdirectory("smartcity-live-knowledge-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Combine("knowledge"), "*.md")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var settings = new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = folder,
            ["Regions:DataDirectory"] = RepoPaths.Combine("knowledge", "data"),
            ["Knowledge:ReloadInterval"] = "00:00:00.5",
            ["Knowledge:ReloadSettle"] = "00:00:00.2",
        };
        await using var a = await BotServer.StartAsync(settings);
        await using var b = await BotServer.StartAsync(settings);
        foreach (var bot in new[] { a, b })
        {
            await WaitReadyAsync(bot);
            Assert.DoesNotContain("Layang-Layang Sensor", Activities.Read(await bot.AskAsync(Question, "before")));
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "lomba-layang-layang.md"), NewDocument);

        var answered = new HashSet<BotServer>();
        for (var attempt = 0; attempt < 240 && answered.Count < 2; attempt++)
        {
            foreach (var bot in new[] { a, b })
            {
                Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("/readyz")).StatusCode);
                if (!answered.Contains(bot) && Activities.Read(await bot.AskAsync(Question, "after-" + attempt)).Contains("Layang-Layang Sensor Kota Contoh"))
                    answered.Add(bot);
            }
            await Task.Delay(250);
        }
        Assert.Equal(2, answered.Count);
        Assert.Contains("Agustus", Activities.Read(await b.AskAsync(Question, "final")));
    }

    private static async Task WaitReadyAsync(BotServer bot)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            if ((await bot.Http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the bot never became ready");
    }
}
