using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: an officer's thread after a list of regions and after a reminder — "mereka" right
/// after a province's list is the listed regions (the officer's own left out), a question about the reminder just asked
/// is answered from what was asked, a new day keeps the hour, and "kami Pemkot X" after a greeting introduces the officer.
/// </summary>
public sealed class ThreadAfterListsAndRemindersTests : BotWithKnowledge
{
    [Fact]
    public async Task They_right_after_a_provinces_list_are_the_listed_regions_without_the_officers_own()
    {
        const string c = "they-after-list";
        Assert.Contains("Balikpapan", await Say("pagi, kami dari pemkot bontang. yang ikut dari kalimantan timur siapa saja?", c, "u-tl"));
        var reply = await Say("mereka ikut tahun berapa", c, "u-tl");
        Assert.Contains("Kabupaten Kutai Kartanegara", reply);
        Assert.Contains("Kabupaten Penajam Paser Utara", reply);
        Assert.Contains("2022", reply);
    }

    [Fact]
    public async Task A_question_about_the_reminder_just_asked_says_its_time_and_a_new_day_keeps_the_hour()
    {
        const string c = "reminder-asked";
        Assert.Contains("Selasa", await Say("saya operator diskominfo kabupaten sumba timur, tolong ingatkan tenggat kami setiap selasa jam 9", c, "u-ra"));
        var asked = await Say("remindernya nanti masuk jam berapa?", c, "u-ra");
        Assert.Contains("Selasa pukul 09.00", asked);
        Assert.DoesNotContain("di luar cakupan", asked);
        var moved = await Say("pindah ke jumat saja", c, "u-ra");
        Assert.Contains("Jumat pukul 09.00", moved);
    }

    [Fact]
    public async Task An_office_word_after_a_greeting_and_kami_introduces_the_officer()
    {
        const string c = "office-intro";
        await Say("siang, kami pemkab lumajang", c, "u-oi");
        var reply = await Say("kami ikut tahun berapa?", c, "u-oi");
        Assert.Contains("Kabupaten Lumajang", reply);
        Assert.Contains("2023", reply);
    }
}
