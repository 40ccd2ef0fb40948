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

    // Unseen questions 11 (nineteenth landing): the letter's heading writes "tanggal" before its own date; the event's
    // heading holds the event's date without the word. The date asked is met by any date, not by the word.
    private static readonly Passage Letter = Passage(2, "Surat undangan musyawarah kader 2024: tanggal 7 Februari 2024",
        "Undangan musyawarah kader 2024 dikirim dinas melalui surat tertanggal 7 Februari 2024 kepada sepuluh desa.");
    private static readonly Passage Meeting = Passage(3, "Musyawarah kader 2024 secara virtual, 5 Maret 2024",
        "Musyawarah kader 2024 diadakan secara virtual pada 5 Maret 2024 dengan sepuluh desa.");

    [Fact]
    public void A_tanggal_written_before_the_sections_own_date_does_not_cover_the_date_asked()
    {
        using var index = BuildWithFillers(Letter, Meeting);
        var question = index.Analyze("musyawarah kader 2024 tanggal berapa");
        Assert.True(question.Terms.Single(t => t.Words == "tanggal").AsksDate);
        Assert.DoesNotContain(index.Analyze("berapa tanggal merah musyawarah kader").Terms, t => t.AsksDate);
        // Both hold a date; neither labels one: the letter's "tanggal" before its own date covers no more of the question.
        var hits = index.Search("musyawarah kader 2024 tanggal berapa");
        Assert.Equal(hits.Single(h => h.Passage.Id == Meeting.Id).Confidence, hits.Single(h => h.Passage.Id == Letter.Id).Confidence, 6);
    }

    [Fact]
    public void A_word_written_right_before_a_date_is_dropped_but_a_label_stays()
    {
        Assert.DoesNotContain("tanggal", AnswerTypes.WithoutDateLabels("Surat undangan: tanggal 7 Februari 2024"));
        Assert.DoesNotContain("tertanggal", AnswerTypes.WithoutDateLabels("surat tertanggal **7 Februari 2024**"));
        Assert.Contains("tanggal", AnswerTypes.WithoutDateLabels("Tahap 1: undangan dan assessment (tanggal per tahun)"));
    }
}
