using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "ketuanya siapa?" right after an answer asks who holds that role in what was just answered (tanya-peran.txt): the
/// section answers when it names the role, else the reply says it does not. Before, the bot asked back between the
/// contact and participation dialogs, or read "yang mimpin" alone and named whoever leads the programme.
/// </summary>
public sealed class RoleFollowUpOfTopicTests : BotWithKnowledge
{
    [Theory]
    [InlineData("ketuanya siapa?")]
    [InlineData("koordinatornya siapa?")]
    public async Task A_role_the_topic_section_does_not_name_is_declined_about_that_section(string followUp)
    {
        var conversation = "role-" + followUp.Length;
        await Say("siapa yang menilai calon peserta?", conversation);
        var reply = await Say(followUp, conversation);
        Assert.Contains("belum yakin", reply);
        Assert.Contains("Asesor", reply);
        Assert.DoesNotContain("maksud Anda yang mana", reply);
    }

    [Fact]
    public async Task A_role_the_answering_section_names_is_answered()
    {
        const string conversation = "role-named";
        await Say("jumlah peserta 2021 berapa?", conversation);
        Assert.Contains("akademisi dan praktisi", await Say("bimteknya dipimpin siapa?", conversation));
    }

    [Fact]
    public void The_role_asked_is_read_from_the_message()
    {
        Assert.Equal("ketua", TopicFollowUp.RoleAsked("ketuanya siapa?"));
        Assert.Null(TopicFollowUp.RoleAsked("tempatnya di mana?"));
    }
}
