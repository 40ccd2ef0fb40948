using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A student's opening about their own work ("lagi bikin tugas", "ngerjain PR") before a definition question: the work word
/// is what the asker is writing, not what they ask, and "tugas" shares its root with "petugas" in the section on the
/// status of implementation, which answered "masterplan itu apa" surely. Through the real /api/messages the question is
/// asked without that sentence (the work word class of entities.json). A clause of forms of address alone ("kak,",
/// "min,") before it is courtesy too: normalizing drops such chat fillers, so it read as a clause of its own.
/// </summary>
public sealed class AskersWorkPreambleTests : BotWithKnowledge
{
    [Theory]
    [InlineData("kak, saya lagi bikin tugas, masterplan itu apa sih", "rencana induk")]
    [InlineData("min, aku lagi ngerjain tugas soal kota cerdas, quick win itu apa", "segera")]
    public async Task The_askers_work_does_not_pull_the_answer_to_sections_sharing_its_root(string question, string expected)
    {
        var reply = await Say(question, "work-" + question.Length);
        Assert.Contains(expected, reply);
        Assert.DoesNotContain("Status implementasi", reply);
    }

    [Theory]
    [InlineData("kak, saya guru di Kota Contoh. Bank sampah itu apa?", "Bank sampah itu apa?")]
    [InlineData("min, kami dari Kota Contoh, kapan bank sampah dibuka?", "kapan bank sampah dibuka?")]
    public void A_clause_of_forms_of_address_alone_is_courtesy(string message, string question) =>
        Assert.Equal(question, QuestionPreamble.Of(message).Question);
}
