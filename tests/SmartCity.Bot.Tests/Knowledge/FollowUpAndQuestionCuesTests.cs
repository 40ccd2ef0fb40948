using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Reading a question in its conversation (follow-ups), chatty Jakarta/Javanese slang, and the cues a question gives
/// about its answer: an explanation for "mengapa", a starting point for "sejak", several things for "apa saja", and a
/// section of its own for one named part.
/// </summary>
public sealed class FollowUpAndQuestionCuesTests
{
    private static KnowledgeIndex Library() => KnowledgeIndex.Build(
    [
        Passage(0, "Perpustakaan keliling: buku untuk desa terpencil",
            "Perpustakaan keliling membawa buku ke desa terpencil setiap pekan dengan dua mobil."),
        Passage(1, "Penekanan perpustakaan keliling 2019: literasi anak",
            "Pada 2019 perpustakaan keliling menekankan literasi anak dan dongeng di sekolah dasar."),
        Passage(2, "Renovasi pasar rakyat 2019",
            "Pasar rakyat direnovasi pada 2019 dengan atap baru dan los pedagang yang lebih lebar."),
        Passage(3, "Taman kota", "Taman kota dibangun di tengah permukiman dengan pohon peneduh dan bangku."),
    ]);

    [Theory]
    [InlineData("ditekenin", "ditekankan")]
    [InlineData("dijelasin", "dijelaskan")]
    [InlineData("dijalanin", "dijalankan")]
    [InlineData("pas", "saat")]
    [InlineData("mn", "mana")]
    [InlineData("jg", "juga")]
    [InlineData("ingin", "ingin")]
    [InlineData("mungkin", "mungkin")]
    [InlineData("kemarin", "kemarin")]
    [InlineData("dingin", "dingin")]
    // Standard words shaped like di-…-in slang: "dipimpin" is not "dipimpkan".
    [InlineData("dipimpin", "dipimpin")]
    [InlineData("dijamin", "dijamin")]
    // An informal word with the possessive -nya reads as its formal word (informal.txt lists "duit" once).
    [InlineData("duitnya", "uang")]
    [InlineData("hanya", "hanya")]
    [InlineData("biayanya", "biayanya")]
    public void Jakarta_and_Javanese_slang_becomes_standard_Indonesian(string word, string expected) =>
        Assert.Equal(expected, InformalIndonesian.Normalize(word));

