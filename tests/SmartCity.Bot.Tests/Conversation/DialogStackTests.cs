using SmartCity.Bot.Conversation;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// The dialog stack with a recognizer trained on the test's own examples: a dialog another capability registers for
/// a new intent, interruption and resume, and the short question when two intents score close.
/// </summary>
public sealed class DialogStackTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("smartcity-understanding-").FullName;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        // Two intents share their examples exactly ("cek daerah"), so they always score close.
        await File.WriteAllTextAsync(Path.Combine(_folder, "test.lu"), """
            # StatusCheck
            - cek daerah
            - cek status kota bogor
            # Participation
            - cek daerah
            - apakah kota bogor ikut
            # Counter
            - hitung sampai tiga
            - mulai hitung
            # Echo
            - mulai gema
            - gema dong
            # Cancel
            - batal
            # ProgrammeQuestion
            - apa itu smart city
            """);
        _bot = await BotServer.StartAsync(new Dictionary<string, string?> { ["Understanding:Path"] = _folder },
            configure: b => { b.Services.AddDialog<CounterDialog>(); b.Services.AddDialog<EchoDialog>(); });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<string> Say(string text, string conversation) => Activities.Read(await _bot.AskAsync(text, conversation, "u-stack")).Trim();

    [Fact]
    public async Task A_dialog_registered_for_a_new_intent_begins_continues_and_resumes_after_an_interruption()
    {
        Assert.Equal("1", await Say("mulai hitung", "count"));
        Assert.Equal("2", await Say("lanjut", "count"));
        // Not for the counter: another intent answers, then the counter picks up again.
        var between = await Say("apa itu smart city", "count");
        Assert.EndsWith("(hitungan masih 2)", between);
        Assert.Equal("3", await Say("lanjut", "count"));
        Assert.DoesNotContain("hitungan", await Say("lanjut", "count")); // done: the counter left the stack
    }

    [Fact]
    public async Task Cancel_ends_every_waiting_dialog()
    {
        Assert.Equal("1", await Say("mulai hitung", "cancel"));
        Assert.Contains("dibatalkan", await Say("batal", "cancel"));
        Assert.Equal("1", await Say("mulai hitung", "cancel"));
    }

    [Fact]
    public async Task Two_close_intents_get_one_question_with_both_as_buttons()
    {
        var replies = await _bot.AskAsync("cek daerah", "close", "u-stack");
        Assert.Contains("maksud Anda yang mana", Activities.Read(replies));
        var buttons = replies.Last().SuggestedActions!.Actions!.Select(a => a.Title).ToList();
        Assert.Equal(["Cek status daerah", "Keikutsertaan daerah"], buttons.Order());
        // The button settles it: the status check asks which region.
        Assert.Contains("kabupaten/kota mana", await Say("Cek status daerah", "close"));
    }

    [Fact]
    public async Task A_waiting_dialog_continues_with_its_own_intent_beside_the_recognizer_reading()
    {
        Assert.Equal("gema", await Say("mulai gema", "echo"));
        // Read as the programme question, the message still reaches the waiting dialog as its own intent's.
        Assert.Equal("Echo / ProgrammeQuestion", await Say("apa itu smart city", "echo"));
    }

    /// <summary>A test dialog that says, while waiting, which intent it continues for and what the recognizer read.</summary>
    private sealed class EchoDialog : IDialog
    {
        public string Id => "echo";
        public IReadOnlyCollection<string> Intents => ["Echo"];

        public Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken ct)
        {
            dialog.Turn.Send(Replies.Text("gema"));
            return Task.FromResult(DialogResult.Waiting);
        }

        public Task<DialogResult> ContinueAsync(DialogContext dialog, CancellationToken ct)
        {
            dialog.Turn.Send(Replies.Text($"{dialog.Intent} / {dialog.Recognition.TopIntent}"));
            return Task.FromResult(DialogResult.Complete);
        }
    }

    /// <summary>A test dialog for a new intent: counts to three, one number a turn.</summary>
    private sealed class CounterDialog : IDialog
    {
        public string Id => "counter";
        public IReadOnlyCollection<string> Intents => ["Counter"];

        public Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken ct)
        {
            dialog.SetState(new Count(1));
            dialog.Turn.Send(Replies.Text("1"));
            return Task.FromResult(DialogResult.Waiting);
        }

        public Task<DialogResult> ContinueAsync(DialogContext dialog, CancellationToken ct)
        {
            if (dialog.Text != "lanjut") return Task.FromResult(DialogResult.NotHandled);
            var next = dialog.State<Count>()!.Value + 1;
            dialog.SetState(new Count(next));
            dialog.Turn.Send(Replies.Text(next.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return Task.FromResult(next >= 3 ? DialogResult.Complete : DialogResult.Waiting);
        }

        public Task ResumeAsync(DialogContext dialog, CancellationToken ct)
        {
            dialog.Turn.Send(Replies.Text($"(hitungan masih {dialog.State<Count>()!.Value})"));
            return Task.CompletedTask;
        }

        private sealed record Count(int Value);
    }
}
