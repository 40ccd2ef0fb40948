using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Two analysis slips that made confident wrong answers (made-up passages): a count ("dua") meeting a place ("kedua")
/// through the stemmer's "ke-", and a word no document uses ("konsultan") corrected into its sibling ("konsultasi").
/// </summary>
public sealed class CountAndSiblingWordsTests
{
    private static readonly Passage[] Phases =
    [
        Passage(0, "Tahap kedua taman baca", "Tahun 2019 adalah tahap kedua program taman baca desa."),
        Passage(1, "Peminjaman buku", "Warga meminjam buku di taman baca paling lama dua minggu."),
    ];

    [Fact]
    public void A_count_is_not_met_by_a_place()
    {
        using var index = BuildWithFillers(Phases);
        var count = index.Analyze("kenapa ada dua versi?").Terms.Single(t => t.Words == "dua");
        Assert.False(KnowledgeIndex.Matches(count, KnowledgeIndex.TermSetOf("Tahun 2019 adalah tahap kedua program taman baca desa.")));
        Assert.True(KnowledgeIndex.Matches(count, KnowledgeIndex.TermSetOf("Buku dipinjam paling lama dua minggu.")));
    }

    [Theory]
    [InlineData("taman baca tahap kedua tahun berapa?")]
    [InlineData("taman baca tahap ke-2 tahun berapa?")]
    public void A_place_still_finds_its_passage(string question)
    {
        using var index = BuildWithFillers(Phases);
        var answer = new QuestionAnswerer(index).Answer(question);
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("uji.md#0", answer.Best?.Passage.Id);
    }

    private static readonly Passage[] Consultation =
    [
        Passage(0, "Konsultasi publik peta jalan", "Rancangan peta jalan digital dikonsultasikan kepada warga dalam tiga pertemuan di balai desa."),
    ];

    [Fact]
    public void A_sibling_of_a_document_word_is_no_typo_of_it()
    {
        using var index = BuildWithFillers(Consultation);
        var term = index.Analyze("siapa konsultan peta jalan digital?").Terms.Single(t => t.Words == "konsultan");
        Assert.False(term.Known);
        Assert.DoesNotContain(term.Options, o => o.Any(p => p.Any(w => w.StartsWith("konsultas", StringComparison.Ordinal))));
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(index).Answer("siapa konsultan peta jalan digital?").Kind);
    }

    [Fact]
    public void A_real_slip_of_the_same_word_is_still_corrected()
    {
        using var index = BuildWithFillers(Consultation);
        var term = index.Analyze("kapan konsultsi peta jalan digital?").Terms.Single(t => t.Words == "konsultsi");
        Assert.Contains(term.Options, o => o.Any(p => p.Contains("konsultasi")));
    }

    [Theory]
    [InlineData("konsultan", "konsultasi", true)]
    [InlineData("inovator", "inovasi", true)]
    [InlineData("konsultsi", "konsultasi", false)]
    [InlineData("kabupatn", "kabupaten", false)]
    public void Siblings_differ_only_in_derivational_endings(string word, string other, bool siblings) =>
        Assert.Equal(siblings, WordFamily.AreSiblings(word, other));
}
