namespace SmartCity.Bot.Knowledge;

/// <summary>A question as the re-ranking reads it (with the chat's hints) and how its first passage is judged.</summary>
public sealed record AblationQuestion(string Id, AnalyzedQuestion Question, Func<Passage, bool> Right);

/// <summary>One rule or factor switched off: the questions whose first passage it turns from right to wrong and from wrong to right.</summary>
public sealed record AblationRow(string Name, IReadOnlyList<string> FitLost, IReadOnlyList<string> FitGained, IReadOnlyList<string> OutLost, IReadOnlyList<string> OutGained)
{
    public int FitNet => FitGained.Count - FitLost.Count;
    public int OutNet => OutGained.Count - OutLost.Count;

    /// <summary>Removing it is neutral or better on the kept-out questions and costs the fit questions at most one.</summary>
    public bool Removable => OutNet >= 0 && FitNet >= -1;
}

/// <summary>
/// `report --ablate`: each rule of the re-ranking and each weighted factor switched off alone, the first passage of
/// every question found by <see cref="KnowledgeIndex.Search"/> itself (not a replay), so a rule that only holds up
/// because the tuning questions were written beside it shows as gaining nothing on the files kept out of the fit.
/// </summary>
public static class RankingAblation
{
    /// <summary>Every factor at weight 0 and every rule off: Lucene's own order.</summary>
    public const string Bm25 = "bm25 (semua mati)";

    /// <summary>The installed weights with one factor's weight at 0, or one rule off, each by name; then all off.</summary>
    public static IEnumerable<(string Name, RankingWeights Weights)> Variants(RankingWeights installed)
    {
        for (var k = 0; k < RankingWeights.Names.Count; k++)
        {
            var off = installed.Factors();
            if (off[k] == 0) continue;
            off[k] = 0;
            yield return (RankingWeights.Names[k], installed.WithFactors(off));
        }
        foreach (var rule in RankingWeights.RuleNames.Where(r => !installed.Off.Contains(r)))
            yield return (rule, installed with { Off = [.. installed.Off, rule] });
        yield return (Bm25, installed.WithFactors(new double[RankingWeights.Names.Count]) with { Off = RankingWeights.RuleNames });
    }

    /// <summary>Whether each question's first passage answers it under <paramref name="weights"/> (installed again afterwards).</summary>
    public static bool[] FirstRight(KnowledgeIndex index, IReadOnlyList<AblationQuestion> questions, RankingWeights weights)
    {
        var installed = RankingWeights.Current;
        RankingWeights.Current = weights;
        try
        {
            return questions.Select(q => index.Search(q.Question, 1) is [var first, ..] && q.Right(first.Passage)).ToArray();
        }
        finally
        {
            RankingWeights.Current = installed;
        }
    }

    public static List<AblationRow> Run(KnowledgeIndex index, IReadOnlyList<AblationQuestion> fit, IReadOnlyList<AblationQuestion> keptOut, RankingWeights installed)
    {
        var fitBase = FirstRight(index, fit, installed);
        var outBase = FirstRight(index, keptOut, installed);
        var rows = new List<AblationRow> { new("terpasang", [], [], [], []) };
        foreach (var (name, weights) in Variants(installed))
            rows.Add(Row(name, fit, keptOut, fitBase, outBase, weights, index));
        // What each removable one does alone may not add up: all of them off at once.
        var removable = rows.Skip(1).Where(r => r.Removable && r.Name != Bm25).Select(r => r.Name).ToHashSet();
        var together = installed.WithFactors(installed.Factors().Select((w, k) => removable.Contains(RankingWeights.Names[k]) ? 0 : w).ToArray())
            with { Off = [.. installed.Off, .. RankingWeights.RuleNames.Where(removable.Contains)] };
        rows.Add(Row(Together, fit, keptOut, fitBase, outBase, together, index));
        return rows;
    }

    /// <summary>The last row: every rule and factor whose row is <see cref="AblationRow.Removable"/>, off together.</summary>
    public const string Together = "semua yang boleh dibuang";

    private static AblationRow Row(string name, IReadOnlyList<AblationQuestion> fit, IReadOnlyList<AblationQuestion> keptOut, bool[] fitBase, bool[] outBase, RankingWeights weights, KnowledgeIndex index)
    {
        var fitNow = FirstRight(index, fit, weights);
        var outNow = FirstRight(index, keptOut, weights);
        return new AblationRow(name, Changed(fit, fitBase, fitNow, true), Changed(fit, fitBase, fitNow, false),
            Changed(keptOut, outBase, outNow, true), Changed(keptOut, outBase, outNow, false));
    }

    // The questions right before and wrong now (lost), or wrong before and right now.
    private static List<string> Changed(IReadOnlyList<AblationQuestion> questions, bool[] before, bool[] now, bool lost) =>
        questions.Where((q, i) => before[i] != now[i] && before[i] == lost).Select(q => q.Id).ToList();
}
