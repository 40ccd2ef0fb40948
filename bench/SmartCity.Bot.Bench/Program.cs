using System.Diagnostics;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Timeline;
using SmartCity.Bot.Understanding;

// Knowledge benchmark (not a test): index build time over knowledge/ and in-process question latency p50/p99.
// Then the whole bot as its own process over HTTP: turns/s, turn latency p50/p99, RSS (TurnsBenchmark).
// usage: dotnet run -c Release --project bench/SmartCity.Bot.Bench [KNOWLEDGE_FOLDER] [QUESTIONS.jsonl]
// BENCH_TURNS=0 stops after the in-process figures; BENCH_BUILDS (10) and BENCH_ROUNDS (40) set how many index builds
// and measured passes over the questions; BENCH_PER_QUESTION=FILE writes each question's median ms (tab-separated), so
// two builds measured side by side can be compared question by question (which questions a change made dearer).
var root = FindRoot();
var folder = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("Knowledge__Path") ?? Path.Combine(root, "knowledge");
var questionsFile = args.Length > 1 ? args[1] : Path.Combine(root, "tests", "SmartCity.Bot.Tests", "Knowledge", "dev-questions.jsonl");
var questions = Judge.Load(questionsFile).Select(q => q.Question).ToList();

// Warm-up: JIT and Lucene's static initialisation are not part of a rebuild.
using (KnowledgeIndex.Build(DocumentLoader.LoadFolder(folder).SelectMany(d => d.Passages))) { }

var builds = Count("BENCH_BUILDS", 10);
var buildTimes = new List<double>();
var loadTimes = new List<double>();
KnowledgeIndex? index = null;
for (var i = 0; i < builds; i++)
{
    index?.Dispose();
    var watch = Stopwatch.StartNew();
    var passages = DocumentLoader.LoadFolder(folder).SelectMany(d => d.Passages).ToList();
    loadTimes.Add(watch.Elapsed.TotalMilliseconds);
    index = KnowledgeIndex.Build(passages);
    buildTimes.Add(watch.Elapsed.TotalMilliseconds);
}

// With the place check the bot runs (a place the question names must be in the answer): it resolves places per answer.
var data = Path.Combine(folder, "data");
var places = new RecognizedPlaces(new RegionResolver(
    RegionRegistry.Load(data, ProgrammeCalendar.Load(Path.Combine(data, "calendar.json")).Coverage), RegionWords.Load(folder)));
var answerer = new QuestionAnswerer(index!, places: places);
// Warm-up long enough for tiered JIT to replace start-up code on the hot path (it promotes a method after 30 calls,
// then compiles in the background): one pass left the first measured rounds on unoptimised code. Cold start is
// measured on its own below (TurnsBenchmark).
const int WarmRounds = 10;
for (var r = 0; r < WarmRounds; r++) foreach (var q in questions) answerer.Answer(q);
Thread.Sleep(500);
var latencies = new List<double>();
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var collectionsBefore = GC.CollectionCount(0);
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var perQuestion = new Dictionary<string, List<double>>();
var rounds = Count("BENCH_ROUNDS", 40);
for (var r = 0; r < rounds; r++)
    foreach (var q in questions)
    {
        var watch = Stopwatch.StartNew();
        answerer.Answer(q);
        latencies.Add(watch.Elapsed.TotalMilliseconds);
        (perQuestion.TryGetValue(q, out var list) ? list : perQuestion[q] = []).Add(watch.Elapsed.TotalMilliseconds);
    }

var cpuPerAnswer = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / latencies.Count;
var allocatedPerAnswer = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / latencies.Count;
var collections = GC.CollectionCount(0) - collectionsBefore;
Console.WriteLine($"Knowledge: {folder} — {index!.Passages.Count} passages");
Console.WriteLine($"Index build (read documents + index), median of {builds}: {Percentile(buildTimes, 50):0.0} ms (reading documents {Percentile(loadTimes, 50):0.0} ms; max {buildTimes.Max():0.0} ms)  target < 1000 ms");
Console.WriteLine($"Question latency over {latencies.Count} answers ({questions.Count} questions × {rounds}): p50 {Percentile(latencies, 50):0.000} ms, p99 {Percentile(latencies, 99):0.000} ms, max {latencies.Max():0.000} ms; CPU {cpuPerAnswer:0.000} ms per answer  target p99 < 5 ms");
Console.WriteLine($"  allocated {allocatedPerAnswer:0.0} KB per answer; {collections} gen0 collections during the {latencies.Count} answers");
Console.WriteLine("Slowest questions (median ms):");
foreach (var (q, times) in perQuestion.OrderByDescending(p => Percentile(p.Value, 50)).Take(3))
    Console.WriteLine($"  {Percentile(times, 50):0.000}  {q}");
if (Environment.GetEnvironmentVariable("BENCH_PER_QUESTION") is { Length: > 0 } perQuestionFile)
    File.WriteAllLines(perQuestionFile, perQuestion.Select(p => $"{Percentile(p.Value, 50):0.000}\t{p.Key}"));
index.Dispose();

Console.WriteLine($"Bench process RSS after knowledge runs: {Environment.WorkingSet / (1024 * 1024)} MB");
// BENCH_TURNS=0 stops here (the in-process figures alone, e.g. while changing the answer path).
if (Environment.GetEnvironmentVariable("BENCH_TURNS") != "0") await SmartCity.Bot.Bench.TurnsBenchmark.RunAsync(root, questions);
return 0;

static int Count(string variable, int otherwise) =>
    int.TryParse(Environment.GetEnvironmentVariable(variable), out var n) && n > 0 ? n : otherwise;

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static string FindRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "SmartCity.Bot.sln"))) return d.FullName;
    return Directory.GetCurrentDirectory();
}
