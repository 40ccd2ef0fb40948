using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The section about what the question names, on made-up passages: a heading's subject named by the question beats
/// an overview listing every subject and a sibling section sharing the question's other words; a rare name in the
/// question outweighs the everyday word another section happens to use; a year's award is found by "juara".
/// </summary>
public sealed class SubjectRankingTests
{
    private static KnowledgeIndex Build(params Passage[] passages) => MadeUpPassages.BuildWithFillers(passages);

    [Theory]
    [InlineData("Smart society (tata kelola sosial cerdas): komunitas dan keamanan", "Smart society")]
    [InlineData("Penghargaan 2017: Kota Tangerang", "Penghargaan 2017")]
    [InlineData("Tahap 5 — bimbingan teknis", "Tahap 5")]
    [InlineData("Apa itu quick win dalam program ini?", "")]
    public void The_subject_of_a_heading_is_what_comes_before_its_colon_parenthesis_or_dash(string heading, string subject) =>
        Assert.Equal(subject, KnowledgeIndex.HeadingSubject(heading));

    private static readonly Passage[] Services =
    [
        Passage(0, "Tiga layanan (jenis layanan) kota cerdas",
            "Tiga layanan kota cerdas mencakup:\n\n- **Layanan pajak** — pajak daerah\n- **Layanan parkir** — parkir cerdas\n- **Layanan air** — air bersih\n\nLayanan pajak, layanan parkir, dan layanan air mencakup seluruh warga."),
        Passage(1, "Layanan parkir (parkir cerdas): tarif dan penegakan", "Layanan parkir memiliki unsur yang dikembangkan: tarif, lokasi, dan penegakan aturan."),
        Passage(2, "Layanan pajak (pajak daerah): pembayaran dan keberatan", "Layanan pajak mengatur pembayaran daring dan keberatan wajib pajak."),
        Passage(3, "Layanan air (air bersih): pipa dan meteran", "Layanan air memasang pipa baru dan meteran pintar."),
    ];

    [Theory]
    [InlineData("Layanan pajak mencakup apa saja?")]
    [InlineData("Unsur yang dikembangkan dalam layanan pajak apa?")]
    public void A_question_naming_one_subject_gets_its_own_section_not_the_overview_or_a_sibling(string question)
    {
        using var index = Build(Services);
        Assert.Equal("uji.md#2", index.Search(question)[0].Passage.Id);
    }

    [Fact]
    public void A_rarer_name_than_the_subject_keeps_the_section_that_has_it()
    {
        using var index = Build([.. Services,
            Passage(4, "Meteran Tirtamulya untuk layanan air di Kota Lumajang", "Kota Lumajang memasang meteran Tirtamulya pada 2021.")]);
        Assert.Equal("uji.md#4", index.Search("Layanan air Tirtamulya itu apa?")[0].Passage.Id);
    }

    [Fact]
    public void A_rare_name_outweighs_the_everyday_word_another_section_uses()
    {
        using var index = Build(
            Passage(0, "Kios dan lapak bukan layanan kota", "Kios dan lapak tidak termasuk layanan kota cerdas; keduanya urusan pedagang."),
            Passage(1, "Layanan ekonomi: harga pasar", "Layanan ekonomi memuat aplikasi Simpasar, sistem informasi harga pasar untuk warga."),
            Passage(2, "Layanan ekonomi di Kota Tuban", "Kota Tuban memakai aplikasi Simpasar untuk harga pasar mingguan."));
        var analyzed = index.Analyze("Simpasar itu masuk layanan apa?");
        Assert.True(analyzed.Terms.Single(t => t.Words == "masuk").Generic);
        Assert.NotEqual("uji.md#0", index.Search(analyzed)[0].Passage.Id);
    }

    [Fact]
    public void Juara_with_a_year_finds_who_received_that_years_award()
    {
        using var index = Build(
            Passage(0, "Penghargaan 2017: Kota Lumajang", "Pada 2017 Kota Lumajang menerima penghargaan untuk aplikasi wisatanya."),
            Passage(1, "Penghargaan 2025: Jawa Timur", "Penghargaan 2025 dimenangkan Jawa Timur; Jawa Timur menang di tiga kategori."));
        var analyzed = index.Analyze("Siapa juara kota cerdas 2017?");
        // sinonim.txt: a year's award passage says who received it ("penerima penghargaan", two words).
        Assert.Contains(analyzed.Terms.Single(t => t.Words == "juara").Options, option => option.Count == 2);
        Assert.Equal("uji.md#0", index.Search(analyzed)[0].Passage.Id);
    }
}
