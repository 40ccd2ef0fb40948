
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages (issue 8): a journalist or a business saying where they work and asking about a cohort
/// gets the cohort, not their own city; a province named alone right after a year's count lists that year; two
/// questions for the documents in one message are both answered; a wish and a question: the answer, then the form.
/// </summary>
public sealed class IntroducedAskerTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_cohort_asked_after_saying_where_one_works_is_the_cohort()
    {
        const string c = "journalist-cohort";
        var reply = await Say("Saya jurnalis dari Kota Pontianak, lagi nulis soal angkatan 2024. pesertanya siapa aja?", c, "u-jc");
        Assert.Contains("Kota Parepare", reply);
        Assert.DoesNotContain("Pontianak", reply);
    }

    [Fact]
    public async Task A_province_alone_after_a_year_count_lists_that_year()
    {
        const string c = "province-after-count";
        Assert.DoesNotContain("Surabaya", await Say("saya wartawan di Kota Surabaya, mau tanya peserta tahun 2017 ada berapa daerah?", c, "u-pc"));
        var reply = await Say("kalau jawa timur?", c, "u-pc");
        Assert.Contains("Kabupaten Gresik", reply);
        Assert.DoesNotContain("Kota Surabaya", reply); // 2018, not the year counted
    }

    [Fact]
    public async Task Two_questions_for_the_documents_are_both_answered()
    {
        var reply = await Say("Permisi kak, saya siswa SMA. Smart city itu apa dan kapan gerakannya dimulai?", "two-docs", "u-td");
        Assert.Contains("kota cerdas", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2017", reply);
    }

    [Fact]
    public async Task A_wish_and_a_question_get_the_answer_then_the_form()
    {
        var reply = await Say("Kami ingin kerja sama dengan Kabupaten Demak, dan mau tanya juga Demak ikut tahun berapa?", "wish-question", "u-wq");
        Assert.Contains("2019", reply);
        Assert.Contains("kolaborasi", reply, StringComparison.OrdinalIgnoreCase);
    }
}
