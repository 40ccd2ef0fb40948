using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

public sealed class RankingAblationTests
{
    [Fact]
    public void A_rule_named_in_off_is_switched_off_and_the_others_stay_on()
    {
        var weights = RankingWeights.Default with { Off = ["keeps_pillar", "no_such_rule"] };
        Assert.False(weights.On(RankingRule.KeepsPillar));
        Assert.True(weights.On(RankingRule.Dominance));
        Assert.True(RankingWeights.Default.On(RankingRule.KeepsPillar));
    }

    [Fact]
    public void Every_rule_has_a_name_and_every_name_a_rule()
    {
        var bits = Enum.GetValues<RankingRule>().Where(r => r != RankingRule.None).ToList();
        Assert.Equal(RankingWeights.RuleNames.Length, bits.Count);
        for (var i = 0; i < RankingWeights.RuleNames.Length; i++)
            Assert.False((RankingWeights.Default with { Off = [RankingWeights.RuleNames[i]] }).On((RankingRule)(1 << i)));
    }

    [Fact]
    public void Each_factor_and_rule_is_switched_off_alone_then_all_of_them()
    {
        var variants = RankingAblation.Variants(RankingWeights.Default).ToList();
        Assert.Equal(RankingWeights.Names.Count + RankingWeights.RuleNames.Length + 1, variants.Count);
        var (name, weights) = variants.First(v => v.Name == "subject");
        Assert.Equal(0, weights.Subject);
        Assert.Equal(RankingWeights.Default.AnswerType, weights.AnswerType);
        Assert.Empty(weights.Off);
        Assert.All(RankingWeights.RuleNames, rule => Assert.Contains(rule, variants.Last().Weights.Off));
        Assert.All(variants.Last().Weights.Factors(), w => Assert.Equal(0, w));
    }

    [Theory]
    [InlineData(0, 0, true)]    // changes nothing
    [InlineData(-1, 0, true)]   // one fit answer for nothing kept out: fewer rules is worth it
    [InlineData(-2, 3, false)]  // the fit files lose more than one
    [InlineData(5, -1, false)]  // the kept-out files lose
    public void A_rule_is_removable_when_kept_out_files_do_not_lose_and_fit_files_lose_at_most_one(int fitNet, int outNet, bool removable)
    {
        static IReadOnlyList<string> Ids(int n) => Enumerable.Range(0, Math.Max(0, n)).Select(i => $"q{i}").ToList();
        var row = new AblationRow("r", Ids(-fitNet), Ids(fitNet), Ids(-outNet), Ids(outNet));
        Assert.Equal(removable, row.Removable);
    }

    [Fact]
    public void Switching_the_rules_off_through_search_gives_lucenes_order_and_puts_the_weights_back()
    {
        using var index = KnowledgeIndex.Build(DocumentLoader.LoadFolder(RepoPaths.Knowledge).SelectMany(d => d.Passages));
        var question = new AblationQuestion("q", index.Analyze("apa saja pilar smart city"), _ => true);
        var installed = RankingWeights.Current;
        var bm25 = RankingAblation.Variants(installed).Last().Weights;
        Assert.Equal(new[] { true }, RankingAblation.FirstRight(index, [question], bm25));
        Assert.Same(installed, RankingWeights.Current);
    }
}
