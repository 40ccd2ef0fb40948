using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Issue 9: a short word the index does not hold — a civil-service, utility or tax acronym the documents never use —
/// counts as unknown for the scope and confidence decision, not as a known word through a split into a letter and a
/// pair of letters; only a word long enough to be two of the documents' words typed as one ("wifi", "ektp") is split.
/// </summary>
public sealed class ShortUnknownWordsTests
{
    private static readonly Lazy<KnowledgeIndex> Index = new(() => KnowledgeIndex.Build(DocumentLoader.LoadFolder(RepoPaths.Knowledge).SelectMany(d => d.Passages)));

    [Theory]
    [InlineData("pph")]
    [InlineData("pbb")]
    [InlineData("pns")]
    [InlineData("pln")]
    public void A_three_letter_acronym_no_document_has_is_unknown(string acronym)
    {
        var term = Index.Value.Analyze($"kapan mou smart city 2019 {acronym}").Terms.Single(t => t.Words == acronym);
        Assert.False(term.Known);
    }

    [Fact]
    public void A_letter_and_a_pair_beside_each_other_in_a_made_up_text_do_not_make_a_three_letter_word_known()
    {
        var index = MadeUpPassages.BuildWithFillers(MadeUpPassages.Passage(1, "Daftar lampiran", "Lampiran p pn memuat tabel tarif layanan air."));
        Assert.False(index.Analyze("berapa ppn layanan air").Terms.Single(t => t.Words == "ppn").Known);
    }

    [Fact]
    public void Two_words_typed_as_one_are_still_found() =>
        Assert.True(MadeUpPassages.BuildWithFillers(MadeUpPassages.Passage(1, "Internet taman kota", "Taman kota menyediakan Wi-Fi gratis bagi warga."))
            .Analyze("wifi").Terms.Single().Known);
}
