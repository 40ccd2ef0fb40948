using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Tests.Regions;

public sealed class RegionResolverTests
{
    private static RegionQuery Resolve(string text) => RegionData.Resolver.Resolve(text);

    private static IReadOnlyList<string> Names(RegionQuery q) => q.Mentions.SelectMany(m => m.Candidates).Select(r => r.Name).ToList();

    [Theory]
    [InlineData("sy staf bappeda kota sibolgo, sumut. kami ikut thn brp?", "Kota Sibolga", "Sumatera Utara")]
    [InlineData("sy operator diskominfo kab boven digul, papua selatan. mau cek status", "Kabupaten Boven Digoel", "Papua Selatan")]
    [InlineData("kami dari kabupaten banyumass jawa tengah", "Kabupaten Banyumas", "Jawa Tengah")]
    public void A_misspelt_name_after_its_type_word_is_read_though_a_province_is_named_beside_it(string text, string region, string province)
    {
        var query = Resolve(text);
        Assert.Equal([region], Names(query));
        Assert.Equal(province, query.Province);
    }

    /// <summary>A bare name a kota and a kabupaten share, said after one of them was named with its type word, is that one.</summary>
    [Theory]
    [InlineData("saya camat di kota madiun, madiun dapat penghargaan apa?", "Kota Madiun")]
    [InlineData("sy warga kab magelang. magelang ikut thn brp", "Kabupaten Magelang")]
    public void A_bare_name_after_its_typed_namesake_is_that_one(string text, string region) =>
        Assert.Equal([region], Names(Resolve(text)));

    /// <summary>Another type word in the message keeps the bare name open: it may be the other one.</summary>
    [Fact]
    public void A_bare_name_beside_another_type_word_stays_open() =>
        Assert.Equal(3, Names(Resolve("kota magelang ikut 2019, kalau magelang kabupaten?")).Count);

    /// <summary>
    /// Each mention knows where it stands among the normalized words of the text: a type word before it is not part of
    /// it, another name ("ppu") covers the word written, a misspelt name the words read through it, and a province
    /// alias of two words ("di yogyakarta") read as three does not shift the words after it.
    /// </summary>
    [Theory]
    [InlineData("bukan kota bogor tapi kabupaten bogor", "2:1 5:1")]
    [InlineData("dari ppu ke Kota Balikpapan", "1:1 4:1")]
    [InlineData("kalau di yogyakarta, kabupaten sleman gimana?", "4:1")]
    [InlineData("sy dr kota balikpapn", "3:1")]
    [InlineData("kab bone bolangu ikut?", "1:2")]
    [InlineData("kami dari palangka raya, kalteng", "2:2")]
    public void A_mention_carries_the_words_it_was_read_from(string text, string spans)
    {
        var query = Resolve(text);
        Assert.Equal(spans, string.Join(' ', query.Mentions.Select(m => $"{m.At.Start}:{m.At.Length}")));
        var words = query.Normalized.Split(' ');
        Assert.All(query.Mentions, m => Assert.InRange(m.At.Start + m.At.Length, 1, words.Length));
    }

    [Fact]
    public void A_province_alone_beside_no_type_word_guesses_no_region() =>
        Assert.Empty(Resolve("daerah di sumut yang ikut thn brp?").Mentions);

    [Fact]
    public void Loads_every_region_and_participant()
    {
        Assert.Equal(514, RegionData.Registry.Regions.Count);
        Assert.Equal(38, RegionData.Registry.Provinces.Count);
        Assert.Equal(171, RegionData.Registry.Regions.Sum(r => RegionData.Registry.ParticipationsOf(r).Count));
        Assert.Equal(ListCoverage.Partial, RegionData.Registry.CoverageOf(2021));
        Assert.Equal(ListCoverage.Complete, RegionData.Registry.CoverageOf(2023));
        Assert.Equal(ListCoverage.None, RegionData.Registry.CoverageOf(2020));
    }

