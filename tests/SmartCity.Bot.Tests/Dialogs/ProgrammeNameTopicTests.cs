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
}
