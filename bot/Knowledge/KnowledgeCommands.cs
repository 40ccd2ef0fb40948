using System.Diagnostics;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Cli;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Knowledge;

/// <summary>`index`: builds the index from knowledge/ and writes it to disk (the bot loads it while it is up to date).</summary>
public sealed class IndexCommand(KnowledgeBase knowledge) : ICliCommand
{
    public string Name => "index";
    public string Description => "Membangun indeks pengetahuan dari knowledge/ dan menyimpannya ke disk.";

    public Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken)
    {
        var manifest = knowledge.WriteIndex();
        Console.WriteLine($"Indeks ditulis ke {knowledge.IndexFolder}");
        Console.WriteLine($"  {manifest.Documents} dokumen, {manifest.Passages} bagian dari {manifest.KnowledgeFolder} ({manifest.BuildMilliseconds} ms)");
        return Task.FromResult(manifest.Passages > 0 ? 0 : 1);
    }
}

/// <summary>`ask "pertanyaan"`: prints the bot's answer and its source, for staff and scripts.</summary>
public sealed class AskCommand(QuestionAnswerer answerer) : ICliCommand
{
    public string Name => "ask";
    public string Description => "Menjawab satu pertanyaan dari dokumen: ask \"pertanyaan\".";

    public Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken)
    {
        // --hits: also list the candidate passages with their score and coverage (to see why one passage won).
        // --after "earlier question": answers as a follow-up in a conversation that asked that before.
        var showHits = args.Contains("--hits");
        var at = Array.IndexOf(args, "--after");
        var after = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var question = string.Join(' ', args.Where((a, i) => a != "--hits" && (after is null || i != at && i != at + 1))).Trim();
        if (question.Length == 0)
        {
            Console.Error.WriteLine("Pemakaian: dotnet run --project bot -- ask \"Apa itu Gerakan Menuju Smart City?\"");
            return Task.FromResult(2);
        }
        // The earlier question is answered first, so the follow-up knows the passage the conversation was on.
        var earlier = after is null ? null : answerer.Answer(after);
        var result = answerer.Answer(question, earlier is null ? null : new ConversationTopic(earlier.Context, earlier.Best?.Passage.Id ?? "", earlier.Best is null ? "" : AnswerComposer.Topic(earlier.Best.Passage.Heading)));
        var reply = KnowledgeReplies.For(result, new TextCardRenderer(), "cli");
        Console.WriteLine(reply.Text);
        var suggestions = reply.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];
        if (suggestions.Count > 0) Console.WriteLine($"\nPilihan: {string.Join(" | ", suggestions)}");
        if (result.Best is { } best) Console.WriteLine($"\n[{result.Kind}, keyakinan {best.Confidence:0.00}, bagian {best.Passage.Id}]");
        if (showHits)
            Console.WriteLine($"  jenis jawaban: {AnswerTypes.Of(InformalIndonesian.Normalize(question))}{(result.FollowUpOf is null ? "" : $"; dibaca sebagai lanjutan dari \"{result.FollowUpOf}\"")}");
        if (showHits)
        {
            foreach (var hit in result.Hits)
                Console.WriteLine($"  {hit.Passage.Id,-28} skor {hit.Score,6:0.00}  cakupan {hit.Confidence:0.00}  {AnswerComposer.Topic(hit.Passage.Heading)}");
            if (result.Best is { } top)
            {
                var analyzed = answerer.Analyze(question, after);
                Console.WriteLine($"  konsep: {string.Join(", ", analyzed.Terms.Select(t => $"{t.Words}:{t.Weight:0.00}{(t.Generic ? $"×{t.Emphasis:0.##}" : "")}"))}");
                foreach (var sentence in AnswerComposer.Split(top.Passage.Body).Sentences)
                    Console.WriteLine($"    {AnswerComposer.Score(analyzed, sentence):0.00}  {sentence[..Math.Min(90, sentence.Length)]}");
            }
        }
        return Task.FromResult(result.Kind == AnswerKind.Answered ? 0 : 1);
    }
}

