using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Who held an office in a year (round probe 31): a holder named beside other years only held it then
/// (<see cref="AnswerTypes.NamesHolderInYears"/>), so a near section naming the holder of the asked year answers; and a
/// message opening with an office and "yang" that asks nothing else asks for the person (<see cref="AnswerTypes.AsksOfficeHolder"/>).
/// </summary>
public sealed class OfficeHolderOfYearTests
{
    [Theory]
    [InlineData("Menkominfo Rudi Hartanto hadir pada 2018.", false)]
    [InlineData("Menkominfo Joko Prasetyo hadir pada 2022.", true)]
    [InlineData("Acara dibuka Menkominfo Joko Prasetyo.", true)] // no year beside the holder: the section decides
    [InlineData("Menurut Menkominfo pada 2022, manfaat bagi warga didahulukan. Hal ini sejalan dengan Menkominfo Rudi Hartanto pada 2018.", false)]
    public void A_holder_named_beside_other_years_only_is_not_the_holder_of_the_asked_year(string text, bool held) =>
        Assert.Equal(held, AnswerTypes.NamesHolderInYears(InformalIndonesian.Normalize("menkominfo tahun 2022 siapa"), new HashSet<string> { "2022" }, text));

    [Fact]
    public void A_question_naming_no_year_is_not_held_to_one() =>
        Assert.True(AnswerTypes.NamesHolderInYears(InformalIndonesian.Normalize("menkominfo siapa"), new HashSet<string>(), "Menkominfo Rudi Hartanto hadir pada 2018."));

    [Theory]
    [InlineData("menteri yang menyerahkan penghargaan 2025", true)]
    [InlineData("menteri yang menyerahkan penghargaan 2025 siapa", true)]
    [InlineData("menteri yang hadir ada berapa", false)] // a count is asked
    [InlineData("pilar yang paling penting", false)] // not an office
    public void An_office_opening_a_message_asks_for_its_holder(string question, bool asked) =>
        Assert.Equal(asked, AnswerTypes.AsksOfficeHolder(InformalIndonesian.Normalize(question)));

    private static readonly Passage[] Ministers =
    [
        Passage(0, "Kapan lomba kanal aduan disebut berhasil? Pandangan Menkominfo 2022",
            "Menurut Menkominfo pada 2022, lomba kanal aduan berhasil bila warga merasakan manfaatnya. Pandangan ini sejalan dengan pesan Menkominfo Rudi Hartanto pada 2018 bahwa lomba kanal aduan bukan soal membeli server."),
        Passage(1, "Menteri dalam lomba kanal aduan",
            "Menteri yang tercatat dalam lomba kanal aduan:\n- **Rudi Hartanto**, Menkominfo pada 2018, saat lomba kanal aduan dibuka.\n- **Joko Prasetyo**, Menkominfo pada 2022, saat lomba kanal aduan diperluas."),
    ];

    [Fact]
    public void The_holder_of_the_asked_year_answers_not_the_holder_of_another()
    {
        using var index = BuildWithFillers(Ministers);
        var answer = new QuestionAnswerer(index).Answer("menkominfo lomba kanal aduan tahun 2022 siapa");
        Assert.False(answer.Kind == AnswerKind.Answered && !answer.Answer!.Body.Contains("Joko Prasetyo") && !answer.Answer.Items.Any(i => i.Contains("Joko Prasetyo")),
            $"{answer.Kind}: {answer.Answer?.Body}");
        Assert.NotEqual(AnswerKind.OutOfScope, answer.Kind);
    }
}
