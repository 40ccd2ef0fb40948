using System.Text.RegularExpressions;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>Participation questions through the real /api/messages, and questions that must be left to the knowledge answers.</summary>
public sealed class ParticipationTests : IAsyncLifetime
{
    private const string Yes = @"(ya|iya|benar|betul|termasuk|ikut|mengikuti|terdaftar|tercatat|peserta|terpilih|bergabung)";
    private BotServer _bot = null!;
    public async Task InitializeAsync() => _bot = await BotServer.StartAsync();
    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<string> AskAsync(string question) =>
        Activities.Read(await _bot.AskAsync(question, conversationId: "c-" + Guid.NewGuid().ToString("N"))).Split(question).Aggregate((a, b) => a + " " + b);

    [Theory]
    [InlineData("Kabupaten Ciamis masuk daftar peserta smart city 2023 atau tidak?", 2023)]
    [InlineData("Benarkah Kota Cimahi salah satu dari 50 daerah angkatan 2018?", 2018)]
    [InlineData("Kota Kupang tercatat ikut GMSC 2019, betul?", 2019)]
    [InlineData("Purwakarta (kabupaten) ikut tahap pertama 2017?", 2017)]
    [InlineData("Kota Banjar didampingi menyusun masterplan pada 2024?", 2024)]
    [InlineData("Kabupaten Luwu peserta 2023?", 2023)]
    [InlineData("Kabupaten Katingan ikut angkatan 2022?", 2022)]
    [InlineData("Kabupaten Humbang Hasundutan ikut program smart city 2021 di kawasan Danau Toba?", 2021)]
    [InlineData("ciamis udh prnh ikut gmsc blm? taun brp", 2023)]
    [InlineData("apakah kab. gianyar terpilih di 2024", 2024)]
    [InlineData("humbahas pernah ikut gak?", 2021)]
    [InlineData("PPU termasuk peserta 2022 ya?", 2022)]
    [InlineData("kota palangka raya ikut smart city tahun 2023?", 2023)]
    [InlineData("pematang siantar udah gabung blm 2023", 2023)]
    [InlineData("Kabupaten Purbalingga menandatangani MoU smart city 2024 atau tidak?", 2024)]
    [InlineData("apakah kota batu ikut teken nota kesepakatan 2019?", 2019)]
    public async Task Yes_answers_name_the_year_and_never_start_with_a_no(string question, int year)
    {
        var text = await AskAsync(question);
        Assert.Matches(new Regex($@"{Yes}[\s\S]*{year}|{year}[\s\S]*{Yes}", RegexOptions.IgnoreCase), text);
        Assert.DoesNotMatch(new Regex(@"^\W*(tidak|bukan|belum|tdk|gak|nggak)\b", RegexOptions.IgnoreCase), text);
        Assert.DoesNotMatch(new Regex($@"\b(tidak|bukan|belum)\s+(ikut|termasuk|terdaftar|tercatat|menjadi peserta|pada)?\s*(di\s+)?(tahun\s+)?{year}", RegexOptions.IgnoreCase), text);
        Assert.Contains(ParticipationAnswers.DataSource, text);
        Assert.Contains("Sumber", text);
    }

    [Theory]
    [InlineData("Kabupaten Jember bergabung di angkatan tahun berapa?", "2018")]
    [InlineData("Kota Bontang ikut di tahun apa?", "2019")]
    [InlineData("Tangerang Selatan (kota) masuk angkatan berapa?", "2017")]
    [InlineData("Kabupaten Nunukan ikut tahun berapa?", "2023")]
    [InlineData("kapan kota sabang ikut gmsc?", "2023")]
    [InlineData("Kabupaten Nunukan", "2023")]
    [InlineData("jogja", "2018")]
    public async Task Which_year_questions_name_the_year(string question, string year) =>
        Assert.Contains(year, await AskAsync(question));

    [Theory]
    [InlineData("Kabupaten Bekasi termasuk peserta tahap pertama 2017?", "2017")]
    [InlineData("Kota Bandung ikut lagi di angkatan 2023?", "2023")]
    [InlineData("Kabupaten Majalengka ada di daftar peserta 2023?", "2023")]
    [InlineData("Kota Palu ikut angkatan 2019?", "2019")]
    [InlineData("kota bogor ikut 2024 ga?", "2024")]
    [InlineData("Kota Surabaya menandatangani MoU smart city 2017 atau tidak?", "2017")]
    public async Task A_complete_year_without_the_region_is_a_clear_no(string question, string year)
    {
        var text = await AskAsync(question);
        Assert.Matches(new Regex(@"^\W*Tidak\b"), text);
        Assert.Contains($"tidak tercatat sebagai peserta tahun {year}", text);
        Assert.DoesNotMatch(new Regex(@"^\W*(ya|iya|betul|benar|tentu)\b", RegexOptions.IgnoreCase), text);
    }

