using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>Negation scope as a classifier feature, words pointing back at a place, and messages that are only a place.</summary>
public sealed class NegationAndReferenceTests
{
    private static readonly IReadOnlySet<string> Negators = UnderstandingData.Entities.Negators;

    private static Recognition Recognize(string text) => UnderstandingData.Recognizer.Recognize(text);

    [Fact]
    public void Negators_come_from_the_data_file()
    {
        Assert.Contains("jangan", Negators);
        Assert.Contains("gak", Negators);
        Assert.Contains("kurang", Negators);
    }

    [Fact]
    public void Words_after_a_negator_are_negated_features_and_the_scope_ends()
    {
        var negated = IntentClassifier.Features("jangan kirim pengingat lagi soal tenggat", Negators).ToList();
        Assert.Contains("n:kirim", negated);
        Assert.Contains("n:pengingat", negated);
        Assert.DoesNotContain("w:pengingat", negated);
        Assert.DoesNotContain("c:pen", negated); // the spelling of a negated word is negated too
        Assert.Contains("m:pen", negated);
        Assert.Contains("w:tenggat", negated); // three words on, the scope is over

        var plain = IntentClassifier.Features("kirim pengingat", Negators).ToList();
        Assert.Contains("w:pengingat", plain);
        Assert.DoesNotContain(plain, f => f.StartsWith("n:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("penjelasannya membantu", IntentNames.FeedbackHelpful)]
    [InlineData("penjelasannya ga membantu", IntentNames.FeedbackNotHelpful)]
    [InlineData("nggak perlu kabari saya", IntentNames.ReminderOff)]
    [InlineData("gak usah kasih notif lagi", IntentNames.ReminderOff)]
    [InlineData("tolong jangan kirimi aku notifikasi tenggat lagi ya pak", IntentNames.ReminderOff)] // long: not a short-only intent
    public void A_negated_phrase_reads_as_its_opposite(string text, string intent) =>
        Assert.Equal(intent, Recognize(text).TopIntent);

    [Theory]
    [InlineData("inovasi daerah tersebut apa saja")]
    [InlineData("mau ajak kerja sama mereka")]
    [InlineData("program unggulan di sana apa")]
    public void Words_pointing_back_at_a_place_are_recognized(string text)
    {
        var recognition = Recognize(text);
        Assert.True(recognition.Entities.RefersBack);
        Assert.True(recognition.Entities.Regions.IsEmpty); // not a region by themselves: memory resolves them
    }

    [Fact]
    public void A_place_pointed_back_at_is_classified_like_a_named_place()
    {
        Assert.Equal(Recognize("inovasi Kabupaten Banyumas apa saja").TopIntent, Recognize("inovasi daerah tersebut apa saja").TopIntent);
    }

    [Theory]
    [InlineData("kalau Kab. Kudus?", true)]
    [InlineData("tetangganya, Kabupaten Bantul?", true)]
    [InlineData("kalo kota tegal gimana", true)]
    [InlineData("kalau soal masterplan?", false)]
    [InlineData("kalau daerah kami, pati?", true)]
    [InlineData("ingatkan kami untuk kabupaten pati", false)]
    [InlineData("cek status Kabupaten Kudus", false)]
    public void A_message_that_is_only_a_place_and_follow_up_words_is_marked(string text, bool onlyPlace) =>
        Assert.Equal(onlyPlace, Recognize(text).Entities.OnlyPlace);

    [Fact]
    public void Follow_up_words_around_a_place_do_not_decide_the_intent()
    {
        Assert.Equal(Recognize("Kabupaten Badung").TopIntent, Recognize("kalau Kabupaten Badung?").TopIntent);
    }

    [Fact]
    public void Kot_abbreviates_kota()
    {
        Assert.Equal("Kota Bogor", Recognize("kami dari Kot. Bogor").Entities.Region?.Name);
    }
}
