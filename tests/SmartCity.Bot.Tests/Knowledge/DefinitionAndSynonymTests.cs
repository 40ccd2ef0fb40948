using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// On made-up passages: a definition question keeps its subject when it names where the term is used ("… dalam
/// konteks smart city"), the passage defining the subject outright beats one whose "adalah" is about something else,
/// a count in words meets the same count in digits, and "dilibatkan"/"total" meet "diikuti"/"jumlah".
/// </summary>
public sealed class DefinitionAndSynonymTests
{
    private static KnowledgeIndex Build(params Passage[] passages) => MadeUpPassages.BuildWithFillers(passages);

    [Theory]
    [InlineData("Kanal aduan itu maksudnya apa dalam konteks smart city?", "kanal aduan")]
    [InlineData("apa itu kanal aduan di program ini", "kanal aduan")]
    [InlineData("kanal aduan itu apa menurut kominfo?", "kanal aduan")]
    [InlineData("apa yang dimaksud dengan kanal aduan dalam gerakan menuju smart city", "kanal aduan")]
    public void Words_saying_where_a_term_is_used_are_not_part_of_the_subject(string question, string subject) =>
        Assert.Equal(subject, QuestionCues.DefinitionSubject(InformalIndonesian.Normalize(question)));

    // knowledge/lexicon/penegas-tanya.txt: an adverb that only stresses the question keeps it a definition question.
    [Theory]
    [InlineData("kanal aduan itu sebenernya apa sih?", "kanal aduan")]
    [InlineData("kanal aduan itu tepatnya apa", "kanal aduan")]
    [InlineData("apa sebenarnya yang dimaksud dengan kanal aduan", "kanal aduan")]
    public void An_adverb_stressing_the_question_is_not_part_of_the_subject(string question, string subject) =>
        Assert.Equal(subject, QuestionCues.DefinitionSubject(InformalIndonesian.Normalize(question)));

