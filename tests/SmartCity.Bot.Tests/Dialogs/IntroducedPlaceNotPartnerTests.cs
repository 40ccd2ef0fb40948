using SmartCity.Bot.Tests.Conversation;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// A place named only where the speaker says who they are is who asks, not a partner: "how is partnering with the
/// private sector arranged?" after it is the documents' question, while a wish of the speaker's own, or a partner named
/// in the request, still opens the collaboration form.
/// </summary>
public sealed class IntroducedPlaceNotPartnerTests : ConversationThroughTheBot
{
    private const string Form = "Formulir kolaborasi";

    [Fact]
    public async Task A_how_question_after_the_introduction_is_the_documents()
    {
        var reply = await Say("Saya staf Bappeda Kabupaten Banyumas. Kerja sama dengan pihak swasta ditetapkan bagaimana?", "partner-intro", "dprd-k1");
        Assert.DoesNotContain(Form, reply);
        Assert.DoesNotContain("Siapa nama Anda", reply);
        Assert.Contains("swasta", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_partner_named_in_the_request_still_opens_the_form()
    {
        var reply = await Say("Kami konsultan dari Jakarta. Bagaimana caranya bermitra dengan Kabupaten Banyumas?", "partner-named", "biz-k2");
        Assert.Contains("Banyumas", reply);
        Assert.Contains("kolaborasi", reply, StringComparison.OrdinalIgnoreCase);
    }
}