    [Fact]
    public async Task A_partial_year_is_never_a_firm_no()
    {
        var text = await AskAsync("Kota Bandung ikut angkatan 2022?");
        Assert.StartsWith("Belum dapat dipastikan", text.TrimStart());
        Assert.Contains("hanya sebagian", text);
        Assert.DoesNotContain("tidak tercatat sebagai peserta tahun 2022", text);
        Assert.Contains("2017", text); // the year it did take part
    }

    [Fact]
    public async Task A_region_in_no_list_is_not_told_it_never_took_part()
    {
        var text = await AskAsync("Kabupaten Karawang pernah ikut smart city?");
        Assert.Contains("tidak ditemukan dalam daftar peserta yang tersedia", text);
        Assert.Contains("2021", text);
        Assert.Contains("sebagian", text);
        Assert.DoesNotMatch(new Regex(@"tidak pernah (ikut|menjadi)", RegexOptions.IgnoreCase), text.Replace("belum bisa dipastikan bahwa Kabupaten Karawang tidak pernah ikut", ""));
    }

    [Theory]
    [InlineData("Kediri sudah pernah ikut GMSC?", "Kota Kediri", "Kabupaten Kediri")]
    [InlineData("Pekalongan masuk program smart city tahun berapa?", "Kabupaten Pekalongan", "Kota Pekalongan")]
    [InlineData("bogor ikut?", "Kota Bogor", "Kabupaten Bogor")]
    public async Task A_shared_name_answers_both_and_offers_both(string question, string first, string second)
    {
        var replies = await _bot.AskAsync(question, conversationId: Guid.NewGuid().ToString("N"));
        var text = Activities.Read(replies);
        Assert.Contains(first, text);
        Assert.Contains(second, text);
        var choices = replies.SelectMany(r => r.SuggestedActions?.Actions ?? []).Select(a => a.Title).ToList();
        Assert.Contains(choices, c => c!.Contains(first));
        Assert.Contains(choices, c => c!.Contains(second));
    }

    // The same place named again with another year asks about that year, not the place's year once more.
    [Fact]
    public async Task The_place_just_answered_named_again_with_another_year_is_asked_of_that_year()
    {
        var conversation = "again-" + Guid.NewGuid().ToString("N");
        await _bot.AskAsync("kota bekasi ikut smart city tahun berapa?", conversationId: conversation);
        var answer = Activities.Read(await _bot.AskAsync("kalau tahun 2018 kota bekasi ikut juga?", conversationId: conversation));
        Assert.Contains("tidak tercatat sebagai peserta tahun 2018", answer);
    }

    [Theory]
    [InlineData("bogor ikut?", "yang kabupaten", "Kabupaten Bogor", "2018")]
    [InlineData("tangerang udah ikut smart city belum?", "kotanya", "Kota Tangerang", "2017")]
    [InlineData("Kediri sudah pernah ikut GMSC?", "Kabupaten Kediri", "Kabupaten Kediri", "2023")]
    public async Task After_a_shared_name_the_user_picks_one_by_type_or_name(string question, string pick, string region, string year)
    {
        var conversation = "pick-" + Guid.NewGuid().ToString("N");
        await _bot.AskAsync(question, conversationId: conversation);
        var answer = Activities.Read(await _bot.AskAsync(pick, conversationId: conversation));
        Assert.Contains(region, answer);
        Assert.Contains(year, answer);
        Assert.DoesNotContain(region.StartsWith("Kota") ? "Kabupaten " + region[5..] : "Kota " + region[10..], answer);
    }

