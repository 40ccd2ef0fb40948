using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A numbered part asked ("tahap 2", "kelompok II", <see cref="NumberedPart"/>, kind "nomor-bagian") is answered sure only
/// by a clause naming that part with its number: the date of stage 1, a span of stages, or another region's stage 2 is
/// not the asked stage's (made-up passages).
/// </summary>
public sealed class NumberedPartTests
{
    private static readonly ConfidenceModel Model = ConfidenceModel.Default with { UnstatedAnyCoverage = ["nomor-bagian"] };

    [Theory]
    [InlineData("2", 2)]
    [InlineData("II", 2)]
    [InlineData("ke-2", 2)]
    [InlineData("kedua", 2)]
    [InlineData("dua", 2)]
    [InlineData("pertama", 1)]
    [InlineData("iv", 4)]
    [InlineData("2023", null)]
    [InlineData("ini", null)]
    [InlineData("awal", null)]
    public void A_part_number_is_read_in_any_of_its_forms(string token, int? expected) =>
        Assert.Equal(expected, NumberedPart.NumberOf(token, Lexicon.Current));

    [Theory]
    [InlineData("bimtek tahap 2 wonogiri kapan", "tahap", 2)]
    [InlineData("kelompok II tugasnya apa", "kelompok", 2)]
    [InlineData("sesi ke 3 mulai jam berapa", "sesi", 3)]
    [InlineData("sragen ikut bimtek tahap berapa", null, null)] // the number is what is asked
    [InlineData("setelah bimtek tahap 4 selesai apa yang ditandatangani", null, null)] // the part anchors the step asked
    [InlineData("peserta angkatan 2023 berapa", null, null)]
    [InlineData("kalau tahap ketiga?", null, null)] // an ordinal word is OrdinalBinding's
    [InlineData("tahap ke-3 kapan", "tahap", 3)]
    public void A_part_is_a_part_noun_followed_by_a_number(string question, string? noun, int? number)
    {
        var part = NumberedPart.In(question, Lexicon.Current);
        Assert.Equal(noun, part?.Noun);
        Assert.Equal(number, part?.Number);
    }

    [Theory]
    [InlineData("fase 3 nya tanggal berapa", "nya tanggal berapa")]
    [InlineData("sesi ke 3 mulai jam berapa", "mulai jam berapa")]
    [InlineData("kapan tahap ke-2 dimulai", "kapan dimulai")]
    public void The_question_without_the_part_leaves_out_the_noun_and_the_number_it_was_read_from(string question, string rest) =>
        Assert.Equal(rest, NumberedPart.In(question, Lexicon.Current)?.QuestionWithout());

    [Theory]
    [InlineData("Pelatihan kanal aduan tahap 1 digelar pada 12 Juli 2019 di Kota Lumajang.", false)]
    [InlineData("Pelatihan kanal aduan berlangsung dalam empat tahap (tahap I–IV) selama empat bulan sejak Juli 2019.", false)]
    [InlineData("Pelatihan kanal aduan tahap 2 digelar pada 9 Agustus 2019 di balai warga.", true)]
    [InlineData("Pelatihan kanal aduan tahap III dan IV digelar pada Agustus 2019.", false)]
    public void A_stage_asked_is_answered_only_by_a_line_naming_that_stage(string body, bool answered)
    {
        using var index = BuildWithFillers(Passage(0, "Pelatihan kanal aduan 2019", body));
        var answer = new QuestionAnswerer(index, model: Model).Answer("pelatihan kanal aduan tahap 2 kapan");
        Assert.Equal(answered, answer.Kind == AnswerKind.Answered);
    }

    [Theory]
    [InlineData("Tahap I digelar 12 Juli 2019, tahap II pada 9 Agustus 2019.", true)]
    [InlineData("Pelatihan tahap kedua digelar pada 9 Agustus 2019.", true)]
    [InlineData("Bimtek tahap III dan IV digelar pada Agustus 2019.", false)]
    [InlineData("Bimtek berlangsung dalam empat tahap (tahap I–IV).", false)]
    [InlineData("Bimtek kedua digelar pada 9 Agustus 2019.", true)] // the question's word before the part noun ("bimtek tahap 2")
    public void A_line_names_the_part_in_any_form_but_not_as_a_span(string line, bool stated) =>
        Assert.Equal(stated, new NumberedPart("tahap", "bimtek", 2).StatedIn(line, Lexicon.Current, _ => true));

    [Fact]
    public void Another_regions_stage_in_the_same_sentence_does_not_answer()
    {
        using var index = BuildWithFillers(Passage(0, "Pelatihan kanal aduan 2019",
            "Contoh: Kota Lumajang pelatihan kanal aduan tahap 1 pada 12 Juli 2019; Kota Sorong pelatihan kanal aduan tahap 2 pada 9 Agustus 2019."));
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("pelatihan kanal aduan tahap 2 lumajang kapan").Kind);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("pelatihan kanal aduan tahap 2 sorong kapan").Kind);
    }

    [Fact]
    public void Without_the_kind_in_the_model_nothing_is_held()
    {
        using var index = BuildWithFillers(Passage(0, "Pelatihan kanal aduan 2019", "Pelatihan kanal aduan tahap 1 digelar pada 12 Juli 2019 di Kota Lumajang."));
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(index, model: ConfidenceModel.Default).Answer("pelatihan kanal aduan tahap 2 kapan").Kind);
    }
}
