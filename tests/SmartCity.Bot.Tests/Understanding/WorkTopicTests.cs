using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>
/// Openings that say who asks and why (issue 8): the topic of the asker's work stated with no question is the request,
/// its places the ones asked of; a closing question naming no place is not about where the asker is from.
/// </summary>
public sealed class WorkTopicTests
{
    private static Entities Entities(string text) => UnderstandingData.Entities.Recognize(text).Entities;

    [Fact]
    public void The_topic_of_the_work_stated_with_no_question_is_the_request_and_its_place_the_one_asked_of()
    {
        var entities = Entities("Pagi, saya dosen di Kota Semarang. Penelitian saya mengenai quick win Kabupaten Sragen.");
        Assert.Equal("quick win kabupaten sragen", entities.WorkTopic);
        Assert.Equal("quick win kabupaten xregion", entities.Request);
        Assert.False(entities.RequestImplicit);
        Assert.Equal("Kabupaten Sragen", entities.Region?.Name);
    }

    [Theory]
    // The topic names only the programme: what the bot can help with is the answer, as before.
    [InlineData("Saya mahasiswi, skripsi saya tentang smart city.")]
    [InlineData("kami peneliti, kajian kami soal gerakan menuju smart city")]
    // A question is asked: it is what the message asks, not the topic.
    [InlineData("Saya menulis artikel tentang quick win. Kapan quick win dipaparkan?")]
    // No work named: "tentang" alone opens no topic.
    [InlineData("saya warga biasa, penasaran tentang penghargaan 2022")]
    public void No_topic_when_it_names_only_the_programme_a_question_is_asked_or_no_work_is_named(string text) =>
        Assert.Null(Entities(text).WorkTopic);

    [Fact]
    public void A_closing_question_naming_no_place_is_not_about_where_the_asker_is_from()
    {
        Assert.True(Entities("Kami konsultan dari Kota Malang. Daerah mana yang punya inovasi transportasi?").PlacesOnlyBeforeQuestion);
        // Pointing back at the place, or naming one, the question is about it.
        Assert.False(Entities("Kami dari Kota Malang. Apakah daerah kami punya inovasi transportasi?").PlacesOnlyBeforeQuestion);
        Assert.False(Entities("Kami konsultan dari Kota Malang. Kota Batu punya inovasi apa?").PlacesOnlyBeforeQuestion);
    }
}