    [Fact]
    public void A_definition_question_with_context_words_is_answered_from_the_defining_passage()
    {
        using var index = Build(
            Passage(0, "Istilah lain kanal aduan", "Dalam berbagai sumber, kanal aduan juga disebut saluran pengaduan atau layanan aspirasi."),
            Passage(1, "Penghargaan kanal aduan terbaik", "Ketiga penerima penghargaan kanal aduan terbaik adalah kota yang menjawab aduan dalam sehari."),
            Passage(2, "Apa itu kanal aduan?", "Kanal aduan adalah layanan daring tempat warga menyampaikan keluhan kepada pemerintah kota."));
        var answer = new QuestionAnswerer(index).Answer("Kanal aduan itu maksudnya apa dalam konteks tata kelola?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("uji.md#2", answer.Best!.Passage.Id);
        Assert.StartsWith("Kanal aduan adalah", answer.Answer!.Body);
    }

    [Fact]
    public void A_sentence_about_something_that_mentions_the_subject_defines_it_only_loosely()
    {
        using var index = Build(Passage(0, "Kanal aduan", "Kanal aduan dibuka 2020."));
        var subject = index.Analyze("kanal aduan") with { Defines = "kanal aduan" };
        string[] loose = ["Ketiga penerima penghargaan kanal aduan terbaik adalah kota yang cepat."];
        Assert.Null(AnswerComposer.DefiningSentence(subject, loose, tightly: true));
        Assert.Equal(0, AnswerComposer.DefiningSentence(subject, loose));
        string[] both = [loose[0], "Kanal aduan adalah layanan daring warga."];
        Assert.Equal(1, AnswerComposer.DefiningSentence(subject, both));
    }

    [Fact]
    public void A_count_in_words_meets_the_same_count_in_digits()
    {
        using var index = Build(
            Passage(0, "Surat undangan peresmian halte angkatan 2024", "Undangan peresmian halte dikirim 7 Februari 2024 kepada sepuluh camat."),
            Passage(1, "Peresmian halte 5 Maret 2024 dan daftar 10 kecamatan", "Peresmian halte berlangsung 5 Maret 2024 di 10 kecamatan."));
        Assert.Equal("uji.md#1", index.Search("Peresmian halte sepuluh kecamatan 2024 kapan?")[0].Passage.Id);
        // A small figure stays itself: "2" in a question is mostly a position ("tahap 2"), not the incidental "dua" of a
        // passage's prose (figures of 10 and more also meet their words: FiguresAsWordsTests).
        Assert.Single(index.Analyze("2 camat").Terms.Single(t => t.Words == "2").Options);
    }

    [Fact]
    public void Taking_part_and_totals_meet_their_other_words()
    {
        using var index = Build(
            Passage(0, "Peserta ulang 2021 dan total 141 kecamatan berbeda",
                "Sampai akhir 2021 total kecamatan berbeda yang pernah ikut adalah 141: 25 (2017) + 50 (2018) + 25 (2019) + 48 (2021) dikurangi yang mengulang."),
            Passage(1, "Jumlah peserta 2021: 70 kecamatan", "Program 2021 diikuti total 70 kecamatan."));
        Assert.Equal("uji.md#1", index.Search("Total berapa kecamatan yang dilibatkan pada 2021?")[0].Passage.Id);
    }

    [Fact]
    public void A_business_asking_to_partner_meets_the_invitation_to_the_private_sector_not_an_events_partners()
    {
        using var index = Build(
            Passage(0, "Mitra penyelenggaraan festival 2030", "Mitra festival 2030 adalah sebuah koran daerah sebagai mitra media."),
            Passage(1, "Ajakan bagi sektor swasta", "Mulai 2031 dinas mengajak investor dan sektor swasta bekerja sama dengan kelurahan."));
        Assert.Equal("uji.md#1", index.Search("kami pengusaha lokal, gimana cara bermitra?")[0].Passage.Id);
    }

    [Fact]
    public void A_memorandum_in_an_English_question_meets_the_nota_kesepahaman_of_the_documents()
    {
        using var index = Build(
            Passage(0, "Jadwal pameran 2019", "Pameran dibuka 6 November 2019 di Jakarta."),
            Passage(1, "Nota kesepahaman 2019", "Nota kesepahaman ditandatangani 15 Mei 2019 di Jakarta."));
        Assert.Equal("uji.md#1", index.Search("when was the 2019 memorandum signed?")[0].Passage.Id);
        Assert.Equal("uji.md#1", index.Search("memorandum of understanding 2019 in Jakarta")[0].Passage.Id);
    }

    [Fact]
    public void Counting_daerah_meets_a_heading_counting_kabupaten_kota_or_peserta()
    {
        using var index = Build(
            Passage(0, "Perbedaan daftar 2024", "Laporan surat menyebut satu daerah lain sebagai salah satu dari sepuluh daerah yang ikut 2024."),
            Passage(1, "Program 2024: 12 kabupaten/kota", "Program 2024 diikuti kabupaten dan kota dari lima provinsi."));
        var daerah = index.Analyze("berapa daerah yang ikut 2024?").Counted!;
        Assert.True(KnowledgeIndex.CountsSame(daerah, KnowledgeIndex.TermsOf("kabupaten/kota")));
        Assert.True(KnowledgeIndex.CountsSame(daerah, KnowledgeIndex.TermsOf("peserta")));
        Assert.False(KnowledgeIndex.CountsSame(daerah, KnowledgeIndex.TermsOf("pilar")));
        Assert.Equal("uji.md#1", index.Search("berapa daerah yang ikut 2024?")[0].Passage.Id);
    }

    [Theory]
    [InlineData("sebutin salah satunya", true)]
    [InlineData("beberapa di antaranya dong", true)]
    [InlineData("salah satu saja", true)]
    [InlineData("siapa salah satu peserta 2024?", false)]
    public void Asking_for_one_of_them_is_recognised(string message, bool expected) =>
        Assert.Equal(expected, QuestionCues.AsksForOneOfThem(InformalIndonesian.Normalize(message)));

    [Fact]
    public void One_of_them_is_taken_from_the_list_the_conversation_just_showed()
    {
        using var index = Build(
            Passage(0, "Peresmian halte 2024 dan daftar tiga kecamatan", "Halte diresmikan 5 Maret 2024 di tiga kecamatan:\n\n- Kecamatan Mawar\n- Kecamatan Melati\n- Kecamatan Anggrek"),
            Passage(1, "Halte secara umum", "Salah satu halte tertua dibangun 1990."));
        var answerer = new QuestionAnswerer(index);
        var first = answerer.Answer("berapa kecamatan yang dapat halte 2024?");
        Assert.Equal("uji.md#0", first.Best!.Passage.Id);
        var next = answerer.Answer("sebutin salah satunya", new ConversationTopic(first.Context, first.Best.Passage.Id, "halte"));
        Assert.Equal("uji.md#0", next.Best!.Passage.Id);
        Assert.Contains("Kecamatan Melati", string.Join("\n", next.Answer!.Items) + next.Answer.Body);
    }
}
