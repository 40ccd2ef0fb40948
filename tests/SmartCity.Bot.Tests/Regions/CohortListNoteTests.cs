using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// A year whose recorded names number other than its official size (cohorts.csv list_note) says how many names the data
/// holds and why, beside the year's count and beside the year's list; and the province with the most participants asked
/// with the singular "province", through the real /api/messages.
/// </summary>
public sealed class CohortListNoteTests : BotWithKnowledge
{
    [Fact]
    public async Task A_year_count_says_how_many_names_are_held_and_why()
    {
        var reply = await Say("berapa jumlah peserta tahun 2018?", "list-note-2018");
        Assert.Contains("50 kabupaten/kota", reply);
        Assert.Contains("memuat 48 daerah", reply);
        Assert.Contains("Kota Depok", reply);
    }

    [Fact]
    public async Task A_partial_year_count_says_the_list_is_only_part()
    {
        var reply = await Say("peserta 2022 ada berapa?", "list-note-2022");
        Assert.Contains("memuat 7 daerah", reply);
        Assert.Contains("sebagian", reply);
    }

    [Fact]
    public async Task A_complete_year_count_adds_nothing_about_the_list()
    {
        var reply = await Say("berapa jumlah peserta tahun 2023?", "list-note-2023");
        Assert.Contains("50 kabupaten/kota", reply);
        Assert.DoesNotContain("Daftar nama di data kami", reply);
    }

    [Fact]
    public async Task The_province_with_most_participants_in_english_singular()
    {
        var reply = await Say("which province has the most participants?", "most-province-en");
        Assert.Contains("Jawa Tengah", reply);
    }
}
