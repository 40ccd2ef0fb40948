using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Collaboration;

/// <summary>
/// The same flows started by typed messages (the recognizer's intents from showcase.lu), worded differently from the
/// examples there, with an interruption in the middle of a request.
/// </summary>
public sealed class TypedRequestsTests : IAsyncLifetime
{
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(new Dictionary<string, string?>
    {
        ["Officers:0:AadObjectId"] = "aad-officer-garut", ["Officers:0:Region"] = "Kabupaten Garut",
        ["Collaboration:NotifierEnabled"] = "false",
    });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<string> Say(string text, string conversation, string channel = "directline") =>
        Activities.Read(await _bot.AskAsync(text, conversation, "warga-ketik", channel));

    [Fact]
    public async Task Asking_for_a_regions_innovations_shows_its_showcase()
    {
        var answer = await Say("boleh tahu inovasi apa saja yang dimiliki Kabupaten Penajam Paser Utara?", "typed-showcase");
        Assert.Contains("Inovasi Kabupaten Penajam Paser Utara", answer);
        Assert.Contains("SIHARPA", answer);
    }

    [Fact]
    public async Task Asking_to_collaborate_opens_the_form_and_a_question_in_between_leaves_it_open()
    {
        var form = await Say("kami dari universitas dan ingin menjalin kerja sama dengan Kabupaten Garut", "typed-collab");
        Assert.Contains("Ajukan kolaborasi dengan Kabupaten Garut", form);
        var between = await Say("apa itu smart city?", "typed-collab");
        Assert.DoesNotContain("Ajukan kolaborasi", between);
        Assert.Contains("Sumber", between);
        Assert.Contains("Tidak ada data Anda yang disimpan", await Say("batal", "typed-collab"));
    }

    [Fact]
    public async Task A_name_typed_in_capitals_into_the_open_form_is_its_first_field()
    {
        Assert.Contains("Ajukan kolaborasi dengan Kabupaten Garut", await Say("kami ingin bermitra dengan Kabupaten Garut", "typed-collab-name"));
        // "Bagus" is also a word of thanks; written as a name, it is the name the form asked for.
        Assert.Contains("organisasi", await Say("Bagus Wicaksono", "typed-collab-name"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("e-mail", await Say("Koperasi Digital Garut", "typed-collab-name"));
        Assert.Contains("pilar", await Say("ok ini kontak saya: bagus@koperasi.id", "typed-collab-name"));
    }

    [Fact]
    public async Task Coming_back_to_the_request_after_a_question_shows_the_same_form_again()
    {
        Assert.Contains("Ajukan kolaborasi dengan Kabupaten Garut", await Say("kami dari universitas dan ingin menjalin kerja sama dengan Kabupaten Garut", "typed-collab-back"));
        await Say("apa itu quick win?", "typed-collab-back");
        var back = await Say("baik, kita lanjutkan pengajuan kerja samanya", "typed-collab-back");
        Assert.Contains("Ajukan kolaborasi dengan Kabupaten Garut", back);
        Assert.DoesNotContain("Permintaan kolaborasi terbuka", back);
    }

    [Fact]
    public async Task A_question_instead_of_the_region_is_answered_and_the_region_asked_for_once_more()
    {
        var ask = await Say("saya mau mengajukan kerja sama dengan pemda", "typed-collab-region");
        Assert.Contains("Dengan kabupaten/kota mana", ask);
        var between = await Say("apa itu quick win?", "typed-collab-region");
        Assert.Contains("Sumber", between);
        Assert.Contains("Masih ingin mengajukan kolaborasi?", between);
        Assert.Contains("Ajukan kolaborasi dengan Kabupaten Garut", await Say("Kabupaten Garut", "typed-collab-region"));

        // A second message that is not a place: the user has moved on, and the request is left without a word.
        await Say("saya mau mengajukan kerja sama dengan pemda", "typed-collab-moved-on");
        await Say("apa itu quick win?", "typed-collab-moved-on");
        var second = await Say("berapa jumlah pilar smart city?", "typed-collab-moved-on");
        Assert.DoesNotContain("Masih ingin mengajukan kolaborasi?", second);
        Assert.DoesNotContain("Ajukan kolaborasi", await Say("Kabupaten Garut", "typed-collab-moved-on"));
    }

    [Fact]
    public async Task Asking_to_go_on_after_questions_in_between_shows_the_same_request_again()
    {
        Assert.Contains("Ajukan kolaborasi dengan Kabupaten Garut", await Say("perusahaan kami ingin bermitra dengan Kabupaten Garut", "typed-collab-resume"));
        Assert.Contains("2023", await Say("Garut jadi peserta tahun berapa ya?", "typed-collab-resume"));
        Assert.Contains("Ajukan kolaborasi dengan Kabupaten Garut", await Say("baik, teruskan pengajuan kerja sama tadi", "typed-collab-resume"));
    }

    [Fact]
    public async Task Asking_for_a_status_without_a_number_explains_where_to_find_it()
    {
        var answer = await Say("permohonan kolaborasi yang saya kirim kemarin sudah sampai mana?", "typed-status");
        Assert.Contains("Tulis nomor permintaannya", answer);
    }

    [Fact]
    public async Task An_officer_asking_for_requests_gets_the_regions_open_list()
    {
        var officer = Activities.Message("ada permintaan kolaborasi yang masuk untuk daerah kami?", "a:personal-garut", "29:garut", "msteams") with
        {
            From = new ChannelAccount { Id = "29:garut", Name = "Petugas Garut", AadObjectId = "aad-officer-garut", Role = "user" },
            Conversation = new ConversationAccount { Id = "a:personal-garut", ConversationType = "personal" },
        };
        var answer = Activities.Read(await _bot.AskAsync(officer));
        Assert.Contains("Permintaan kolaborasi terbuka — Kabupaten Garut", answer);
    }

    [Fact]
    public async Task A_name_shared_by_a_kota_and_a_kabupaten_is_the_one_that_took_part()
    {
        // Only Kota Semarang took part: "semarang" without its type is that one, not a question which region.
        var form = await Say("kami ingin menjalin kerja sama dengan semarang", "typed-collab-homonym");
        Assert.Contains("Ajukan kolaborasi dengan Kota Semarang", form);
    }
}
