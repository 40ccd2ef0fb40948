using Microsoft.Extensions.Time.Testing;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Timeline;

/// <summary>A calendar the tests own (the shipped one is staff data and changes), and a clock the tests control.</summary>
public static class TestCalendar
{
    /// <summary>10:00 WIB, 17 March 2030: two weeks before the first deadline.</summary>
    public static readonly DateTimeOffset Start = new(2030, 3, 17, 10, 0, 0, TimeSpan.FromHours(7));

    public const string Json = """
    {
      "last_updated": "2030-01-15",
      "participant_lists": { "complete": [2017, 2018, 2019, 2023, 2024], "partial": [2021, 2022], "none": [2020, 2025] },
      "history": [ { "date": "2017-05-22", "year": 2017, "title": "MoU tahap pertama", "source": "uji" } ],
      "current_cycle": {
        "example": true,
        "name": "Siklus uji 2030",
        "stages": [
          { "id": "implementasi", "name": "Pengesahan dan quick win", "start": "2030-01-01", "end": "2030-06-30",
            "deadlines": [
              { "id": "pengesahan", "title": "Masterplan disahkan kepala daerah", "date": "2030-03-31" },
              { "id": "evaluasi", "title": "Bahan evaluasi dikirim", "date": "2030-05-15" } ],
            "checklist": [
              { "id": "masterplan-disahkan", "topic": "masterplan", "question": "Apakah masterplan sudah disahkan kepala daerah?", "deadline": "pengesahan" },
              { "id": "quick-win-berjalan", "topic": "quickwin", "question": "Apakah quick win sudah berjalan?", "deadline": "pengesahan" },
              { "id": "bahan-evaluasi-siap", "topic": "evaluasi", "question": "Apakah bahan evaluasi sudah siap?", "deadline": "evaluasi" } ] },
          { "id": "evaluasi", "name": "Evaluasi", "start": "2030-07-01", "end": "2030-09-30",
            "deadlines": [ { "id": "pemaparan", "title": "Pemaparan", "date": "2030-08-20" } ],
            "checklist": [ { "id": "bahan-paparan", "topic": "evaluasi", "question": "Apakah bahan paparan siap?", "deadline": "pemaparan" } ] }
        ]
      }
    }
    """;

    /// <summary>Starts the bot with the test calendar and clock (and any extra settings) on a data directory.</summary>
    public static async Task<BotServer> StartBotAsync(FakeTimeProvider clock, string? dataDirectory = null, IDictionary<string, string?>? settings = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("smartcity-regions-").FullName;
        var calendarPath = Path.Combine(dataDirectory, "calendar.json");
        if (!File.Exists(calendarPath)) await File.WriteAllTextAsync(calendarPath, Json);
        var all = new Dictionary<string, string?> { ["Timeline:CalendarPath"] = calendarPath, ["Reminders:CheckInterval"] = "01:00:00" };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) all[k] = v;
        var bot = await BotServer.StartAsync(all, dataDirectory, builder => builder.Services.AddSingleton<TimeProvider>(clock));
        Assert.Same(clock, bot.Services.GetRequiredService<TimeProvider>());
        return bot;
    }
}