/// <summary>`unanswered`: the questions the bot could not answer, newest first, to improve knowledge/.</summary>
public sealed class UnansweredCommand(IBotStore store) : ICliCommand
{
    public string Name => "unanswered";
    public string Description => "Daftar pertanyaan yang belum terjawab (terbaru dulu): unanswered [jumlah].";

    public async Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken)
    {
        var limit = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100;
        var records = await store.ReadStreamAsync<UnansweredQuestion>(KnowledgeStreams.Unanswered, limit, cancellationToken);
        // 👎 feedback is listed below either way: a wrong answer is not an unanswered question.
        Console.WriteLine(records.Count == 0 ? "Belum ada pertanyaan yang tidak terjawab." : $"{records.Count} pertanyaan belum terjawab (terbaru dulu):");
        foreach (var (at, q) in records)
            Console.WriteLine($"- {at.ToLocalTime():yyyy-MM-dd HH:mm}  [{q.Reason}, {q.Confidence:0.00}] {q.Question}" +
                              (q.BestCandidate is null ? "" : $"\n    paling dekat: {q.BestCandidate} ({q.BestSource})"));
        var feedback = await store.ReadStreamAsync<AnswerFeedback>(KnowledgeStreams.Feedback, 1000, cancellationToken);
        var unhelpful = feedback.Where(f => !f.Value.Helpful).GroupBy(f => f.Value.Source).OrderByDescending(g => g.Count()).Take(10).ToList();
        if (unhelpful.Count > 0)
        {
            Console.WriteLine("\nJawaban yang dinilai kurang membantu (👎):");
            foreach (var g in unhelpful) Console.WriteLine($"- {g.Count()}× {g.Key}");
        }
        return 0;
    }
}

/// <summary>
/// `report [file.jsonl]`: accuracy of the bot's answers on an evaluation set, MRR@5 of the passages, a per-category
/// table, and the same for a plain StandardAnalyzer BM25 baseline over the same passages.
/// </summary>
public sealed class ReportCommand(KnowledgeBase knowledge, QuestionAnswerer answerer, IHostEnvironment environment) : ICliCommand
{
    public string Name => "report";
    public string Description => "Akurasi, MRR@5 dan tabel per kategori pada set evaluasi, dibandingkan baseline BM25: report [file.jsonl] [--verbose].";