    [Theory]
    [InlineData("garut", "Kabupaten Garut")]
    [InlineData("kab. garut", "Kabupaten Garut")]
    [InlineData("Kabupaten Garut", "Kabupaten Garut")]
    [InlineData("kota bogor", "Kota Bogor")]
    [InlineData("kab lebak", "Kabupaten Lebak")]
    [InlineData("palangkaraya", "Kota Palangkaraya")]
    [InlineData("palangka raya", "Kota Palangkaraya")]
    [InlineData("Pematang Siantar", "Kota Pematangsiantar")]
    [InlineData("pematangsiantar", "Kota Pematangsiantar")]
    [InlineData("jogja", "Kota Yogyakarta")]
    [InlineData("Yogyakarta", "Kota Yogyakarta")]
    [InlineData("PPU", "Kabupaten Penajam Paser Utara")]
    [InlineData("humbahas", "Kabupaten Humbang Hasundutan")]
    [InlineData("tangsel", "Kota Tangerang Selatan")]
    [InlineData("Tangerang Selatan (kota) masuk angkatan berapa?", "Kota Tangerang Selatan")]
    [InlineData("Purwakarta (kabupaten) ikut tahap pertama 2017?", "Kabupaten Purwakarta")]
    [InlineData("Pemkab Gunung Kidul", "Kabupaten Gunungkidul")]
    [InlineData("kota jakarta selatan", "Kota Administrasi Jakarta Selatan")]
    [InlineData("Lima Puluh Kota ikut?", "Kabupaten Lima Puluh Kota")]
    [InlineData("ciamis udh prnh ikut gmsc blm? taun brp", "Kabupaten Ciamis")]
    public void Resolves_one_region(string text, string expected) => Assert.Equal([expected], Names(Resolve(text)));

    [Theory]
    [InlineData("pematangsiantr ikut?", "Kota Pematangsiantar")]
    [InlineData("kabupaten garutt", "Kabupaten Garut")]
    [InlineData("banyuwangie ikut smart city?", "Kabupaten Banyuwangi")]
    [InlineData("kota makasar", "Kota Makassar")]
    // A longer name whose last word is misspelt, not the shorter name its first word spells right.
    [InlineData("kab batang hri ikut gak", "Kabupaten Batanghari")]
    [InlineData("kab aceh jya ikut gak", "Kabupaten Aceh Jaya")]
    [InlineData("kab batang ikut gak", "Kabupaten Batang")]
    public void Reads_through_typos(string text, string expected) => Assert.Equal([expected], Names(Resolve(text)));

    [Theory]
    [InlineData("terus kota balikpapn?", "terus kota xregion")]
    [InlineData("kabupaten garutt ikut?", "kabupaten xregion ikut")]
    public void A_name_read_through_a_typo_is_masked_like_one_spelt_right(string text, string masked) =>
        Assert.Equal(masked, Resolve(text).Masked);

    [Theory]
    [InlineData("bogor", "Kota Bogor", "Kabupaten Bogor")]
    [InlineData("Kediri sudah pernah ikut GMSC?", "Kota Kediri", "Kabupaten Kediri")]
    [InlineData("pekalongan", "Kota Pekalongan", "Kabupaten Pekalongan")]
    public void A_name_of_both_a_kota_and_a_kabupaten_gives_both(string text, string first, string second)
    {
        var query = Resolve(text);
        var mention = Assert.Single(query.Mentions);
        Assert.Equal(new[] { first, second }.Order(), mention.Candidates.Select(c => c.Name).Order());
    }

    [Theory]
    [InlineData("Jawa Barat", "Jawa Barat")]
    [InlineData("peserta dari jabar siapa saja?", "Jawa Barat")]
    [InlineData("provinsi gorontalo", "Gorontalo")]
    [InlineData("DIY ikut?", "Daerah Istimewa Yogyakarta")]
    // Multi-word aliases (patterns built once, skipped when the text lacks the alias).
    [InlineData("peserta di East Java siapa?", "Jawa Timur")]
    [InlineData("daerah di sumatra utara yang ikut", "Sumatera Utara")]
    public void Finds_provinces(string text, string province)
    {
        var query = Resolve(text);
        Assert.Equal(province, query.Province);
        Assert.Empty(query.Mentions);
    }

    [Fact]
    public void A_text_resolved_again_is_answered_from_memory_with_the_same_places()
    {
        // The recognizer and the answerer's place check read the same message in one turn.
        var resolver = new RegionResolver(RegionData.Registry, RegionData.Words);
        var first = resolver.Resolve("Kota Bogor sudah ikut smart city?");
        Assert.Same(first, resolver.Resolve("Kota Bogor sudah ikut smart city?"));
        Assert.Equal(["Kota Bogor"], Names(first));
        // A long text is resolved afresh each time (not held), with the same result.
        var longText = string.Concat(Enumerable.Repeat("Kabupaten Garut dan Kota Bogor. ", 80));
        Assert.NotSame(resolver.Resolve(longText), resolver.Resolve(longText));
        Assert.Equal(Names(resolver.Resolve(longText)), Names(new RegionResolver(RegionData.Registry, RegionData.Words).Resolve(longText)));
    }

