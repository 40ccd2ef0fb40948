using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A capitalized name closed by an academic degree after a comma ("…, S.T., M.Si.", knowledge/lexicon/gelar-belakang.txt)
/// is a person, as a form or a programme card names the one in charge with no office before the name; a degree-like
/// piece after other words is not.
/// </summary>
public sealed class NameWithDegreeTests
{
    [Theory]
    [InlineData("Budi Santoso, S.T., M.Si.", true)]
    [InlineData("Nama Pengusul: Dewi Lestari, S.E.", true)]
    [InlineData("Penanggung jawab kegiatan adalah Yohana Bili, S.Kom", true)]
    [InlineData("kegiatan dibuka pada 3 maret, pukul 09.00 di aula.", false)]
    [InlineData("Portal data terbit pada 2026, sesudah pelatihan operator.", false)]
    public void A_name_with_a_degree_after_it_answers_who(string text, bool who) =>
        Assert.Equal(who, AnswerTypes.AnswersWho("siapa yang mengusulkan inovasi itu", text));
}
