using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Numbered sections ("Langkah 1: …", "Langkah 2: …") are an order: which step comes after or before one is the
/// neighbouring numbered section, asked by naming the step after an order word or, right after a step was answered,
/// by a bare "selanjutnya?" (knowledge/lexicon/tanya-langkah.txt, langkah-sesudahnya.txt, langkah-sebelumnya.txt).
/// </summary>
public sealed class StepOrderTests
{
    private static readonly Passage[] Lomba =
    [
        Passage(0, "Urutan lomba robot", "Lomba robot berjalan dalam empat langkah."),
        Passage(1, "Langkah 1: pendaftaran tim", "Tim mendaftar lewat laman panitia dan mengunggah profil."),
        Passage(2, "Langkah 2: seleksi berkas (tanggal per tahun)", "Panitia memeriksa berkas setiap tim selama dua pekan."),
        Passage(3, "Langkah 3: wawancara juri", "Juri mewawancarai tim yang lolos secara daring."),
        Passage(4, "Langkah 4: pengumuman pemenang", "Pemenang diumumkan di aula kota."),
    ];

    private static Passage Elsewhere(int n, string heading, string body) =>
        new($"lain.md#{n}", "lain.md", "Dokumen lain lomba robot", "lain", [heading], body, ["sumber uji"]);

    private static KnowledgeAnswer? Ask(KnowledgeIndex index, string question, Passage? earlier = null) =>
        StepOrder.Answer(question, InformalIndonesian.Normalize(question), earlier, index);

    [Fact]
    public void Consecutive_numbered_headings_of_a_document_are_a_sequence_without_their_added_notes()
    {
        var steps = StepOrder.Sequences(Lomba);
        Assert.Equal([1, 2, 3, 4], steps.Select(s => s.Number));
        Assert.Equal("seleksi berkas", steps[1].Name);
    }

    [Fact]
    public void Numbers_with_a_gap_are_no_order()
    {
        Assert.Empty(StepOrder.Sequences([Lomba[1], Lomba[3], Lomba[4]]));
    }

    [Fact]
    public void The_step_after_a_named_one_is_the_next_numbered_section()
    {
        using var index = BuildWithFillers(Lomba);
        var answer = Ask(index, "setelah seleksi berkas, langkah berikutnya apa?");
        Assert.Equal("uji.md#3", answer?.Best?.Passage.Id);
        Assert.Contains("wawancara juri", answer!.Answer!.Body);
    }

    [Fact]
    public void The_step_before_a_named_one_is_the_previous_numbered_section()
    {
        using var index = BuildWithFillers(Lomba);
        Assert.Equal("uji.md#1", Ask(index, "sebelum seleksi berkas ngapain?")?.Best?.Passage.Id);
    }

    [Fact]
    public void A_bare_next_after_a_step_answer_moves_one_step_on_and_needs_that_answer()
    {
        using var index = BuildWithFillers(Lomba);
        Assert.Equal("uji.md#4", Ask(index, "selanjutnya?", Lomba[3])?.Best?.Passage.Id);
        Assert.Equal("uji.md#2", Ask(index, "sebelumnya apa?", Lomba[3])?.Best?.Passage.Id);
        Assert.Null(Ask(index, "selanjutnya?"));
        Assert.Null(Ask(index, "selanjutnya?", Lomba[0]));
    }

    [Fact]
    public void A_step_named_by_its_noun_and_number_is_that_steps_section_unless_the_question_says_more()
    {
        using var index = BuildWithFillers(Lomba);
        Assert.Equal("uji.md#2", StepOrder.Numbered("kalau langkah 2?", InformalIndonesian.Normalize("kalau langkah 2?"), index)?.Best?.Passage.Id);
        Assert.Equal("uji.md#3", StepOrder.Numbered("langkah 3 wawancara juri itu apa", InformalIndonesian.Normalize("langkah 3 wawancara juri itu apa"), index)?.Best?.Passage.Id);
        // Another subject beside the step: not a question about the step alone.
        Assert.Null(StepOrder.Numbered("langkah 2 robot terbaik siapa", InformalIndonesian.Normalize("langkah 2 robot terbaik siapa"), index));
        Assert.Null(StepOrder.Numbered("langkah 7?", InformalIndonesian.Normalize("langkah 7?"), index));
    }

    [Fact]
    public void A_bare_terus_after_a_step_is_the_next_step_but_not_with_other_words()
    {
        using var index = BuildWithFillers(Lomba);
        Assert.Equal("uji.md#3", Ask(index, "terus?", Lomba[2])?.Best?.Passage.Id);
        Assert.Null(Ask(index, "terus?"));
        Assert.NotEqual("uji.md#3", Ask(index, "terus juri siapa?", Lomba[2])?.Best?.Passage.Id);
    }

    [Fact]
    public void A_bare_next_after_a_section_opening_with_one_steps_head_word_moves_on_from_that_step()
    {
        // One year's event in another document, its heading opening with the head word of exactly one step's name.
        var wawancara2024 = Elsewhere(5, "Wawancara 2024: juri dari tiga kampus", "Wawancara 2024 berlangsung daring selama dua hari.");
        var umumTahunan = Elsewhere(6, "Apa itu seleksi berkas dalam lomba?", "Seleksi berkas memeriksa kelengkapan tim.");
        using var index = BuildWithFillers([.. Lomba, wawancara2024, umumTahunan]);
        Assert.Equal("uji.md#4", Ask(index, "abis itu?", wawancara2024)?.Best?.Passage.Id);
        Assert.Equal("uji.md#2", Ask(index, "sebelumnya apa?", wawancara2024)?.Best?.Passage.Id);
        // A heading opening with a question word is no step's event.
        Assert.Null(Ask(index, "abis itu?", umumTahunan));
    }

    [Fact]
    public void A_question_asking_something_else_of_the_step_is_not_an_order_question()
    {
        using var index = BuildWithFillers(Lomba);
        Assert.Null(Ask(index, "setelah seleksi berkas, kapan pemenang diumumkan di aula?"));
        Assert.Null(Ask(index, "sebelum 2024 langkahnya apa?"));
    }

    [Fact]
    public void A_passive_verb_right_after_the_step_says_it_was_done_but_after_an_asking_word_asks_something_else()
    {
        using var index = BuildWithFillers(Lomba);
        Assert.Equal("uji.md#3", Ask(index, "setelah berkas diperiksa, langkah apa?")?.Best?.Passage.Id);
        Assert.Null(Ask(index, "setelah seleksi berkas apa yang diperiksa?"));
    }

    [Fact]
    public void Before_the_first_step_says_it_is_the_first_and_after_the_last_is_left_to_ranking()
    {
        using var index = BuildWithFillers(Lomba);
        Assert.Contains("pertama", Ask(index, "sebelum pendaftaran tim ada langkah lain?")!.Answer!.Body);
        Assert.Null(Ask(index, "setelah pengumuman pemenang langkah apa?"));
    }
}
