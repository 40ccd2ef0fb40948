using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// Openings of several parts (issue 8, intent18): word classes as classifier features, who asks versus what is asked,
/// a student's statement that asks nothing.
/// </summary>
public sealed class WholeOpeningTests
{
    private static Recognition Recognize(string text) => UnderstandingData.Recognizer.Recognize(text);

    [Fact]
    public void A_word_of_a_class_also_votes_as_its_class_and_a_negated_one_as_the_negated_class()
    {
        var classes = new Dictionary<string, string> { ["wartawan"] = "peran", ["jurnalis"] = "peran" };
        var features = IntentClassifier.Features("saya wartawan", new HashSet<string>(), classes).ToList();
        Assert.Contains("k:peran", features);
        Assert.Contains("w:wartawan", features); // the word itself still counts
        Assert.Contains("j:peran", IntentClassifier.Features("bukan jurnalis", new HashSet<string> { "bukan" }, classes));
        Assert.DoesNotContain(IntentClassifier.Features("saya warga", new HashSet<string>(), classes), f => f.StartsWith("k:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unseen_member_of_a_class_is_read_like_the_members_the_examples_use()
    {
        // Only "dosen" is in an example; "peneliti" shares its class and so its examples' vote.
        var classes = new Dictionary<string, string> { ["dosen"] = "peran", ["peneliti"] = "peran" };
        var examples = new[] { (IntentNames.Help, "saya dosen"), (IntentNames.Help, "bot ini bisa apa"), (IntentNames.Thanks, "saya terima kasih"), (IntentNames.Thanks, "makasih") };
        var with = new IntentClassifier(examples, null, classes).Classify("saya peneliti");
        var without = new IntentClassifier(examples).Classify("saya peneliti");
        Assert.Equal(IntentNames.Help, with[0].Intent);
        Assert.True(with.Single(i => i.Intent == IntentNames.Help).Score > without.Single(i => i.Intent == IntentNames.Help).Score);
    }

    [Fact]
    public void Word_classes_come_from_the_data_file()
    {
        Assert.Equal(UnderstandingData.Entities.WordClasses["mahasiswa"], UnderstandingData.Entities.WordClasses["wartawan"]);
        Assert.Equal(UnderstandingData.Entities.WordClasses["skripsi"], UnderstandingData.Entities.WordClasses["disertasi"]);
    }

    [Theory]
    [InlineData("saya mahasiswa, skripsi tentang GMSC")]
    [InlineData("pagi kak, aku mahasiswi S1, lagi menyusun laporan magang soal program ini")]
    public void A_statement_about_the_programme_after_who_asks_is_an_opening_for_help(string text)
    {
        var read = Recognize(text);
        Assert.True(read.Entities.RequestImplicit);
        Assert.Equal(IntentNames.Help, read.TopIntent);
    }

    [Fact]
    public void A_question_before_who_asks_is_what_is_asked() =>
        Assert.Equal(IntentNames.ProgrammeQuestion, Recognize("Berapa jumlah pilar smart city? Saya staf Diskominfo Kabupaten Sleman.").TopIntent);

    [Fact]
    public void A_question_after_a_greeting_and_who_asks_is_what_is_asked()
    {
        var read = Recognize("pagi pak, saya guru sd, pilar smart city ada berapa?");
        Assert.True(read.Entities.AfterSpeaker);
        Assert.False(read.Entities.RequestImplicit);
        Assert.Equal(IntentNames.ProgrammeQuestion, read.TopIntent);
    }

    [Fact]
    public void A_first_clause_stating_a_wish_is_the_request_not_who_asks() =>
        Assert.False(Recognize("saya ingin lihat status kab. kami, sudah lengkap belum").Entities.AfterSpeaker);
}
