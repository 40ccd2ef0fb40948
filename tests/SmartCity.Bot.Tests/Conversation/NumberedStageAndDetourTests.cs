namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages, an officer's thread: after the list of a year's stages, "kalau tahap kedua?" is the
/// second stage listed (not the 2018 cohort, the programme's "tahap kedua"), an ordinal then walks the same list and a
/// bare "terus?" the next stage; during a status check, the pending question is shown again after the first question in
/// between only; "seprovinsi dengan kami" is the officer's own province even when another city was just named.
/// </summary>
public sealed class NumberedStageAndDetourTests : ConversationThroughTheBot
{
    [Fact]
    public async Task Stage_ordinals_after_the_stage_list_walk_that_list()
    {
        const string c = "numbered-stage";
        await Say("pagi, saya admin diskominfo kabupaten manokwari", c, "u-ns");
        Assert.Contains("Tahap 9", await Say("tahapan gerakan menuju smart city dalam satu tahun apa saja", c, "u-ns"));
        var second = await Say("kalau tahap kedua?", c, "u-ns");
        Assert.Contains("penetapan", second);
        Assert.DoesNotContain("8 Mei 2018", second);
        Assert.Contains("Tahap 3", await Say("yang ketiga?", c, "u-ns"));
        Assert.Contains("tahap 4", await Say("terus?", c, "u-ns"));
    }

    [Fact]
    public async Task A_second_question_in_between_gets_a_reminder_not_the_whole_question_again()
    {
        const string c = "detour-once";
        Assert.Contains("(1/", await Say("saya PIC smart city kabupaten pelalawan, mau update checklist kami", c, "u-do"));
        Assert.Contains("(2/", await Say("belum", c, "u-do"));
        Assert.Contains("(2/", await Say("quick win itu wajib?", c, "u-do"));
        var second = await Say("mou angkatan kami dulu di mana?", c, "u-do");
        Assert.Contains("Makassar", second);
        Assert.DoesNotContain("Kembali ke checklist", second);
        Assert.Contains("masih menunggu jawaban butir 2 dari", second);
        Assert.Contains("(2/", await Say("lanjut", c, "u-do"));
        Assert.Contains("(3/", await Say("sudah", c, "u-do"));
        // Answered since: the next question in between shows the pending question again.
        Assert.Contains("(3/", await Say("pilar smart city apa saja?", c, "u-do"));
    }

    [Fact]
    public async Task Same_province_as_us_is_the_officers_own_after_another_city_was_named()
    {
        const string c = "own-same-province";
        await Say("kami dari tim smart city kota tangerang selatan, ikut tahun berapa ya?", c, "u-osp");
        Assert.Contains("Makassar", await Say("mou nya di makassar ya? tanggal brp", c, "u-osp"));
        var listed = await Say("daerah lain yang seprovinsi dengan kami siapa saja", c, "u-osp");
        Assert.Contains("Cilegon", listed);
        Assert.DoesNotContain("Luwu", listed);
    }
}
