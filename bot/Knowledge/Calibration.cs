using SmartCity.Bot.Cards;

namespace SmartCity.Bot.Knowledge;

/// <summary>One tuning question as the answerer would answer it if it always answered, and whether that is right.</summary>
public sealed record CalibrationRow(EvalQuestion Question, bool FitHalf, ConfidenceFeatures? Features, bool Correct)
{
    public bool OutOfScope => Question.Category == "out-of-scope";

    /// <summary>
    /// Whether the bot's reply when it does not answer ("belum yakin, maksud Anda …?" or the decline) passes: a question
    /// about a fact the documents lack expects just that. Unknown: right only when out of scope.
    /// </summary>
    public bool? DeclinePasses { get; init; }

    /// <summary>Passes under a model: an answer when sure (right or wrong), otherwise the reply that does not answer.</summary>
    public (bool Confident, bool Pass) Under(ConfidenceModel model) =>
        Features is { } f && model.Answers(f) ? (true, Correct) : (false, DeclinePasses ?? OutOfScope);
}

/// <summary>Accuracy, confident-answer precision and share declined of one half under one model.</summary>
public sealed record CalibrationFigures(int Count, int Passed, int Confident, int ConfidentRight)
{
    public double Accuracy => Count == 0 ? 0 : (double)Passed / Count;
    public double Precision => Confident == 0 ? 1 : (double)ConfidentRight / Confident;
    public double Declined => Count == 0 ? 0 : 1 - (double)Confident / Count;

    /// <summary>
    /// Accuracy with a confident wrong answer counting as two misses: a wrong answer given as sure is worse than
    /// "belum yakin" (the product's rule), so a cut that trades one right answer for one wrong one is worth it.
    /// </summary>
    public double Utility => Count == 0 ? 0 : (double)(Passed - (Confident - ConfidentRight)) / Count;

    public override string ToString() =>
        $"n={Count,4}  akurasi {100 * Accuracy,5:0.0}%  presisi jawaban yakin {100 * Precision,5:0.0}% ({ConfidentRight}/{Confident})  ditolak/belum yakin {100 * Declined,5:0.0}%";
}

/// <summary>
/// Fits the answer / ask / decline decision on data: the tuning questions (participation ones are answered by the
/// participation dialog, not here) are split into a fit half and a check half with a fixed seed; the score is fitted
/// and its thresholds chosen on the fit half only, then both halves are measured.
/// </summary>
public static class Calibration
{
    public const int Seed = 9;
    private const string Participation = "participation";

    /// <param name="read">How the chat reads a question before the answerer does (<see cref="DocumentQuestions.Read(string)"/>).</param>
    public static IReadOnlyList<CalibrationRow> Rows(QuestionAnswerer answerer, Func<string, QuestionReading> read, IEnumerable<EvalQuestion> questions)
    {
        var always = answerer.With(ConfidenceModel.AlwaysAnswer);
        var never = answerer.With(answerer.Model with { AnswerAt = double.PositiveInfinity });
        var renderer = new TextCardRenderer();
        var own = questions.Where(q => q.Category != Participation).OrderBy(q => q.Id, StringComparer.Ordinal).ToList();
        var random = new Random(Seed);
        var order = own.Select(_ => random.Next()).ToList();
        var fit = own.Select((q, i) => (q, order[i])).OrderBy(x => x.Item2).Take(own.Count / 2).Select(x => x.q.Id).ToHashSet();
        return own.Select(q =>
        {
            var reading = read(q.Question);
            var result = reading.AnsweredBy(always, q.Question);
            var text = KnowledgeReplies.For(result, renderer, "report").Text ?? "";
            // Judged without the topics it offers: a heading that happens to hold the expected words is no answer.
            var notAnswered = reading.AnsweredBy(never, q.Question) is { Kind: AnswerKind.NotSure } unsure ? unsure with { ClosestTopics = ["…"] } : reading.AnsweredBy(never, q.Question);
            var declined = KnowledgeReplies.For(notAnswered, renderer, "report").Text ?? "";
            return new CalibrationRow(q, fit.Contains(q.Id), result.Kind == AnswerKind.Answered ? result.Features : null, Judge.Passes(q, text))
                { DeclinePasses = Judge.Passes(q, declined) };
        }).ToList();
    }