    public Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken)
    {
        var verbose = args.Contains("--verbose");
        var path = args.FirstOrDefault(a => !a.StartsWith("--")) ?? DefaultEvalFile(environment.ContentRootPath);
        if (path is null || !File.Exists(path))
        {
            Console.Error.WriteLine("File evaluasi tidak ditemukan; beri path: report ../shared/eval/dev-questions.jsonl");
            return Task.FromResult(2);
        }
        var questions = Judge.Load(path);
        var renderer = new TextCardRenderer();
        using var baseline = new BaselineIndex(knowledge.Index.Passages);
        var rows = new List<(EvalQuestion Q, bool Pass, double Rr, bool Top1, double BaseRr, bool BaseTop1, double Confidence, AnswerKind Kind)>();
        foreach (var q in questions)
        {
            var result = answerer.Answer(q.Question);
            var text = KnowledgeReplies.For(result, renderer, "report").Text ?? "";
            var pass = Judge.Passes(q, text);
            var ranked = result.Hits.Select(h => h.Passage).ToList();
            var baseRanked = baseline.Search(q.Question);
            rows.Add((q, pass, Judge.ReciprocalRank(q, ranked), ranked.Count > 0 && Judge.Passes(q, Judge.PassageText(ranked[0])),
                Judge.ReciprocalRank(q, baseRanked), baseRanked.Count > 0 && Judge.Passes(q, Judge.PassageText(baseRanked[0])),
                result.Best?.Confidence ?? 0, result.Kind));
            if (verbose || !pass)
                Console.WriteLine($"{(pass ? "PASS" : "FAIL")} {q.Id} [{q.Category}] {result.Kind} {result.Best?.Confidence:0.00} {q.Question}\n     → {Flat(text)}");
            if (verbose)
            {
                Console.WriteLine($"     kami : {string.Join(" | ", result.Hits.Take(3).Select(h => $"{h.Passage.Id} {h.Score:0.0}/{h.Confidence:0.00}"))}");
                Console.WriteLine($"     BM25 : {string.Join(" | ", baseRanked.Take(3).Select(p => p.Id))}");
                Console.WriteLine($"     terms: {string.Join(" ", knowledge.Index.Analyze(q.Question).Terms.Select(t => $"{string.Join("/", t.Options.Select(o => string.Join("+", o.Select(p => string.Join(",", p)))))}{(t.Known ? "" : "?")}:{t.Weight:0.0}"))}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Set evaluasi: {path} ({questions.Count} pertanyaan); indeks: {knowledge.Index.Passages.Count} bagian ({knowledge.Index.Origin}); ambang keyakinan {answerer.MinConfidence:0.00}");
        Console.WriteLine("Retrieval (MRR@5, acc@1) dihitung pada bagian dokumen, tanpa kategori out-of-scope.\n");
        Console.WriteLine($"{"kategori",-18} {"n",3} {"jawaban bot",12} {"acc@1",7} {"MRR@5",7} │ {"BM25 acc@1",10} {"BM25 MRR@5",10}");
        foreach (var group in rows.GroupBy(r => r.Q.Category).OrderBy(g => g.Key).Append(rows.GroupBy(_ => "SEMUA").Single()))
        {
            var list = group.ToList();
            var inScope = list.Where(r => r.Q.Category != "out-of-scope").ToList();
            string Pct(int k, int n) => n == 0 ? "-" : $"{100.0 * k / n:0.0}%";
            string Avg(Func<(EvalQuestion Q, bool Pass, double Rr, bool Top1, double BaseRr, bool BaseTop1, double Confidence, AnswerKind Kind), double> f) =>
                inScope.Count == 0 ? "-" : $"{inScope.Average(f):0.000}";
            Console.WriteLine($"{group.Key,-18} {list.Count,3} {Pct(list.Count(r => r.Pass), list.Count),12} {Pct(inScope.Count(r => r.Top1), inScope.Count),7} {Avg(r => r.Rr),7} │ " +
                              $"{Pct(inScope.Count(r => r.BaseTop1), inScope.Count),10} {Avg(r => r.BaseRr),10}");
        }
        var nonParticipation = rows.Where(r => r.Q.Category != "participation").ToList();
        Console.WriteLine($"\nJawaban bot lulus: {rows.Count(r => r.Pass)}/{rows.Count} = {100.0 * rows.Count(r => r.Pass) / Math.Max(1, rows.Count):0.0}%" +
                          $"  (tanpa participation: {nonParticipation.Count(r => r.Pass)}/{nonParticipation.Count})");

        if (args.Contains("--calibrate"))
        {
            Console.WriteLine("\nKalibrasi ambang (in-scope: benar di atas ambang / salah di atas ambang; out-of-scope di atas ambang):");
            foreach (var t in Enumerable.Range(4, 13).Select(i => i * 0.05))
            {
                var answered = rows.Where(r => r.Confidence >= t && r.Q.Category != "out-of-scope").ToList();
                Console.WriteLine($"  {t:0.00}: benar {answered.Count(r => r.Top1 || r.Pass)}, salah {answered.Count(r => !(r.Top1 || r.Pass))}, " +
                                  $"di bawah ambang {rows.Count(r => r.Confidence < t && r.Q.Category != "out-of-scope")}, out-of-scope di atas {rows.Count(r => r.Confidence >= t && r.Q.Category == "out-of-scope")}");
            }
        }
        return Task.FromResult(0);
    }

    private static string Flat(string text) { var s = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)); return s.Length > 300 ? s[..300] + "…" : s; }

    /// <summary>The shared dev set beside the repository when present, else the copy kept with the tests.</summary>
    public static string? DefaultEvalFile(string contentRoot)
    {
        for (var d = new DirectoryInfo(contentRoot); d is not null; d = d.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(d.FullName, "shared", "eval", "dev-questions.jsonl"),
                         Path.Combine(d.FullName, "tests", "SmartCity.Bot.Tests", "Knowledge", "dev-questions.jsonl") })
                if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
