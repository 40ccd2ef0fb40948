using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// "Setelah X apa …", "sebelum X harus apa": the passage whose clause opens with the order word and names the step
/// (knowledge/lexicon/penanda-sesudah.txt, penanda-sebelum.txt; rule order_first in ranking.json) answers, however
/// common the step's words are; a section sharing the question's other words, or naming the step the other way round,
/// does not.
/// </summary>
public sealed class OrderQuestionRankingTests
{
    private static KnowledgeIndex Build(params Passage[] passages) => BuildWithFillers(passages);

    private static readonly Passage[] Lomba =
    [
        Passage(0, "Langkah berikutnya bagi pemenang lomba", "Pemenang lomba robot mengikuti pembinaan lanjutan dan langkah berikutnya ditentukan panitia."),
        Passage(1, "Seleksi berkas lomba robot", "Seleksi berkas dilakukan panitia pada Maret. Setelah seleksi berkas, panitia mengumumkan tim yang lolos ke babak wawancara."),
        Passage(2, "Wawancara tim lomba robot", "Sebelum wawancara, setiap tim mengirim video robot. Wawancara dilakukan daring oleh juri."),
        Passage(3, "Ringkasan seleksi lomba robot", "Seleksi lomba robot terdiri atas seleksi berkas, seleksi video, dan seleksi wawancara; seleksi diumumkan di laman panitia."),
    ];

    [Fact]
    public void After_a_step_is_answered_by_the_clause_opening_with_the_order_word_and_naming_it()
    {
        using var index = Build(Lomba);
        Assert.Equal("Seleksi berkas lomba robot", index.Search("setelah seleksi berkas langkah berikutnya apa?")[0].Passage.Heading);
    }

    [Fact]
    public void Before_a_step_is_answered_by_a_before_clause_not_by_an_after_clause()
    {
        using var index = Build(Lomba);
        Assert.Equal("Wawancara tim lomba robot", index.Search("sebelum wawancara tim harus ngapain?")[0].Passage.Heading);
    }

    [Fact]
    public void A_year_after_the_order_word_bounds_a_time_and_asks_no_step()
    {
        using var index = Build(Lomba);
        var withYear = index.Search("sebelum 2024 seleksi lomba robot diumumkan di mana?")[0].Passage.Heading;
        var without = index.Search("seleksi lomba robot diumumkan di mana?")[0].Passage.Heading;
        Assert.Equal(without, withYear);
    }

    [Fact]
    public void The_rule_puts_first_the_best_ranked_candidate_naming_more_of_the_step()
    {
        double[] shares = [0, 0.5, 1, 1];
        Assert.Equal(2, KnowledgeIndex.OrderFirst([0, 1, 2, 3], 0, i => shares[i]));
        // No clause names the step: the first stays.
        Assert.Equal(0, KnowledgeIndex.OrderFirst([0, 1], 0, _ => 0));
    }
}