    /// <summary>A region's old name of two words (region-aliases.txt) is that region, like a one-word alias.</summary>
    [Theory]
    [InlineData("asli ujung pandang, kota saya ikut?", "Kota Makassar")]
    [InlineData("dulu namanya Ujung Pandang", "Kota Makassar")]
    public void An_old_name_of_two_words_is_the_region(string text, string region) =>
        Assert.Equal([region], Names(Resolve(text)));

    /// <summary>A town or village that is no kabupaten/kota itself (region-aliases.txt) is the one it lies in.</summary>
    [Theory]
    [InlineData("sy tinggal di ciputat, ikut gak?", "Kota Tangerang Selatan")]
    [InlineData("orang bena nih", "Kabupaten Ngada")]
    public void A_place_inside_a_region_is_that_region(string text, string region) =>
        Assert.Equal([region], Names(Resolve(text)));

    [Fact]
    public void Half_of_an_old_name_of_two_words_is_not_the_region() =>
        Assert.DoesNotContain("Kota Makassar", Names(Resolve("ujung jalan itu pandang ke kiri")));

    [Fact]
    public void A_multi_word_alias_inside_a_longer_word_is_not_the_province()
    {
        // The alias is a substring ("east javanese") but not whole words: no province, as with the per-call pattern.
        Assert.Null(Resolve("east javanese food").Province);
        Assert.Equal("Jawa Timur", Resolve("east java food").Province);
    }

    [Fact]
    public void A_city_named_like_its_province_is_the_city_unless_provinsi_is_said()
    {
        Assert.Equal(["Kota Jambi"], Names(Resolve("Jambi ikut?")));
        Assert.Equal("Jambi", Resolve("provinsi jambi").Province);
    }

    [Fact]
    public void An_unknown_name_after_a_marker_offers_only_close_real_names()
    {
        var close = Resolve("kab sukmarr ikut tahun brp").Unknown;
        Assert.NotNull(close);
        Assert.Contains("Kabupaten Sukamara", close!.Suggestions.Select(r => r.Name));
        Assert.All(close.Suggestions, r => Assert.Equal(RegionType.Kabupaten, r.Type));

        var far = Resolve("kota xyzabad ikut?");
        Assert.Empty(far.Mentions);
        Assert.NotNull(far.Unknown);
        Assert.Empty(far.Unknown!.Suggestions);
        Assert.Empty(Resolve("pemkot serpongraya sudah ikut?").Unknown!.Suggestions);
    }

    [Theory]
    [InlineData("kabupaten garut selatan masuk angkatan berapa", "Kabupaten Garut Selatan")]
    [InlineData("kota bogor barat ikut gak", "Kota Bogor Barat")]
    [InlineData("semarang utara ikut tahun brp", "Semarang Utara")]
    public void A_compass_word_making_a_name_no_region_bears_is_an_unknown_region_not_the_shorter_one(string text, string typed)
    {
        var query = Resolve(text);
        Assert.Empty(query.Mentions);
        Assert.Equal(typed, query.Unknown?.Typed);
        Assert.Empty(query.Unknown!.Suggestions);
        Assert.Contains("xregion", query.Masked);
    }

    [Theory]
    [InlineData("kab sumba timur sudah ikut?", "Kabupaten Sumba Timur")]
    [InlineData("kota tangerang selatan ikut?", "Kota Tangerang Selatan")]
    [InlineData("kabupaten bandung barat ikut kapan", "Kabupaten Bandung Barat")]
    [InlineData("kota batu jawa timur ikut?", "Kota Batu")]
    [InlineData("internet gratis di penajam paser utara", "Kabupaten Penajam Paser Utara")] // after "taman" it is a landmark (A_shorter_name_inside_a_landmarks_name_is_no_region)
    public void A_compass_word_that_is_part_of_a_real_name_keeps_the_region(string text, string region)
    {
        Assert.Contains(region, Names(Resolve(text)));
        Assert.Null(Resolve(text).Unknown);
    }

