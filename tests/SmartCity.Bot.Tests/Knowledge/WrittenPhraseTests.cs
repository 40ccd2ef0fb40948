using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A two-word phrase the name-aside check looks for (<see cref="AnswerFit.Written"/>): the sections holding it, as
/// written in either case and over a line break, counted once per index — the check asks for every pair of the
/// question's words for every candidate answer.
/// </summary>
public sealed class WrittenPhraseTests
{
    private static readonly Passage[] Mentions =
    [
        Passage(0, "Kanal Aduan Warga", "Layanan pengaduan daring dibuka untuk semua warga."),
        Passage(1, "Lomba inovasi daerah", "Pemenang tahun lalu membangun kanal\naduan berbasis pesan singkat."),
        Passage(2, "Peta jalan", "Sebuah rencana kanal dan aduan yang terpisah tidak dihitung."),
    ];

    [Fact]
    public void The_sections_holding_the_two_words_together_are_counted_whatever_their_case()
    {
        using var index = BuildWithFillers(Mentions);
        var written = new AnswerFit(null).Written("kanal", "aduan", index);
        Assert.Equal(2, written.Sections);
        Assert.Matches(written.Pattern, "Kanal Aduan Warga");
    }

    [Fact]
    public void The_count_is_found_once_per_index_and_again_for_a_rebuilt_one()
    {
        var fit = new AnswerFit(null);
        using var first = BuildWithFillers(Mentions);
        var counted = fit.Written("kanal", "aduan", first);
        Assert.Same(counted, fit.Written("kanal", "aduan", first));
        using var rebuilt = BuildWithFillers(Mentions[..1]);
        var recounted = fit.Written("kanal", "aduan", rebuilt);
        Assert.NotSame(counted, recounted);
        Assert.Equal(1, recounted.Sections);
    }
}