    /// <summary>The rows as tab-separated values, one per question, for looking at the features outside the bot.</summary>
    public static IEnumerable<string> Table(IEnumerable<CalibrationRow> rows) =>
        new[] { "id\tcategory\tfit\tanswered\tcorrect\tdecline_passes\tcoverage\town\texpanded\tcorrected_covered\tcorrected\tunknown\tunknown_name\trivals\ttop_missing\tunexplained\tcorrected_missing\tcounted_missing\tshown\tsentence\tnamed_missing\tmissing\trare_missing\trare_sections\tbm25_rank\tbm25_share\tmargin\thead_missing\tcounted_unstated\tunstated_details\tquestion" }
            .Concat(rows.Select(r => string.Join('\t', new object[]
            {
                r.Question.Id, r.Question.Category, r.FitHalf ? 1 : 0, r.Features is null ? 0 : 1, r.Correct ? 1 : 0, r.DeclinePasses ?? r.OutOfScope ? 1 : 0,
                F(r.Features?.Coverage), F(r.Features?.OwnCoverage), F(r.Features?.Expanded), F(r.Features?.CorrectedCovered), F(r.Features?.Corrected),
                F(r.Features?.Unknown), F(r.Features?.UnknownName), F(r.Features?.Rivals), F(r.Features?.TopMissing), F(r.Features?.Unexplained), F(r.Features?.CorrectedMissing), F(r.Features?.CountedMissing), F(r.Features?.ShownCoverage), F(r.Features?.SentenceCoverage), F(r.Features?.NamedMissing), r.Features?.Missing ?? "", r.Features?.MissingRare ?? "", r.Features?.RareSections ?? 0,
                F(r.Features?.Bm25Rank), F(r.Features?.Bm25Share), F(r.Features?.Margin), F(r.Features?.HeadMissing), F(r.Features?.CountedUnstated), r.Features?.UnstatedDetails ?? "", r.Question.Question,
            })));

    private static string F(double? value) => (value ?? 0).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Fits the score on the fit half, then the answer threshold: the lowest reaching <paramref name="precision"/> on
    /// the fit half when <paramref name="precision"/> is given, else the one with the best accuracy there (a decline
    /// counting as right only for an out-of-scope question). The ask threshold: below it at most one would-be answer
    /// in ten was right.
    /// </summary>
    public static ConfidenceModel Fit(IReadOnlyList<CalibrationRow> rows, double? precision = null)
    {
        var fitRows = rows.Where(r => r.FitHalf).ToList();
        var scored = fitRows.Where(r => r.Features is not null).Select(r => (r.Features!, r.Correct)).ToList();
        var model = ConfidenceModel.Fit(scored);
        var thresholds = scored.Select(r => model.Score(r.Item1)).Distinct().Order().ToList();
        double answerAt;
        if (precision is { } p)
            answerAt = thresholds.FirstOrDefault(t => Measure(fitRows, model with { AnswerAt = t }).Precision >= p, 1.0);
        else
            answerAt = thresholds.OrderByDescending(t => Measure(fitRows, model with { AnswerAt = t }).Accuracy).ThenBy(t => t).FirstOrDefault(0.5);
        var askAt = 0.0;
        foreach (var t in thresholds.Where(t => t <= answerAt))
        {
            var below = scored.Where(r => model.Score(r.Item1) < t).ToList();
            if (below.Count == 0 || below.Count(r => r.Item2) <= 0.1 * below.Count) askAt = t;
        }
        return WithUnknownAt(fitRows, model with { AnswerAt = Math.Round(answerAt, 4), AskAt = Math.Round(askAt, 4) }, precision);
    }

    /// <summary>
    /// The share of unknown words from which a question is not answered: of 0.30, 0.35 … 1.00 and off, the one with the
    /// best accuracy on the fit half (the highest of equals: decline no more than the data asks), keeping
    /// <paramref name="precision"/> when one is required.
    /// </summary>
    public static ConfidenceModel WithUnknownAt(IReadOnlyList<CalibrationRow> fitRows, ConfidenceModel model, double? precision = null)
    {
        var candidates = Enumerable.Range(6, 15).Select(i => i * 0.05).Append(1.01)
            .Select(u => (U: u, Figures: Measure(fitRows, model with { UnknownAt = Math.Round(u, 2) })))
            .Where(c => precision is null || c.Figures.Precision >= precision).ToList();
        if (candidates.Count == 0) return model;
        var best = candidates.OrderByDescending(c => c.Figures.Accuracy).ThenByDescending(c => c.U).First();
        return WithUnknownNameBelow(fitRows, model with { UnknownAt = Math.Round(best.U, 2) }, precision);
    }

