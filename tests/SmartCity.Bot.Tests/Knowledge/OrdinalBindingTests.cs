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
}
