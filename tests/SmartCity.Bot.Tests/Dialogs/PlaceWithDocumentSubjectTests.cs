namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// After a place's participation answer, a question naming the same place together with a subject the documents'
/// headings name (a network it pilots, an evaluation it attended) is the documents' question, as it is when asked
/// first: the place's participation card again would not answer it.
/// </summary>
public sealed class PlaceWithDocumentSubjectTests : Conversation.ConversationThroughTheBot
{
    [Fact]
    public async Task A_document_subject_about_the_place_just_shown_gets_the_documents_answer()
    {
        await Say("kota makassar ikut smart city?", "place-subject-1", "citizen-ps1");
        var reply = await Say("makassar juga jadi pilot asean ya?", "place-subject-1", "citizen-ps1");
        Assert.Contains("ASEAN", reply);
        Assert.DoesNotContain("tercatat sebagai peserta", reply);
    }

    [Fact]
    public async Task The_place_alone_again_still_gets_its_participation()
    {
        await Say("kota makassar ikut smart city?", "place-subject-2", "citizen-ps2");
        var reply = await Say("makassar ikut tahun berapa ya?", "place-subject-2", "citizen-ps2");
        Assert.Contains("2017", reply);
        Assert.Contains("Makassar", reply);
    }

    [Theory]
    // The same place and a short question of another kind, read as the showcase: participation's own examples, not the
    // showcase's (which hold "penghargaan"), say whether the follow-up is participation's thread.
    [InlineData("kabupaten gunungkidul ikut gmsc?", "gunungkidul pernah dapat penghargaan?", "smart branding")]
    [InlineData("kota depok ikut gmsc?", "depok pernah dapat penghargaan?", "smart living")]
    public async Task A_short_question_of_another_kind_about_the_place_just_shown_is_weighed_against_participation(string first, string next, string expected)
    {
        var c = "place-kind-" + expected;
        await Say(first, c, "citizen-ps4");
        var reply = await Say(next, c, "citizen-ps4");
        Assert.Contains(expected, reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ya, ", reply);
    }

    [Theory]
    // A year and a subject of that year's events after a place's answer: the top intent is then the programme question,
    // whose examples hold the subject's words; participation's own do not.
    [InlineData("kota magelang ikut gak", "2019 ada acara penyerahan penghargaannya?", "Magelang")]
    // A kind of answer participation never gives (a venue) asked of a year.
    [InlineData("kabupaten klaten ikut gak", "2019 penandatanganan mou nya di mana", "Santika")]
    public async Task A_year_with_a_subject_of_its_own_after_a_place_is_not_the_place_again(string first, string next, string expected)
    {
        var c = "place-year-" + expected;
        await Say(first, c, "citizen-ps3");
        var reply = await Say(next, c, "citizen-ps3");
        Assert.DoesNotContain("tercatat sebagai peserta", reply);
        if (expected == "Santika") Assert.Contains(expected, reply);
    }
}