    [Theory]
    [InlineData("Kota Kediri ikut smart city tahun berapa?", "kalau kabupatennya?", "Kabupaten Kediri", "2023")]
    [InlineData("Kabupaten Bogor ikut angkatan 2018?", "kalau tahun 2019?", "Kabupaten Bogor", "2019")]
    [InlineData("Kabupaten Bogor ikut angkatan 2018?", "yang kota ikut tahun berapa?", "Kota Bogor", "2017")]
    public async Task A_follow_up_changing_only_the_type_or_year_keeps_the_subject(string question, string followUp, string region, string year)
    {
        var conversation = "follow-" + Guid.NewGuid().ToString("N");
        await _bot.AskAsync(question, conversationId: conversation);
        var answer = Activities.Read(await _bot.AskAsync(followUp, conversationId: conversation));
        Assert.Contains(region, answer);
        Assert.Contains(year, answer);
        Assert.Contains(ParticipationAnswers.DataSource, answer);
    }

    [Fact]
    public async Task The_subject_is_kept_for_one_turn_only()
    {
        await _bot.AskAsync("Kabupaten Bogor ikut angkatan 2018?", conversationId: "follow-once");
        await _bot.AskAsync("Apa saja enam pilar smart city?", conversationId: "follow-once");
        var answer = Activities.Read(await _bot.AskAsync("kalau tahun 2019?", conversationId: "follow-once"));
        Assert.DoesNotContain("Kabupaten Bogor", answer);
    }

