using System.Text.RegularExpressions;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// A region or a year is an entity, not an intent (knowledge/understanding/handlers.json), through the real
/// /api/messages: a message the recognizer reads as a region-data intent only because it names a place or a year, but
/// which asks for something that dialog's data does not hold, goes to the documents (which answer or decline) — never
/// a participation, status, showcase or collaboration card. Each message here was read as the handler's intent.
/// </summary>
public sealed class HandlerFormTests : BotWithKnowledge
{
    private static readonly Regex Declined = new("belum yakin|di luar cakupan|tidak ditemukan|maksud anda", RegexOptions.IgnoreCase);
    private static readonly Regex AnyCard = new("tercatat sebagai peserta|Status (Kota|Kabupaten)|Quick win dan inovasi|Belum ada data inovasi|Permintaan kolaborasi|sekarang saya pakai", RegexOptions.IgnoreCase);

    private async Task<string> AskAsync(string question, string? conversation = null) =>
        Activities.Read(await Bot.AskAsync(question, conversationId: conversation ?? "hf-" + Guid.NewGuid().ToString("N")));

    // handlers.json withPlace: "how" is the collaboration form's only when a kabupaten/kota is named.
    [Fact]
    public async Task How_to_work_with_a_named_region_is_the_collaboration_form() =>
        Assert.Contains("kolaborasi", await AskAsync("perusahaan kami ingin menjalin kerja sama dengan kabupaten sleman, bagaimana caranya?"), StringComparison.OrdinalIgnoreCase);

    // A head of a regional office is an office holder: no document section about the region answers "siapa" with a name.
    [Fact]
    public async Task Who_heads_a_regional_office_is_not_answered_with_a_section_about_the_region() =>
        Assert.Matches(Declined, await AskAsync("siapa nama kepala diskominfo kabupaten banyumas?"));

    [Fact]
    public async Task Who_holds_an_office_in_a_named_province_and_year_is_no_participation_list()
    {
        var text = await AskAsync("Tahun 2018 siapa gubernur Jawa Timur?");
        Assert.DoesNotContain(ParticipationAnswers.DataSource, text);
        Assert.DoesNotMatch(AnyCard, text);
    }

    [Fact]
    public async Task A_count_of_something_participation_data_does_not_count_is_declined_not_a_participation_card()
    {
        var text = await AskAsync("berapa utang Kota Bekasi");
        Assert.DoesNotContain(ParticipationAnswers.DataSource, text);
        Assert.Matches(Declined, text);
    }

    [Theory]
    [InlineData("rainfall of Kota Bogor")]
    [InlineData("population of Surabaya")]
    public async Task A_place_with_no_word_of_the_handler_gets_no_status_or_showcase_card(string message) =>
        // What the documents then say is theirs to decide (ranking and confidence); the handler's card is never it.
        Assert.DoesNotMatch(AnyCard, await AskAsync(message));

    [Fact]
    public async Task When_something_no_deadline_names_is_asked_the_deadline_card_stays_away()
    {
        // "kapan" asks about the noun after it (handlers.json focusBefore): an election is no deadline of the programme.
        Assert.DoesNotContain("Tenggat tahap", await AskAsync("kapan pemilu legislatif berikutnya?"));
        Assert.Contains("Tenggat tahap", await AskAsync("kapan tenggat pengesahan masterplan?"));
    }

    [Fact]
    public async Task A_dated_question_naming_a_region_does_not_change_the_users_region()
    {
        var text = await AskAsync("Kabupaten Badung menerima surat resmi dari Kominfo tanggal berapa?");
        Assert.DoesNotContain("sekarang saya pakai", text);
        Assert.Contains("5 Mei 2017", text);
    }

    [Fact]
    public async Task A_question_about_the_programmes_media_partner_is_answered_from_the_documents_not_the_partner_desk()
    {
        var text = await AskAsync("Lembaga apa yang jadi mitra media 2017?");
        Assert.Contains("Kompas Gramedia", text);
        Assert.DoesNotMatch(new Regex("tercatat punya quick win|ingin berkolaborasi|nomor permintaan", RegexOptions.IgnoreCase), text);
    }

    [Fact]
    public async Task After_a_participation_answer_a_question_about_the_same_place_that_its_data_does_not_hold_is_not_answered_again()
    {
        var conversation = "hf-" + Guid.NewGuid().ToString("N");
        Assert.Contains(ParticipationAnswers.DataSource, await AskAsync("Kota Bekasi ikut tahun berapa?", conversation));
        var text = await AskAsync("berapa utang Kota Bekasi", conversation);
        Assert.DoesNotContain(ParticipationAnswers.DataSource, text);
    }

    [Theory]
    [InlineData("did Kabupaten Purwakarta take part in the programme", "2017")]
    [InlineData("pemkab gresik udah pernah gabung belum sih", "2017")]
    public async Task Participation_asked_informally_or_in_English_still_reaches_the_participation_data(string message, string year)
    {
        var text = await AskAsync(message);
        Assert.Contains(ParticipationAnswers.DataSource, text);
        Assert.Contains(year, text);
    }

    // "which" before a province word asks for places (the province stand-in), not a subject the participation data lacks.
    [Fact]
    public async Task Which_provinces_of_a_year_asked_in_English_are_the_year_list()
    {
        var text = await AskAsync("which provinces joined in 2018?");
        Assert.Contains(ParticipationAnswers.DataSource, text);
        Assert.Contains("Sumatera Utara", text);
    }

    // tanya-izin.txt + hal-pendanaan.txt: whether a company may pay for the work is asked of the documents, no form is opened.
    [Fact]
    public async Task Whether_a_company_may_fund_work_in_a_named_region_opens_no_collaboration_form() =>
        Assert.DoesNotContain("Formulir kolaborasi", await AskAsync("bolehkah perusahaan swasta ikut membiayai smart city di kabupaten sleman?"));

    // A province word before "apa"/"mana" asks the region's province (a fact the showcase does not give), unlike a
    // province word after "which", which asks for places.
    [Theory]
    [InlineData("kabupaten tegal provinsinya apa")]
    [InlineData("kota magelang provinsinya mana ya")]
    [InlineData("kab banyumas itu provinsi apa sih")]
    public async Task A_province_word_before_the_question_word_asks_the_regions_province(string message) =>
        Assert.Contains("berada di **Provinsi", await AskAsync(message));

    // Two places of one name asked whether they took part together: their cohorts are compared, no collaboration form opens.
    [Theory]
    [InlineData("kota magelang sama kab magelang ikutnya bareng ga")]
    [InlineData("kota tegal ama kabupaten tegal ikut barengan nggak")]
    public async Task Whether_two_places_took_part_together_is_their_participation(string message)
    {
        var text = await AskAsync(message);
        Assert.DoesNotContain("berkolaborasi", text);
        Assert.Contains(ParticipationAnswers.DataSource, text);
    }
}
