using Microsoft.Extensions.DependencyInjection;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// An officer names their place and cohort year in the same sentence as a programme question ("saya dari kabupaten X
/// angkatan 2023, …"): the place and year pull the ranking to the list of that cohort, which holds their place. When no
/// reading of the question alone answers surely, that list is not given as the answer: the bot says it is unsure.
/// </summary>
public sealed class AskersCohortListTests : BotWithKnowledge
{
    [Theory]
    [InlineData("Saya dari Kabupaten Cilacap angkatan 2023, smart economy isinya apa")]
    [InlineData("operator kota palu peserta 2023, smart society itu mencakup apa")]
    public void The_askers_cohort_list_is_not_the_answer_to_a_programme_question(string message)
    {
        var answer = Bot.Services.GetRequiredService<DocumentQuestions>().Answer(message);
        var shown = answer.Answer is { } a ? string.Join(' ', a.Items.Prepend(a.Body)) : "";
        Assert.False(answer.Kind == AnswerKind.Answered && shown.Contains("Kabupaten Aceh Jaya", StringComparison.Ordinal), shown);
    }

    /// <summary>
    /// "… apa saja" asks a list, but of the pillar's elements, not of places: the asker's cohort list, pulled up by their
    /// place and year, is no answer to it; the question alone is (the pillar's own section).
    /// </summary>
    [Theory]
    [InlineData("Saya operator Kabupaten Bondowoso, angkatan 2023. Elemen smart governance apa aja?", "birokrasi")]
    [InlineData("kami pemkab lumajang peserta 2023, komponen smart environment itu apa saja", "energi")]
    public void A_list_of_something_else_is_not_answered_with_the_askers_cohort(string message, string expected)
    {
        var answer = Bot.Services.GetRequiredService<DocumentQuestions>().Answer(message);
        var shown = answer.Answer is { } a ? string.Join(' ', a.Items.Prepend(a.Body)) : "";
        Assert.DoesNotContain("Kabupaten Aceh Jaya", shown, StringComparison.Ordinal);
        Assert.Contains(expected, shown, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Examples naming other places ("Kota Cirebon (2017) …") are no list of the asker's cohort: still answered.</summary>
    [Fact]
    public void Examples_naming_other_places_still_answer()
    {
        var answer = Bot.Services.GetRequiredService<DocumentQuestions>().Answer("Kami dari Kota Bengkulu, peserta 2023: penyusunan masterplan makan waktu berapa lama?");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
    }
}
