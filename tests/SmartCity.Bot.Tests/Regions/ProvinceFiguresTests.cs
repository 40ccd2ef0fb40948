using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Tests.Understanding;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>Which province had the most or fewest participants, counted from participants.csv: what is read as such, and the reply.</summary>
public sealed class ProvinceFiguresTests
{
    private static readonly ProvinceFigures Figures = new(RegionData.Registry, RegionData.Resolver,
        EntityWords.Load(Path.Combine(UnderstandingData.Folder, "entities.json")));

    [Theory]
    [InlineData("provinsi mana yang pesertanya paling banyak?", null, true)]
    [InlineData("secara nasional, dari propinsi apa peserta terbanyak", null, true)]
    [InlineData("dari provinsi apa peserta paling banyak?", null, true)]
    [InlineData("provinsi dengan peserta paling sedikit tahun 2023", 2023, false)]
    [InlineData("Which provinces had the most participating regencies and cities?", null, true)]
    // The singular as well, since kata-provinsi.txt is read here too (tuning-conversations-47 merge).
    [InlineData("which province had the most participants?", null, true)]
    public void A_province_count_question_is_read_with_its_year_and_direction(string text, int? year, bool most)
    {
        var asked = ProvinceFigures.Read(text, Lexicon.Current);
        Assert.NotNull(asked);
        Assert.Equal(year, asked.Value.Year);
        Assert.Equal(most, asked.Value.Most);
    }

    // Another subject (smart cities in general, a place, the years) is not the participant lists' province count.
    [Theory]
    [InlineData("provinsi yg paling banyak punya kota cerdas di indonesia apa")]
    [InlineData("provinsi mana saja yang ikut smart city")]
    [InlineData("which province has the most smart cities?")]
    [InlineData("angkatan mana yang pesertanya terbanyak")]
    [InlineData("provinsi mana yang pesertanya paling banyak antara 2018 dan 2019")]
    public void Anything_else_is_not_read_as_a_province_count(string text) => Assert.Null(ProvinceFigures.Read(text, Lexicon.Current));

    [Fact]
    public void The_most_is_the_province_with_most_recorded_regions_and_the_lists_completeness_is_said()
    {
        var reply = Figures.Compose(null, most: true)!;
        var expected = RegionData.Registry.Provinces
            .Select(p => (Province: p, Count: RegionData.Registry.ParticipantsIn(p).Select(x => x.Region).Distinct().Count()))
            .OrderByDescending(c => c.Count).First();
        Assert.Contains($"**{expected.Province}** ({expected.Count} kabupaten/kota)", reply);
        Assert.Contains("bukan angka resmi", reply);
    }

    [Fact]
    public void A_year_counts_only_that_years_participants()
    {
        var reply = Figures.Compose(2024, most: true)!;
        // 2024: two in Bali, two in Jawa Tengah, one each elsewhere (participants.csv).
        Assert.Contains("**Bali** dan **Jawa Tengah** (2 kabupaten/kota masing-masing)", reply);
        Assert.Contains("Daftar 2024 di data kami lengkap", reply);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2024)]
    public void The_source_line_links_the_articles_the_count_rests_on(int? year)
    {
        // The participant lists' own rows carry the article's link (participants.csv source_url): a citizen sees where the
        // count comes from, not only the data's name.
        var line = Figures.SourceLine(year);
        Assert.StartsWith(ProvinceFigures.Source, line);
        Assert.Contains("https://", line[ProvinceFigures.Source.Length..]);
    }
}
