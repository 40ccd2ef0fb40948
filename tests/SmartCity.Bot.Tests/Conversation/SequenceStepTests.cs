using SmartCity.Bot.Conversation;

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
}
