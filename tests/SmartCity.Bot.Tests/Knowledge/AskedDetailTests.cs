using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The detail a question asks for must be in the answer shown (<see cref="AskedDetail"/>, <see cref="AnswerFit.AskedWord"/>):
/// the section on the topic that lacks the sum, the hour or the thing asked is not given as a sure answer.
/// </summary>
public sealed class AskedDetailTests
{
    private static readonly Passage[] Fair =
    [
        Passage(0, "Festival kanal aduan 2019 di Kota Lumajang", "Festival kanal aduan digelar pada 12 Juli 2019 di Kota Lumajang dan dibuka oleh panitia daerah. Pesertanya 40 kelurahan."),
        Passage(1, "Hibah kanal aduan", "Setiap kelurahan peserta menerima hibah Rp 25 juta untuk kanal aduan."),
    ];

    private static readonly ConfidenceModel Model = ConfidenceModel.Default with { DetailUnstatedBelow = 1.01, UnstatedKinds = ["uang", "jam", "pokok"] };

    [Theory]
    [InlineData("siapa sponsor festival itu", "sponsor")]
    [InlineData("siapa pembicara festival itu", null)] // an office since the sixteenth landing: the holder check asks for a name
    [InlineData("siapa rektor kampus itu", null)] // an office: the holder check (tanya-jabatan) asks for it
    [InlineData("berapa anggaran festival kanal aduan", "anggaran")]
    [InlineData("festival itu di hotel apa", "hotel")]
    [InlineData("siapa yang membuka festival", null)]
    [InlineData("tahun berapa festival digelar", null)]
    [InlineData("festival itu di gedung mana", "gedung")] // a venue word (bukti-tempat)
    [InlineData("pendampingnya dari kampus mana", null)] // a type the answer names by an instance ("Universitas …")
    [InlineData("tugas dinas pelapor apa aja", "tugas")] // a duty (hal-tugas) wherever it stands, not the office before "apa"
    [InlineData("dinas pelapor itu tugasnya apa", "tugasnya")]
    [InlineData("sampai kapan masa tugas dinas pelapor", null)] // a date asked of the duty's term, not what the duty is
    public void The_asked_word_is_the_thing_next_to_the_question_word(string question, string? expected) =>
        Assert.Equal(expected, AnswerFit.AskedWord(InformalIndonesian.Normalize(question)));

