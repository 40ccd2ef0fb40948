
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: a closing question after sentences that only set the scene, a one-word topic right
/// after an answer about a place, a correction that first rejects the last answer, a partner search naming no pillar,
/// "angkatan itu" and "bareng kami" as the cohort spoken of, thanks with an English contraction, and an introduction
/// followed by context only.
/// </summary>
public sealed class ContextAndFragmentTests : ConversationThroughTheBot
{
    [Fact]
    public async Task The_closing_question_after_a_context_sentence_is_what_is_answered()
    {
        var reply = await Say("Saya baru saja pindah tugas ke Kota Ambon bulan lalu. Kotanya ikut program smart city atau belum?", "ctx", "u-ctx");
        Assert.Contains("Kota Ambon", reply);
        Assert.Contains("2019", reply);
    }

    [Fact]
    public async Task A_topic_word_alone_after_a_place_answer_asks_it_of_that_place()
    {
        const string c = "fragment";
        Assert.Contains("2017", await Say("apakah Kota Semarang ikut smart city?", c, "u-fr"));
        Assert.Contains("economy", await Say("penghargaan?", c, "u-fr"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Chat_after_a_place_answer_is_not_read_as_a_question_about_it()
    {
        const string c = "fragment-chat";
        Assert.Contains("2017", await Say("apakah Kota Semarang ikut smart city?", c, "u-fc"));
        Assert.DoesNotContain("economy", await Say("oke sip", c, "u-fc"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_correction_that_rejects_the_answer_shows_the_place_meant()
    {
        const string c = "reject";
        Assert.Contains("Kampoeng Kuliner", await Say("apa inovasi Kota Dumai?", c, "u-rj"));
        var corrected = await Say("bukan yang itu, maksud saya Kabupaten Temanggung", c, "u-rj");
        Assert.Contains("Sinotika", corrected);
    }

    [Fact]
    public async Task A_partner_search_naming_no_pillar_offers_regions_with_recorded_work()
    {
        var reply = await Say("We make drones and look for participating regions to partner with. Which ones could we approach?", "partner", "u-pa");
        Assert.Contains("Kabupaten Banyumas", reply);
        Assert.Contains("Kota Depok", reply);
    }

    [Fact]
    public async Task The_cohort_spoken_of_is_read_from_angkatan_itu_and_bareng_kami()
    {
        const string c = "cohort-words";
        Assert.Contains("2023", await Say("Kami dari Pemkab Lumajang. Kami ikut tahun berapa?", c, "u-cw"));
        var east = await Say("yang dari Jawa Timur bareng kami siapa saja?", c, "u-cw");
        Assert.Contains("Kabupaten Bondowoso", east);
        Assert.DoesNotContain("Kabupaten Banyuwangi", east);
        Assert.Contains("50", await Say("jumlah peserta angkatan itu berapa?", c, "u-cw"));
    }

    [Fact]
    public async Task A_regional_thanks_after_an_answer_is_thanks_not_out_of_scope()
    {
        const string c = "regional-thanks";
        Assert.Contains("2018", await Say("Kabupaten Bandung ikut tahun berapa?", c, "u-rt"));
        var reply = await Say("hatur nuhun pisan", c, "u-rt"); // Sundanese, beside "nuhun" and "matur nuwun" (terima-kasih.txt)
        Assert.Contains("Sama-sama", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task A_goodbye_is_answered_with_a_goodbye_even_in_the_middle_of_the_checklist()
    {
        const string c = "goodbye";
        Assert.Contains("Sama-sama", await Say("makasih", c, "u-bye"));
        Assert.Contains("Sampai jumpa", await Say("dadah, see you", c, "u-bye"));
        const string officer = "goodbye-checklist";
        Assert.Contains("Checklist", await Say("kami dari kab trenggalek", officer, "u-bye2"));
        var bye = await Say("sampai jumpa", officer, "u-bye2");
        Assert.Contains("Sampai jumpa", bye);
        Assert.DoesNotContain("di luar cakupan", bye);
    }

    [Fact]
    public async Task Thanks_with_an_english_contraction_is_thanks()
    {
        var reply = await Say("thanks a lot, that's everything", "thanks-contraction", "u-tc");
        Assert.Contains("Sama-sama", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task An_introduction_followed_by_context_only_is_read_as_an_introduction()
    {
        const string c = "intro-context";
        var intro = await Say("Selamat siang, saya staf Dinas Kominfo Kota Metro, Lampung. Saya baru ditugaskan mengelola program smart city.", c, "u-ic");
        Assert.Contains("Kota Metro", intro);
        Assert.DoesNotContain("belum yakin", intro);
        Assert.Contains("2023", await Say("angkatan?", c, "u-ic"));
    }
}
