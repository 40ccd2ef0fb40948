using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A best or first-placed one asked ("paling cerdas", "terbaik", "juara 1"; knowledge/lexicon/penanda-terbaik.txt) is
/// answered only by text saying the same (<see cref="AskedDetail"/>, kind "terbaik"): the documents rank regions only
/// in those words, so a section on the participants or the criteria does not tell which one is best. A first place
/// may be stated in another spelling ("Juara I" for "juara 1", knowledge/lexicon/tempat-pertama.txt).
/// </summary>
public sealed class BestAskedTests
{
    private static readonly Passage[] Contest =
    [
        Passage(0, "Sebaran peserta lomba kanal aduan 2019", "Peserta lomba kanal aduan 2019 tersebar dari Kota Sabang di barat hingga Kabupaten Merauke di timur, dengan kelurahan paling banyak dari Jawa."),
        Passage(1, "Pemenang lomba kanal aduan terbaik 2019", "Kanal aduan terbaik 2019 diraih Kota Lumajang, disusul Kota Batu dan Kabupaten Malang."),
    ];

    private static readonly ConfidenceModel Model = ConfidenceModel.Default with { UnstatedAnyCoverage = ["terbaik"] };

    [Theory]
    [InlineData("kelurahan mana yang paling cerdas di lomba kanal aduan 2019", true)]
    [InlineData("kanal aduan terbaik 2019 punya siapa", true)]
    [InlineData("juara 1 lomba kanal aduan 2019 siapa", true)]
    [InlineData("peserta lomba kanal aduan 2019 paling banyak dari mana", false)] // a count, not a best one
    [InlineData("peserta lomba kanal aduan 2019 dari mana saja", false)]
    public void A_best_one_is_asked_by_a_word_of_the_list(string question, bool asked)
    {
        using var index = BuildWithFillers(Contest);
        Assert.Equal(asked, AskedDetail.Of(index.Analyze(question)).Any(d => d.Name == AskedDetail.BestKind));
    }

    [Theory]
    [InlineData("peserta lomba kanal aduan 2019 mana yang paling cerdas")]
    [InlineData("sebaran peserta lomba kanal aduan 2019, kota mana yang juara 1")]
    public void A_best_one_is_not_answered_by_a_section_sharing_only_the_topic(string question)
    {
        using var index = BuildWithFillers(Contest);
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(index, model: Model).Answer(question).Kind);
    }

    [Fact]
    public void A_best_one_is_answered_by_the_section_saying_it()
    {
        using var index = BuildWithFillers(Contest);
        var answer = new QuestionAnswerer(index, model: Model).Answer("siapa pemenang lomba kanal aduan terbaik 2019");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Lumajang", answer.Answer!.Body);
    }

    [Fact]
    public void A_first_place_is_answered_by_the_section_naming_the_winner()
    {
        using var index = BuildWithFillers([.. Contest, Passage(2, "Juara lomba desain taman kota 2020", "Juara I lomba desain taman kota 2020 diraih Kelurahan Sukamaju; juara II Kelurahan Sukajadi.")]);
        var answer = new QuestionAnswerer(index, model: Model).Answer("siapa juara 1 lomba desain taman kota 2020");
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Sukamaju", answer.Answer!.Body);
    }
}
