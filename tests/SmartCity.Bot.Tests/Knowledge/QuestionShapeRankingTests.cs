using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Shapes of a single question that its words alone rank wrongly (fifteenth landing, issue 9 item 5): a negation asked,
/// two years asked together, and a possessive "-nya" that must not make an everyday word the question's rarest.
/// </summary>
public sealed class QuestionShapeRankingTests
{
    [Theory]
    [InlineData("tahun berapa festival kopi tidak digelar", true)]
    [InlineData("desa yang belum punya balai warga mana saja", true)]
    [InlineData("festival kopi tahun ini digelar gak?", false)]
    [InlineData("balai warga sudah jadi belum ya", false)]
    public void A_negation_followed_by_what_it_denies_asks_a_denial_a_closing_one_only_yes_or_no(string question, bool denies) =>
        Assert.Equal(denies, KnowledgeIndex.AsksDenied(InformalIndonesian.Normalize(question)));

    [Fact]
    public void A_denying_question_prefers_the_section_that_denies_to_one_sharing_more_of_its_words()
    {
        using var index = BuildWithFillers(
            Passage(0, "Festival kopi 2024", "Festival kopi rakyat dibuka bupati pada 2024."),
            Passage(1, "Festival kopi 2025", "Pada 2025 festival kopi rakyat tidak dibuka karena lapangan kota sedang dipugar; panitia memindahkan pameran kedai ke pasar pagi dan menunda lomba seduh sampai tahun berikutnya."));
        // Both sections have every word asked; the shorter one would win on its words alone.
        Assert.Equal("Festival kopi 2025", index.Search("tahun berapa festival kopi rakyat gak dibuka")[0].Passage.Heading);
        // Asked plainly, the section saying it was opened answers.
        Assert.Equal("Festival kopi 2024", index.Search("festival kopi rakyat dibuka siapa")[0].Passage.Heading);
    }

    [Theory]
    [InlineData("sigap 112-lumajang punya berapa ambulans", "- **Sigap 112-Lumajang** — layanan ambulans dan pemadam", false)]
    [InlineData("sigap 112-lumajang punya berapa ambulans", "- 9 unit ambulans siaga di 3 pos kecamatan", true)]
    [InlineData("berapa ambulans sigap lumajang tahun 2025", "- Sigap 2025: ambulans siaga di 3 pos", true)]
    public void A_number_the_question_writes_in_a_name_is_no_count_of_what_it_asks(string question, string line, bool counts) =>
        // "112" names the service the question asks about; the line that only repeats it counts nothing.
        Assert.Equal(counts, AnswerTypes.In(AnswerTypes.WithoutNumbers(line, AnswerTypes.NamedNumbers(question))).HasFlag(AnswerType.Count));

    [Fact]
    public void A_word_with_a_possessive_weighs_as_the_word_without_it()
    {
        using var index = BuildWithFillers(
            Passage(0, "Peserta festival", "Peserta festival adalah kedai kopi. Setiap peserta membawa dua jenis kopi."),
            Passage(1, "Jadwal festival", "Festival berlangsung tiga hari; peserta hadir sejak pagi."));
        var own = index.Analyze("festival pesertanya siapa").Terms.Single(t => t.Words == "pesertanya");
        var bare = index.Analyze("festival peserta siapa").Terms.Single(t => t.Words == "peserta");
        Assert.True(own.Weight <= bare.Weight + 1e-9, $"pesertanya {own.Weight:0.00} > peserta {bare.Weight:0.00}");
    }
}
