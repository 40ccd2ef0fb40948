using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// Through the real /api/messages: whom to ask or give feedback to is answered from calendar.json "contact" — the
/// programme's desk in general, the user's own region's Diskominfo once it is known, a named region's office — and
/// is neither declined as out of scope nor handed to the documents.
/// </summary>
public sealed class ContactDialogTests : BotWithKnowledge
{
    [Fact]
    public async Task Whom_to_ask_with_no_region_known_is_the_ministry_and_the_regional_office()
    {
        var reply = await Say("kalau ada pertanyaan soal program ini bisa ditanyakan ke siapa", "contact-general", "u-cg");
        Assert.Contains("Komdigi", reply);
        Assert.Contains("Diskominfo", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }

    [Fact]
    public async Task Feedback_after_an_introduction_goes_to_the_users_own_regions_office_by_name()
    {
        const string c = "contact-own";
        Assert.Contains("Sleman", await Say("kami dari pemkab sleman", c, "u-co"));
        var reply = await Say("saran untuk pemerintah daerah kami disampaikan ke siapa ya", c, "u-co");
        Assert.Contains("Diskominfo) Kabupaten Sleman", reply);
        Assert.Contains("Komdigi", reply);
    }

    [Fact]
    public async Task Feedback_for_a_named_region_goes_to_that_regions_office()
    {
        var reply = await Say("masukan untuk pemkot bogor disampaikan ke mana", "contact-named", "u-cn");
        Assert.Contains("Diskominfo) Kota Bogor", reply);
        Assert.DoesNotContain("di luar cakupan", reply);
    }
}
