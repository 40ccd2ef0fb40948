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

    [Fact]
    public void A_name_with_an_initial_stays_one_sentence()
    {
        var (sentences, _) = AnswerComposer.Split("Kepala dinas saat itu Rina K. Wulandari. Ia membuka acara.");
        Assert.Equal(["Kepala dinas saat itu Rina K. Wulandari.", "Ia membuka acara."], sentences);
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

    // Every row repeats the long column names, which hold most of the question's words ("kunjungan … 2027 lewat aplikasi").
    private static readonly Passage Counts = MadeUpPassages.Passage(1, "Kunjungan layanan terpadu",
        "- Layanan: Perpanjangan izin reklame; Unit: Bapenda; Kunjungan Jan-Mar 2027 (lewat aplikasi PINTU): 318\n" +
        "- Layanan: Perpanjangan izin trayek; Unit: Dishub; Kunjungan Jan-Mar 2027 (lewat aplikasi PINTU): 204\n" +
        "- Layanan: Legalisir ijazah; Unit: Disdik; Kunjungan Jan-Mar 2027 (lewat aplikasi PINTU): 1.460");

    [Fact]
    public void A_row_is_told_from_the_others_by_its_cells_not_by_the_column_names_they_share()
    {
        var index = MadeUpPassages.BuildWithFillers(Counts);
        var analyzed = index.Analyze("kunjungan perpanjangan izin reklame lewat pintu jan-mar 2027 ada berapa");
        var shown = AnswerComposer.Compose(analyzed, index.Search(analyzed)[0], [], index).Items;
        Assert.Equal(["Layanan: Perpanjangan izin reklame; Unit: Bapenda; Kunjungan Jan-Mar 2027 (lewat aplikasi PINTU): 318"], shown);
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

    [Fact]
    public void A_time_asked_that_only_the_list_states_shows_the_list()
    {
        // The sentences name the place; the hours are list lines repeating no word of the question.
        var index = MadeUpPassages.BuildWithFillers(MadeUpPassages.Passage(1, "Lokasi dan jam layanan pojok baca",
            "Pojok baca berada di lantai dua balai kota. Ruangnya memuat dua ribu buku.\n\n- Senin sampai Jumat: pukul 08.00-15.00 WIB\n- Sabtu: pukul 08.00-12.00 WIB"));
        var analyzed = index.Analyze("pojok baca buka jam berapa?");
        var answer = AnswerComposer.Compose(analyzed, index.Search(analyzed)[0], [], index);
        Assert.Contains("Senin sampai Jumat: pukul 08.00-15.00 WIB", answer.Items);
    }

    // A letter staff dropped in as a DOCX (read front to back), not a Markdown section written for the bot.
    private static readonly Passage Letter = MadeUpPassages.Passage(1, "Surat edaran klinik data desa",
        "Dasar:\n\n- Peraturan Bupati Nomor 12 Tahun 2027 tentang satu data desa;\n- Keputusan Kepala Dinas Nomor 7 Tahun 2028.\n\n" +
        "Setiap desa mengirimkan tiga orang operator ke klinik data desa.\n\n" +
        "Operator diminta membawa:\n\n- laptop;\n- daftar aset desa;\n- surat tugas dari kepala desa.\n\n" +
        "Tembusan:\n\n- Bupati;\n- Camat.") with { Id = "surat-edaran.docx#1", DocumentPath = "surat-edaran.docx" };

    [Fact]
    public void A_passage_with_several_lists_answers_with_the_one_its_best_sentence_leads_into()
    {
        var index = MadeUpPassages.BuildWithFillers(Letter);
        var analyzed = index.Analyze("apa saja yang diminta dibawa operator?");
        var answer = AnswerComposer.Compose(analyzed, index.Search(analyzed)[0], [], index);
        Assert.Equal(["laptop;", "daftar aset desa;", "surat tugas dari kepala desa."], answer.Items);
    }

    [Fact]
    public void The_sentence_carrying_the_words_the_headings_do_not_say_answers()
    {
        var index = MadeUpPassages.BuildWithFillers(Letter);
        var analyzed = index.Analyze("tiap desa kirim berapa orang ke klinik data desa?");
        var answer = AnswerComposer.Compose(analyzed, index.Search(analyzed)[0], [], index);
        Assert.Contains("tiga orang operator", answer.Body);
    }

    [Theory]
    [InlineData("Smart environment (tata kelola lingkungan cerdas): proteksi lingkungan, sampah dan limbah, tata kelola energi", "Smart environment (tata kelola lingkungan cerdas)")]
    [InlineData("Enam pilar smart city", "Enam pilar smart city")]
    public void Shortens_long_headings_for_buttons(string heading, string expected) =>
        Assert.Equal(expected, AnswerComposer.Topic(heading));
}

/// <summary>
/// Names asked of a section that only counts them and then says the names are not known: the sentence saying so is
/// part of the answer (the count alone reads as if the names were given elsewhere).
/// </summary>
public sealed class UnknownListAnswerTests
{
    private static readonly Passage Repeaters = MadeUpPassages.Passage(1, "Sekolah penerima ulang hibah perpustakaan 2026",
        "Dari 30 sekolah penerima hibah perpustakaan keliling pada 2026, sebanyak 4 sekolah penerima ulang hibah itu pernah menerimanya pada tahun sebelumnya. " +
        "Karena itu jumlah lembaga berbeda yang pernah dibantu menjadi 86. " +
        "Nama keempatnya tidak diketahui: tidak ditemukan dalam laporan yang tersedia.");

    [Fact]
    public void Names_asked_get_the_sentence_saying_they_are_not_known()
    {
        var index = MadeUpPassages.BuildWithFillers(Repeaters);
        var analyzed = index.Analyze("nama 4 sekolah penerima ulang hibah apa saja");
        var body = AnswerComposer.Compose(analyzed, index.Search(analyzed)[0], [], index).Body;
        Assert.Contains("sebanyak 4 sekolah", body);
        Assert.Contains("tidak diketahui", body);
    }

    private static readonly Passage TwoFigures = MadeUpPassages.Passage(1, "Jumlah perpustakaan desa",
        "Jumlah perpustakaan desa di kabupaten itu disebut dengan dua angka. Dinas terkait mencatat 112 unit. " +
        "Laporan tahunan bupati mencatat 97 unit yang masih buka. Perbedaan itu belum dijelaskan.");

    [Fact]
    public void A_sentence_announcing_two_figures_is_followed_by_the_figures()
    {
        var index = MadeUpPassages.BuildWithFillers(TwoFigures);
        var analyzed = index.Analyze("berapa jumlah perpustakaan desa?");
        var body = AnswerComposer.Compose(analyzed, index.Search(analyzed)[0], [], index).Body;
        Assert.Contains("112 unit", body);
        Assert.Contains("97 unit", body);
    }
}
