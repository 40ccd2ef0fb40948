using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>The knowledge capability through the real bot, over the small fixture documents.</summary>
public sealed class KnowledgeHandlerTests : IAsyncLifetime
{
    private BotServer _bot = null!;
    private string _indexFolder = null!;

    public async Task InitializeAsync()
    {
        _indexFolder = Path.Combine(Directory.CreateTempSubdirectory("smartcity-index-").FullName, "index");
        _bot = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = DocumentLoaderTests.Fixtures,
            ["Knowledge:IndexPath"] = _indexFolder,
        });
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private IBotStore Store => _bot.Services.GetRequiredService<IBotStore>();

    [Fact]
    public async Task Answers_with_the_list_its_source_follow_ups_and_feedback_buttons()
    {
        var reply = Assert.Single(await _bot.AskAsync("apa aja pilar smart city?"));
        Assert.Contains("- Smart environment", reply.Text);
        Assert.Contains("_Sumber: Enam pilar smart city › Enam pilar (dimensi) smart city — Buku Panduan Masterplan (uji)", reply.Text);
        var followUps = reply.SuggestedActions!.Actions!.Select(a => a.Title).ToList();
        Assert.InRange(followUps.Count(t => !t!.Contains("Membantu") && !t.Contains("Kurang membantu")), 2, 4);
        // Feedback is offered on the answer card (Adaptive Card Action.Submit), or as buttons where cards are absent.
        var card = SmartCity.Bot.Protocol.ProtocolJson.Serialize(Assert.Single(reply.Attachments!).Content);
        Assert.Contains(" Membantu", card);
        Assert.Contains("Kurang membantu", card);
    }

    [Fact]
    public async Task A_remembered_answer_keeps_each_channels_shape_and_its_own_addressing()
    {
        // The same answer is remembered and rendered once per channel: Teams gets the card alone, other channels
        // text and card; each reply is addressed to its own conversation, whichever came first.
        const string question = "apa aja pilar smart city?";
        var emulator = Assert.Single(await _bot.AskAsync(question, conversationId: "shape-a"));
        var teams = Assert.Single(await _bot.AskAsync(question, conversationId: "shape-b", channelId: "msteams"));
        var again = Assert.Single(await _bot.AskAsync(question, conversationId: "shape-c"));
        Assert.Contains("- Smart environment", emulator.Text);
        Assert.Null(teams.Text);
        Assert.Contains("Smart environment", SmartCity.Bot.Protocol.ProtocolJson.Serialize(Assert.Single(teams.Attachments!).Content));
        Assert.Equal(emulator.Text, again.Text);
        Assert.Equal(["shape-a", "shape-b", "shape-c"], new[] { emulator, teams, again }.Select(r => r.Conversation!.Id));
        Assert.Equal(["emulator", "msteams", "emulator"], new[] { emulator, teams, again }.Select(r => r.ChannelId));
    }

    [Fact]
    public async Task Feedback_on_an_answer_is_stored_with_its_source()
    {
        await _bot.AskAsync("Tiga unsur smart branding apa saja?", conversationId: "fb");
        var thanks = Assert.Single(await _bot.AskAsync("👍 Membantu", conversationId: "fb"));
        Assert.Contains("Terima kasih", thanks.Text);
        var feedback = Assert.Single(await Store.ReadStreamAsync<AnswerFeedback>(KnowledgeStreams.Feedback));
        Assert.True(feedback.Value.Helpful);
        Assert.Contains("Smart branding: pariwisata, bisnis, dan wajah kota", feedback.Value.Source);
        Assert.Equal("Tiga unsur smart branding apa saja?", feedback.Value.Question);
    }

    [Fact]
    public async Task A_pasted_paragraph_gets_an_answer_not_an_error_and_is_recorded_shortened()
    {
        var words = string.Join(' ', Enumerable.Range(0, 900).Select(i => $"pilar{i} smart city masterplan kota{i} quick win"));
        var text = Activities.Read(await _bot.AskAsync(words, conversationId: "long"));
        Assert.DoesNotContain("terjadi kesalahan", text);
        foreach (var (_, q) in await Store.ReadStreamAsync<UnansweredQuestion>(KnowledgeStreams.Unanswered))
            Assert.True(q.Question.Length <= 501);
    }

    [Theory]
    [InlineData("Bagaimana cuaca di Bandung besok?")]
    [InlineData("Siapa juara liga sepak bola tahun lalu?")]
    [InlineData("Tolong terjemahkan 'selamat pagi' ke bahasa Inggris")]
    [InlineData("Partai mana yang menang pemilu?")]
    public async Task Out_of_scope_questions_are_declined_and_recorded_without_identity(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question, userId: "officer-7"));
        Assert.Contains("di luar cakupan", reply.Text);
        Assert.Contains("Smart City", reply.Text);
        var record = Assert.Single(await Store.ReadStreamAsync<UnansweredQuestion>(KnowledgeStreams.Unanswered));
        Assert.Equal(question, record.Value.Question);
        var raw = await Store.ReadStreamAsync<System.Text.Json.JsonElement>(KnowledgeStreams.Unanswered);
        Assert.DoesNotContain("officer-7", raw.Single().Value.GetRawText());
    }

    [Fact]
    public async Task A_programme_question_the_documents_do_not_cover_gets_an_honest_not_sure_with_closest_topics()
    {
        var reply = Assert.Single(await _bot.AskAsync("Berapa anggaran pemerintah untuk smart city di Papua?"));
        Assert.Contains("belum yakin", reply.Text);
        Assert.Contains("Maksud Anda", reply.Text);
        Assert.NotEmpty(reply.SuggestedActions!.Actions!);
        Assert.Single(await Store.ReadStreamAsync<UnansweredQuestion>(KnowledgeStreams.Unanswered));
    }

    [Fact]
    public async Task The_index_command_writes_an_index_the_bot_then_loads()
    {
        var command = _bot.Services.GetServices<SmartCity.Bot.Cli.ICliCommand>().Single(c => c.Name == "index");
        Assert.Equal(0, await command.RunAsync([], _bot.Services, CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(_indexFolder, "manifest.json")));

        var knowledge = new KnowledgeBase(
            Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions { Path = DocumentLoaderTests.Fixtures, IndexPath = _indexFolder }),
            _bot.Services.GetRequiredService<IHostEnvironment>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<KnowledgeBase>.Instance);
        using (knowledge)
        {
            Assert.Equal(_indexFolder, knowledge.Index.Origin);
            Assert.Equal("Batas waktu pengumpulan dokumen masterplan", knowledge.Index.Search("tenggat masterplan")[0].Passage.Heading);
        }
    }
}
