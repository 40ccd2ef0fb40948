using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Tests.Timeline;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Multi-turn conversations through the real /api/messages: an officer's opening sentence, the region and cohort
/// remembered over five turns, a correction, a question in the middle of the checklist, common words that look
/// like region names.
/// </summary>
public sealed class ConversationMemoryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(TestCalendar.Start);
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await TestCalendar.StartBotAsync(_clock);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<string> Say(string text, string conversation, string user = "officer") =>
        Activities.Read(await _bot.AskAsync(text, conversation, user));

    [Fact]
    public async Task An_officer_opening_sentence_naming_the_region_goes_straight_to_the_status_summary()
    {
        var reply = await Say("Selamat pagi, kami dari Diskominfo Kabupaten Sleman, ingin menanyakan status smart city kami", "open", "o-sleman");
        Assert.Contains("Status Kabupaten Sleman", reply);
        Assert.Contains("(1/3)", reply); // the development identity is programme staff: the checklist follows
    }

    [Fact]
    public async Task Region_and_cohort_are_remembered_over_five_turns()
    {
        const string c = "five";
        Assert.Contains("Kota Semarang", await Say("Halo, saya operator dari Pemkot Semarang", c, "o-smg"));
        Assert.Contains("dihentikan", await Say("batal", c, "o-smg"));

        var cohort = await Say("kami angkatan berapa ya?", c, "o-smg");
        Assert.Contains("Untuk Kota Semarang (angkatan 2017)", cohort); // what was assumed is said
        Assert.Contains("2017", cohort);

        var peers = await Say("siapa saja peserta seangkatan kami?", c, "o-smg");
        Assert.Contains("Peserta 2017", peers);
        Assert.Contains("Kabupaten Sleman", peers);

        var deadline = await Say("kapan tenggat berikutnya?", c, "o-smg");
        Assert.Contains("Untuk Kota Semarang", deadline);
        Assert.Contains("2030", deadline);

        var others = await Say("daerah lain di tahun tersebut siapa saja?", c, "o-smg");
        Assert.Contains("Peserta 2017", others);

        // The region belongs to the user: a new conversation still knows it.
        Assert.Contains("Kota Semarang", await Say("angkatan kami tahun berapa?", "five-later", "o-smg"));
    }

    [Fact]
    public async Task A_corrected_region_replaces_the_remembered_one()
    {
        const string c = "fix";
        Assert.Contains("Kabupaten Kudus", await Say("kami dari Pemkab Kudus, mau cek status", c, "o-fix"));
        await Say("batal", c, "o-fix");
        Assert.Contains("Kabupaten Jember", await Say("bukan, maksudnya Kabupaten Jember", c, "o-fix"));
        var cohort = await Say("angkatan kami tahun berapa?", c, "o-fix");
        Assert.Contains("Kabupaten Jember", cohort);
        Assert.Contains("2018", cohort);
        Assert.DoesNotContain("Kudus", cohort);

        Assert.Contains("kabupaten/kota apa", await Say("ganti daerah", c, "o-fix"));
        Assert.Contains("Kota Batu", await Say("Kota Batu", c, "o-fix"));
        Assert.Contains("2019", await Say("kami ikut tahun berapa?", c, "o-fix"));
    }

    [Fact]
    public async Task A_question_in_the_middle_of_the_checklist_is_answered_and_the_checklist_resumes()
    {
        const string c = "mid";
        Assert.Contains("(1/3)", await Say("cek status kota bogor", c));
        var between = await Say("apa itu quick win?", c);
        Assert.Contains("Kembali ke checklist", between);
        Assert.Contains("(1/3)", between);
        Assert.Contains("Tercatat", await Say("sudah", c));
        var help = await Say("bantuan", c);
        Assert.Contains("Sudah", help);
        Assert.Contains("(2/3)", help);
        Assert.Contains("dihentikan", await Say("batal", c));
    }

    [Fact]
    public async Task Common_words_that_resemble_region_names_stay_words()
    {
        var deadline = await Say("Kapan batas waktu masterplan?", "words", "citizen");
        Assert.DoesNotContain("Batam", deadline);
        Assert.Contains("2030", deadline);
        // The answer may quote a document that mentions Kota Batu; it must not be about Kota Batu.
        var stone = await Say("Batu itu keras ya", "words-2", "citizen");
        Assert.DoesNotContain("Keikutsertaan Kota Batu", stone);
        Assert.DoesNotContain("Status Kota Batu", stone);
    }

    [Fact]
    public async Task The_recognizer_reports_ready_once_trained()
    {
        _bot.Services.GetRequiredService<SmartCity.Bot.Understanding.Recognizer>().Warm();
        var health = await _bot.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"));
        Assert.Equal(HealthStatus.Healthy, health.Entries["recognizer"].Status);
    }

    [Fact]
    public async Task A_self_introduction_is_remembered_whichever_dialog_answers_the_turn()
    {
        const string c = "intro";
        // The opening asks a programme question; who the user is still counts for the next turns.
        var first = await Say("Halo, kami dari Kabupaten Wonogiri. Apa saja enam pilar smart city?", c, "o-wng");
        Assert.Contains("governance", first, StringComparison.OrdinalIgnoreCase);
        var cohort = await Say("kami ikut tahun berapa?", c, "o-wng");
        Assert.Contains("Kabupaten Wonogiri", cohort);
        Assert.Contains("2021", cohort);
    }

    [Fact]
    public async Task Naming_a_region_in_a_business_question_does_not_make_it_the_users_own()
    {
        const string c = "partner";
        Assert.Contains("Kota Dumai", await Say("Kami ingin bekerja sama dengan Kota Dumai.", c, "b-dumai"));
        Assert.Contains("batal", await Say("batal", c, "b-dumai"), StringComparison.OrdinalIgnoreCase);
        // "kami" here is the company: asked its cohort, the bot asks for the region instead of assuming Dumai.
        Assert.DoesNotContain("Kota Dumai", await Say("angkatan kami tahun berapa?", c, "b-dumai"));
    }

    [Fact]
    public async Task A_correction_without_an_own_region_asks_the_same_place_question_again()
    {
        const string c = "correct-place";
        Assert.Contains("Sinotika", await Say("apa saja inovasi Kabupaten Temanggung?", c, "citizen-x"));
        var corrected = await Say("eh salah, maksud saya Kota Depok", c, "citizen-x");
        Assert.Contains("Depok Smart Pole", corrected);
    }
}
