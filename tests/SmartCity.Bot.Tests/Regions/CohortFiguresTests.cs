using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Tests.Understanding;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>Counts across the years composed from cohorts.csv: which questions are read as such, and what the reply says.</summary>
public sealed class CohortFiguresTests
{
    private static readonly CohortFigures Figures = new(RegionData.Registry, documents: null!,
        EntityWords.Load(Path.Combine(UnderstandingData.Folder, "entities.json"))); // the documents only carry the topic on

    private static CohortQuestion? Read(string text) => CohortQuestion.Read(text, Lexicon.Current);

    [Theory]
    [InlineData("jumlah peserta antara 2018 sampai 2023 berapa", CohortShape.Span, 2018, 2023)]
    [InlineData("peserta 2019-2022 ada berapa kabupaten", CohortShape.Span, 2019, 2022)]
    [InlineData("berapa daerah yg ikut hingga 2021", CohortShape.Span, null, 2021)]
    [InlineData("berapa peserta sejak 2022 sampai sekarang", CohortShape.Span, 2022, null)]
    // "sejak"/"since" alone already runs to now (penanda-sejak-kini.txt); "dari" needs "sampai sekarang" or a total.
    [InlineData("berapa peserta sejak 2022", CohortShape.Span, 2022, null)]
    [InlineData("jumlah seluruh peserta berapa", CohortShape.Span, null, null)]
    [InlineData("berapa kabupaten kota per tahun yang ikut", CohortShape.EveryYear, null, null)]
    [InlineData("peserta 2023 dibanding 2019 lebih banyak mana", CohortShape.Compare, 2023, 2019)]
    [InlineData("angkatan mana yang pesertanya terbanyak", CohortShape.Most, null, null)]
    [InlineData("which cohort had the fewest regions", CohortShape.Fewest, null, null)]
    // One year named, even with a word for the whole: that cohort's size, not a running total ending in it.
    [InlineData("berapa peserta tahun 2022", CohortShape.Year, 2022, 2022)]
    [InlineData("total peserta 2023 berapa", CohortShape.Year, 2023, 2023)]
    [InlineData("how many regencies and cities participated in 2024", CohortShape.Year, 2024, 2024)]
    public void A_count_across_the_years_is_read_with_its_shape_and_years(string text, CohortShape shape, int? from, int? to)
    {
        var question = Read(text);
        Assert.NotNull(question);
        Assert.Equal(shape, question.Shape);
        Assert.Equal(from, question.From);
        Assert.Equal(to, question.To);
    }

    /// <summary>A count of participants naming no year and no word of the whole reads as all the cohorts, marked yearless
    /// (a year the conversation is on then takes it back); asking which year ("… tahun berapa") is no count.</summary>
    [Fact]
    public void A_yearless_count_of_participants_is_every_cohort_and_a_year_asked_is_not_a_count()
    {
        var question = Read("ada berapa kabupaten dan kota yang ikut program ini");
        Assert.NotNull(question);
        Assert.Equal((CohortShape.Span, (int?)null, (int?)null, true), (question.Shape, question.From, question.To, question.Yearless));
        Assert.False(Read("jumlah seluruh peserta berapa")!.Yearless);
        Assert.Null(Read("daerah kami ikut tahun berapa"));
    }

    // Another subject across the years, a place, or one year alone is the documents' (or the participation data's).
    [Theory]
    [InlineData("tanggal mou dari 2017 sampai 2019 kapan saja")]
    [InlineData("penghargaan tiap tahun diberikan ke siapa")]
    [InlineData("berapa daerah diundang assessment 2018 sampai 2019")]
    [InlineData("peserta dari jawa barat 2017 sampai 2019 berapa")]
    [InlineData("berapa peserta dari 2022")]
    [InlineData("peserta 2024 ada berapa, daerahnya mana saja")]
    public void Anything_else_is_not_read_as_a_count_across_the_years(string text) => Assert.Null(Read(text));

    /// <summary>"berapa lama" (tanya-lama.txt) asks how long a year's participants were guided, not how many they were;
    /// "berapa tahun 2018" beside a count word stays a count.</summary>
    [Fact]
    public void A_length_of_time_asked_of_a_years_participants_is_no_count()
    {
        Assert.Null(Read("peserta 2023 didampingi brp lama"));
        Assert.Null(Read("peserta 2019 didampingi berapa bulan"));
        Assert.Equal(CohortShape.Year, Read("peserta 2023 didampingi berapa")?.Shape);
        Assert.NotNull(Read("jumlah peserta berapa tahun 2018"));
    }

    // The direction alone, right after the largest or smallest cohort was shown; anything more is not read so.
    // Right after figures: the count of participants is carried as the figures' subject, not said again.
    [Theory]
    [InlineData("terus 2021 gimana?", CohortShape.Year, 2021, 2021)]
    [InlineData("2018 sama 2022 lebih banyak mana", CohortShape.Compare, 2018, 2022)]
    [InlineData("yang paling sedikit dari 2019 sampai 2023", CohortShape.Fewest, 2019, 2023)]
    public void A_follow_up_to_figures_is_read_with_their_count_carried(string text, CohortShape shape, int? from, int? to)
    {
        var question = CohortQuestion.ReadWithCount(text, Lexicon.Current);
        Assert.NotNull(question);
        Assert.Equal((shape, from, to), (question.Shape, question.From, question.To));
        Assert.Null(Read(text)); // alone, the message names no count of participants
    }

