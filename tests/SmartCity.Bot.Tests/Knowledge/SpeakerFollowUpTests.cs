using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "who said that?" right after an answer: the sentence of that answer naming its speaker, with the source; when no
/// sentence names one, plainly that the documents do not, with the outlet. A message naming a subject of its own is a
/// question, and with no answer before there is nothing to attribute.
/// </summary>
public sealed class SpeakerFollowUpTests : ConversationThroughTheBot
{
    [Fact]
    public async Task The_speaker_named_by_the_answer_is_said_with_its_source()
    {
        const string c = "speaker-named";
        Assert.Contains("Rudiantara", await Say("apakah smart city itu soal membeli server?", c, "warga-sp1"));
        var reply = await Say("kata siapa tuh?", c, "warga-sp1");
        Assert.Contains("Rudiantara", reply);
        Assert.Contains("Sumber:", reply);
    }

    [Fact]
    public async Task No_speaker_in_the_answer_is_said_plainly_with_the_outlet()
    {
        const string c = "speaker-none";
        await Say("berapa kabupaten kota peserta tahun 2024?", c, "warga-sp2");
        var reply = await Say("menurut siapa?", c, "warga-sp2");
        Assert.Contains("tidak menyebut siapa", reply);
        Assert.Contains("Sumber:", reply);
    }

    [Fact]
    public async Task A_subject_of_its_own_or_no_answer_before_is_no_aside()
    {
        Assert.DoesNotContain("penuturnya", await Say("siapa yang bilang?", "speaker-first", "warga-sp3"));
        const string c = "speaker-subject";
        await Say("apa itu quick win?", c, "warga-sp4");
        Assert.DoesNotContain("penuturnya", await Say("siapa yang menyebut enam pilar smart city pertama kali?", c, "warga-sp4"));
    }

    [Theory]
    [InlineData("Menurut Menkominfo Rudiantara pada 2018, smart city bukan soal server. Programnya berjalan sejak 2017.", "Menurut Menkominfo Rudiantara")]
    [InlineData("Direktur LAIP menyebut 198 kabupaten/kota.", "Direktur LAIP menyebut")]
    public void Only_the_sentences_naming_a_speaker_are_quoted(string said, string quoted)
    {
        var reply = SpeakerFollowUp.Reply(said, "contoh.id");
        Assert.Contains(quoted, reply);
        Assert.DoesNotContain("sejak 2017", reply);
        Assert.EndsWith("_Sumber: contoh.id_", reply);
    }

    [Fact]
    public void Without_a_speaker_the_reply_says_so()
    {
        Assert.StartsWith("Dokumen kami tidak menyebut siapa", SpeakerFollowUp.Reply("MoU ditandatangani 5 Maret 2024.", null));
    }

    // Remember runs after every turn: the speaker sentences of a reply are read from its text (remembered per lexicon).
    [Fact]
    public void The_sentences_naming_a_speaker_are_read_from_a_reply_with_a_source()
    {
        const string reply = "Smart city bukan soal membeli server. Menurut Menkominfo, yang utama adalah tata kelola. Programnya dimulai 2017.\n\n_Sumber: Berita › Wawancara_";
        var said = SpeakerFollowUp.SaidIn(reply);
        Assert.Equal("Menurut Menkominfo, yang utama adalah tata kelola.", said);
        Assert.Equal(said, SpeakerFollowUp.SaidIn(reply));
        Assert.Equal("", SpeakerFollowUp.SaidIn("Programnya dimulai 2017.\n\n_Sumber: Berita › Ringkasan_"));
        Assert.Null(SpeakerFollowUp.SaidIn("Halo! Ada yang bisa dibantu?"));
    }
}
