using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// An English verb given an Indonesian prefix with a hyphen ("di-assess", "nge-review") is the English verb sinonim.txt
/// knows, so a programme question is not declined for a word no document writes.
/// </summary>
public sealed class BorrowedVerbTests
{
    private static readonly Func<string, bool> NoDocumentHasIt = _ => false;

    [Theory]
    [InlineData("di-assess", "assess")]
    [InlineData("di-launching", "launching")]
    [InlineData("nge-review", "review")]
    [InlineData("ng-update", "update")]
    public void A_hyphenated_prefix_before_a_lexicon_verb_is_the_verb(string written, string root) =>
        Assert.Equal(root, BorrowedVerb.RootOf(written, Lexicon.Current, NoDocumentHasIt));

    [Theory]
    [InlineData("diassess")]      // glued: as easily an Indonesian word; staff list such forms in sinonim.txt
    [InlineData("di-sekolahkan")] // no English verb of the lexicon after the prefix
    [InlineData("ke-2")]          // an ordinal, not a verb
    [InlineData("assess")]        // no prefix at all
    public void Other_words_are_left_as_written(string written) =>
        Assert.Null(BorrowedVerb.RootOf(written, Lexicon.Current, NoDocumentHasIt));

    [Fact]
    public void A_word_the_documents_have_is_left_as_written() =>
        Assert.Null(BorrowedVerb.RootOf("di-assess", Lexicon.Current, _ => true));

    [Fact]
    public void A_hyphenated_borrowed_verb_finds_the_passage_of_its_meaning()
    {
        var index = MadeUpPassages.BuildWithFillers(
            MadeUpPassages.Passage(1, "Penilaian calon peserta 2030", "Calon peserta dinilai pada 4 Maret 2030 di Balai Uji."),
            MadeUpPassages.Passage(2, "Peresmian gedung 2030", "Gedung baru diresmikan pada 9 Juni 2030."));

        var answer = new QuestionAnswerer(index).Answer("kapan calon peserta di-assess tahun 2030?");

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal("uji.md#1", answer.Best!.Passage.Id);
    }
}
