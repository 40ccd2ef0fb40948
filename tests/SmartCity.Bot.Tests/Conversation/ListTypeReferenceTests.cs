using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages with the real knowledge and calendar: "yang kabupaten …" after a list holding one
/// kota and one kabupaten of a name is the kabupaten, whatever else the message asks.
/// </summary>
public sealed class ListTypeReferenceTests : BotWithKnowledge
{
    [Fact]
    public async Task Yang_kabupaten_after_a_kota_and_a_kabupaten_of_one_name_is_the_kabupaten_whatever_else_is_asked()
    {
        const string c = "list-type";
        var both = await Say("kota magelang dan kabupaten magelang ikut tahun berapa", c);
        Assert.Contains("2019", both);
        Assert.Contains("2018", both);
        var kabupaten = await Say("yang kabupaten mou nya kapan", c);
        Assert.Contains("8 Mei 2018", kabupaten); // the kabupaten's cohort (2018), not the kota's (2019)
        Assert.DoesNotContain("15 Mei 2019", kabupaten);
    }

    [Fact]
    public async Task Yang_kota_after_a_list_of_several_kota_is_left_as_it_is()
    {
        const string c = "list-type-many";
        Assert.Contains("Kota Parepare", await Say("peserta angkatan 2024 siapa saja", c));
        var reply = await Say("yang kota mou nya kapan", c);
        Assert.DoesNotContain("Kota Parepare tercatat", reply); // three kota in that list: no one of them is meant
    }
}
