namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Citizens' and journalists' threads that keep their subject: a region in no year's list then "why?" is answered by
/// how regions come to take part; two years compared after a count; examples after a section that has none; words
/// stretched for tone.
/// </summary>
public sealed class CitizenThreadTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Why_after_a_region_in_no_list_is_how_regions_take_part()
    {
        const string c = "citizen-why-not";
        Assert.Contains("tidak ditemukan", await Say("kabupaten cianjur termasuk peserta?", c, "warga-71"));
        var why = await Say("alasannya apa?", c, "warga-71");
        Assert.Matches("(?i)diundang|undangan|assessment", why);
        Assert.DoesNotContain("di luar cakupan", why);
    }

    [Fact]
    public async Task Two_years_compared_after_a_count_answer_each_year()
    {
        const string c = "journalist-two-years";
        await Say("berapa jumlah peserta tahun 2021?", c, "wartawan-72");
        var reply = await Say("kalau 2018 vs 2019?", c, "wartawan-72");
        Assert.Contains("50", reply);
        Assert.Contains("25", reply);
    }

    [Fact]
    public async Task Examples_after_a_section_without_them_are_of_the_documents_subject()
    {
        const string c = "student-examples";
        await Say("masterplan harus disesuaikan dengan dokumen apa?", c, "siswa-73");
        var reply = await Say("ada contoh daerahnya?", c, "siswa-73");
        Assert.Matches("Cirebon|Banyumas|Wonogiri|Penajam", reply);
    }

    [Fact]
    public async Task A_stretched_question_is_answered()
    {
        var reply = await Say("quick win ituuu apaaa sihh", "parent-stretched", "ortu-74");
        Assert.DoesNotContain("di luar cakupan", reply);
        Assert.Contains("quick win", reply, StringComparison.OrdinalIgnoreCase);
    }
}
