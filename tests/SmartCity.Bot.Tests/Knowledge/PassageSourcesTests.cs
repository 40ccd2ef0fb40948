using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

public sealed class PassageSourcesTests
{
    private static readonly string[] DocumentSources =
    [
        "Kantor Berita Contoh, 3 Mar 2017",
        "https://www.contoh-berita.id/2018/05/peluncuran-program-kota-pintar",
        "https://media-daerah.example/2022/11/kota-pintar-pelabuhan-baru-dan-wilayah-sekitarnya",
        "Majalah Contoh, Jan 2019: Wawancara tentang kota pintar",
    ];

    private static Passage Passage(string heading, string body) =>
        new("doc.md#3", "doc.md", "Dokumen contoh", "contoh", [heading], body, DocumentSources);

    [Fact]
    public void The_sources_sharing_the_passages_year_and_words_come_first_and_links_name_their_site()
    {
        var chosen = PassageSources.Choose(Passage("Rencana pelabuhan baru 2022", "Pada 2022 disusun rencana untuk pelabuhan dan wilayah di sekitarnya."), 2);

        Assert.Equal("media-daerah.example — https://media-daerah.example/2022/11/kota-pintar-pelabuhan-baru-dan-wilayah-sekitarnya", chosen[0]);
        Assert.Equal(2, chosen.Count);
    }

    [Fact]
    public void With_nothing_shared_the_documents_own_order_stands()
    {
        var chosen = PassageSources.Choose(Passage("Hal lain sama sekali", "Tidak ada kata yang sama di sini."), 2);

        Assert.Equal(["Kantor Berita Contoh, 3 Mar 2017", "contoh-berita.id — https://www.contoh-berita.id/2018/05/peluncuran-program-kota-pintar"], chosen);
    }

    [Fact]
    public void A_word_most_sources_share_tells_none_apart()
    {
        // "kota" and "pintar" are in three of the four sources: a passage about a smart city in 2017 still gets the 2017 one.
        var chosen = PassageSources.Choose(Passage("Kota pintar tahun 2017", "Program kota pintar dimulai 2017."), 1);

        Assert.Equal(["Kantor Berita Contoh, 3 Mar 2017"], chosen);
    }
}
