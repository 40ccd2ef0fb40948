
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Officers' openings that say who they are and why before the question: a pillar named there is what "pilar itu" means
/// next (whichever dialog answered the opening) and in the same message; a correction of the year after a framed question
/// is answered from the question, and does not drop the officer's region.
/// </summary>
public sealed class PreambleReferenceTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_pillar_named_in_an_introduction_is_the_one_pilar_itu_points_at_next()
    {
        const string c = "preamble-pillar";
        Assert.Contains("2022", await Say("Selamat siang, saya dari Bappeda Kabupaten Trenggalek. Tim kami menyiapkan bagian smart branding di masterplan. Trenggalek ikut angkatan berapa?", c, "o-tgk"));
        var pillar = await Say("unsur yang dikembangkan di pilar itu apa saja?", c, "o-tgk");
        Assert.Contains("wajah kota", pillar);
        Assert.DoesNotContain("birokrasi", pillar);
    }

    [Fact]
    public async Task A_pillar_named_before_pilar_itu_in_the_same_message_is_asked_by_its_name()
    {
        var reply = await Say("Saya Kabid e-Government Diskominfo Kota Depok. Pimpinan meminta ringkasan tentang pilar smart living untuk paparan. Pilar itu mencakup apa saja?", "same-message-pillar", "o-dpk");
        Assert.Contains("hunian", reply);
        Assert.DoesNotContain("Smart branding", reply);
    }

    [Fact]
    public async Task A_correction_of_the_year_keeps_the_officers_region()
    {
        const string c = "year-correction";
        Assert.Contains("Grand Sahid", await Say("Pagi kak, saya staf Dinas Kominfo Kota Tegal. Lagi siapin sambutan pimpinan. Penutupan GMSC 2022 diadakan di mana?", c, "o-tgl"));
        var corrected = await Say("eh maksud saya tahun sebelumnya", c, "o-tgl");
        Assert.DoesNotContain("tidak lagi memakai", corrected);
        Assert.Contains("ICE BSD", corrected);
        Assert.Contains("Kota Tegal", await Say("kota kami ikut angkatan berapa?", c, "o-tgl"));
    }

    [Fact]
    public async Task A_definition_follow_up_naming_its_own_subject_after_a_framed_question_defines_that_subject()
    {
        const string c = "framed-definition";
        Assert.Contains("kota cerdas", await Say("halo kak, saya mahasiswa, lagi nulis tugas akhir tentang kota cerdas. pengertian smart city menurut program ini apa?", c, "s-def"));
        var next = await Say("kalau definisi quick win?", c, "s-def");
        Assert.Contains("quick win", next, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Smart city atau kota cerdas adalah", next);
    }
}