    // The carried count reads as the message with a count word and a participant word said after it did.
    [Theory]
    [InlineData("terus 2021 gimana?")]
    [InlineData("2018 sama 2022 lebih banyak mana")]
    [InlineData("kalau 2019, bukan kumulatif")]
    [InlineData("mou 2019?")]
    [InlineData("a b c d e f g h i j k l m n 2019")]
    // (An empty message is not: "berapa peserta" alone is every cohort's count, while nothing carried asks nothing.)
    public void The_carried_count_reads_as_its_words_would(string text) =>
        Assert.Equal(Read($"{text} berapa peserta"), CohortQuestion.ReadWithCount(text, Lexicon.Current));

    [Theory]
    [InlineData("and the smallest one?", CohortShape.Fewest)]
    [InlineData("kalau yang paling banyak?", CohortShape.Most)]
    [InlineData("kalau yang paling sedikit MoU nya kapan?", null)]
    [InlineData("yang paling banyak 2019?", null)]
    public void The_other_end_alone_is_read_as_its_direction(string text, CohortShape? shape) =>
        Assert.Equal(shape, CohortQuestion.ReadExtremeAlone(text, Lexicon.Current));

    [Fact]
    public void One_year_is_its_cohorts_size_said_not_to_be_cumulative_and_a_year_without_a_cohort_is_left_to_the_documents()
    {
        var reply = Figures.Compose(new CohortQuestion(CohortShape.Year, 2021, 2021, false))!;
        Assert.Contains("**48 kabupaten/kota**", reply);
        Assert.Contains("70", reply); // the announced figure, from the cohort's note
        Assert.Contains("bukan jumlah kumulatif", reply);
        Assert.DoesNotContain("191", reply);
        Assert.Null(Figures.Compose(new CohortQuestion(CohortShape.Year, 2020, 2020, false)));
    }

    [Fact]
    public void A_span_is_the_sum_of_its_cohorts_with_a_year_without_one_said_so()
    {
        var reply = Figures.Compose(new CohortQuestion(CohortShape.Span, 2019, 2022, false))!;
        // 2019: 25, 2020: none, 2021: 48, 2022: 50 (cohorts.csv)
        Assert.Contains("**123 keikutsertaan", reply);
        Assert.Contains("2020**: tidak ditemukan angkatan baru", reply);
        // The 2021 repeaters' first years are unknown: distinct regions over a span not starting at the first cohort are not given.
        Assert.Contains("tidak dapat dipastikan", reply);
    }

    [Fact]
    public void A_span_from_the_first_cohort_gives_distinct_regions_less_the_repeaters()
    {
        var reply = Figures.Compose(new CohortQuestion(CohortShape.Span, null, 2022, false))!;
        Assert.Contains("**198 keikutsertaan", reply);
        Assert.Contains("**191**", reply);
        Assert.Contains("sampai 2021: 141", reply);
    }

    [Fact]
    public void A_span_past_the_last_cohort_says_no_later_cohort_is_known()
    {
        var reply = Figures.Compose(new CohortQuestion(CohortShape.Span, 2023, 2026, false))!;
        Assert.Contains("**60 keikutsertaan", reply);
        Assert.Contains("setelah 2024 tidak ditemukan", reply);
    }

    [Fact]
    public void Two_years_compared_give_the_larger_and_the_difference()
    {
        Assert.Contains("Angkatan **2018** lebih banyak", Figures.Compose(new CohortQuestion(CohortShape.Compare, 2019, 2018, false)));
        Assert.Contains("selisih 25", Figures.Compose(new CohortQuestion(CohortShape.Compare, 2019, 2018, false)));
        Assert.Contains("Sama banyak", Figures.Compose(new CohortQuestion(CohortShape.Compare, 2022, 2023, false)));
    }

    [Fact]
    public void The_smallest_cohort_and_every_years_line_with_the_average()
    {
        Assert.Contains("angkatan **2024**, **10 kabupaten/kota**", Figures.Compose(new CohortQuestion(CohortShape.Fewest, null, null, false)));
        var every = Figures.Compose(new CohortQuestion(CohortShape.EveryYear, null, null, true))!;
        Assert.Contains("- **2018**: 50", every);
        Assert.Contains("Rata-ratanya", every);
    }

    // The cohorts' figures read every message of every turn: a repeated one is read once per lexicon.
    [Fact]
    public void A_repeated_message_is_read_once()
    {
        var lexicon = Lexicon.Current;
        var first = CohortQuestion.Read("jumlah peserta antara 2018 sampai 2023 berapa", lexicon);
        Assert.NotNull(first);
        Assert.Same(first, CohortQuestion.Read("jumlah peserta antara 2018 sampai 2023 berapa", lexicon));
        Assert.Null(CohortQuestion.Read("apa itu smart branding?", lexicon));
    }
}
