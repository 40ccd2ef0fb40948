using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Indonesian heads a noun phrase with its first word (<see cref="RankingRule.HeadFirst"/>, made-up passages): a section
/// headed "Surat undangan penandatanganan piagam …" is about the letter, so "kapan piagam ditandatangani" is answered by
/// its sibling headed "Penandatanganan piagam …", though the letter's section shares every word of the question.
/// </summary>
public sealed class HeadNounRankingTests
{
    private static readonly Passage[] Letters =
    [
        Passage(0, "Surat undangan penandatanganan piagam kerja sama 2024: 7 Februari 2024",
            "Undangan penandatanganan piagam kerja sama 2024 dikirim dengan surat tertanggal 7 Februari 2024 kepada sepuluh kepala daerah. Piagam kerja sama 2024 ditandatangani sebulan kemudian."),
        Passage(1, "Penandatanganan piagam kerja sama 2024 secara daring",
            "Sepuluh kepala daerah menandatangani secara daring pada 5 Maret 2024."),
        Passage(2, "Daftar kepala daerah penanda tangan piagam 2024",
            "Kepala daerah yang menandatangani piagam kerja sama 2024: Kabupaten Contoh, Kota Teladan."),
    ];

    [Fact]
    public void The_signing_is_answered_by_the_section_headed_by_the_signing_not_by_its_invitation_letter()
    {
        using var index = BuildWithFillers(Letters);
        var question = new AblationQuestion("ttd", index.Analyze("piagam kerja sama 2024 kapan ditandatangani"), p => p.Id == "uji.md#1");
        Assert.Equal([true], RankingAblation.FirstRight(index, [question], RankingWeights.Default));
        // Without the rule the letter, sharing every word of the question and repeating them, goes first.
        Assert.Equal([false], RankingAblation.FirstRight(index, [question], RankingWeights.Default with { Off = ["head_first"] }));
    }

    [Fact]
    public void The_letter_asked_for_keeps_its_own_section()
    {
        using var index = BuildWithFillers(Letters);
        Assert.Equal("uji.md#0", index.Search(index.Analyze("surat undangan piagam kerja sama 2024 tanggal berapa"))[0].Passage.Id);
    }

    [Fact]
    public void A_list_asked_for_is_left_to_the_ranking()
    {
        // "Siapa saja …" asks which ones: the rule is for a when, where or who of one event.
        using var index = BuildWithFillers(Letters);
        Assert.Equal("uji.md#2", index.Search(index.Analyze("kepala daerah mana saja yang menandatangani piagam 2024"))[0].Passage.Id);
    }
}
