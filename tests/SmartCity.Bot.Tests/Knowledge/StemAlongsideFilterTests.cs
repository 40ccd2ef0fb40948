using Lucene.Net.Analysis.Util;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>The analysis chain's stems: a nasal prefix before a vowel keeps the root's first letter as one reading.</summary>
public sealed class StemAlongsideFilterTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = KnowledgeAnalyzers.Documents(new CharArraySet(KnowledgeAnalyzers.Version, 0, ignoreCase: true));

    private static HashSet<string> Terms(string word) => KnowledgeAnalyzers.TermSet(Analyzer, word);

    [Theory]
    [InlineData("memuat", "dimuat")]
    [InlineData("meminta", "diminta")]
    [InlineData("menilai", "dinilai")]
    [InlineData("pemuatan", "dimuat")]
    public void An_active_verb_or_its_noun_meets_its_passive(string active, string passive) =>
        Assert.True(Terms(active).Overlaps(Terms(passive)), $"{string.Join(",", Terms(active))} / {string.Join(",", Terms(passive))}");

    [Fact]
    public void Each_word_keeps_its_written_form_and_a_clipped_particle_is_no_root()
    {
        Assert.Contains("memuat", Terms("memuat"));
        // "menikah" read as di-nikah would lose "-kah" as a particle: "dini" is not its root.
        Assert.DoesNotContain("dini", Terms("menikah"));
    }
}
