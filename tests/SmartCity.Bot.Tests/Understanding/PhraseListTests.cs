using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Understanding;

/// <summary>Phrase lists read word by word (loops on every turn, the longest-first order sorted once).</summary>
public sealed class PhraseListTests
{
    private static readonly PhraseList Phrases = new(["tahun lalu", "tahun", "Tahun Sebelumnya Lagi", "sebelumnya", "lalu"]);

    private static string[] Words(string text) => text.Split(' ');

    [Fact]
    public void The_longest_phrase_at_a_word_counts_and_none_is_zero()
    {
        Assert.Equal(2, Phrases.LengthAt(Words("kalau tahun lalu"), 1));
        Assert.Equal(3, Phrases.LengthAt(Words("tahun sebelumnya lagi"), 0));
        Assert.Equal(1, Phrases.LengthAt(Words("tahun depan"), 0));
        Assert.Equal(0, Phrases.LengthAt(Words("kalau tahun lalu"), 0));
        Assert.Equal(0, Phrases.LengthAt(Words("tahun"), 3));
    }

    [Fact]
    public void Find_takes_the_longest_phrase_first_and_its_first_place()
    {
        Assert.Equal((2, 3), Phrases.Find(Words("lalu kalau tahun sebelumnya lagi")));
        Assert.Equal((1, 2), Phrases.Find(Words("sebelumnya tahun lalu tahun lalu")));
        // Equal lengths keep the file's order: "tahun" before "sebelumnya", wherever each occurs.
        Assert.Equal((2, 1), Phrases.Find(Words("sebelumnya itu tahun")));
        Assert.Equal((2, 1), Phrases.Find(Words("sebelumnya itu tahun")));
        Assert.Null(Phrases.Find(Words("kapan batasnya")));
    }

    [Fact]
    public void In_finds_a_phrase_anywhere()
    {
        Assert.True(Phrases.In(Words("kapan tahun lalu")));
        Assert.False(Phrases.In(Words("kapan batasnya")));
        Assert.False(new PhraseList([]).In(Words("tahun")));
    }
}
