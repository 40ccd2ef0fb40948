using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;

/// <summary>
/// The steps a remembered question turn runs besides the remembered answer, each measured alone on this thread over
/// the bench's questions and the replies the bot gave them: bytes allocated (exact) and time per call. A step that
/// grows here grows every turn; the whole turn is what the memo mode measures.
/// </summary>
internal static class PerTurnParts
{
    public static async Task RunAsync(IServiceProvider services, HttpClient http, string[] questions, int repeats)
    {
        var replies = new List<string>();
        var bytes = 0L;
        foreach (var (question, n) in questions.Select((q, i) => (q, i)))
        {
            var id = $"parts-{n}";
            var body = "{\"type\":\"message\",\"id\":\"" + id + "\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:1\"," +
                       "\"from\":{\"id\":\"user-" + id + "\",\"role\":\"user\"},\"recipient\":{\"id\":\"bot\"},\"conversation\":{\"id\":\"conv-" + id + "\"}," +
                       "\"locale\":\"id-ID\",\"deliveryMode\":\"expectReplies\",\"text\":" + JsonSerializer.Serialize(question) + "}";
            using var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
            var json = await response.Content.ReadAsByteArrayAsync();
            bytes += json.Length;
            using var document = JsonDocument.Parse(json);
            replies.Add(string.Join("\n", document.RootElement.GetProperty("activities").EnumerateArray()
                .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() : null).Where(t => t is not null)));
        }
        Console.WriteLine($"replies: {bytes / (double)questions.Length / 1024:0.00} KB of JSON per question turn ({questions.Length} questions)");

        var registry = services.GetRequiredService<RegionRegistry>();
        var answerer = services.GetRequiredService<QuestionAnswerer>();
        var lexicon = Lexicon.Current;
        Measure("answer from memory (QuestionAnswerer.Answer)", questions, repeats, q => answerer.Answer(q));
        Measure("InformalIndonesian.Normalize (remembered)", questions, repeats, q => InformalIndonesian.Normalize(q));
        Measure("RegionRegistry.Cohorts", questions, repeats, _ => registry.Cohorts);
        Measure("CohortQuestion.Read", questions, repeats, q => CohortQuestion.Read(q, lexicon));
        Measure("QuestionPreamble.Of", questions, repeats, q => QuestionPreamble.Of(q));
        Measure("SpeakerFollowUp.SaidIn (the speaker sentences of the reply)", [.. replies], repeats, SpeakerFollowUp.SaidIn);
    }

    private static void Measure(string name, string[] inputs, int repeats, Func<string, object?> step)
    {
        foreach (var input in inputs) step(input);
        var watch = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var r = 0; r < repeats; r++)
            foreach (var input in inputs) step(input);
        var calls = (double)inputs.Length * repeats;
        Console.WriteLine($"  {(GC.GetAllocatedBytesForCurrentThread() - before) / calls / 1024,8:0.000} KB {watch.Elapsed.TotalMicroseconds / calls,9:0.0} µs  {name}");
    }
}