    [Theory]
    [InlineData("banjar pernah jadi peserta?", "Kabupaten Banjar")]
    [InlineData("malang ikut gak", "Kota Malang")]
    public void A_name_that_is_an_ordinary_word_opening_a_message_before_a_participation_verb_is_the_region(string text, string region) =>
        Assert.Contains(region, Names(Resolve(text)));

    [Theory]
    [InlineData("nasib malang ikut menimpa warga")]
    [InlineData("di bali banjar ikut kerja bakti")]
    public void An_ordinary_word_that_names_a_region_stays_a_word_when_it_does_not_open_the_message(string text) =>
        Assert.Empty(Resolve(text).Mentions);

    [Theory]
    [InlineData("likupang tu di provinsi mana sih, kok masuk smart city 2021")]
    [InlineData("Apakah kota saya ikut?")]
    [InlineData("Apa itu Gerakan Menuju Smart City?")]
    [InlineData("Berapa daerah yang ikut tahun 2019?")]
    [InlineData("Kota mana saja yang ikut 2023?")]
    [InlineData("Siapa pemenang kategori smart society pada penghargaan 2022?")]
    public void Finds_no_region_where_there_is_none(string text)
    {
        var query = Resolve(text);
        Assert.Empty(query.Mentions);
        Assert.Null(query.Unknown);
    }

    [Fact]
    public void A_landmark_is_not_its_namesake_region()
    {
        Assert.Equal(["Kabupaten Humbang Hasundutan"], Names(Resolve("Kabupaten Humbang Hasundutan ikut program smart city 2021 di kawasan Danau Toba?")));
    }

    [Theory]
    [InlineData("jam buka candi muaro jambi sampai kapan")]
    [InlineData("tiket masuk candi muaro jambi berapa")]
    public void A_shorter_name_inside_a_landmarks_name_is_no_region(string text) => Assert.Empty(Names(Resolve(text)));

    [Theory]
    [InlineData("siapa saja yang menggarap layanan itu")]
    [InlineData("kabupaten yang berkolaborasi dengan kampus")]
    public void A_prefixed_verb_is_not_read_as_a_misspelt_region(string text) => Assert.Empty(Names(Resolve(text)));

    [Theory]
    [InlineData("Kami dari Kabupaten Bone Bolango, Gorontalo", "Kabupaten Bone Bolango", "Gorontalo")]
    [InlineData("pemkot kendari, sulawesi tenggara", "Kota Kendari", "Sulawesi Tenggara")]
    public void A_province_after_a_region_of_it_qualifies_the_region(string text, string region, string province)
    {
        var query = Resolve(text);
        Assert.Equal([region], Names(query));
        Assert.Equal(province, query.Province);
    }

    // "kalau kota Xnya?": the possessive "-nya" on a name after its type is that region, not an unknown name.
    [Theory]
    [InlineData("kalau kabupaten slemannya?", "Kabupaten Sleman")]
    [InlineData("terus kota madiunnya gimana", "Kota Madiun")]
    public void A_name_with_the_possessive_after_its_type_is_that_region(string text, string expected)
    {
        var query = Resolve(text);
        Assert.Null(query.Unknown);
        Assert.Equal([expected], Names(query));
    }
}

public sealed class GenericMarkerTests
{
    [Theory]
    [InlineData("Sampai akhir 2021 ada berapa kabupaten/kota berbeda yang pernah ikut?")]
    [InlineData("Selain kota dan kabupaten, media apa yang ikut menyelenggarakan gerakan ini pada 2017?")]
    [InlineData("Berapa kota peserta yang ikut tahun 2019?")]
    [InlineData("Apakah kabupaten pemekaran bisa ikut?")]
    [InlineData("semua kota yang ikut 2023 apa saja")]
    public void Kota_and_kabupaten_used_generically_are_not_unknown_names(string text)
    {
        var query = RegionData.Resolver.Resolve(text);
        Assert.Null(query.Unknown);
        Assert.Empty(query.Mentions);
    }

    [Theory]
    [InlineData("yg ikut itu kabupatennya kan?")]
    [InlineData("kotanya nih yang ikut?")]
    public void A_chat_particle_after_a_type_word_is_no_unknown_region(string text)
    {
        var query = RegionData.Resolver.Resolve(text);
        Assert.Empty(query.Mentions);
        Assert.Null(query.Unknown);
    }

}
