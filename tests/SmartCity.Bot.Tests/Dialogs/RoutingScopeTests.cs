using System.Text.RegularExpressions;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// Which dialog takes a message, through the real /api/messages: a region-data dialog gives way when the documents are
/// what the question is about; a message about something else entirely is declined, not greeted, rated or asked about.
/// </summary>
public sealed class RoutingScopeTests : IAsyncLifetime
{
    private BotServer _bot = null!;
    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();
    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<string> AskAsync(string question) =>
        Activities.Read(await _bot.AskAsync(question, conversationId: "c-" + Guid.NewGuid().ToString("N")));

    [Theory]
    [InlineData("Bagaimana cara membuat paspor baru secara online?")]
    [InlineData("Sepatu apa yang bagus buat mendaki gunung?")]
    [InlineData("Berapa harga emas batangan hari ini?")]
    [InlineData("Resep rendang yang enak gimana ya?")]
    public async Task Something_else_entirely_is_declined_whatever_intent_it_resembles(string question)
    {
        var text = await AskAsync(question);
        Assert.Matches(new Regex("di luar cakupan|belum yakin", RegexOptions.IgnoreCase), text);
        Assert.DoesNotContain("Terima kasih atas masukannya", text);
        Assert.DoesNotContain("maksud Anda yang mana", text);
    }

    [Theory]
    [InlineData("Kabupaten Banyuwangi ikut smart city tahun berapa?")]
    [InlineData("tempat saya kabupaten sleman, udah ikut gmsc belum?")]
    public async Task Participation_questions_stay_with_the_region_data(string question) =>
        Assert.Contains(ParticipationAnswers.DataSource, await AskAsync(question));

    [Theory]
    [InlineData("Apa saja kriteria yang dipakai untuk memilih peserta angkatan 2018?")]
    [InlineData("Menurut dokumen, unsur apa saja yang dinilai dari pilar smart governance Kota Bandung?")]
    public async Task A_question_on_a_documents_topic_that_names_a_region_or_year_is_answered_from_the_documents(string question)
    {
        var text = await AskAsync(question);
        Assert.DoesNotContain(ParticipationAnswers.DataSource, text);
        Assert.Contains("Sumber", text);
    }

    [Theory]
    [InlineData("What are the pillars of the smart city programme?", "governance")]
    [InlineData("Which regencies participated in 2018?", "2018")]
    public async Task English_questions_reach_the_documents_through_the_synonym_data(string question, string expected)
    {
        var text = await AskAsync(question);
        Assert.DoesNotMatch(new Regex("di luar cakupan|belum yakin", RegexOptions.IgnoreCase), text);
        Assert.Contains(expected, text, StringComparison.OrdinalIgnoreCase);
    }
}