    /// <summary>
    /// The coverage below which a question naming a thing no document has is not answered: of off, 0.40, 0.45 … 0.80,
    /// the one with the best accuracy on the fit half (the lowest of equals: decline no more than the data asks).
    /// </summary>
    public static ConfidenceModel WithUnknownNameBelow(IReadOnlyList<CalibrationRow> fitRows, ConfidenceModel model, double? precision = null)
    {
        var candidates = Enumerable.Range(8, 9).Select(i => i * 0.05).Prepend(0)
            .Select(c => (C: Math.Round(c, 2), Figures: Measure(fitRows, model with { UnknownNameBelow = Math.Round(c, 2) })))
            .Where(c => precision is null || c.Figures.Precision >= precision).ToList();
        if (candidates.Count == 0) return model;
        var best = candidates.OrderByDescending(c => c.Figures.Accuracy).ThenBy(c => c.C).First();
        return WithCountedMissingBelow(fitRows, WithEvidence(fitRows, model with { UnknownNameBelow = best.C }, precision), precision);
    }

    /// <summary>
    /// The coverage below which a question counting something the passage never names is not answered: of off, 0.40,
    /// 0.45 … 0.90, the one with the best accuracy on the fit half, then the best precision, then the lowest.
    /// </summary>
    public static ConfidenceModel WithCountedMissingBelow(IReadOnlyList<CalibrationRow> fitRows, ConfidenceModel model, double? precision = null)
    {
        var candidates = Enumerable.Range(8, 11).Select(i => i * 0.05).Prepend(0)
            .Select(c => (C: Math.Round(c, 2), Figures: Measure(fitRows, model with { CountedMissingBelow = Math.Round(c, 2) })))
            .Where(c => precision is null || c.Figures.Precision >= precision).ToList();
        if (candidates.Count == 0) return model;
        var best = candidates.OrderByDescending(c => c.Figures.Accuracy).ThenByDescending(c => c.Figures.Precision).ThenBy(c => c.C).First();
        return WithAnswerFit(fitRows, model with { CountedMissingBelow = best.C }, precision);
    }

    /// <summary>
    /// Whether the answer shown answers the question (<see cref="AnswerFit"/>): the coverage below which an answer
    /// lacking a place, year or number the question names, or a word at most 1 … 8 sections have, is not given
    /// (off, 0.40 … 1.00, always),
    /// and the share of the question the shown sentences must cover (off, 0.20 … 0.60); of the grid, the best
    /// <see cref="CalibrationFigures.Utility"/> on the fit half, then the best precision, then the mildest cuts.
    /// </summary>
    public static ConfidenceModel WithAnswerFit(IReadOnlyList<CalibrationRow> fitRows, ConfidenceModel model, double? precision = null)
    {
        var named = Enumerable.Range(8, 13).Select(i => Math.Round(i * 0.05, 2)).Prepend(0).Append(1.01).ToList();
        var shown = Enumerable.Range(4, 9).Select(i => Math.Round(i * 0.05, 2)).Prepend(0).ToList();
        var candidates = (from n in named from r in named from k in Enumerable.Range(1, AnswerFit.MaxRareSections) from s in shown
                          let m = model with { NamedMissingBelow = n, RareMissingBelow = r, RareSections = k, ShownAt = s }
                          select (Model: m, Figures: Measure(fitRows, m)))
            .Where(c => precision is null || c.Figures.Precision >= precision).ToList();
        if (candidates.Count == 0) return model;
        return WithSentenceAt(fitRows, candidates.OrderByDescending(c => c.Figures.Utility).ThenByDescending(c => c.Figures.Precision)
            .ThenBy(c => c.Model.NamedMissingBelow + c.Model.RareMissingBelow).ThenBy(c => c.Model.ShownAt).First().Model, precision);
    }

    /// <summary>
    /// The share of the question one shown sentence must cover (<see cref="ConfidenceFeatures.SentenceCoverage"/>): of
    /// off, 0.30, 0.35 … 0.80, the best <see cref="CalibrationFigures.Utility"/> on the fit half, then the best
    /// precision, then the mildest cut.
    /// </summary>
    public static ConfidenceModel WithSentenceAt(IReadOnlyList<CalibrationRow> fitRows, ConfidenceModel model, double? precision = null)
    {
        var candidates = Enumerable.Range(6, 11).Select(i => Math.Round(i * 0.05, 2)).Prepend(0)
            .Select(c => (Model: model with { SentenceAt = c }, Figures: Measure(fitRows, model with { SentenceAt = c })))
            .Where(c => precision is null || c.Figures.Precision >= precision).ToList();
        if (candidates.Count == 0) return model;
        return candidates.OrderByDescending(c => c.Figures.Utility).ThenByDescending(c => c.Figures.Precision).ThenBy(c => c.Model.SentenceAt).First().Model;
    }

