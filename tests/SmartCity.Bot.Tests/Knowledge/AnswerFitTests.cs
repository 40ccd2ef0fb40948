using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Whether the answer shown answers the question (<see cref="AnswerFit"/>): a place, year or number the question names
/// must be in the answer, else the bot says the documents do not hold it rather than giving another place's fact.
/// </summary>
public sealed class AnswerFitTests
{
    /// <summary>Places by name, as the recognizer would find them in these made-up passages.</summary>
    private sealed class NamedPlaces(params string[] names) : IPlaceFinder
    {
        public IReadOnlyList<IReadOnlyList<string>> Places(string text) =>
            names.Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => (IReadOnlyList<string>)[n]).ToList();
    }

    private static readonly Passage[] Rules =
    [
        Passage(0, "Penetapan rencana kanal aduan: contoh Kota Lumajang", "Kota Lumajang menetapkan rencana kanal aduan dengan peraturan wali kota nomor 12 pada 2019."),
    ];

    private static readonly ConfidenceModel Model = ConfidenceModel.Default with { NamedMissingBelow = 1.01 };

    [Fact]
    public void A_place_the_answer_does_not_name_is_not_answered_and_the_reply_says_what_is_missing()
    {
        using var index = BuildWithFillers(Rules);
        var answerer = new QuestionAnswerer(index, model: Model, places: new NamedPlaces("Kota Lumajang", "Kota Tuban"));
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Kapan Kota Lumajang menetapkan rencana kanal aduan?").Kind);
        var other = answerer.Answer("Kapan Kota Tuban menetapkan rencana kanal aduan?");
        Assert.Equal(AnswerKind.NotSure, other.Kind);
        Assert.Equal("Kota Tuban", other.Lacks);
        var text = KnowledgeReplies.For(other, new SmartCity.Bot.Cards.TextCardRenderer(), "test").Text ?? "";
        Assert.Contains("tidak memuat keterangan itu untuk Kota Tuban", text);
        Assert.DoesNotContain("Sumber", text);
    }

    private static readonly Passage[] InvitationsByYear =
    [
        Passage(0, "Tahap 1: undangan lomba kanal aduan (per tahun)", "Tahap pertama lomba kanal aduan adalah undangan kepada calon peserta oleh juri dari kalangan akademisi. Waktunya:\n\n- 2031: 2–3 Mei 2031, Balai Kota Lama (60 daerah diundang)\n- Lomba 2033: undangan dikirim setahun sebelumnya (2032)"),
    ];

    [Fact]
    public void A_count_on_the_line_of_another_year_does_not_state_the_count_asked_of_this_year()
    {
        using var index = BuildWithFillers(InvitationsByYear);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.Equal(0, answerer.Answer("berapa daerah diundang lomba kanal aduan 2031").Features?.CountedUnstated);
        Assert.Equal(1, answerer.Answer("berapa daerah diundang lomba kanal aduan 2033").Features?.CountedUnstated);
    }

    private static readonly Passage[] Stages =
    [
        Passage(0, "Tahap 3: penjurian lomba kanal aduan", "Pada tahap ketiga lomba kanal aduan, juri dari kalangan akademisi menilai karya peserta."),
    ];

    [Fact]
    public void The_number_of_a_stage_in_a_heading_is_no_count()
    {
        using var index = BuildWithFillers(Stages);
        var answerer = new QuestionAnswerer(index, model: Model);
        // "Tahap 3" numbers the step; no line says how many judges there are.
        Assert.Equal(1, answerer.Answer("berapa juri penjurian lomba kanal aduan").Features?.CountedUnstated);
    }

    private static readonly Passage[] Participants =
    [
        Passage(0, "Peserta lomba kanal aduan 2031", "Lomba kanal aduan 2031 diikuti 40 kota yang menyusun program unggulan masing-masing. Di antaranya Kota Lumajang dan Kota Tuban."),
        Passage(1, "Program unggulan Kota Tuban", "Kota Tuban punya program unggulan Tuban Lapor di pilar smart governance."),
    ];

    [Fact]
    public void A_regions_own_thing_is_not_answered_by_a_section_naming_the_region_apart_from_it()
    {
        using var index = BuildWithFillers(Participants);
        var answerer = new QuestionAnswerer(index, model: Model with { UnstatedAnyCoverage = ["hal-daerah"] },
            places: new NamedPlaces("Kota Lumajang", "Kota Tuban", "Lumajang", "Tuban"));
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("program unggulan kota lumajang apa").Kind);
        // A line naming the region with the thing states it.
        Assert.Equal(AnswerKind.Answered, answerer.Answer("program unggulan kota tuban apa").Kind);
    }

    private static readonly Passage[] Prizes =
    [
        Passage(0, "Hadiah lomba kanal aduan", "Juara I lomba kanal aduan menerima dana pembinaan Rp10.000.000 dan Juara II menerima Rp5.000.000."),
    ];

    [Fact]
    public void A_rank_in_roman_figures_states_the_number_typed_in_arabic()
    {
        using var index = BuildWithFillers(Prizes);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.NotEqual("1", answerer.Answer("juara 1 lomba kanal aduan dapat dana pembinaan berapa?").Features?.Missing);
        // A rank the passage does not write is still missing.
        Assert.Equal("4", answerer.Answer("juara 4 lomba kanal aduan dapat dana pembinaan berapa?").Features?.Missing);
    }

    private static readonly Passage[] Channels =
    [
        Passage(0, "Syarat lomba kanal aduan", "Peserta lomba kanal aduan dipilih menurut jumlah aduan yang diselesaikan dan kecepatan tanggapan."),
        Passage(1, "Jumlah peserta lomba kanal aduan", "Sebanyak 24 kabupaten/kota menyelesaikan lomba kanal aduan; 12 lainnya mundur."),
        Passage(2, "Target lomba kanal aduan 2031", "Target lomba kanal aduan 2031 adalah 40 kota."),
    ];

    /// <summary>
    /// A count the question takes as given, which the documents write with the word after it ("24 kota" where a section
    /// has "24 kabupaten/kota"), is not what the answer about something else must show; a count no section writes with
    /// that word, and a small number (a position: "tahap 2"), still are.
    /// </summary>
    [Fact]
    public void A_count_the_documents_write_elsewhere_is_a_premise_not_a_missing_number()
    {
        using var index = BuildWithFillers(Channels);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.Null(answerer.Answer("syarat apa yang dipakai untuk memilih 24 kota di lomba kanal aduan?").Features?.Missing);
        Assert.Equal("31", answerer.Answer("syarat apa yang dipakai untuk memilih 31 kota di lomba kanal aduan?").Features?.Missing);
        Assert.Equal("2", answerer.Answer("syarat apa yang dipakai untuk tahap 2 lomba kanal aduan?").Features?.Missing);
        // An answer counting the same thing with another number is about another count.
        Assert.Equal("24", answerer.Answer("target 24 kota lomba kanal aduan tercapai tahun 2031?").Features?.Missing);
    }

    /// <summary>Counts the texts it is asked to read.</summary>
    private sealed class CountingPlaces(params string[] names) : IPlaceFinder
    {
        public List<string> Read { get; } = [];

        public IReadOnlyList<IReadOnlyList<string>> Places(string text)
        {
            Read.Add(text);
            return new NamedPlaces(names).Places(text);
        }
    }

    [Fact]
    public void An_answer_that_writes_the_place_asked_is_not_searched_for_places()
    {
        using var index = BuildWithFillers(Rules);
        var places = new CountingPlaces("Kota Lumajang", "Kota Tuban");
        var answerer = new QuestionAnswerer(index, model: Model, places: places);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Kapan Kota Lumajang menetapkan rencana kanal aduan?").Kind);
        // The question is read for its places; the answer, which writes "Kota Lumajang" out, is not.
        Assert.All(places.Read, text => Assert.Contains("kanal aduan?", text));
        places.Read.Clear();
        Assert.Equal("Kota Tuban", answerer.Answer("Kapan Kota Tuban menetapkan rencana kanal aduan?").Lacks);
        Assert.Contains(places.Read, text => text.Contains("peraturan wali kota nomor 12"));
    }

    /// <summary>
    /// A rare word naming what is asked stops an answer that lacks it; a frame word (knowledge/lexicon/kata-bingkai.txt:
    /// "istilah", "bahasa") only frames the question, so its absence doubts nothing.
    /// </summary>
    [Fact]
    public void A_frame_word_the_passage_lacks_is_not_doubted_as_a_rare_word()
    {
        using var index = BuildWithFillers([.. Rules,
            Passage(1, "Istilah pasar kaget", "Istilah pasar kaget dipakai untuk pasar yang buka sesaat."),
            Passage(2, "Anggaran taman kota", "Anggaran taman kota dibahas setiap tahun.")]);
        var answerer = new QuestionAnswerer(index, model: ConfidenceModel.Default with { RareMissingBelow = 1.01, RareSections = AnswerFit.MaxRareSections });
        var framed = answerer.Answer("Istilah aturan kanal aduan Kota Lumajang itu peraturan apa?");
        Assert.Equal("uji.md#0", framed.Best!.Passage.Id);
        Assert.Null(framed.Features!.MissingRare);
        var rare = answerer.Answer("Anggaran kanal aduan Kota Lumajang itu peraturan apa?");
        Assert.Equal("anggaran", rare.Features?.MissingRare);
        Assert.NotEqual(AnswerKind.Answered, rare.Kind);
    }

    [Fact]
    public void A_year_or_number_the_answer_does_not_contain_lowers_confidence()
    {
        using var index = BuildWithFillers(Rules);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Rencana kanal aduan Kota Lumajang ditetapkan dengan peraturan nomor 12?").Kind);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("Rencana kanal aduan Kota Lumajang ditetapkan dengan peraturan nomor 31?").Kind);
    }

    [Fact]
    public void A_year_that_dates_the_whole_document_in_its_opening_is_not_doubted_in_its_sections()
    {
        var opening = new Passage("panduan.md#0", "panduan.md", "Panduan kanal aduan", "uji", [], "Panduan kanal aduan kota, edisi 2031.", ["sumber uji"]);
        var section = new Passage("panduan.md#1", "panduan.md", "Panduan kanal aduan", "uji", ["Batas waktu tanggapan"], "Setiap aduan warga ditanggapi paling lambat lima hari kerja.", ["sumber uji"]);
        using var index = BuildWithFillers(opening, section);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Menurut panduan 2031, aduan warga ditanggapi paling lambat berapa hari?").Kind);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("Menurut panduan 2029, aduan warga ditanggapi paling lambat berapa hari?").Kind);
    }

    [Fact]
    public void The_cut_applies_only_below_its_coverage_and_only_to_a_missing_thing()
    {
        var model = ConfidenceModel.Default with { NamedMissingBelow = 0.85 };
        var features = new ConfidenceFeatures(0.7, 0, 0.3, 0) { OwnCoverage = 0.7 };
        Assert.True(model.Answers(features));
        Assert.False(model.Answers(features with { NamedMissing = 1 }));
        Assert.True(model.LacksNamed(features with { NamedMissing = 1 }));
        Assert.True(model.Answers(features with { Coverage = 0.9, NamedMissing = 1 }));
    }

    [Fact]
    public void A_confident_wrong_answer_counts_as_two_misses_when_the_cuts_are_fitted()
    {
        var figures = new CalibrationFigures(Count: 10, Passed: 8, Confident: 6, ConfidentRight: 4);
        Assert.Equal(0.6, figures.Utility, 3);
    }

    [Fact]
    public void The_question_is_read_for_its_places_once_for_all_candidates()
    {
        using var index = BuildWithFillers(Rules);
        var places = new CountingPlaces("Kota Lumajang", "Kota Tuban");
        var fit = new AnswerFit(places);
        const string asked = "Kapan Kota Tuban menetapkan rencana kanal aduan?";
        var question = index.Analyze(asked);
        var first = fit.Of(question, asked, index.Passages[0], index.Passages[0].Body, index);
        var second = fit.Of(question, asked, index.Passages[1], index.Passages[1].Body, index);
        Assert.Equal(1, places.Read.Count(text => text == asked));
        // Read once, the places still count for every candidate: neither section writes Kota Tuban out.
        Assert.Equal("Kota Tuban", first.Missing);
        Assert.Equal("Kota Tuban", second.Missing);
    }

    private static readonly Passage[] NamedFair =
    [
        Passage(0, "Pekan Raya Menuju 100 Kanal Aduan 2031", "Pekan Raya Menuju 100 Kanal Aduan 2031 digelar di Balai Kota Lama, Lumajang."),
        Passage(1, "Juri lomba kanal aduan 2032", "Lomba kanal aduan 2032 dinilai juri pada 15 atau 16 Juni 2032 di Balai Kota Lama."),
        Passage(2, "Peserta pekan raya kanal aduan 2033", "Pekan raya kanal aduan 2033 diikuti 40 kelurahan dari Lumajang."),
    ];

    /// <summary>
    /// A figure written inside a name ("Menuju 100 Kanal Aduan") and the first day of "15 atau 16 Juni" count nothing a
    /// "berapa X" asks; a figure followed by what it counts ("40 kelurahan") does.
    /// </summary>
    [Fact]
    public void A_figure_inside_a_name_or_a_range_of_days_is_no_count()
    {
        using var index = BuildWithFillers(NamedFair);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.Equal(1, answerer.Answer("berapa daerah ikut pekan raya menuju kanal aduan 2031").Features?.CountedUnstated);
        Assert.Equal(1, answerer.Answer("berapa juri lomba kanal aduan 2032").Features?.CountedUnstated);
        Assert.Equal(0, answerer.Answer("berapa kelurahan ikut pekan raya kanal aduan 2033").Features?.CountedUnstated);
    }

    /// <summary>An age range ("18 sampai 35 tahun") keeps its first figure: only two days of one month are joined.</summary>
    [Fact]
    public void An_age_range_still_states_a_count()
    {
        using var index = BuildWithFillers(Passage(0, "Syarat peserta lomba kanal aduan", "Peserta lomba kanal aduan berusia 18 sampai 35 tahun dan tinggal di Lumajang."));
        Assert.Equal(0, new QuestionAnswerer(index, model: Model).Answer("berapa peserta lomba kanal aduan").Features?.CountedUnstated);
    }
}
