using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "acaranya di X kan?" right after the documents told of an event checks where that event was: yes with the sentence
/// naming the place, or where it was instead; X does not become the subject (its participation, its awards). With no
/// event answered before, or a check that asks something else too, the message is read as usual.
/// </summary>
public sealed class EventPlaceCheckTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_place_the_event_was_held_in_is_confirmed()
    {
        const string c = "place-check-yes";
        Assert.Contains("ICE BSD", await Say("Forum Smart City Nasional 2023 berlangsung di mana?", c, "warga-p1"));
        var reply = await Say("itu di Tangerang ya?", c, "warga-p1");
        Assert.StartsWith("Ya, benar", reply);
        Assert.Contains("7 Desember 2023", reply);
        Assert.DoesNotContain("e-plesiran", reply);
    }

    [Fact]
    public async Task Another_place_is_answered_with_the_place_the_sources_name()
    {
        const string c = "place-check-no";
        Assert.Contains("22 Mei 2017", await Say("kapan Gerakan Menuju 100 Smart City diluncurkan?", c, "warga-p2"));
        var reply = await Say("acaranya di Jakarta kan?", c, "warga-p2");
        Assert.StartsWith("Bukan di Jakarta", reply);
        Assert.Contains("Makassar", reply);
    }

    [Fact]
    public async Task Without_an_event_answered_before_the_message_is_read_as_usual()
    {
        Assert.DoesNotContain("Ya, benar", await Say("di Tangerang kan?", "place-check-none", "warga-p3"));
        const string c = "place-check-more";
        await Say("Forum Smart City Nasional 2023 berlangsung di mana?", c, "warga-p4");
        // A check that also asks a date is a question, answered by the documents.
        Assert.DoesNotContain("Ya, benar", await Say("di Tangerang ya? tanggal berapa?", c, "warga-p4"));
    }
}
