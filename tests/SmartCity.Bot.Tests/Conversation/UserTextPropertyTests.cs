using System.Net;
using CsCheck;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// A property-based battery (CsCheck) over every path user text takes — region resolution, question answering and
/// search, and the dialogs behind the real endpoint — with random Indonesian-like text (words of the programme
/// documents and region names, made-up words, informal spellings, numbers) mixed with hostile Unicode. None may throw.
/// </summary>
public sealed class UserTextPropertyTests : IAsyncLifetime
{
    private BotServer _bot = null!;
    private Gen<string> _text = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotServer.StartAsync();
        var words = _bot.Services.GetRequiredService<KnowledgeBase>().Index.Passages
            .SelectMany(p => (p.Heading + " " + p.Body).Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Distinct().Take(4000).ToArray();
        var regions = _bot.Services.GetRequiredService<RegionRegistry>().Regions.Select(r => r.Name).ToArray();
        _text = UserText(words, regions);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    /// <summary>Hostile characters: NUL and controls, lone surrogates, emoji, combining marks, bidi overrides, zero-width, other scripts.</summary>
    private static readonly string[] Hostile =
        ["\0", "\u0007", "\u001b[31m", "\r\n", "\t", "\ud800", "\udfff", "😀", "👍🏽", "e\u0301", "\u202e", "\u2066", "\u200b", "\ufeff",
         "\u2028", "ﾃｽﾄ", "سلام", "你好", "ß", "İ", "ı", "Ⅻ", "½", "\u00a0", "<at>bot</at>", "&nbsp;", "**", "?", "!!!", "...", "\"", "\\", "%", "_", "*"];

    private static Gen<string> UserText(string[] words, string[] regions)
    {
        var syllable = Gen.Select(Gen.Char["bcdfghjklmnprstwy"], Gen.Char["aiueo"], (c, v) => $"{c}{v}");
        var madeUp = syllable.Array[1, 4].Select(s => string.Concat(s));
        var token = Gen.Frequency(
            (6, Gen.OneOf(words)),
            (2, Gen.OneOf(regions)),
            (3, madeUp),
            (1, Gen.Int[1900, 2100].Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (2, Gen.OneOf(Hostile)),
            (1, Gen.String[Gen.Char, 1, 6]));
        var casing = Gen.OneOf<Func<string, string>>(s => s, s => s.ToUpperInvariant(), s => s.ToLowerInvariant());
        return Gen.Select(token.Array[0, 14], Gen.OneOf(" ", "  ", "", "\n", ","), casing,
            (tokens, separator, transform) => transform(string.Join(separator, tokens)));
    }

    [Fact]
    public void Region_resolution_never_throws() =>
        _text.Sample(text =>
        {
            var resolver = _bot.Services.GetRequiredService<RegionResolver>();
            var query = resolver.Resolve(text);
            _ = RegionResolver.Normalize(text);
            return query is not null;
        }, iter: 3000, threads: 1);

    [Fact]
    public void Question_answering_and_search_never_throw_alone_or_as_a_follow_up() =>
        Gen.Select(_text, _text).Sample((first, second) =>
        {
            var answerer = _bot.Services.GetRequiredService<QuestionAnswerer>();
            var answer = answerer.Answer(first);
            var previous = answer.Kind == AnswerKind.Answered
                ? new ConversationTopic(answer.Context, answer.Best!.Passage.Id, AnswerComposer.Topic(answer.Best.Passage.Heading))
                : null;
            var followUp = answerer.Answer(second, previous);
            // Every kind of answer renders to a reply a user can read.
            return KnowledgeReplies.For(answer, new SmartCity.Bot.Cards.TextCardRenderer(), "test").Text is { Length: > 0 } &&
                   KnowledgeReplies.For(followUp, new SmartCity.Bot.Cards.TextCardRenderer(), "test").Text is { Length: > 0 };
        }, iter: 1500, threads: 1);

    [Fact]
    public async Task Dialogs_behind_the_endpoint_never_fail_a_turn_whatever_the_text()
    {
        // Each sample starts from a different dialog position, then sends the random text.
        var openers = new[] { null, "cek status kota bogor", "cek status", "cek status bogor", "apa itu smart city?", "bantuan" };
        var samples = Gen.Select(Gen.Int[0, openers.Length - 1], _text).Array[60].Single();
        var n = 0;
        foreach (var (opener, text) in samples)
        {
            var conversation = $"prop-{n++}";
            if (openers[opener] is { } first) await _bot.AskAsync(first, conversation);
            var response = await _bot.PostAsync(Activities.Message(text, conversation) with { DeliveryMode = DeliveryModes.ExpectReplies });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode} for {Escape(text)}: {body}");
            var replies = ProtocolJson.Deserialize<ExpectedReplies>(body)!.Activities;
            Assert.DoesNotContain("terjadi kesalahan", Activities.Read(replies));
        }
    }

    private static string Escape(string text) => LogText.Safe(text, 200);
}
