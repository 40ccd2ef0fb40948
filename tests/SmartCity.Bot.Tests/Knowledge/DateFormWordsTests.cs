using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Issue 9, item 5 (twelfth landing): a word of a date question's phrase ("bulan apa", "tanggal berapa") only says
/// that a date is asked; it must not decide between close passages, while "berapa bulan" still counts months.
/// </summary>
public sealed class DateFormWordsTests
{
    private static readonly Passage General = Passage(0, "Tahap pelatihan kader: sesi per bulan",
        "Pelatihan kader berlangsung empat sesi selama tiga bulan, satu sesi tiap bulan. Contoh: kader 2021 dilatih di aula kecamatan.");
    private static readonly Passage OneYear = Passage(1, "Pelatihan kader 2021: Maret sampai Mei",
        "Pelatihan kader 2021 diadakan dari Maret sampai Mei 2021 di balai desa.");

    [Fact]
    public void A_month_asked_weighs_as_an_everyday_word_but_months_counted_do_not()
    {
        using var index = BuildWithFillers(General, OneYear);
        Assert.True(index.Analyze("pelatihan kader 2021 berlangsung bulan apa aja").Terms.Single(t => t.Words == "bulan").Generic);
        Assert.False(index.Analyze("pelatihan kader berlangsung berapa bulan").Terms.Single(t => t.Words == "bulan").Generic);
    }

    [Fact]
    public void The_years_own_section_answers_which_months_not_the_general_one_writing_bulan()
    {
        using var index = BuildWithFillers(General, OneYear);
        Assert.Equal(OneYear.Id, index.Search("pelatihan kader 2021 berlangsung bulan apa aja")[0].Passage.Id);
    }
}
