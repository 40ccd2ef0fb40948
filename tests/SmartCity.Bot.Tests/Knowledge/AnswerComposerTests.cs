using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

public sealed class AnswerComposerTests
{
    [Fact]
    public void Splits_prose_into_sentences_and_keeps_list_items()
    {
        var (sentences, items) = AnswerComposer.Split(
            "Sepuluh kawasan menjadi fokus. Masing-masing dengan provinsinya:\n\n- Danau Toba — Sumatera Utara\n- Likupang — Sulawesi Utara (Sulut)\n\nKab. Badung ikut pada 2017.");
        Assert.Equal(["Sepuluh kawasan menjadi fokus.", "Masing-masing dengan provinsinya:", "Kab. Badung ikut pada 2017."], sentences);
        Assert.Equal(["Danau Toba — Sumatera Utara", "Likupang — Sulawesi Utara (Sulut)"], items);
    }

    private static readonly Passage Schedule = MadeUpPassages.Passage(1, "Jadwal kegiatan",
        "- Tanggal: 3 Februari 2026; Kegiatan: Rapat dewan data; Penanggung jawab: Bappeda\n" +
        "- Tanggal: 9 Juni 2026; Kegiatan: Peluncuran kartu pustaka digital; Penanggung jawab: Dinas Perpustakaan\n" +
        "- Tanggal: 1 Oktober 2026; Kegiatan: Lomba aplikasi pelajar; Penanggung jawab: Diskominfo");

    [Fact]
    public void A_table_asked_about_one_of_its_rows_answers_with_that_row_and_asked_for_all_with_all()
    {
        var index = MadeUpPassages.BuildWithFillers(Schedule);
        string[] Shown(string question)
        {
            var analyzed = index.Analyze(question);
            return [.. AnswerComposer.Compose(analyzed, index.Search(analyzed)[0], [], index).Items];
        }
        Assert.Equal(["Tanggal: 9 Juni 2026; Kegiatan: Peluncuran kartu pustaka digital; Penanggung jawab: Dinas Perpustakaan"], Shown("kapan kartu pustaka digital diluncurkan?"));
        Assert.Equal(3, Shown("apa saja jadwal kegiatan tahun ini?").Length);
    }

    [Fact]
    public void A_when_question_about_the_sections_own_subject_is_answered_by_its_dated_sentence()
    {
        // The question names only what the heading names; the sentence with the year repeats none of its words.
        var index = MadeUpPassages.BuildWithFillers(MadeUpPassages.Passage(1, "Apa itu Festival Lampion Digital?",
            "Festival Lampion Digital adalah pameran karya warga yang memakai lampu pintar. Pengunjung memilih karya favorit lewat aplikasi. Acara ini berlangsung sejak 2019."));
        var analyzed = index.Analyze("festival lampion digital sejak kapan?");
        var answer = AnswerComposer.Compose(analyzed, index.Search(analyzed)[0], [], index);
        Assert.Contains("sejak 2019", answer.Body);
    }

    [Theory]
    [InlineData("Smart environment (tata kelola lingkungan cerdas): proteksi lingkungan, sampah dan limbah, tata kelola energi", "Smart environment (tata kelola lingkungan cerdas)")]
    [InlineData("Enam pilar smart city", "Enam pilar smart city")]
    public void Shortens_long_headings_for_buttons(string heading, string expected) =>
        Assert.Equal(expected, AnswerComposer.Topic(heading));
}
