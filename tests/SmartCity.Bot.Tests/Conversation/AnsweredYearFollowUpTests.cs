namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// An officer of a 2018 region asks which awards the region received, then where and when it was handed over, how
/// many categories there were and who else won: the award (2021) leads the answer, and every follow-up that names no
/// year stays with 2021, neither the cohort year nor the latest award (2025).
/// </summary>
public sealed class AnsweredYearFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Follow_ups_of_a_regions_award_stay_with_the_awards_year()
    {
        const string c = "answered-year-award";
        var awards = await Say("siang, saya kabid e-gov Diskominfo Pemkab Grobogan Jateng. daerah kami pernah dapat penghargaan apa aja ya?", c, "petugas-ay1");
        Assert.StartsWith("Penghargaan Kabupaten Grobogan yang tercatat: Penghargaan smart environment (2021)", awards.TrimStart());
        Assert.Contains("ICE BSD", await Say("acara penyerahannya di mana?", c, "petugas-ay1"));
        Assert.Contains("14 Desember 2021", await Say("tanggalnya?", c, "petugas-ay1"));
        Assert.Contains("12 kategori", await Say("waktu itu kategorinya ada berapa", c, "petugas-ay1"));
        var winners = await Say("terus daerah lain yang menang siapa aja", c, "petugas-ay1");
        Assert.Contains("Bojonegoro", winners);
        Assert.DoesNotContain("2025", winners);
    }
}
