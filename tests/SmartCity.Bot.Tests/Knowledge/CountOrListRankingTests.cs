using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Near-identical sections told apart by what is asked of them: "siapa/apa saja" asks which ones, so a heading asking
/// how many (factor count_for_list in ranking.json) is not its answer; "lokasinya", "tempatnya" (tanya-tempat.txt) only
/// say a place is asked and weigh like an everyday word, while a bare "tempat" may be the subject; a sibling section
/// whose heading names the place word ("Tempat Pelaksanaan") still overtakes one sharing the question's other words.
/// Alone (<see cref="LexiconCollection"/>): two tests put other weights in use, which the whole process shares.
/// </summary>
[Collection(nameof(LexiconCollection))]
public sealed class CountOrListRankingTests
{
    private static readonly Passage[] Juri =
    [
        Passage(0, "Berapa jumlah juri lomba robot dan lomba drone? Robot 3, Drone 5",
            "Jumlah juri per lomba tidak sama: lomba robot punya tiga juri, lomba drone punya lima juri.\n\n"
            + "- Lomba robot: 3 (tiga) juri\n- Lomba drone: 5 (lima) juri"),
        Passage(1, "Juri lomba robot 2024: Andi, Budi, Citra",
            "Penilai babak final tahun 2024:\n\n- Andi, dosen mekatronika\n- Budi, insinyur pabrik\n- Citra, peneliti"),
    ];

    [Fact]
    public void Which_ones_is_answered_by_the_list_not_by_the_heading_asking_how_many()
    {
        using var index = BuildWithFillers(Juri);
        Assert.Equal("Juri lomba robot 2024: Andi, Budi, Citra", index.Search("juri lomba robot siapa aja")[0].Passage.Heading);
    }

    [Fact]
    public void Without_the_factor_the_heading_asking_how_many_would_answer_which_ones()
    {
        using var index = BuildWithFillers(Juri);
        var question = new AblationQuestion("juri", index.Analyze("juri lomba robot siapa aja"), p => p.Heading.StartsWith("Juri", StringComparison.Ordinal));
        Assert.Equal([false], RankingAblation.FirstRight(index, [question], RankingWeights.Default with { CountForList = 0 }));
        Assert.Equal([true], RankingAblation.FirstRight(index, [question], RankingWeights.Default));
    }

    [Fact]
    public void How_many_is_still_answered_by_the_heading_asking_how_many()
    {
        using var index = BuildWithFillers(Juri);
        Assert.Equal("Berapa jumlah juri lomba robot dan lomba drone? Robot 3, Drone 5", index.Search("berapa jumlah juri lomba drone")[0].Passage.Heading);
    }

    [Fact]
    public void The_place_word_with_nya_weighs_like_an_everyday_word()
    {
        using var index = BuildWithFillers(Juri);
        var asked = index.Analyze("final lomba robot lokasinya di mana");
        Assert.True(asked.Terms.Single(t => t.Words == "lokasinya").Generic);
        Assert.False(asked.Terms.Single(t => t.Words == "robot").Generic);
    }

    [Fact]
    public void A_bare_place_word_may_be_the_subject_and_keeps_its_weight()
    {
        using var index = BuildWithFillers(Juri);
        var asked = index.Analyze("tempat lomba robot di mana");
        Assert.False(asked.Terms.Single(t => t.Words == "tempat").Generic);
    }

    private static readonly Passage[] Pelatihan =
    [
        Passage(10, "Ketentuan Pelatihan",
            "Pelatihan robot Kota Sukamaju 2026 diselenggarakan dengan ketentuan berikut. Peserta pelatihan robot adalah guru dan siswa "
            + "Kota Sukamaju. Pelatihan robot 2026 berlangsung tiga hari; pelatihan robot Kota Sukamaju dibuka wali kota."),
        Passage(11, "Tempat Pelaksanaan", "Pelatihan robot Kota Sukamaju 2026 diadakan di Aula Balai Kota, dan peserta dari kecamatan jauh ikut secara daring."),
    ];

    [Fact]
    public void A_sibling_whose_heading_names_the_place_word_answers_where()
    {
        using var index = BuildWithFillers(Pelatihan);
        var question = new AblationQuestion("tempat", index.Analyze("Pelatihan robot Kota Sukamaju 2026 tempatnya di mana?"), p => p.Heading == "Tempat Pelaksanaan");
        Assert.Equal([true], RankingAblation.FirstRight(index, [question], RankingWeights.Default));
        Assert.Equal([false], RankingAblation.FirstRight(index, [question], RankingWeights.Default with { Off = ["dominance_heading"] }));
    }
}
