using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Understanding;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: right after an answer listing a numbered sequence of steps (the programme's year,
/// "Tahap 1: …" to "Tahap 9: …"), an ordinal ("tahap kedua", "yang pertama", "the last one") is that step of the
/// sequence — its own section — not the programme's second year nor the last cohort; with no sequence shown, "tahap
/// kedua" is read as before.
/// </summary>
public sealed class SequenceStepTests : ConversationThroughTheBot
{
    private const string Listing = "urutan tahapan programnya gimana ya";

    [Theory]
    [InlineData("klo tahap kedua gmn?", "Tahap 2:", "2018")]
    [InlineData("yg pertama itu ngapain aja?", "Tahap 1:", "Tahap 9:")]
    [InlineData("tahap paling akhir isinya apa?", "Tahap 9:", "Tahap 2:")]
    [InlineData("and the last one?", "Tahap 9:", "Tahap 1:")]
    public async Task An_ordinal_after_a_numbered_sequence_is_that_step(string ordinal, string step, string notThere)
    {
        var c = "sequence-step-" + ordinal.Length;
        Assert.Contains("Tahap 9:", await Say(Listing, c, "u-seq" + ordinal.Length));
        var reply = await Say(ordinal, c, "u-seq" + ordinal.Length);
        Assert.Contains(step, reply);
        Assert.DoesNotContain(notThere, reply);
        Assert.DoesNotContain("belum yakin", reply);
    }

    [Fact]
    public async Task With_no_sequence_shown_a_stage_ordinal_is_read_as_before()
    {
        const string c = "sequence-none";
        await Say("apa itu smart city?", c, "u-seqn");
        Assert.Contains("2018", await Say("kalau tahap kedua?", c, "u-seqn"));
    }

    [Theory]
    [InlineData("- Tahap 2: Penetapan daerah terpilih", "tahap", 2, "Tahap 2: Penetapan daerah terpilih")]
    [InlineData("- **Langkah 3.** Susun rencana aksi", "langkah", 3, "Langkah 3. Susun rencana aksi")]
    [InlineData("4. Pemaparan masterplan", "", 4, "Pemaparan masterplan")]
    public void A_numbered_step_line_is_read_with_its_word_and_number(string raw, string noun, int number, string line) =>
        Assert.Equal((noun, number, line), SequenceStep.StepLine(raw));

    [Theory]
    [InlineData("- 2017: 25 kabupaten/kota")]
    [InlineData("- Kota Bogor")]
    [InlineData("Tahun 2019 adalah tahap ketiga.")]
    public void A_line_that_is_no_numbered_step_is_not_one(string raw) => Assert.Null(SequenceStep.StepLine(raw));

    private static readonly SequenceStep Steps = new(EntityWords.Load(Path.Combine(UnderstandingData.Folder, "entities.json")));

    [Fact]
    public void The_step_word_and_a_number_or_ordinal_name_the_line_labelled_so()
    {
        var state = new StateBag();
        Steps.Remember(Turn(state, "daftar langkahnya apa saja?", Labelled(4, 7)));
        // After the step word the number is the label's, wherever the list starts; after "yang" it counts the lines shown.
        Assert.Equal("kalau langkah 6", Rewrite(state, "kalau langkah keenam?"));
        Assert.Equal("langkah 5 isinya apa", Rewrite(state, "langkah ke-5 isinya apa"));
        Assert.Equal("langkah 7 gimana", Rewrite(state, "langkah terakhir gimana"));
        Assert.Equal("langkah 4 apa", Rewrite(state, "langkah 4 apa"));
        Assert.Equal("langkah 5", Rewrite(state, "yang kedua?"));
        // A number the list does not label, or another step word, points at nothing.
        Assert.Null(Rewrite(state, "langkah kedua?"));
        Assert.Null(Rewrite(state, "tahap keenam?"));
    }

    [Fact]
    public void Two_labelled_steps_are_a_sequence_two_plainly_numbered_lines_are_not()
    {
        var labelled = new StateBag();
        Steps.Remember(Turn(labelled, "tahapnya?", Labelled(1, 2, "Tahap")));
        Assert.Equal("tahap 2 kapan", Rewrite(labelled, "tahap kedua kapan"));
        var plain = new StateBag();
        Steps.Remember(Turn(plain, "apa saja?", "Ada dua:\n1. Penyusunan\n2. Pemaparan"));
        Assert.Null(Rewrite(plain, "yang kedua?"));
    }

    private static string? Rewrite(StateBag state, string text)
    {
        var turn = Turn(state, text, "");
        return Steps.Rewrite(turn, UnderstandingData.Recognizer.Recognize(text));
    }

    private static string Labelled(int from, int to, string noun = "Langkah") =>
        "Urutannya:\n" + string.Join("\n", Enumerable.Range(from, to - from + 1).Select(i => $"- {noun} {i}: isi {noun.ToLowerInvariant()} ke-{i}"));

    private static TurnContext Turn(StateBag state, string text, string reply) => DetachedTurns.Of("sequence-step", text, state, reply);
}
