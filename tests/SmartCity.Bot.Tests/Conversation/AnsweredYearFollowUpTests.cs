namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// An officer of a 2018 region asks where the award was handed over: the question borrows the region's cohort year,
/// but the answer is the section about the 2021 closing. The conversation follows the answer, so "tanggalnya?" and the
/// winners asked next are of 2021, neither of the cohort year nor of the latest award (2025).
/// </summary>
public sealed class AnsweredYearFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task The_year_of_the_section_answered_replaces_the_cohort_year_lent_to_the_question()
    {
        const string c = "answered-year-award";
        await Say("siang, saya kabid e-gov Diskominfo Pemkab Grobogan Jateng. daerah kami pernah dapat penghargaan apa aja ya?", c, "petugas-ay1");
        var place = await Say("itu diserahkan di mana?", c, "petugas-ay1");
        Assert.Contains("ICE BSD", place);
        var date = await Say("tanggalnya?", c, "petugas-ay1");
        Assert.Contains("14 Desember 2021", date);
        Assert.Contains("12 kategori", await Say("waktu itu kategorinya ada berapa", c, "petugas-ay1"));
        var winners = await Say("terus daerah lain yang menang siapa aja", c, "petugas-ay1");
        Assert.Contains("Bojonegoro", winners);
        Assert.DoesNotContain("2025", winners);
    }
}
