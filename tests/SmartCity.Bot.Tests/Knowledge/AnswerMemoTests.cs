using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using SmartCity.Bot.Caching;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>What makes a question fast must not change its answer: the memo, and the one-pass stemming filter.</summary>
public sealed class AnswerMemoTests
{
    private static readonly IReadOnlyList<Passage> Passages = DocumentLoader.LoadFolder(RepoPaths.Knowledge).SelectMany(d => d.Passages).ToList();

    private static IEnumerable<string> Questions() =>
        File.ReadLines(RepoPaths.Combine("tests", "SmartCity.Bot.Tests", "Knowledge", "regression-questions.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()!);

    [Fact]
    public void Remembered_answers_are_the_answers_computed_afresh()
    {
        using var index = KnowledgeIndex.Build(Passages);
        var fresh = new QuestionAnswerer(index, memoEntries: 0);
        var remembering = new QuestionAnswerer(index, memoEntries: 64);
        var previous = new ConversationTopic("berapa daerah peserta tahun 2018?", Passages[0].Id, "peserta");
        foreach (var question in Questions().Take(150))
            for (var round = 0; round < 2; round++)
            {
                Assert.Equal(Describe(fresh.Answer(question)), Describe(remembering.Answer(question)));
                Assert.Equal(Describe(fresh.Answer(question, previous)), Describe(remembering.Answer(question, previous)));
            }
    }

    [Fact]
    public void The_memo_never_holds_more_than_its_capacity_and_off_means_computed_every_time()
    {
        var memo = new BoundedMemo<string, int>(100);
        var computed = 0;
        for (var i = 0; i < 1_000; i++) memo.GetOrAdd($"q{i % 250}", _ => ++computed);
        Assert.InRange(memo.Count, 1, 100);
        Assert.True(computed > 250, "a full memo starts afresh, so old questions are computed again");

        var off = new BoundedMemo<string, int>(0);
        var calls = 0;
        for (var i = 0; i < 10; i++) off.GetOrAdd("same", _ => ++calls);
        Assert.Equal(10, calls);
        Assert.Equal(0, off.Count);
    }

    [Fact]
    public void A_rebuilt_index_is_not_answered_from_the_old_one()
    {
        var current = KnowledgeIndex.Build(Passages);
        var answerer = new QuestionAnswerer(current, memoEntries: 64);
        const string question = "apa saja enam pilar smart city?";
        Assert.Equal(AnswerKind.Answered, answerer.Answer(question).Kind);
        var madeUp = new Passage("uji/kopi", "uji.md", "Dokumen uji", "kopi", ["Kopi tubruk"], "Kopi tubruk diseduh langsung di gelas.", []);
        using var other = KnowledgeIndex.Build([madeUp]);
        var overOther = new QuestionAnswerer(other, memoEntries: 64);
        Assert.NotEqual(AnswerKind.Answered, overOther.Answer(question).Kind);
        current.Dispose();
    }

    [Fact]
    public void Stems_alongside_the_words_exactly_as_Lucenes_keyword_repeat_chain()
    {
        var lucene = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(KnowledgeAnalyzers.Version, reader);
            TokenStream stream = new LowerCaseFilter(KnowledgeAnalyzers.Version, source);
            stream = new KeywordRepeatFilter(stream);
            stream = new IndonesianStemFilter(stream);
            stream = new RemoveDuplicatesTokenFilter(stream);
            return new TokenStreamComponents(source, stream);
        });
        var ours = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(KnowledgeAnalyzers.Version, reader);
            return new TokenStreamComponents(source, new StemAlongsideFilter(new LowerCaseFilter(KnowledgeAnalyzers.Version, source)));
        });
        foreach (var text in Passages.Select(p => $"{p.DocumentTitle}\n{string.Join("\n", p.Headings)}\n{p.Body}"))
            Assert.Equal(Tokens(lucene, text), Tokens(ours, text));
    }

    private static string Tokens(Analyzer analyzer, string text) =>
        string.Join(' ', KnowledgeAnalyzers.Terms(analyzer, text).Select(t => $"{t.Term}@{t.Position}"));

    private static string Describe(KnowledgeAnswer answer) =>
        $"{answer.Kind}|{answer.Best?.Passage.Id}|{answer.Answer?.Body}|{answer.FollowUpOf}|{answer.ReadAs}|{string.Join(",", answer.ClosestTopics)}";
}
