using System.Text.RegularExpressions;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>A common word never becomes a region; a name with support from context does.</summary>
public sealed class CommonWordsTests
{
    private static IEnumerable<string> Names(RegionQuery q) => q.Mentions.SelectMany(m => m.Candidates).Select(r => r.Name);

    [Fact]
    public void The_2000_most_frequent_words_of_the_documents_give_zero_regions_unless_they_are_names()
    {
        // Every word of the documents' running text, by frequency; a word that is itself a region's name or a
        // known short form ("bogor", "sleman", "ppu": read exactly, not as a misspelling) is meant to be one and left out.
        var knowledge = Path.GetDirectoryName(RegionData.Directory)!;
        bool IsName(string word) => RegionData.Resolver.Resolve(word).Mentions is [{ Corrected: false }];
        var frequent = Directory.EnumerateFiles(knowledge, "*.md")
            .SelectMany(f => File.ReadAllText(f).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(chunk => !chunk.Contains("://") && !chunk.Contains("www.") && !chunk.Contains('@'))
            .SelectMany(chunk => Regex.Matches(chunk, @"\p{L}+").Select(m => m.Value.ToLowerInvariant()))
            .GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(2000).Select(g => g.Key)
            .Where(w => !IsName(w)).ToList();
        Assert.True(frequent.Count >= 1000, $"only {frequent.Count} words");
        var regions = frequent.SelectMany(w => Names(RegionData.Resolver.Resolve(w)).Select(n => $"{w} → {n}")).ToList();
        Assert.Empty(regions);
        // …and also not in a sentence of them.
        for (var i = 0; i + 8 <= frequent.Count; i += 8)
            Assert.Empty(Names(RegionData.Resolver.Resolve(string.Join(' ', frequent.Skip(i).Take(8)))));
    }

    [Theory]
    [InlineData("Kapan batas waktu masterplan?")]
    [InlineData("Batu itu keras ya")]
    [InlineData("malang sekali nasib kami")]
    [InlineData("tenggat laporan quick win kapan")]
    [InlineData("pasar tradisional buka jam berapa")]
    [InlineData("ada batasan jumlah peserta?")]
    public void Ordinary_words_that_look_like_region_names_are_not_regions(string text) =>
        Assert.Empty(Names(RegionData.Resolver.Resolve(text)));

    [Theory]
    [InlineData("Kota Batu ikut tahun berapa?", "Kota Batu")]
    [InlineData("kami dari batu", "Kota Batu")]
    [InlineData("Apakah Batu ikut?", "Kota Batu")]
    [InlineData("batu", "Kota Batu")]
    [InlineData("operator pemkab malang", "Kabupaten Malang")]
    public void Ordinary_words_with_support_from_context_are_regions(string text, string region) =>
        Assert.Contains(region, Names(RegionData.Resolver.Resolve(text)));

    [Fact]
    public void A_province_after_the_name_supports_it() =>
        Assert.Contains("Kota Batu", Names(RegionData.Resolver.Resolve("batu, jawa timur")));

    [Fact]
    public void The_masked_text_replaces_names_for_the_classifier()
    {
        var masked = RegionData.Resolver.Resolve("Pemkab Sleman ikut 2017?").Masked;
        Assert.Equal("kabupaten xregion ikut 2017", masked);
        Assert.Matches(new Regex("xprovince"), RegionData.Resolver.Resolve("peserta dari jawa barat").Masked);
    }
}
