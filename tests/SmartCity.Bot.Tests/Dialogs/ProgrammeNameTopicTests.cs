using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// Through the real /api/messages: the programme's own name ("smart city", knowledge/lexicon/penanda-program.txt) is no
/// topic of a region-data question. A question about a place whose other words the participation examples never use (a
/// rank in a world index) is not answered with the place's participation; "X ikut smart city?" still is.
/// </summary>
public sealed class ProgrammeNameTopicTests : BotWithKnowledge
{
    [Theory]
    [InlineData("urutan Kabupaten Sleman dalam indeks smart city internasional berapa", "Sleman")]
    [InlineData("Jawa Tengah peringkat berapa di indeks smart city dunia?", "Jawa Tengah")]
    public async Task A_rank_in_a_world_index_is_not_answered_with_participation(string question, string place)
    {
        var reply = await Say(question, "rank-" + place.Length);
        Assert.DoesNotContain("tercatat sebagai peserta", reply);
        Assert.Matches("belum yakin|tidak memuat|di luar cakupan", reply);
    }

    [Theory]
    [InlineData("kabupaten sleman ikut gerakan smart city?", "Kabupaten Sleman tercatat sebagai peserta")]
    [InlineData("jawa tengah smart city nya siapa aja", "Provinsi Jawa Tengah yang tercatat sebagai peserta")]
    [InlineData("jakarta ikut smart city?", "Daerah Khusus Ibukota Jakarta")]
    public async Task Taking_part_in_the_programme_is_still_the_participation_answer(string question, string expected)
    {
        Assert.Contains(expected, await Say(question, "part-" + question.Length));
    }

    /// <summary>
    /// The programme's full name beside a province ("… ikut gerakan menuju smart city?") read as a question about the
    /// programme, so a province was answered by whichever document shared its words; the participation examples
    /// (knowledge/understanding/participation.lu) now hold a place with the full name. Asking what it takes to join, with
    /// the same name, stays the eligibility answer.
    /// </summary>
    [Theory]
    [InlineData("papua barat ikut gerakan menuju smart city?", "Provinsi Papua Barat yang tercatat sebagai peserta")]
    [InlineData("jakarta ikut gerakan menuju smart city?", "Daerah Khusus Ibukota Jakarta")]
    public async Task A_province_asked_with_the_programme_full_name_gets_its_participants(string question, string expected)
    {
        Assert.Contains(expected, await Say(question, "full-" + question.Length));
    }

    [Fact]
    public async Task What_it_takes_to_join_asked_with_the_full_name_is_the_eligibility_answer()
    {
        var reply = await Say("syarat ikut gerakan menuju smart city apa?", "eligible-full");
        Assert.DoesNotContain("tercatat sebagai peserta", reply);
        Assert.Contains("kabupaten dan kota", reply);
    }
}