    /// <summary>
    /// How much synonyms and typo corrections count as evidence, and the evidence an answer needs: of a grid of
    /// weights (0 … 1) and cuts (off, 0.25 … 0.50), the one with the best accuracy on the fit half, then the best
    /// precision, then the lowest cut (decline no more than the data asks).
    /// </summary>
    public static ConfidenceModel WithEvidence(IReadOnlyList<CalibrationRow> fitRows, ConfidenceModel model, double? precision = null)
    {
        var weights = new[] { 0, 0.25, 0.5, 0.75, 1 };
        var cuts = Enumerable.Range(5, 6).Select(i => i * 0.05).Prepend(0);
        var candidates = (from s in weights from c in weights from t in cuts
                          let m = model with { SynonymEvidence = s, CorrectionEvidence = c, EvidenceAt = Math.Round(t, 2) }
                          select (Model: m, Figures: Measure(fitRows, m)))
            .Where(c => precision is null || c.Figures.Precision >= precision).ToList();
        if (candidates.Count == 0) return model;
        return candidates.OrderByDescending(c => c.Figures.Accuracy).ThenByDescending(c => c.Figures.Precision)
            .ThenBy(c => c.Model.EvidenceAt).ThenByDescending(c => c.Model.SynonymEvidence + c.Model.CorrectionEvidence).First().Model;
    }

    /// <summary>
    /// The answer-sentence cuts: the coverage below which a "berapa X" whose X no shown number counts is not answered
    /// (off, 0.50 … 1.00, always), and the BM25 share below which an answer lacking the question's head word is not
    /// given (off, 0.40 … 0.80); of the grid, the best <see cref="CalibrationFigures.Utility"/> on the fit half, then
    /// the mildest cuts (decline no more than the data asks), then the best precision.
    /// </summary>
    public static ConfidenceModel WithAnswerSentence(IReadOnlyList<CalibrationRow> fitRows, ConfidenceModel model, double? precision = null)
    {
        var counted = Enumerable.Range(10, 11).Select(i => Math.Round(i * 0.05, 2)).Prepend(0).Append(1.01).ToList();
        var bm25 = Enumerable.Range(4, 5).Select(i => Math.Round(i * 0.1, 2)).Prepend(0).ToList();
        var candidates = (from c in counted from b in bm25
                          let m = model with { CountedUnstatedBelow = c, HeadMissingBm25Below = b }
                          select (Model: m, Figures: Measure(fitRows, m)))
            .Where(c => precision is null || c.Figures.Precision >= precision).ToList();
        if (candidates.Count == 0) return model;
        return candidates.OrderByDescending(c => c.Figures.Utility).ThenBy(c => c.Model.CountedUnstatedBelow + c.Model.HeadMissingBm25Below)
            .ThenByDescending(c => c.Figures.Precision).First().Model;
    }

    /// <summary>The kinds of asked detail a calibration may count (<see cref="AskedDetail"/>, and the asked word of <see cref="AnswerFit.AskedWord"/>).</summary>
    public static readonly IReadOnlyList<string> DetailKinds = ["uang", "jam", "pokok", "tanggal", "lama", "tempat", "tahun", "orang", "alasan", "hal", "hal-daerah", "satuan"];

    /// <summary>
    /// The asked-detail cut (<see cref="ConfidenceModel.DetailUnstatedBelow"/>): of off, 0.60 … 1.00 and always, with the
    /// kinds added one by one while each raises <see cref="CalibrationFigures.Utility"/> on the rows (a kind that only
    /// ties is left out: decline no more than the data asks); the best utility, then the mildest cut.
    /// </summary>
    public static ConfidenceModel WithDetail(IReadOnlyList<CalibrationRow> rows, ConfidenceModel model)
    {
        var cuts = Enumerable.Range(12, 9).Select(i => Math.Round(i * 0.05, 2)).Append(1.01);
        var best = model with { DetailUnstatedBelow = 0, UnstatedKinds = [] };
        var bestUtility = Measure(rows, best).Utility;
        foreach (var cut in cuts)
        {
            var kinds = new List<string>();
            var utility = Measure(rows, model with { DetailUnstatedBelow = cut, UnstatedKinds = [] }).Utility;
            foreach (var kind in DetailKinds)
            {
                var more = Measure(rows, model with { DetailUnstatedBelow = cut, UnstatedKinds = [.. kinds, kind] }).Utility;
                if (more > utility + 1e-9) (kinds, utility) = ([.. kinds, kind], more);
            }
            if (utility > bestUtility + 1e-9) (best, bestUtility) = (model with { DetailUnstatedBelow = cut, UnstatedKinds = kinds }, utility);
        }
        return best;
    }

    public static CalibrationFigures Measure(IEnumerable<CalibrationRow> rows, ConfidenceModel model)
    {
        var judged = rows.Select(r => r.Under(model)).ToList();
        return new(judged.Count, judged.Count(j => j.Pass), judged.Count(j => j.Confident), judged.Count(j => j.Confident && j.Pass));
    }
}
