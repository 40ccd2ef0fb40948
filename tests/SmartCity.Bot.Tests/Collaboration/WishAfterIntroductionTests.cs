using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>
/// Through the real /api/messages: a business that introduces itself first and then states its wish to work with the
/// regions ("kami dari …, ingin bermitra …, bagaimana caranya?") is asking how to make that request: the collaboration
/// form starts. A wish to ask ("mau tanya …") after the same kind of introduction stays a question for the documents.
/// An introduction naming where the asker is from, then a request naming another region: that region is the partner.
/// </summary>
public sealed class WishAfterIntroductionTests : BotWithKnowledge
{
    [Fact]
    public async Task A_wish_after_an_introduction_starts_the_collaboration_form()
    {
        var reply = await Say("kami dari perusahaan rintisan logistik, ingin bermitra dengan pemda peserta program, bagaimana caranya?", "wish-intro");
        Assert.Contains("kabupaten/kota mana Anda ingin berkolaborasi", reply);
    }

    [Fact]
    public async Task A_wish_to_ask_after_an_introduction_is_answered_from_the_documents()
    {
        var reply = await Say("saya dari universitas, mau tanya bagaimana caranya daerah ikut program ini?", "ask-intro");
        Assert.DoesNotContain("berkolaborasi", reply);
        Assert.Contains("_Sumber:", reply);
    }

    [Theory]
    [InlineData("kami perusahaan rintisan dari malang, mau ajukan kerja sama dengan kabupaten banyuwangi", "Kabupaten Banyuwangi")]
    [InlineData("saya dari kota bogor, ingin berkolaborasi dengan pemkot bandung soal transportasi", "Kota Bandung")]
    public async Task The_region_the_request_names_after_an_introduction_is_the_partner(string message, string partner)
    {
        var reply = await Say(message, $"partner-{partner.Length}");
        Assert.Contains($"Formulir kolaborasi dengan {partner}", reply);
    }
}
