using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// A region named right after a companion word (entities.json cohortCompanions) in a count or list question is the
/// reference of the cohort asked of, not the region asked about; English acknowledgements close like Indonesian ones.
/// </summary>
public sealed class CohortCompanionTests
{
    private static Entities Read(string text) => UnderstandingData.Recognizer.Recognize(text).Entities;

    [Theory]
    [InlineData("yg ikut bareng kabupaten lumajang dari jatim siapa aja?")]
    [InlineData("tahun itu yang ikut bareng sama banyumas ada berapa daerah?")]
    [InlineData("how many cities joined together with Kota Tomohon?")]
    public void A_companion_region_in_a_count_or_list_question_is_its_cohorts_reference(string text)
    {
        var entities = Read(text);
        Assert.True(entities.CohortCompanion);
        Assert.True(entities.OwnCohort);
        Assert.NotNull(entities.Region);
    }

    [Theory]
    [InlineData("kami mau kerja sama bareng Kota Surabaya")] // no count or list asked
    [InlineData("Kota Tomohon ikut tahun berapa?")]
    [InlineData("berapa peserta 2019 bareng kabupaten banyumas")] // the year is named
    public void Otherwise_the_region_named_is_the_one_asked_about(string text) => Assert.False(Read(text).CohortCompanion);

    [Theory]
    [InlineData("great thanks")]
    [InlineData("alright terima kasih")]
    [InlineData("cheers thanks")]
    public void An_english_acknowledgement_opening_a_close_is_thanks(string text) => Assert.True(ScopeGuard.IsThanks(text));
}