    [Theory]
    [InlineData("festival kanal aduan 2019 itu hotelnya apa")] // the asked word with "-nya" is the word
    [InlineData("festival kanal aduan 2019 di lumajang di gedung mana")] // asked with nothing else asked
    public void A_venue_asked_is_not_answered_by_the_town(string question)
    {
        using var index = BuildWithFillers(Passage(0, "Festival kanal aduan 2019", "Festival kanal aduan digelar pada 12 Juli 2019 di Lumajang dan dibuka oleh panitia daerah."));
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(index, model: Model).Answer(question).Kind);
    }

    [Theory]
    [InlineData("Festival kanal aduan digelar pada 12 Juli 2019 di Gedung Serbaguna Lumajang.")] // a venue word
    [InlineData("Festival kanal aduan digelar pada 12 Juli 2019 di Pusat Kreasi Warga, Lumajang.")] // a site named as itself
    public void A_venue_asked_is_answered_by_a_venue_or_a_named_site(string body)
    {
        using var index = BuildWithFillers(Passage(0, "Festival kanal aduan 2019", body));
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(index, model: Model).Answer("festival kanal aduan 2019 di gedung mana").Kind);
    }

    private static readonly Passage Supporters =
        Passage(0, "Pendukung kanal aduan 2019", "Kanal aduan 2019 didukung Dinas Pelapor, Dinas Arsip, dan Kantor Wali Kota Lumajang.");

    [Theory]
    [InlineData("tugas dinas pelapor apa aja")]
    [InlineData("dinas pelapor itu tugasnya apa")]
    [InlineData("apa tugas dinas pelapor di kanal aduan")]
    public void A_duty_asked_is_not_answered_by_a_list_naming_the_office(string question)
    {
        using var index = BuildWithFillers(Supporters);
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(index, model: Model).Answer(question).Kind);
    }

    [Fact]
    public void A_duty_is_answered_by_a_line_saying_what_the_office_does()
    {
        using var index = BuildWithFillers(Passage(0, "Pendukung kanal aduan 2019", "Kanal aduan 2019 didukung Dinas Pelapor, yang bertugas menerima setiap aduan warga."));
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(index, model: Model).Answer("dinas pelapor itu tugasnya apa").Kind);
    }

    private static readonly Passage[] Closing =
    [
        Passage(0, "Penutupan festival kanal aduan 2031 di Kota Lumajang", "Piagam festival kanal aduan 2031 diserahkan Dinas Pelapor Kota Lumajang kepada 40 kelurahan peserta pada malam penutupan."),
    ];

    /// <summary>
    /// "siapa yang &lt;verb&gt; …" asks the doer of one act (knowledge/lexicon/awalan-perbuatan.txt, <see cref="AskedAct"/>):
    /// a line naming a body for another act does not say who did it; one stating the act (any form of its root) does.
    /// </summary>
    [Theory]
    [InlineData("siapa yang membuka festival kanal aduan 2031 di kota lumajang", false)]
    [InlineData("yang menandatangani piagam festival kanal aduan 2031 siapa", false)]
    [InlineData("siapa yang menyerahkan piagam festival kanal aduan 2031", true)]
    public void Who_did_an_act_is_answered_only_by_a_line_stating_that_act(string question, bool answered)
    {
        using var index = BuildWithFillers(Closing);
        var kind = new QuestionAnswerer(index, model: Model with { UnstatedKinds = ["orang"] }).Answer(question).Kind;
        Assert.Equal(answered, kind == AnswerKind.Answered);
    }

    [Fact]
    public void A_sum_of_money_is_answered_only_by_a_line_stating_one()
    {
        using var index = BuildWithFillers(Fair);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Berapa hibah kanal aduan untuk setiap kelurahan?").Kind);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("Berapa biaya festival kanal aduan 2019 di Kota Lumajang?").Kind);
    }

    /// <summary>
    /// A closing "berapa" asks the amount of the phrase before it, which Indonesian heads by its first word: "gaji panitia
    /// festival … berapa" asks a sum though the word right before "berapa" is no money word.
    /// </summary>
    [Fact]
    public void A_closing_berapa_after_a_money_word_asks_a_sum()
    {
        using var index = BuildWithFillers(Fair);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("gaji panitia festival kanal aduan 2019 di kota lumajang berapa").Kind);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("hibah kanal aduan untuk setiap kelurahan berapa").Kind);
    }

    /// <summary>
    /// "Tarif masuk festival …" with no "berapa" still asks the sum (knowledge/lexicon/pembuka-harga.txt): the section on
    /// the festival that names no amount is not a sure answer; one stating the price is.
    /// </summary>
    [Fact]
    public void A_price_word_opening_the_question_asks_a_sum_without_berapa()
    {
        using var fair = BuildWithFillers(Fair);
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(fair, model: Model).Answer("tarif masuk festival kanal aduan 2019 di kota lumajang").Kind);
        using var priced = BuildWithFillers([Passage(0, "Festival kanal aduan 2019 di Kota Lumajang", "Festival kanal aduan 2019 di Kota Lumajang terbuka untuk warga dengan tarif masuk Rp 10.000 per orang.")]);
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(priced, model: Model).Answer("tarif masuk festival kanal aduan 2019 di kota lumajang").Kind);
    }

    [Fact]
    public void A_count_is_answered_only_by_a_section_naming_what_it_counts()
    {
        using var index = BuildWithFillers(Fair);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Berapa kelurahan peserta festival kanal aduan 2019 di Kota Lumajang?").Kind);
        // No kind of detail (money, hour, date …) is asked, yet "stan" is what is counted and the section never names it.
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("Berapa stan festival kanal aduan 2019 di Kota Lumajang?").Kind);
    }

    [Fact]
    public void A_venue_asked_is_stated_by_any_venue()
    {
        using var hotel = BuildWithFillers([Passage(0, "Festival kanal aduan 2019", "Festival kanal aduan 2019 digelar di Hotel Lumajang Indah pada 12 Juli 2019.")]);
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(hotel, model: Model).Answer("Festival kanal aduan 2019 digelar di gedung apa?").Kind);
        // The section on the festival names its town and date, no venue.
        using var fair = BuildWithFillers(Fair);
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(fair, model: Model).Answer("Festival kanal aduan 2019 di Kota Lumajang digelar di hotel mana?").Kind);
    }

    [Fact]
    public void A_time_of_day_is_not_answered_by_a_date()
    {
        using var index = BuildWithFillers(Fair);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Kapan festival kanal aduan 2019 di Kota Lumajang digelar?").Kind);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("Jam berapa festival kanal aduan 2019 di Kota Lumajang digelar?").Kind);
    }

    /// <summary>
    /// "Di mana …" is answered by a place on a line about the subject — after "di", a site named as itself without
    /// "di", or the documents saying it is not known — not by the event's date alone (kind "tempat").
    /// </summary>
    [Theory]
    [InlineData("Festival kanal aduan 2019 digelar pada 12 Juli 2019 dan dibuka oleh panitia daerah.", false)]
    [InlineData("Festival kanal aduan 2019 (12 Juli 2019, Pusat Kreasi Warga, Lumajang) dibuka oleh panitia daerah.", true)]
    [InlineData("Festival kanal aduan 2019 digelar di Balai Warga Lumajang pada 12 Juli 2019.", true)]
    [InlineData("Festival kanal aduan 2019 digelar pada 12 Juli 2019; lokasi festival tidak ditemukan dalam sumber.", true)]
    public void A_place_asked_is_answered_only_by_a_place_or_by_saying_it_is_not_known(string body, bool answered)
    {
        using var index = BuildWithFillers(Passage(0, "Festival kanal aduan 2019", body));
        var model = Model with { UnstatedKinds = ["tempat"] };
        Assert.Equal(answered, new QuestionAnswerer(index, model: model).Answer("festival kanal aduan 2019 diadakan di mana").Kind == AnswerKind.Answered);
    }

    /// <summary>"Tanggal berapa …" asks the day: a month and a year name when, not the date (kind "tanggal-hari").</summary>
    [Theory]
    [InlineData("Festival kanal aduan 2019 digelar pada Juli 2019 di Kota Lumajang.", false)]
    [InlineData("Festival kanal aduan 2019 digelar pada 12 Juli 2019 di Kota Lumajang.", true)]
    [InlineData("Festival kanal aduan 2019 digelar pada Kamis (12/7) di Kota Lumajang.", true)]
    public void A_day_asked_is_answered_only_by_a_day_with_its_month(string body, bool answered)
    {
        using var index = BuildWithFillers(Passage(0, "Festival kanal aduan 2019", body));
        var model = Model with { UnstatedKinds = ["tanggal-hari"] };
        Assert.Equal(answered, new QuestionAnswerer(index, model: model).Answer("festival kanal aduan 2019 digelar tanggal berapa").Kind == AnswerKind.Answered);
        // "Kapan" asks when: the month answers it.
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(index, model: model).Answer("kapan festival kanal aduan 2019 digelar").Kind);
    }

    /// <summary>"Sampai kapan …" asks when a thing ends: the day it opened is not its end (kind "sampai").</summary>
    [Theory]
    [InlineData("Pameran kanal aduan dibuka pada 12 Juli 2019 di Kota Lumajang oleh panitia daerah.", false)]
    [InlineData("Pameran kanal aduan dibuka pada 12 Juli 2019 dan dapat dikunjungi sampai 20 Juli 2019.", true)]
    [InlineData("Pameran kanal aduan berlangsung 12–20 Juli 2019 di Kota Lumajang.", true)]
    [InlineData("Pameran kanal aduan dibuka pada 12 Juli 2019; masa pameran berakhir pada tanggal 20 Juli 2019.", true)]
    public void An_end_asked_is_answered_only_by_an_end(string body, bool answered)
    {
        using var index = BuildWithFillers(Passage(0, "Pameran kanal aduan 2019", body));
        var model = Model with { UnstatedKinds = ["sampai"] };
        Assert.Equal(answered, new QuestionAnswerer(index, model: model).Answer("pameran kanal aduan 2019 dibuka sampai kapan").Kind == AnswerKind.Answered);
    }

    /// <summary>"… bentuknya gimana" asks what the thing is like: a line only naming it does not say (kind "bentuk").</summary>
    [Theory]
    [InlineData("Setiap kelurahan peserta festival kanal aduan menerima piagam festival dari panitia daerah.", false)]
    [InlineData("Piagam festival kanal aduan berupa plakat kayu berukir yang diserahkan panitia daerah.", true)]
    public void A_form_asked_is_answered_only_by_a_line_saying_what_it_is(string body, bool answered)
    {
        using var index = BuildWithFillers(Passage(0, "Piagam festival kanal aduan", body));
        var model = Model with { UnstatedKinds = ["bentuk"] };
        Assert.Equal(answered, new QuestionAnswerer(index, model: model).Answer("piagam festival kanal aduan bentuknya gimana").Kind == AnswerKind.Answered);
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(index, model: Model).Answer("piagam festival kanal aduan bentuknya gimana").Kind);
    }

    [Fact]
    public void A_kind_the_model_does_not_count_does_not_decline()
    {
        var features = new ConfidenceFeatures(0.9, 0, 0.1, 0) { OwnCoverage = 0.9, UnstatedDetails = "tempat" };
        Assert.True(Model.Answers(features));
        Assert.False(Model.Answers(features with { UnstatedDetails = "tempat,uang" }));
        Assert.True((Model with { DetailUnstatedBelow = 0.8 }).Answers(features with { UnstatedDetails = "uang" }));
    }

    /// <summary>
    /// "Apa tema …", "apa quick win Kota X": the thing named right after "apa" must be in the answer shown; the section
    /// on the festival or the town that never names a theme is not a sure answer (kind "hal").
    /// </summary>
    [Fact]
    public void A_thing_named_right_after_apa_is_answered_only_by_an_answer_naming_it()
    {
        var model = Model with { UnstatedKinds = ["uang", "jam", "pokok", "hal"] };
        using var themed = BuildWithFillers([.. Fair, Passage(2, "Tema festival kanal aduan 2019", "Tema festival kanal aduan 2019 di Kota Lumajang adalah warga melapor, kota mendengar.")]);
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(themed, model: model).Answer("Apa tema festival kanal aduan 2019 di Kota Lumajang?").Kind);
        using var fair = BuildWithFillers(Fair);
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(fair, model: model).Answer("Apa tema festival kanal aduan 2019 di Kota Lumajang?").Kind);
        // Without the kind counted, the festival's section is given as before.
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(fair, model: Model).Answer("Apa tema festival kanal aduan 2019 di Kota Lumajang?").Kind);
    }

    /// <summary>
    /// "Apa nama aplikasi …": a word asking for a name (tanya-nama.txt) hands the "apa" over to the thing it names, so
    /// the section on the festival that names no app is not a sure answer, and the one naming the app is.
    /// </summary>
    [Fact]
    public void A_thing_named_after_apa_nama_is_the_thing_asked()
    {
        var model = Model with { UnstatedKinds = ["uang", "jam", "pokok", "hal"] };
        const string question = "Apa nama aplikasi festival kanal aduan 2019 di Kota Lumajang?";
        using var fair = BuildWithFillers(Fair);
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(fair, model: model).Answer(question).Kind);
        using var app = BuildWithFillers([.. Fair, Passage(2, "Aplikasi festival kanal aduan 2019", "Aplikasi festival kanal aduan 2019 di Kota Lumajang bernama Lapor Lumajang.")]);
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(app, model: model).Answer(question).Kind);
    }

    /// <summary>
    /// "Kenapa X …" answered by a section about X that gives no cause or aim is a reason not stated (kind "alasan");
    /// a difference asked ("bedanya …") is not read as asking a reason. Computed for calibration, not counted by the
    /// installed model (it removed no confident error outside the probe that drove it).
    /// </summary>
    [Fact]
    public void A_reason_asked_is_stated_only_by_a_cause_or_an_aim()
    {
        var model = Model with { UnstatedKinds = ["alasan"] };
        using var why = BuildWithFillers([Passage(0, "Festival kanal aduan 2019 di Kota Lumajang", "Festival kanal aduan digelar pada 12 Juli 2019 di Kota Lumajang karena kota itu membuka kanal aduan pertama.")]);
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(why, model: model).Answer("Kenapa festival kanal aduan 2019 digelar di Kota Lumajang?").Kind);
        using var fair = BuildWithFillers(Fair);
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(fair, model: model).Answer("Kenapa festival kanal aduan 2019 digelar di Kota Lumajang?").Kind);
    }

    private static readonly Passage[] Training =
    [
        Passage(0, "Pelatihan operator kanal aduan", "Pelatihan operator kanal aduan Kota Lumajang berlangsung selama 3 bulan dan diikuti 40 kelurahan."),
        Passage(1, "Verifikasi berkas kanal aduan", "Berkas kanal aduan dikirim paling lambat 7 (tujuh) hari kerja sebelum kunjungan verifikasi."),
    ];

    private static readonly ConfidenceModel UnitModel = ConfidenceModel.Default with { DetailUnstatedBelow = 1.01, UnstatedKinds = ["satuan"] };

    /// <summary>
    /// "Berapa hari …" is not answered by a length in months (that is the length of something larger), nor "berapa persen"
    /// by counts; the unit asked, with a number, is the answer (knowledge/lexicon/satuan-tanya.txt).
    /// </summary>
    [Fact]
    public void A_unit_asked_after_berapa_is_answered_only_by_a_number_of_that_unit()
    {
        using var index = BuildWithFillers(Training);
        var answerer = new QuestionAnswerer(index, model: UnitModel);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Pelatihan operator kanal aduan Kota Lumajang berlangsung berapa bulan?").Kind);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("Pelatihan operator kanal aduan Kota Lumajang berlangsung berapa hari?").Kind);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("Berapa persen kelurahan ikut pelatihan operator kanal aduan Kota Lumajang?").Kind);
        // An official letter writes the number twice.
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Berkas verifikasi kanal aduan dikirim paling lambat berapa hari sebelum kunjungan?").Kind);
    }

    /// <summary>A table row read as "Kolom: isi" gives the unit in the column's label ("Cakupan (%): 85"): that states it.</summary>
    [Fact]
    public void A_unit_in_a_table_column_label_states_the_unit_asked()
    {
        using var index = BuildWithFillers([Passage(0, "Rekap layanan kanal aduan per kelurahan",
            "Keadaan akhir tahun.\n\n- Kelurahan: Sukodono; Operator: 4 orang; Cakupan Layanan (%) *): 85; Status: Berjalan\n- Kelurahan: Ditotrunan; Operator: 2 orang; Cakupan Layanan (%) *): 61; Status: Berjalan")]);
        var answerer = new QuestionAnswerer(index, model: UnitModel);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("Cakupan layanan kanal aduan kelurahan Sukodono berapa persen?").Kind);
        // The unit beside another column's figure is no statement of it.
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("Operator kanal aduan kelurahan Sukodono berapa hari?").Kind);
    }

    [Fact]
    public void A_decline_for_an_unstated_detail_says_what_was_understood_and_offers_topics()
    {
        using var index = BuildWithFillers(Training);
        var result = new QuestionAnswerer(index, model: UnitModel with { DetailUnstatedBelow = 0.99 }).Answer("Pelatihan operator kanal aduan Kota Lumajang berlangsung berapa hari?");
        Assert.Equal("jumlah hari", result.Unstated);
        var text = KnowledgeReplies.For(result, new SmartCity.Bot.Cards.TextCardRenderer(), "test").Text ?? "";
        Assert.Contains("menanyakan jumlah hari", text);
        Assert.Contains("belum yakin", text);
        Assert.Contains("Maksud Anda", text);
    }

    private static readonly ConfidenceModel LengthModel = ConfidenceModel.Default with { UnstatedAnyCoverage = ["lama"] };

    [Theory]
    [InlineData("Pameran kanal aduan dibuka 3–5 Juni 2026 di Kota Lumajang.")] // a span of days
    [InlineData("Pameran kanal aduan dibuka pada 3 Juni 2026 dan dapat dikunjungi sampai 20 Juni 2026.")] // an end
    [InlineData("Pameran kanal aduan berlangsung dua minggu di Kota Lumajang.")] // a length
    public void A_length_asked_is_answered_by_a_length_or_the_span_it_ran(string body)
    {
        using var index = BuildWithFillers(Passage(0, "Pameran kanal aduan 2026", body));
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(index, model: LengthModel).Answer("berapa lama pameran kanal aduan 2026").Kind);
    }

    [Theory]
    [InlineData("Pameran kanal aduan dibuka pada 3 Juni 2026 di Kota Lumajang.")] // the opening day only
    [InlineData("Pameran kanal aduan ditetapkan dengan Keputusan Wali Kota Nomor 15 Tahun 2026.")] // a numbering, not fifteen years
    public void A_length_asked_is_not_answered_by_a_day_or_a_numbering(string body)
    {
        using var index = BuildWithFillers(Passage(0, "Pameran kanal aduan 2026", body));
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(index, model: LengthModel).Answer("berapa lama pameran kanal aduan 2026").Kind);
    }

    [Fact]
    public void A_list_answers_the_subject_of_the_sentence_leading_it()
    {
        using var index = BuildWithFillers(Passage(0, "Contoh pameran kanal aduan", "Beberapa contoh lama pameran kanal aduan:\n\n- Kota Lumajang: dua minggu\n- Kota Blitar: tiga hari"));
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(index, model: LengthModel).Answer("berapa lama pameran kanal aduan").Kind);
    }

    [Fact]
    public void The_details_of_an_analysed_question_are_read_once_and_read_alike_afresh()
    {
        using var index = BuildWithFillers(Fair);
        var question = index.Analyze("berapa anggaran festival kanal aduan tahap 2");
        var details = AskedDetail.Of(question);
        // Every candidate passage of an answer is weighed against the same analysed question: one reading serves them all.
        Assert.Same(details, AskedDetail.Of(question));
        Assert.Equal(details.Select(d => d.Name), AskedDetail.Of(index.Analyze("berapa anggaran festival kanal aduan tahap 2")).Select(d => d.Name));
        Assert.Contains("uang", details.Select(d => d.Name));
        Assert.Contains("nomor-bagian", details.Select(d => d.Name));
    }

    /// <summary>
    /// A long form asked (tanya-kepanjangan.txt) is stated only beside the short form: in brackets either way or after a
    /// word leading it (bukti-kepanjangan.txt). A section holding the short form inside another name ("Dinas PKA/Arsip")
    /// does not say what it stands for.
    /// </summary>
    [Theory]
    [InlineData("Kanal aduan dikelola Dinas PKA/Arsip Kota Lumajang sejak 2019.", true)]
    [InlineData("Kanal aduan dikelola Pusat Kanal Aduan (PKA) Kota Lumajang sejak 2019.", false)]
    [InlineData("Kanal aduan dikelola PKA (Pusat Kanal Aduan) Kota Lumajang sejak 2019.", false)]
    [InlineData("Kanal aduan dikelola PKA atau Pusat Kanal Aduan Kota Lumajang sejak 2019.", false)]
    public void A_long_form_asked_is_stated_only_beside_the_short_form(string body, bool unstated)
    {
        using var index = BuildWithFillers(Passage(0, "Pengelola kanal aduan Kota Lumajang", body));
        var answer = new QuestionAnswerer(index, model: Model).Answer("apa kepanjangan PKA pengelola kanal aduan");
        Assert.Equal(unstated, (answer.Features?.UnstatedDetails ?? "").Split(',').Contains("kepanjangan"));
    }
}
