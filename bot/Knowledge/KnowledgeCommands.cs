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
public sealed class AskCommand(QuestionAnswerer answerer, DocumentQuestions questions) : ICliCommand
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
        // Both read as the chat reads them (recognizer, its hints, its clear out-of-scope reading).
        var earlier = after is null ? null : questions.Answer(after);
        var result = questions.Read(question, earlier is null ? null : new ConversationTopic(earlier.Context, earlier.Best?.Passage.Id ?? "", earlier.Best is null ? "" : AnswerComposer.Topic(earlier.Best.Passage.Heading)))
            .AnsweredBy(answerer, question);
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

/// <summary>`passages FILE`: how a document staff dropped in is read — its title, sources and every passage with its heading path.</summary>
public sealed class PassagesCommand : ICliCommand
{
    public string Name => "passages";
    public string Description => "Menampilkan bagian-bagian sebuah dokumen seperti dibaca bot: passages FILE.";

    public Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("Pemakaian: dotnet run --project bot -- passages knowledge/dokumen.pdf");
            return Task.FromResult(2);
        }
        var document = DocumentLoader.Load(args[0], Path.GetFileName(args[0]));
        if (document is null) return Task.FromResult(1);
        Console.WriteLine($"Judul: {document.Title}\nSumber: {string.Join(" | ", document.Sources)}\n{document.Passages.Count} bagian");
        foreach (var passage in document.Passages)
        {
            Console.WriteLine($"\n## {string.Join(" › ", passage.Headings)}");
            foreach (var question in passage.AlternateQuestions) Console.WriteLine($"  ? {question}");
            Console.WriteLine(passage.Body);
        }
        return Task.FromResult(document.Passages.Count > 0 ? 0 : 1);
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
            Console.WriteLine($"- {at.ToLocalTime():yyyy-MM-dd HH:mm}  [{q.Reason}, {q.Confidence:0.00}] {TerminalText.Safe(q.Question)}" +
                              (q.BestCandidate is null ? "" : $"\n    paling dekat: {TerminalText.Safe(q.BestCandidate)} ({TerminalText.Safe(q.BestSource)})"));
        var feedback = await store.ReadStreamAsync<AnswerFeedback>(KnowledgeStreams.Feedback, 1000, cancellationToken);
        var unhelpful = feedback.Where(f => !f.Value.Helpful).GroupBy(f => f.Value.Source).OrderByDescending(g => g.Count()).Take(10).ToList();
        if (unhelpful.Count > 0)
        {
            Console.WriteLine("\nJawaban yang dinilai kurang membantu (👎):");
            foreach (var g in unhelpful) Console.WriteLine($"- {g.Count()}× {TerminalText.Safe(g.Key)}");
        }
        return 0;
    }
}

/// <summary>
/// `report [file.jsonl …]`: per evaluation file, the accuracy of the bot's answers, the precision of its confident
/// answers and the share it declined; MRR@5 of the passages and a per-category table against a plain
/// StandardAnalyzer BM25 baseline over the same passages. `--calibrate` splits the questions into a tuning half and a
/// calibration half (by id) and shows, per threshold, the confident-answer precision on the calibration half.
/// </summary>
public sealed class ReportCommand(KnowledgeBase knowledge, QuestionAnswerer answerer, DocumentQuestions questions, IHostEnvironment environment) : ICliCommand
{
    /// <summary>Answered by the participation dialog, not from the documents: reported apart.</summary>
    private const string Participation = "participation";

    public string Name => "report";
    public string Description => "Per file: akurasi, presisi jawaban yakin, porsi ditolak, MRR@5 vs baseline BM25: report [file.jsonl …] [--verbose] [--calibrate [--fit=a.jsonl,b.jsonl] [--write] [--features=FILE.tsv]] [--fit-ranking [--write] [--verbose]] [--ablate [--verbose]].";

