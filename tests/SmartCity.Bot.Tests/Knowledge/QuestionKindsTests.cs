using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Question kinds beyond a single fact (issue 9): how a thing is done, how long a process takes against the time left
/// until a deadline, "sekarang" against years long past, a list asked across the years, an explanation given after a
/// restating sentence, and one thing compared in two years. Made-up passages, so the rules are tested, not the programme.
/// </summary>
public sealed class QuestionKindsTests
{
    [Theory]
    [InlineData("bagaimana cara mendaftar lomba", true)]
    [InlineData("bagaimana rencana induk disusun", true)]
    [InlineData("bagaimana kami mengajukan keberatan", true)]
    [InlineData("langkah langkahnya apa saja", true)]
    [InlineData("bagaimana status daerah saya", false)]
    [InlineData("bagaimana dengan tahun 2019", false)]
    [InlineData("kapan lomba dimulai", false)]
    public void A_way_is_asked_by_a_manner_word_or_by_bagaimana_with_a_verb(string question, bool manner) =>
        Assert.Equal(manner, AnswerTypes.Of(question).HasFlag(AnswerType.Manner));

    [Theory]
    [InlineData("berapa lama bimtek berlangsung", AnswerType.Duration)]
    [InlineData("berapa lama lagi sebelum tenggat", AnswerType.Remaining)]
    [InlineData("masih berapa hari sampai batas pengumpulan", AnswerType.Remaining)]
    public void How_long_a_process_takes_is_not_the_time_left_until_a_deadline(string question, AnswerType kind)
    {
        var read = AnswerTypes.Of(question) & (AnswerType.Duration | AnswerType.Remaining);
        Assert.Equal(kind, read);
    }

    [Fact]
    public void A_date_tells_the_time_left_and_a_way_is_read_from_its_words()
    {
        Assert.Equal(1, AnswerTypes.Evidence(AnswerType.Remaining, AnswerTypes.In("Berkas dikumpulkan paling lambat 9 Juni 2026.")));
        Assert.True(AnswerTypes.In("Peserta dipilih melalui wawancara.").HasFlag(AnswerType.Manner));
        Assert.False(AnswerTypes.In("Peserta berasal dari kota besar.").HasFlag(AnswerType.Manner));
    }

    [Fact]
    public void A_passage_enumerates_only_when_one_sentence_names_several_things()
    {
        Assert.False(AnswerTypes.In("Pada 2022, di Jakarta, lomba digelar. Pada 2023, di Bandung, lomba digelar lagi.").HasFlag(AnswerType.Enumeration));
        Assert.True(AnswerTypes.In("Pemenangnya Kota Arga, Kota Bima, Kota Cakra, Kota Dirga, dan Kota Eka.").HasFlag(AnswerType.Enumeration));
    }

    [Fact]
    public void Now_prefers_the_section_about_the_newest_year_over_one_sharing_more_words()
    {
        using var index = BuildWithFillers(
            Passage(0, "Penyelenggara lomba desa 2018", "Pada 2018 lomba desa diselenggarakan Dinas Pariwisata; lomba desa itu diikuti 20 desa."),
            Passage(1, "Penyelenggara baru 2025", "Sejak 2025 lomba desa diselenggarakan Dinas Kebudayaan."));
        Assert.Equal("Penyelenggara lomba desa 2018", index.Search("lomba desa diselenggarakan dinas apa?")[0].Passage.Heading);
        Assert.Equal("Penyelenggara baru 2025", index.Search("sekarang lomba desa diselenggarakan dinas apa?")[0].Passage.Heading);
    }

    [Fact]
    public void A_list_of_regions_asked_without_a_year_prefers_the_section_spanning_the_years()
    {
        using var index = BuildWithFillers(
            Passage(0, "Pemenang lomba 2022", "Pada 2022 lomba dimenangkan Kota Arga, dan daerah lain menerima piagam."),
            Passage(1, "Ringkasan pemenang lomba per tahun", "Pemenang setiap tahun:\n\n- 2019: Kota Bima\n- 2020: Kota Cakra\n- 2021: Kota Dirga\n- 2022: Kota Arga\n- 2023: Kota Eka"));
        Assert.Equal("Ringkasan pemenang lomba per tahun", index.Search("daerah mana saja yang pernah menang lomba?")[0].Passage.Heading);
    }

    [Fact]
    public void The_explanation_after_a_restating_sentence_joins_the_answer()
    {
        var seleksi = Passage(0, "Seleksi peserta lomba", "Seleksi peserta lomba dinilai oleh lima juri. Para juri berasal dari kampus negeri. Metodenya wawancara dengan setiap tim.");
        using var index = BuildWithFillers(seleksi);
        var question = index.Analyze("bagaimana seleksi peserta lomba dilakukan?");
        var answer = AnswerComposer.Compose(question, new SearchHit(seleksi, 1, 1), [], index);
        Assert.Contains("Metodenya wawancara", answer.Body);
    }

    [Fact]
    public void One_thing_compared_in_two_years_is_answered_by_each_years_section()
    {
        using var index = BuildWithFillers(
            Passage(0, "Penandatanganan kesepakatan lomba 2019", "Kesepakatan lomba 2019 ditandatangani di Hotel Arga, Jakarta, oleh 25 kepala desa."),
            Passage(1, "Penandatanganan kesepakatan lomba 2021", "Kesepakatan lomba 2021 ditandatangani secara virtual oleh 48 kepala desa."));
        var answer = new QuestionAnswerer(index, model: ConfidenceModel.AlwaysAnswer).Answer("apa beda penandatanganan kesepakatan lomba 2019 dan 2021?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Hotel Arga", answer.Answer!.Body);
        Assert.Contains("virtual", answer.Answer.Body);
    }
}
