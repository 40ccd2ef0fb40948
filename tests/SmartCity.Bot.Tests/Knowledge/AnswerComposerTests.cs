using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

public sealed class AnswerComposerTests
{
    [Fact]
    public void Splits_prose_into_sentences_and_keeps_list_items()
    {
        var (sentences, items) = AnswerComposer.Split(
            "Sepuluh kawasan menjadi fokus. Masing-masing dengan provinsinya:\n\n- Danau Toba — Sumatera Utara\n- Likupang — Sulawesi Utara (Sulut)\n\nKab. Badung ikut pada 2017.");
        Assert.Equal(["Sepuluh kawasan menjadi fokus.", "Masing-masing dengan provinsinya:", "Kab. Badung ikut pada 2017."], sentences);
        Assert.Equal(["Danau Toba — Sumatera Utara", "Likupang — Sulawesi Utara (Sulut)"], items);
    }

    [Theory]
    [InlineData("Smart environment (tata kelola lingkungan cerdas): proteksi lingkungan, sampah dan limbah, tata kelola energi", "Smart environment (tata kelola lingkungan cerdas)")]
    [InlineData("Enam pilar smart city", "Enam pilar smart city")]
    public void Shortens_long_headings_for_buttons(string heading, string expected) =>
        Assert.Equal(expected, AnswerComposer.Topic(heading));
}