    private sealed record Row(EvalQuestion Q, bool Pass, double Rr, bool Top1, double BaseRr, bool BaseTop1, double Confidence, AnswerKind Kind)
    {
        public bool Confident => Kind == AnswerKind.Answered;
        public bool Declined => Kind is AnswerKind.NotSure or AnswerKind.OutOfScope;
    }

    public Task<int> RunAsync(string[] args, IServiceProvider services, CancellationToken cancellationToken)
    {
        var verbose = args.Contains("--verbose");
        var paths = args.Where(a => !a.StartsWith("--")).ToList();
        if (paths.Count == 0 && DefaultEvalFile(environment.ContentRootPath) is { } fallback) paths.Add(fallback);
        if (paths.Count == 0 || paths.FirstOrDefault(p => !File.Exists(p)) is { } missing && missing.Length > 0)
        {
            Console.Error.WriteLine($"File evaluasi tidak ditemukan{(paths.Count > 0 ? $": {paths.First(p => !File.Exists(p))}" : "")}; beri path: report ../shared/eval/dev-questions.jsonl");
            return Task.FromResult(2);
        }
        if (paths.Select(Judge.Problem).FirstOrDefault(p => p is not null) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return Task.FromResult(2);
        }
        if (args.Contains("--ablate"))
        {
            Ablate(paths, verbose);
            return Task.FromResult(0);
        }
        if (args.Contains("--fit-ranking"))
        {
            FitRanking(paths, args.Contains("--write"), verbose);
            return Task.FromResult(0);
        }
        using var baseline = new BaselineIndex(knowledge.Index.Passages);
        var all = new List<Row>();
        var summaries = new List<string>();
        foreach (var path in paths)
        {
            var rows = Evaluate(Judge.Load(path), baseline, verbose);
            all.AddRange(rows);
            PrintTable(path, rows);
            summaries.Add(Summary(Path.GetFileName(path), rows));
        }
        Console.WriteLine("\nRingkasan per file (tanpa kategori participation, yang dijawab dialog keikutsertaan):");
        foreach (var line in summaries) Console.WriteLine(line);
        if (paths.Count > 1) Console.WriteLine(Summary("SEMUA", all));
        if (args.Contains("--calibrate")) Calibrate(paths, args.Contains("--write"), verbose, Option(args, "--features="), Option(args, "--fit="));
        return Task.FromResult(0);
    }

    private List<Row> Evaluate(IReadOnlyList<EvalQuestion> set, BaselineIndex baseline, bool verbose)
    {
        var renderer = new TextCardRenderer();
        var rows = new List<Row>();
        foreach (var q in set)
        {
            var result = questions.Answer(q.Question);
            var text = KnowledgeReplies.For(result, renderer, "report").Text ?? "";
            var pass = Judge.Passes(q, text);
            var ranked = result.Hits.Select(h => h.Passage).ToList();
            var baseRanked = baseline.Search(q.Question);
            rows.Add(new Row(q, pass, Judge.ReciprocalRank(q, ranked), ranked.Count > 0 && Judge.Passes(q, Judge.PassageText(ranked[0])),
                Judge.ReciprocalRank(q, baseRanked), baseRanked.Count > 0 && Judge.Passes(q, Judge.PassageText(baseRanked[0])),
                result.Best?.Confidence ?? 0, result.Kind));
            if (verbose || !pass && q.Category != Participation)
                Console.WriteLine($"{(pass ? "PASS" : "FAIL")} {q.Id} [{q.Category}] {result.Kind} {result.Best?.Confidence:0.00} {q.Question}\n     → {Flat(text)}");
            if (verbose)
            {
                Console.WriteLine($"     kami : {string.Join(" | ", result.Hits.Take(3).Select(h => $"{h.Passage.Id} {h.Score:0.0}/{h.Confidence:0.00}"))}");
                Console.WriteLine($"     BM25 : {string.Join(" | ", baseRanked.Take(3).Select(p => p.Id))}");
                if (result.Features is { } f)
                    Console.WriteLine($"     fitur: cakupan {f.Coverage:0.00} asing {f.Unknown:0.00} tak-tercakup {f.Uncovered:0.00} saingan {f.Rivals:0.00} utama-hilang {f.TopMissing:0} tak-terjelaskan {f.Unexplained:0.00} nama-asing {f.UnknownName:0} tampil {f.ShownCoverage:0.00} hal-hilang {f.NamedMissing:0} topik-hilang [{f.MissingTopic}]{(result.Lacks is { } l ? $" ({l})" : "")} rincian-tak [{f.UnstatedDetails}] hitungan-tak {f.CountedUnstated:0} → skor {result.Score:0.00}; kata asing: {string.Join(", ", answerer.Analyze(q.Question).Terms.Where(t => !t.Known && t.Options.Count <= 1).Select(t => t.Words))}");
            }
        }
        return rows;
    }