    [Fact]
    public async Task After_a_shared_name_a_new_question_is_answered_as_usual()
    {
        await _bot.AskAsync("bogor ikut?", conversationId: "pick-new");
        var answer = Activities.Read(await _bot.AskAsync("Apa saja enam pilar smart city?", conversationId: "pick-new"));
        Assert.Contains("governance", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_province_lists_its_participants_by_year()
    {
        var text = await AskAsync("Daerah mana saja di Jawa Barat yang ikut smart city?");
        Assert.Contains("Provinsi Jawa Barat", text);
        Assert.Contains("**2017**", text);
        Assert.Contains("Kota Bandung", text);
        Assert.Contains("Kabupaten Ciamis", text);
        Assert.DoesNotContain("Kota Surabaya", text);
        var only2023 = await AskAsync("peserta 2023 dari jateng?");
        Assert.Contains("tahun 2023", only2023);
        Assert.DoesNotContain("**2017**", only2023);
        var bali = await AskAsync("Peserta GMSC 2024 dari Provinsi Bali siapa saja?");
        Assert.Contains("Kabupaten Gianyar", bali);
        Assert.Contains("Kabupaten Bangli", bali);
    }

    [Fact]
    public async Task An_unknown_name_with_a_marker_gets_the_closest_real_names_as_choices()
    {
        var replies = await _bot.AskAsync("kota bogorr ikut gmsc?", conversationId: Guid.NewGuid().ToString("N"));
        Assert.Contains("Kota Bogor", Activities.Read(replies));
        // A name close to no real one is said plainly not found: names sharing a few letters with it are no choices.
        var unknown = await _bot.AskAsync("apakah kabupaten zzqwerty ikut?", conversationId: Guid.NewGuid().ToString("N"));
        Assert.Contains("tidak menemukan", Activities.Read(unknown));
        Assert.DoesNotContain(unknown.Last().SuggestedActions?.Actions ?? [], a => a.Title?.StartsWith("Kabupaten") == true || a.Title?.StartsWith("Kota") == true);
    }

    [Fact]
    public async Task Asking_about_my_own_region_asks_which_one_then_answers()
    {
        var conversation = Guid.NewGuid().ToString("N");
        var ask = Activities.Read(await _bot.AskAsync("Apakah kota saya ikut?", conversation));
        Assert.Contains("Kabupaten atau kota Anda apa", ask);
        var answer = Activities.Read(await _bot.AskAsync("kab ciamis", conversation));
        Assert.Contains("Kabupaten Ciamis", answer);
        Assert.Contains("2023", answer);
        // The profile now knows the region.
        var again = Activities.Read(await _bot.AskAsync("Apakah kota saya ikut?", Guid.NewGuid().ToString("N")));
        Assert.Contains("Kabupaten Ciamis", again);
    }

    [Theory]
    [InlineData("Kota Serang menerima penghargaan di acara smart city tahun berapa?")]
    [InlineData("Kapan Kota Depok mengikuti bimtek tahap 1 masterplan?")]
    [InlineData("Kabupaten Demak mendapat penghargaan pilar apa pada 2022?")]
    [InlineData("Quick win Kabupaten Sragen tahun 2019 ada berapa?")]
    [InlineData("likupang tu di provinsi mana sih, kok masuk smart city 2021")]
    [InlineData("Kota Surakarta menang kategori apa di 2022?")]
    [InlineData("Call Center 112 di Penajam Paser Utara masuk dimensi apa?")]
    [InlineData("ppu quick win nya ada brp biji")]
    [InlineData("Di hotel apa Kota Batu menandatangani MoU tahun 2019?")]
    [InlineData("Siapa bupati Banyuwangi yang ikut menandatangani nota kesepakatan?")]
    [InlineData("Kabupaten Bojonegoro juara pilar apa di 2021?")]
    [InlineData("Kota Depok masuk evaluasi masterplan tanggal berapa?")]
    [InlineData("Apa saja inovasi Kabupaten Banyumas yang ikut smart city?")]
    [InlineData("Kota Bandung raih penghargaan apa tahun 2022?")]
    [InlineData("Berapa daerah yang ikut tahun 2019?")]
    public async Task Other_questions_naming_a_region_are_left_to_the_knowledge_answers(string question)
    {
        var text = await AskAsync(question);
        Assert.DoesNotContain(ParticipationAnswers.DataSource, text);
        Assert.DoesNotContain("Keikutsertaan", text);
    }

    // An island group is its provinces together; "kalau 2023?" asks the same island's list for another year.
    [Fact]
    public async Task An_island_groups_count_and_its_follow_up_come_from_the_participant_list()
    {
        var conversation = "c-" + Guid.NewGuid().ToString("N");
        var first = Activities.Read(await _bot.AskAsync("ada berapa kab/kota dari kalimantan yg ikut tahun 2018?", conversationId: conversation));
        Assert.Contains("4 daerah", first);
        Assert.Contains("Kota Pontianak", first);
        var next = Activities.Read(await _bot.AskAsync("kalau 2023?", conversationId: conversation));
        Assert.Contains("5 daerah", next);
        Assert.Contains("Kabupaten Nunukan", next);
    }

    // "kapan Kota X teken MoU": the region's cohort and that cohort's signing date, not only "ya, tercatat".
    [Theory]
    [InlineData("kapan pemkot sabang teken mou smart city", "28 Februari 2023")]
    [InlineData("Kabupaten Kudus tanda tangan MoU gerakan smart city tanggal berapa?", "8 Mei 2018")]
    [InlineData("kapan mou kabupaten wonogiri", "20 Mei 2021")] // the documents' answer (its masterplan) lacks the date
    public async Task A_regions_mou_date_is_its_cohorts(string question, string date) =>
        Assert.Contains(date, await AskAsync(question));

    // "selain Kota X, yang seprovinsi": the named region's province, listed.
    [Fact]
    public async Task The_province_of_a_named_region_is_listed() =>
        Assert.Contains("Provinsi Jawa Barat", await AskAsync("selain kota cirebon, yg ikut dari provinsinya siapa saja?"));
}

/// <summary>The recognizer tells participation questions from other questions that name a region.</summary>
public sealed class ParticipationRoutingTests
{
    private static string Intent(string text) => SmartCity.Bot.Tests.Understanding.UnderstandingData.Recognizer.Recognize(text).TopIntent;

    [Theory]
    [InlineData("kabupaten badung terpilih berdasarkan surat nomor berapa?")]
    [InlineData("Kenapa Kota Depok batal ikut tahun 2018?")]
    [InlineData("Bagaimana cara Kabupaten Garut bisa ikut smart city?")]
    [InlineData("Apa syarat kota bogor ikut lagi?")]
    [InlineData("Kota Batu masuk penilaian evaluasi tahun berapa?")]
    [InlineData("Kabupaten Wonogiri ikut bimtek tahap 1 tanggal berapa?")]
    [InlineData("kapan pemkab trenggalek teken nota kesepakatan?")]
    [InlineData("kota tangerang dapat award apa di 2017")]
    public void Not_participation_questions(string text) =>
        Assert.NotEqual(IntentNames.Participation, Intent(text));

    [Theory]
    [InlineData("Kabupaten Garut ikut gak?")]
    [InlineData("apakah kota bogor termasuk peserta")]
    [InlineData("kab lebak terdaftar di gmsc?")]
    [InlineData("sragen pernah jadi peserta?")]
    [InlineData("Kota Tegal masuk daftar 2022?")]
    [InlineData("tahun berapa kota batu bergabung")]
    [InlineData("kota madiun terpilih th 2019 kah")]
    [InlineData("Kabupaten Bantul didampingi Kominfo tahun berapa?")]
    public void Participation_questions(string text) =>
        Assert.Equal(IntentNames.Participation, Intent(text));
}