    // A bare word that is also a verb is the verb after a word asking how or wanting to, and the noun elsewhere.
    [Theory]
    [InlineData("syaratnya daftar apa", "syaratnya mendaftar apa")]
    [InlineData("kami pengen daftar juga", "kami ingin mendaftar juga")]
    [InlineData("daftar kabupaten 2019", "daftar kabupaten 2019")]
    [InlineData("boleh daftar peserta 2018", "boleh daftar peserta 2018")]
    public void A_bare_verb_after_how_or_want_is_read_as_the_verb(string question, string expected) =>
        Assert.Equal(expected, string.Join(' ', InformalIndonesian.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Fact]
    public void Opening_connectives_are_not_searched_for() =>
        Assert.Equal("yang paling ditekankan saat 2019 yang mana saja",
            string.Join(' ', InformalIndonesian.Normalize("trs yg paling ditekenin pas 2019 yg mn aja").Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    [Theory]
    [InlineData("kenapa angkanya berbeda", AnswerType.Reason)]
    [InlineData("apa alasannya taman ditutup", AnswerType.Reason)]
    [InlineData("sejak tahun berapa namanya berubah", AnswerType.Year | AnswerType.Start)]
    [InlineData("mulai kapan layanan berjalan", AnswerType.Year | AnswerType.Start)]
    [InlineData("unsur apa saja yang dinilai", AnswerType.Enumeration)]
    public void Reads_why_since_and_which_ones_questions(string question, AnswerType expected) =>
        Assert.Equal(expected, AnswerTypes.Of(InformalIndonesian.Normalize(question)));

    [Theory]
    [InlineData("Selisihnya karena satu angka menghitung kunjungan.", AnswerType.Reason)]
    [InlineData("Sejak pelaksanaan 2016 namanya berubah.", AnswerType.Start | AnswerType.Year)]
    [InlineData("Penilaian melihat anggaran, pegawai, kendaraan, serta jaringan, dan aturan.", AnswerType.Enumeration)]
    [InlineData("Layanan dibuka di Pasar Baru, Blok A, dan Blok B.", AnswerType.Place)]
    public void Tells_explanations_starting_points_and_enumerations_in_a_text(string text, AnswerType expected) =>
        Assert.Equal(expected, AnswerTypes.In(text));

    [Fact]
    public void A_why_question_gets_the_sentence_that_explains()
    {
        var passage = Passage(0, "Jumlah pengunjung taman: 410 atau 470",
            "Jumlah pengunjung taman kota disebut dengan dua angka. Dinas taman menyebut 410 pengunjung. " +
            "Laporan warga menyebut 470 pengunjung. Selisihnya karena 470 menghitung kunjungan, sedangkan 410 menghitung orang berbeda.");
        using var index = KnowledgeIndex.Build([passage, Passage(1, "Lain", "Pelatihan aparatur.")]);
        var answer = AnswerComposer.Compose(index.Analyze("Mengapa ada yang menyebut 410 pengunjung dan ada yang 470?"), new SearchHit(passage, 1, 1), [], index);
        Assert.Contains("menghitung kunjungan", answer.Body);
    }

    [Fact]
    public void A_since_when_question_gets_the_sentence_naming_the_start()
    {
        var passage = Passage(0, "Nama layanan berubah",
            "Nama layanan berubah beberapa kali. Pada 2012–2014 layanan ini bernama Bus Kota 50 Rute karena sasarannya 50 rute. " +
            "Sejak pelaksanaan 2016 namanya menjadi Bus Kota. Sebagian dokumen tahun 2018 memakai nama Bus Rakyat.");
        using var index = KnowledgeIndex.Build([passage, Passage(1, "Lain", "Pelatihan aparatur.")]);
        var answer = AnswerComposer.Compose(index.Analyze("sejak tahun berapa angka 50 dihapus dari nama layanan?"), new SearchHit(passage, 1, 1), [], index);
        Assert.Contains("Sejak pelaksanaan 2016", answer.Body);
    }

    [Fact]
    public void A_which_ones_question_gets_the_sentence_that_names_several_things()
    {
        var passage = Passage(0, "Penilaian calon penerima hibah 2016",
            "Penilaian calon penerima hibah 2016 dilakukan pada Maret 2016. Desa Sukamaju dinilai pada 5 Maret 2016 di Bandung. " +
            "Jumlah desa yang dinilai berbeda antarsumber. Penilaian melihat anggaran desa, jumlah pegawai, kendaraan, serta jaringan, dan aturan.");
        using var index = KnowledgeIndex.Build([passage, Passage(1, "Lain", "Pelatihan aparatur.")]);
        var answer = AnswerComposer.Compose(index.Analyze("penilaian hibah 2016 tu yg dinilai apa aj"), new SearchHit(passage, 1, 1), [], index);
        Assert.Contains("anggaran desa, jumlah pegawai", answer.Body);
    }

    [Fact]
    public void A_question_naming_one_part_prefers_that_parts_own_section_to_the_overview()
    {
        using var index = KnowledgeIndex.Build(
        [
            // The overview names every service, the one asked about several times over; the service's own section names it in its heading.
            Passage(0, "Ringkasan empat jenis layanan kota cerdas",
                "Jenis layanan kota cerdas: layanan kesehatan, layanan pendidikan, layanan perizinan, dan layanan transportasi. " +
                "Layanan perizinan paling sering dipakai; perizinan daring dan perizinan usaha juga dibahas di bagian lain. "),
            Passage(1, "Layanan perizinan: izin usaha, izin bangunan, dan izin reklame secara daring", "Jenis layanan ini mengurus izin usaha dan izin bangunan secara daring untuk warga."),
            Passage(2, "Layanan kesehatan", "Menghubungkan puskesmas dan rumah sakit."),
            // As in real documents, the programme's name recurs in many headings, so it says little about any one section.
            .. Enumerable.Range(3, 8).Select(i => Passage(i, $"Pelatihan aparatur kota cerdas angkatan {i}", $"Pelatihan aparatur angkatan {i} untuk berbagai jenis jabatan berlangsung sepekan.")),
        ]);
        Assert.Equal("uji.md#1", index.Search("Apa fokus jenis layanan perizinan dalam kota cerdas ini?")[0].Passage.Id);
        Assert.Equal("uji.md#0", index.Search("Jenis layanan kota cerdas itu apa saja?")[0].Passage.Id);
    }

    [Fact]
    public void A_short_follow_up_is_read_with_the_question_before_it()
    {
        using var index = Library();
        var answerer = new QuestionAnswerer(index);
        var alone = answerer.Answer("kalau yang 2019?");
        Assert.Equal("uji.md#2", alone.Best!.Passage.Id);

        var first = answerer.Answer("Apa itu perpustakaan keliling?");
        Assert.Equal(AnswerKind.Answered, first.Kind);
        var followUp = answerer.Answer("kalau yang 2019?", new ConversationTopic(first.Context, first.Best!.Passage.Id, "Perpustakaan keliling"));
        Assert.Equal(AnswerKind.Answered, followUp.Kind);
        Assert.Equal("uji.md#1", followUp.Best!.Passage.Id);
        Assert.Equal("Apa itu perpustakaan keliling?", followUp.FollowUpOf);
        Assert.Contains("perpustakaan keliling", followUp.Context);
        Assert.Contains("2019", followUp.Context);
    }

    [Fact]
    public void A_self_contained_question_in_a_conversation_is_answered_on_its_own()
    {
        using var index = Library();
        var answerer = new QuestionAnswerer(index);
        var topic = new ConversationTopic("Apa itu perpustakaan keliling?", "uji.md#0", "Perpustakaan keliling");
        var result = answerer.Answer("Taman kota dibangun dengan pohon peneduh di mana?", topic);
        Assert.Null(result.FollowUpOf);
        Assert.Equal("uji.md#3", result.Best!.Passage.Id);
    }

    [Fact]
    public void An_unrelated_subject_is_still_declined_after_a_programme_answer()
    {
        using var index = Library();
        var answerer = new QuestionAnswerer(index);
        var topic = new ConversationTopic("Apa itu perpustakaan keliling?", "uji.md#0", "Perpustakaan keliling");
        Assert.Equal(AnswerKind.OutOfScope, answerer.Answer("terus cuaca besok gimana?", topic).Kind);
        Assert.Equal(AnswerKind.OutOfScope, answerer.Answer("kalau jadwal kereta ke Bandung?", topic).Kind);
    }

    [Fact]
    public void The_carried_context_keeps_only_the_newest_words()
    {
        var context = QuestionAnswerer.CarryOver(string.Join(' ', Enumerable.Range(1, 30).Select(i => $"kata{i}")), "kalau 2019?");
        var words = context.Split(' ');
        Assert.Equal(QuestionAnswerer.MaxContextWords, words.Length);
        Assert.Equal("2019?", words[^1]);
        Assert.DoesNotContain("kata1", words);
    }
}