    private void PrintTable(string path, List<Row> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"Set evaluasi: {path} ({rows.Count} pertanyaan); indeks: {knowledge.Index.Passages.Count} bagian ({knowledge.Index.Origin}); jawab bila skor ≥ {answerer.Model.AnswerAt:0.000}");
        Console.WriteLine("Retrieval (MRR@5, acc@1) dihitung pada bagian dokumen, tanpa kategori out-of-scope.\n");
        Console.WriteLine($"{"kategori",-18} {"n",3} {"jawaban bot",12} {"acc@1",7} {"MRR@5",7} │ {"BM25 acc@1",10} {"BM25 MRR@5",10}");
        foreach (var group in rows.GroupBy(r => r.Q.Category).OrderBy(g => g.Key).Append(rows.GroupBy(_ => "SEMUA").Single()))
        {
            var list = group.ToList();
            var inScope = list.Where(r => r.Q.Category != "out-of-scope").ToList();
            string Avg(Func<Row, double> f) => inScope.Count == 0 ? "-" : $"{inScope.Average(f):0.000}";
            Console.WriteLine($"{group.Key,-18} {list.Count,3} {Pct(list.Count(r => r.Pass), list.Count),12} {Pct(inScope.Count(r => r.Top1), inScope.Count),7} {Avg(r => r.Rr),7} │ " +
                              $"{Pct(inScope.Count(r => r.BaseTop1), inScope.Count),10} {Avg(r => r.BaseRr),10}");
        }
    }

    /// <summary>Accuracy, confident-answer precision (goal ≥ 98 %) and the share declined, participation questions left out.</summary>
    private static string Summary(string name, IReadOnlyList<Row> rows)
    {
        var own = rows.Where(r => r.Q.Category != Participation).ToList();
        var confident = own.Where(r => r.Confident).ToList();
        return $"  {name,-34} n={own.Count,4}  akurasi {Pct(own.Count(r => r.Pass), own.Count),6}  presisi jawaban yakin {Pct(confident.Count(r => r.Pass), confident.Count),6} " +
               $"({confident.Count(r => r.Pass)}/{confident.Count})  ditolak/belum yakin {Pct(own.Count(r => r.Declined), own.Count),6}";
    }

    /// <summary>
    /// Fits the calibrated decision on the fit half of the questions (fixed seed) and prints accuracy, confident-answer
    /// precision and share declined on both halves, for the configured model and the refitted one; `--write` keeps the
    /// refitted one in knowledge/data/confidence.json.
    /// </summary>
    private void Calibrate(IReadOnlyList<string> paths, bool write, bool verbose, string? features, string? fitOption)
    {
        // Fitted only on the named tuning files (--fit=a.jsonl,b.jsonl, else the ones the installed model names), so
        // the files beyond them measure the fit on questions it never saw.
        var (fitPaths, keptOutPaths) = SplitByFit(paths, fitOption?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? answerer.Model.FitFiles);
        var rows = Calibration.Rows(answerer, questions.Read, fitPaths.SelectMany(Judge.Load));
        var keptOut = Calibration.Rows(answerer, questions.Read, keptOutPaths.SelectMany(Judge.Load));
        if (features is not null) File.WriteAllLines(features, Calibration.Table(rows.Concat(keptOut)));
        var fitted = Calibration.Fit(rows);
        var strict = Calibration.Fit(rows, 0.98);
        var installedPlus = Calibration.WithUnknownAt(rows.Where(r => r.FitHalf).ToList(), answerer.Model);
        // The installed cuts kept, only the weight of expansions and the evidence cut refitted.
        var installedEvidence = Calibration.WithCountedMissingBelow(rows.Where(r => r.FitHalf).ToList(),
            Calibration.WithEvidence(rows.Where(r => r.FitHalf).ToList(), answerer.Model));
        // The installed cuts kept, only whether the answer shown answers the question refitted.
        var installedFit = Calibration.WithAnswerFit(rows.Where(r => r.FitHalf).ToList(), answerer.Model);
        // The installed cuts kept, only whether the answer's sentences state what is asked refitted, on both halves of the
        // fit files: its few cases split too thinly over the halves, so the files kept out of the fit are its check.
        var installedSentence = Calibration.WithAnswerSentence(rows, answerer.Model);
        // The installed cuts kept, only the asked-detail cut fitted, on both halves (as the sentence cuts, for few cases).
        var installedDetail = Calibration.WithDetail(rows, answerer.Model);
        var fit = rows.Where(r => r.FitHalf).ToList();
        var check = rows.Where(r => !r.FitHalf).ToList();
        Console.WriteLine($"\nKalibrasi (seed {Calibration.Seed}): setengah fit {fit.Count}, setengah cek {check.Count}, di luar fit {keptOut.Count}, tanpa kategori participation");
        Console.WriteLine($"  file fit   : {string.Join(", ", fitPaths.Select(Path.GetFileName))}");
        Console.WriteLine($"  di luar fit: {(keptOutPaths.Count == 0 ? "-" : string.Join(", ", keptOutPaths.Select(Path.GetFileName)))}");
        foreach (var (name, model) in new[] { ("terpasang", answerer.Model), ("terpasang + ambang kata-asing fit", installedPlus), ("terpasang + bukti fit", installedEvidence), ("terpasang + kecocokan jawaban fit", installedFit), ("terpasang + kalimat jawaban fit (kedua setengah)", installedSentence), ("terpasang + rincian yang ditanya fit (kedua setengah)", installedDetail), ("fit: akurasi terbaik", fitted), ("fit: presisi ≥ 98 %", strict) })
        {
            Console.WriteLine($"  model {name}: skor = σ({model.Bias:0.00} + {model.CoverageWeight:0.00}·cakupan + {model.UnknownWeight:0.00}·kata-asing + {model.UncoveredWeight:0.00}·tak-tercakup + {model.RivalsWeight:0.00}·saingan + {model.TopMissingWeight:0.00}·kata-utama-hilang + {model.UnexplainedWeight:0.00}·kata-tak-terjelaskan); jawab ≥ {model.AnswerAt:0.000} bila kata-asing < {model.UnknownAt:0.00} dan bukan (nama asing dengan cakupan < {model.UnknownNameBelow:0.00}) dan bukti (kata sendiri + {model.SynonymEvidence:0.00}·sinonim + {model.CorrectionEvidence:0.00}·koreksi) ≥ {model.EvidenceAt:0.00} dan bukan (yang dihitung tak disebut dengan cakupan < {model.CountedMissingBelow:0.00}) dan bukan (hal yang disebut tak ada di jawaban dengan cakupan < {model.NamedMissingBelow:0.00}) dan bukan (kata di ≤ {model.RareSections} bagian tak ada di bagian dengan cakupan < {model.RareMissingBelow:0.00}) dan cakupan jawaban tampil ≥ {model.ShownAt:0.00} dan bukan (yang dihitung tak di samping angka dengan cakupan < {model.CountedUnstatedBelow:0.00}) dan bukan (kata kepala tak ada di jawaban dengan BM25 < {model.HeadMissingBm25Below:0.00} dari terbaik) dan bukan (rincian yang ditanya [{string.Join(",", model.UnstatedKinds)}] tak ada di jawaban dengan cakupan < {model.DetailUnstatedBelow:0.00}), tanya ≥ {model.AskAt:0.000}");
            Console.WriteLine($"    fit : {Calibration.Measure(fit, model)}");
            Console.WriteLine($"    cek : {Calibration.Measure(check, model)}");
            if (keptOut.Count > 0) Console.WriteLine($"    luar: {Calibration.Measure(keptOut, model)}");
        }
        if (verbose)
            foreach (var r in rows.Where(r => r.Features is not null && !r.Correct).OrderByDescending(r => fitted.Score(r.Features!)))
                Console.WriteLine($"    salah {fitted.Score(r.Features!):0.000} c={r.Features!.Coverage:0.00} u={r.Features.Unknown:0.00} r={r.Features.Rivals:0.00} {r.Question.Id} {r.Question.Question}");
        if (!write) return;
        // Thresholds are fitted on the fit half; which model to keep is chosen on the check half, which none of them was
        // fitted on (a confident wrong answer counting twice), the installed one kept on a tie: a cut that only helps
        // the questions it was fitted on is not kept.
        var chosen = new[] { answerer.Model, installedDetail, installedSentence, installedFit, installedEvidence, fitted, installedPlus }.Select(m => (Model: m, Figures: Calibration.Measure(check, m)))
            .OrderByDescending(c => c.Figures.Utility).ThenByDescending(c => c.Figures.Precision).First().Model;
        var measured = Calibration.Measure(check, chosen);
        var outside = keptOut.Count == 0 ? "" : $"; di luar fit ({string.Join(", ", keptOutPaths.Select(Path.GetFileName))}): presisi {100 * Calibration.Measure(keptOut, chosen).Precision:0.0}%, ditolak {100 * Calibration.Measure(keptOut, chosen).Declined:0.0}%";
        (chosen with { FitFiles = fitPaths.Select(Path.GetFileName).ToList()!, Fitted = $"{DateTime.UtcNow:yyyy-MM-dd}; seed {Calibration.Seed}; cek: presisi {100 * measured.Precision:0.0}%, ditolak {100 * measured.Declined:0.0}%{outside}" })
            .Save(knowledge.Folder);
        Console.WriteLine($"Ditulis ke {ConfidenceModel.PathIn(knowledge.Folder)}");
    }

    /// <summary>
    /// Fits the re-ranking's weights (knowledge/data/ranking.json) on the questions of the files the confidence model is
    /// fitted on, and measures top-1 (the first passage answers) there and on the files beyond them, for the installed
    /// weights and the fitted ones; `--write` keeps the fitted ones only when the files beyond the fit gain.
    /// </summary>
    private void FitRanking(IReadOnlyList<string> paths, bool write, bool verbose)
    {
        var (fitPaths, keptOutPaths) = SplitByFit(paths, answerer.Model.FitFiles);
        var fit = RankingCases(fitPaths);
        // Each kept-out file's questions searched once: reported together and per file.
        var keptOutByFile = keptOutPaths.Select(path => (Path: path, Cases: RankingCases([path]))).ToList();
        var keptOut = keptOutByFile.SelectMany(f => f.Cases).ToList();
        var installed = RankingWeights.Current;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var plain = RankingFit.Fit(fit, installed);
        var (fitted, minGain, halves) = RankingFit.FitChecked(fit, installed);
        Console.WriteLine($"\nBobot peringkat: fit pada {fit.Count} pertanyaan ({string.Join(", ", fitPaths.Select(Path.GetFileName))}), {watch.ElapsedMilliseconds} ms");
        Console.WriteLine($"  di luar fit: {keptOut.Count} pertanyaan ({(keptOutPaths.Count == 0 ? "-" : string.Join(", ", keptOutPaths.Select(Path.GetFileName)))})");
        Console.WriteLine($"  setengah cek (fit pada setengah lainnya, seed {RankingFit.Seed}): {halves}; dipilih selisih ≥ {(minGain == 0 ? "- (terpasang)" : minGain)}");
        Console.WriteLine($"  {"bobot",-20} {"terpasang",9} {"fit",9} {"fit polos",9}");
        Console.WriteLine($"  {"coverage_floor",-20} {installed.CoverageFloor,9:0.00} {fitted.CoverageFloor,9:0.00} {plain.CoverageFloor,9:0.00}");
        for (var k = 0; k < RankingWeights.Names.Count; k++)
            Console.WriteLine($"  {RankingWeights.Names[k],-20} {installed.Factors()[k],9:0.00} {fitted.Factors()[k],9:0.00} {plain.Factors()[k],9:0.00}");
        string Top1(IReadOnlyList<RankingCase> cases, RankingWeights w) => $"{RankingFit.Right(cases, w)}/{cases.Count}";
        var installedWeights = installed.Factors();
        Console.WriteLine($"  diputar ulang = Search: {fit.Concat(keptOut).Count(c => c.Top(installed.CoverageFloor, installedWeights) == c.SearchTop)}/{fit.Count + keptOut.Count}");
        // What no weight can reach: questions none of whose candidates answers them.
        Console.WriteLine($"  ada kandidat yang menjawab: fit {fit.Count(c => c.Candidates.Any(x => x.Right))}/{fit.Count}, luar {keptOut.Count(c => c.Candidates.Any(x => x.Right))}/{keptOut.Count}");
        Console.WriteLine($"  top-1 fit : terpasang {Top1(fit, installed)}, fit {Top1(fit, fitted)}, fit polos {Top1(fit, plain)}");
        Console.WriteLine($"  top-1 luar: terpasang {Top1(keptOut, installed)}, fit {Top1(keptOut, fitted)}, fit polos {Top1(keptOut, plain)}");
        foreach (var (path, cases) in keptOutByFile)
            Console.WriteLine($"    {Path.GetFileName(path),-34} terpasang {Top1(cases, installed)}, fit {Top1(cases, fitted)}, fit polos {Top1(cases, plain)}");
        // Which weights the questions need at all: top-1 with one factor switched off.
        var every = fit.Concat(keptOut).ToList();
        Console.WriteLine($"  tanpa satu faktor (semua {every.Count}, terpasang {RankingFit.Right(every, installed)}): " + string.Join(", ", RankingWeights.Names.Select((name, k) =>
        {
            var off = installed.Factors();
            off[k] = 0;
            return $"{name} {RankingFit.Right(every, installed.WithFactors(off))}";
        })));
        if (verbose)
            foreach (var c in every.Where(c => !c.RightUnder(installed.CoverageFloor, installed.Factors())))
                Console.WriteLine($"    salah {c.Id}: yang menjawab di urutan BM25 {string.Join(",", c.Candidates.Select((x, i) => (x, i)).Where(x => x.x.Right).Select(x => x.i + 1).Take(5))} dari {c.Candidates.Count}");
        if (!write) return;
        // Kept only when the questions it was not fitted on gain: a fit that only helps its own questions is not kept.
        if (RankingFit.Right(keptOut, fitted) <= RankingFit.Right(keptOut, installed))
        {
            Console.WriteLine("Tidak ditulis: di luar fit tidak membaik.");
            return;
        }
        (fitted with { Fitted = $"{DateTime.UtcNow:yyyy-MM-dd}; fit {Top1(fit, installed)} -> {Top1(fit, fitted)}; di luar fit {Top1(keptOut, installed)} -> {Top1(keptOut, fitted)}" })
            .Save(knowledge.Folder);
        Console.WriteLine($"Ditulis ke {RankingWeights.PathIn(knowledge.Folder)}");
    }

    /// <summary>
    /// Each rule of the re-ranking and each weighted factor switched off alone: how many questions of the fit files and
    /// of the files kept out of the fit turn from right to wrong (−) and from wrong to right (+), top-1 passage judged as
    /// `--fit-ranking` judges it.
    /// </summary>
    private void Ablate(IReadOnlyList<string> paths, bool verbose)
    {
        var (fitPaths, keptOutPaths) = SplitByFit(paths, answerer.Model.FitFiles);
        var index = knowledge.Index;
        // Ids repeat across files: each is named with its file.
        List<AblationQuestion> Read(IEnumerable<string> files) => files.SelectMany(f => Judge.Load(f).Select(q => (File: Path.GetFileNameWithoutExtension(f), Q: q)))
            .Where(x => x.Q.Category is not (Participation or "out-of-scope")).Select(x => x.Q is var q ? new AblationQuestion($"{x.File}:{q.Id}", index.WithHints(answerer.Analyze(q.Question), questions.Read(q.Question).Hints), p => Judge.Passes(q, Judge.PassageText(p))) : null!)
            .ToList();
        var (fit, keptOut) = (Read(fitPaths), Read(keptOutPaths));
        var installed = RankingWeights.Current;
        var fitRight = RankingAblation.FirstRight(index, fit, installed).Count(x => x);
        var outRight = RankingAblation.FirstRight(index, keptOut, installed).Count(x => x);
        Console.WriteLine($"\nAblasi peringkat: fit {fitRight}/{fit.Count} ({string.Join(", ", fitPaths.Select(Path.GetFileName))})");
        Console.WriteLine($"  di luar fit {outRight}/{keptOut.Count} ({string.Join(", ", keptOutPaths.Select(Path.GetFileName))})");
        Console.WriteLine($"  {"dimatikan",-20} {"fit −",6} {"fit +",6} {"fit Δ",6} │ {"luar −",6} {"luar +",6} {"luar Δ",6}  boleh dibuang");
        foreach (var row in RankingAblation.Run(index, fit, keptOut, installed).Skip(1))
        {
            Console.WriteLine($"  {row.Name,-20} {row.FitLost.Count,6} {row.FitGained.Count,6} {row.FitNet,6:+0;-0;0} │ {row.OutLost.Count,6} {row.OutGained.Count,6} {row.OutNet,6:+0;-0;0}  {(row.Removable ? "ya" : "")}");
            if (verbose)
                Console.WriteLine($"      − {string.Join(" ", row.FitLost.Concat(row.OutLost))}\n      + {string.Join(" ", row.FitGained.Concat(row.OutGained))}");
        }
    }

    /// <summary>The files a fit is made on (those <paramref name="named"/>; all when none is named) and the rest, kept out of it.</summary>
    private static (List<string> Fit, List<string> KeptOut) SplitByFit(IReadOnlyList<string> paths, IReadOnlyCollection<string> named)
    {
        var fit = named.Count == 0 ? paths.ToList() : paths.Where(p => named.Contains(Path.GetFileName(p), StringComparer.Ordinal)).ToList();
        return (fit, paths.Except(fit).ToList());
    }

    /// <summary>The questions of the files read as the chat reads them (participation and out-of-scope left out), with their candidates.</summary>
    private List<RankingCase> RankingCases(IEnumerable<string> paths)
    {
        var index = knowledge.Index;
        return paths.SelectMany(Judge.Load).Where(q => q.Category is not (Participation or "out-of-scope"))
            .Select(q => index.Candidates(q.Id, index.WithHints(answerer.Analyze(q.Question), questions.Read(q.Question).Hints), p => Judge.Passes(q, Judge.PassageText(p))))
            .ToList();
    }

    private static string? Option(string[] args, string name) => args.FirstOrDefault(a => a.StartsWith(name, StringComparison.Ordinal))?[name.Length..];

    private static string Pct(int k, int n) => n == 0 ? "-" : $"{100.0 * k / n:0.0}%";

    private static string Flat(string text) { var s = FlatText.Flat(text); return s.Length > 300 ? s[..300] + "…" : s; }

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
