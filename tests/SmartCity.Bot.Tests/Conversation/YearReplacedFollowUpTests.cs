namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// A citizen asks about one year, then names only another ("yg 2019 bagaimana?"): the documents' earlier question is
/// asked again of that year, whatever dialog the bare year leans to, and a year the documents do not answer it for is said to be unsure rather than answered
/// with another topic of that year.
/// </summary>
public sealed class YearReplacedFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Another_year_asks_the_same_question_of_that_year()
    {
        const string c = "year-replaced-mou";
        Assert.Contains("21 April 2022", await Say("penandatanganan nota kesepakatan thn 2022 tanggal brp ya", c, "warga-yr1"));
        var earlier = await Say("yg 2019 bagaimana?", c, "warga-yr1");
        Assert.Contains("15 Mei 2019", earlier);
        Assert.DoesNotContain("21 April 2022", earlier);
    }

    [Fact]
    public async Task A_year_without_the_fact_is_not_answered_with_that_years_other_topic()
    {
        const string c = "year-replaced-winners";
        Assert.Contains("Surakarta", await Say("quick win terbaik 2022 dimenangkan daerah mana saja?", c, "warga-yr2"));
        var next = await Say("kalo 2023 gmn", c, "warga-yr2");
        // 2023 names no quick-win winners in the documents: its quick-win section (or unsure) answers, not its MoU (28 Februari 2023).
        Assert.DoesNotContain("28 Februari 2023", next);
        Assert.DoesNotContain("Surakarta", next);
        Assert.Contains("2023", next);
    }

    [Fact]
    public async Task A_bare_year_after_the_documents_is_no_choice_between_dialogs()
    {
        const string c = "year-replaced-count";
        await Say("jumlah daerah peserta tahun 2018 ada berapa?", c, "warga-yr3");
        var next = await Say("kalau yang 2020?", c, "warga-yr3");
        Assert.DoesNotContain("maksud Anda yang mana", next);
        Assert.Contains("2020", next);
    }
}
