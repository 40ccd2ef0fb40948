using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: who mentored an officer's cohort is answered with that cohort's line of the per-cohort
/// list (knowledge/penyelenggara.md), however it is asked — "siapa", "dari kampus mana", "dari mana" after a role word
/// (knowledge/lexicon/tanya-asal.txt) — and not with the 2018 universities for every year (issue 8).
/// </summary>
public sealed class CohortMentorsTests : BotWithKnowledge
{
    [Theory]
    [InlineData("saya operator diskominfo kota ambon, angkatan kami tahun berapa", "pendamping kami dari mana", "Angkatan 2019", "u-cm1")]
    [InlineData("saya operator diskominfo kabupaten wonogiri, angkatan kami tahun berapa", "pendamping kami dari kampus mana", "Angkatan 2021", "u-cm2")]
    [InlineData("saya operator diskominfo kota tegal, angkatan kami tahun berapa", "siapa pendamping kami waktu bimtek", "Angkatan 2022", "u-cm3")]
    public async Task The_mentors_of_a_later_cohort_are_not_the_2018_universities(string opening, string question, string line, string user)
    {
        await Say(opening, "mentors-" + user, user);
        var reply = await Say(question, "mentors-" + user, user);
        Assert.Contains(line, reply);
        Assert.DoesNotContain("Perbanas", reply);
    }

    [Fact]
    public async Task The_mentors_of_the_2018_cohort_are_its_universities_only()
    {
        await Say("pgi, sy operator diskominfo kabupaten kutai timur, angkatan kami tahun berapa", "mentors-2018", "u-cm4");
        var reply = await Say("siapa pendamping kami waktu itu", "mentors-2018", "u-cm4");
        Assert.Contains("Perbanas", reply);
        Assert.DoesNotContain("Citiasia", reply);
    }

    [Fact]
    public async Task Mentors_of_a_year_named_in_the_question_are_that_year_s_line()
    {
        var reply = await Say("siapa saja pendamping bimtek 2023", "mentors-named", "u-cm5");
        Assert.Contains("akademisi dan praktisi", reply);
        Assert.DoesNotContain("Perbanas", reply);
    }
}
