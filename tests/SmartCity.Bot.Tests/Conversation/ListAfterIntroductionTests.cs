
namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: a speaker who first says where they are or work and then asks a year's list gets the
/// list, not their own place's participation nor a collaboration form for it; "yang di provinsi P" keeps the year the
/// conversation asked about; "yang kabupaten aja" filters the list just shown and the filter stays for the next year;
/// a name said bare and again with its type is the typed one.
/// </summary>
public sealed class ListAfterIntroductionTests : ConversationThroughTheBot
{
    [Fact]
    public async Task A_list_asked_after_saying_where_the_company_is_lists_the_year()
    {
        const string c = "intro-list";
        var reply = await Say("Selamat pagi, kami PT Arta Teknologi dari Kota Malang. Siapa saja peserta tahun 2023 yang bisa kami dekati untuk kerja sama?", c, "u-il");
        Assert.Contains("Kota Sabang", reply);
        Assert.DoesNotContain("Kota Malang tidak tercatat", reply);
        Assert.DoesNotContain("isi nama", reply);
        // The province filter keeps the year of the list.
        var filtered = await Say("yang di provinsi Jawa Tengah", c, "u-il");
        Assert.Contains("Kabupaten Cilacap", filtered);
        Assert.DoesNotContain("Kota Semarang", filtered); // 2017
    }

    [Fact]
    public async Task A_collaboration_wish_asking_for_the_list_gets_the_list_not_the_form_for_home()
    {
        const string c = "intro-collab-list";
        var reply = await Say("Halo, kami startup logistik dari Kota Bekasi. Kami ingin mengajak kerja sama peserta smart city tahun 2023, boleh dibantu daftarnya?", c, "u-icl");
        Assert.Contains("Kabupaten Garut", reply);
        Assert.DoesNotContain("isi nama", reply);
        Assert.DoesNotContain("kolaborasi dengan Kota Bekasi", reply);
    }

    [Fact]
    public async Task A_province_after_a_region_answer_for_a_year_keeps_that_year()
    {
        const string c = "region-year-province";
        Assert.Contains("2018", await Say("Kota Surabaya ikut tahun 2018?", c, "u-ryp"));
        var reply = await Say("yang di provinsi Jawa Barat?", c, "u-ryp");
        Assert.Contains("Kota Cimahi", reply);
        Assert.DoesNotContain("Kota Bandung", reply); // 2017
    }

    [Fact]
    public async Task A_type_word_after_a_province_list_keeps_that_type_and_the_next_year_too()
    {
        const string c = "type-filter";
        Assert.Contains("Kota Yogyakarta", await Say("di DIY daerah mana saja yang pernah ikut smart city?", c, "u-tf"));
        var reply = await Say("yang kabupaten aja", c, "u-tf");
        Assert.Contains("Kabupaten Sleman", reply);
        Assert.Contains("Kabupaten Gunungkidul", reply);
        Assert.DoesNotContain("Kota Yogyakarta", reply);
        var next = await Say("kalau 2018?", c, "u-tf");
        Assert.Contains("Kabupaten Bantul", next);
        Assert.DoesNotContain("Kota Yogyakarta", next);
    }

    [Fact]
    public async Task A_type_word_after_a_list_naming_the_place_spoken_of_is_still_its_namesake()
    {
        const string c = "type-namesake";
        Assert.Contains("2017", await Say("kota cirebon ikut smart city ga?", c, "u-tn"));
        Assert.Contains("Cirebon", await Say("masterplannya kapan jadi?", c, "u-tn"));
        Assert.Contains("Kabupaten Cirebon", await Say("yang kabupaten?", c, "u-tn"));
    }

    [Fact]
    public async Task A_name_said_bare_and_again_with_its_type_is_the_typed_one()
    {
        const string c = "typed-namesake";
        var reply = await Say("hallo min, aku orang pekalongan asli, skrg kerja di jakarta. kabupaten pekalongan ikut smart city gak?", c, "u-tyn");
        Assert.Contains("Kabupaten Pekalongan", reply);
        Assert.Contains("2024", reply);
        Assert.DoesNotContain("Kota Pekalongan", reply);
    }
}
