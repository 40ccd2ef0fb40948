using Microsoft.Extensions.DependencyInjection;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "secara" only says in what manner something is done ("secara online"): it names no subject of the documents, though
/// their headings hold it ("… secara virtual"). A question about a public service done online is outside the
/// programme, not a programme question because of that word (kata-umum.txt).
/// </summary>
public sealed class MannerWordScopeTests : BotWithKnowledge
{
    [Theory]
    [InlineData("Bagaimana cara memperpanjang KTP secara online?")]
    [InlineData("Bagaimana cara mendaftar sekolah secara online?")]
    public void A_service_done_online_is_not_answered_from_the_documents(string message)
    {
        var answer = Bot.Services.GetRequiredService<DocumentQuestions>().Answer(message);
        Assert.NotEqual(AnswerKind.Answered, answer.Kind);
    }

    /// <summary>A programme event held "secara" some way is still answered.</summary>
    [Fact]
    public void The_manner_of_a_programme_event_is_still_answered()
    {
        var answer = Bot.Services.GetRequiredService<DocumentQuestions>().Answer("Nota kesepakatan tahun 2022 diteken secara apa?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("virtual", answer.Answer!.Body, StringComparison.OrdinalIgnoreCase);
    }
}
