using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// An ordinal belongs to the noun before it (made-up passages): "hari kedua" is not covered by a text that numbers
/// its days otherwise and has "kedua" only for another noun; it is covered where bound to "hari", or unbound.
/// </summary>
public sealed class OrdinalBindingTests
{
    private static readonly Passage[] Training =
    [
        Passage(0, "Susunan pelatihan operator", "Pelatihan berlangsung tiga hari.\n\n- Hari pertama: pengenalan aplikasi.\n- Hari kedua: praktik mengunggah data penduduk."),
        Passage(1, "Pelatihan tahap kedua", "Pelatihan operator tahap kedua diikuti 149 operator desa."),
    ];

    [Fact]
    public void An_ordinal_is_covered_only_where_it_is_bound_to_the_same_noun_or_to_none()
    {
        using var index = BuildWithFillers(Training);
        var question = index.Analyze("pelatihan operator hari kedua ngapain?");
        Assert.Equal("hari", question.Terms.Single(t => t.Words == "kedua").BoundTo);
        var sameNoun = KnowledgeIndex.Coverage(question, KnowledgeIndex.TermSetOf("Hari kedua: praktik pelatihan operator."));
        var otherNoun = KnowledgeIndex.Coverage(question, KnowledgeIndex.TermSetOf("Hari ketiga pelatihan operator tahap kedua."));
        var unbound = KnowledgeIndex.Coverage(question, KnowledgeIndex.TermSetOf("Pelatihan operator tiga hari. Kedua, praktik."));
        Assert.True(sameNoun > otherNoun, $"{sameNoun} > {otherNoun}");
        Assert.Equal(sameNoun, unbound, 6);
    }

    [Fact]
    public void The_answer_passage_is_the_one_binding_the_ordinal_to_the_question_noun()
    {
        using var index = BuildWithFillers(Training);
        Assert.Equal("uji.md#0", index.Search("pelatihan operator hari kedua ngapain?")[0].Passage.Id);
    }

    private static readonly Passage[] Pillars =
    [
        Passage(0, "Enam pilar kota cerdas", "Pilar kota cerdas adalah tata kelola, pemasaran, ekonomi, hunian, sosial, dan lingkungan."),
        Passage(1, "Jumlah program pilar per daerah", "Jumlah program pilar tidak baku: Kota A punya tiga program, Kota B punya 3 program untuk satu pilar."),
    ];

    [Theory]
    [InlineData("pilar ketiga kota cerdas apa")]
    [InlineData("pilar ke-3 kota cerdas apa")]
    [InlineData("pilar ke 3 kota cerdas apa")]
    public void A_place_written_in_words_or_figures_is_bound_to_its_noun(string question)
    {
        using var index = BuildWithFillers(Pillars);
        var term = index.Analyze(question).Terms.Single(t => t.Ordinal is not null);
        Assert.Equal(("ketiga", "pilar"), (term.Ordinal, term.BoundTo));
    }

    [Theory]
    [InlineData("pilar ketiga kota cerdas apa")]
    [InlineData("pilar ke-3 kota cerdas apa")]
    public void A_place_is_not_met_by_a_count(string question)
    {
        using var index = BuildWithFillers(Pillars);
        var term = index.Analyze(question).Terms.Single(t => t.Ordinal is not null);
        Assert.False(KnowledgeIndex.Matches(term, KnowledgeIndex.TermSetOf("Kota A punya tiga program, Kota B punya 3 program.")));
        Assert.True(KnowledgeIndex.Matches(term, KnowledgeIndex.TermSetOf("Pilar ketiga adalah ekonomi.")));
        Assert.Equal("uji.md#0", index.Search(question)[0].Passage.Id);
    }

    [Fact]
    public void An_ordinal_without_a_noun_still_points_into_the_last_answer()
    {
        using var index = BuildWithFillers(Pillars);
        var term = index.Analyze("yang kedua maksudnya apa").Terms.Single(t => t.Ordinal is not null);
        Assert.Null(term.BoundTo);
        Assert.True(KnowledgeIndex.Matches(term, KnowledgeIndex.TermSetOf("Keduanya berasal dari kerangka lain.")));
    }
    private static readonly Passage[] Stages =
    [
        Passage(0, "Pelatihan operator tahap kedua", "Tahun ini adalah tahap kedua pelatihan operator desa."),
        Passage(1, "Pelatihan operator dalam empat tahap", "Pelatihan operator berlangsung dalam empat tahap selama tiga bulan."),
    ];

    [Fact]
    public void A_count_before_a_noun_is_met_by_another_count_of_it_not_by_its_place()
    {
        using var index = BuildWithFillers(Stages);
        var question = index.Analyze("pelatihan operator cuma dua tahap ya?");
        Assert.Equal("tahap", question.Terms.Single(t => t.Words == "dua").CountOf);
        var counted = question.Terms.Single(t => t.Words == "dua");
        Assert.True(KnowledgeIndex.Matches(counted, KnowledgeIndex.TermSetOf("Pelatihan berlangsung dalam empat tahap.")));
        Assert.True(KnowledgeIndex.Matches(counted, KnowledgeIndex.TermSetOf("Ada dua pelatihan, masing-masing tahap pendek.")));
        Assert.False(KnowledgeIndex.Matches(counted, KnowledgeIndex.TermSetOf("Tahun ini adalah tahap kedua pelatihan.")));
        Assert.Equal("uji.md#1", index.Search("pelatihan operator cuma dua tahap ya?")[0].Passage.Id);
    }

    [Fact]
    public void A_collective_ordinal_before_a_noun_states_its_count()
    {
        using var index = BuildWithFillers(Pillars);
        var counted = index.Analyze("enam pilar kota cerdas apa saja").Terms.Single(t => t.Words == "enam");
        Assert.True(KnowledgeIndex.Matches(counted, KnowledgeIndex.TermSetOf("Masterplan mencakup keenam pilar kota cerdas.")));
    }
}
