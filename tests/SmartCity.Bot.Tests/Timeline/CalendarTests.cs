using SmartCity.Bot.Tests.Regions;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Tests.Timeline;

public sealed class CalendarTests
{
    private static readonly DateTimeOffset Noon = new(2030, 3, 17, 12, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("2030-03-31", "dalam 2 minggu")]
    [InlineData("2030-03-20", "dalam 3 hari")]
    [InlineData("2030-03-18", "besok")]
    [InlineData("2030-03-17", "hari ini")]
    [InlineData("2030-03-14", "sudah lewat 3 hari")]
    [InlineData("2030-02-17", "sudah lewat 4 minggu")]
    public void Relative_time_is_Indonesian(string date, string expected) =>
        Assert.Equal(expected, RelativeTime.Until(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Noon));

    [Fact]
    public void Deadlines_are_days_in_Jakarta_time()
    {
        // 20:00 UTC on the 16th is already the 17th in WIB.
        Assert.Equal(new DateOnly(2030, 3, 17), ProgrammeCalendar.Today(new DateTimeOffset(2030, 3, 16, 20, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2030, 3, 31, 16, 59, 59, TimeSpan.Zero), ProgrammeCalendar.EndOf(new DateOnly(2030, 3, 31)));
    }

    [Fact]
    public void The_shipped_calendar_is_labelled_an_example_with_sourced_history()
    {
        var calendar = RegionData.Calendar;
        Assert.True(calendar.IsExample);
        Assert.Contains("CONTOH", calendar.UpdatedNote());
        Assert.Contains("terakhir diperbarui", calendar.UpdatedNote());
        Assert.NotEmpty(calendar.Stages);
        Assert.All(calendar.Stages, s => Assert.True(s.Start <= s.End));
        Assert.All(calendar.Stages.SelectMany(s => s.Checklist), i => Assert.NotNull(calendar.FindDeadline(i.Deadline)));
        Assert.Contains(calendar.History, h => h.Date == new DateOnly(2019, 5, 15) && h.Source.StartsWith("http", StringComparison.Ordinal));
        Assert.Contains(calendar.History, h => h.Date == new DateOnly(2022, 12, 1));
        Assert.All(calendar.History, h => Assert.False(string.IsNullOrWhiteSpace(h.Source)));
    }

    [Fact]
    public void The_stage_follows_the_date()
    {
        var calendar = RegionData.Calendar;
        Assert.Equal(calendar.Stages[0].Id, calendar.StageOn(calendar.Stages[0].Start.AddDays(-30)).Id);
        Assert.Equal(calendar.Stages[^1].Id, calendar.StageOn(calendar.Stages[^1].End.AddDays(30)).Id);
        Assert.Equal(calendar.Stages[1].Id, calendar.StageOn(calendar.Stages[1].Start).Id);
    }
}

public sealed class DeadlineAnswersTests
{
    private static readonly DeadlineAnswers Answers = new(RegionData.Calendar, new CohortEvents(RegionData.Calendar), RegionData.Registry, TimeProvider.System);

    [Theory]
    [InlineData("batas akhir laporan quick win kapan", "Laporan pelaksanaan quick win")]
    [InlineData("kpn tenggat pengesahan masterplan", "Masterplan disahkan kepala daerah (Perbup/Perwali)")]
    [InlineData("kapan batas bimtek tahap IV dan komitmen bersama", "Bimtek tahap IV dan penandatanganan Komitmen Bersama")]
    public void A_deadline_named_in_the_question_is_found_by_its_own_words(string question, string title) =>
        Assert.Equal(title, Answers.NamedIn(question)?.Title);

    [Theory]
    [InlineData("tenggat terdekat apa")]
    [InlineData("tenggat daerah kami kapan")] // "daerah" is a generic word, not the masterplan deadline's
    [InlineData("sesudah itu apa lagi")]
    public void A_question_naming_no_deadline_gets_none(string question) => Assert.Null(Answers.NamedIn(question));

    [Fact]
    public void A_past_cohort_asking_its_masterplan_due_hears_its_cohort_first()
    {
        var region = RegionData.Registry.Regions.First(r => r.Name == "Kabupaten Sragen");
        var stage = RegionData.Calendar.Stages[0];
        var card = Answers.ForQuestion("masterplan kami harus selesai kapan", stage, region);
        Assert.StartsWith("Masterplan dan quick win angkatan 2019", card.Body);
        Assert.Contains("akhir 2019", card.Body);
        Assert.Contains(RegionData.Calendar.CycleName, card.Body);
        // Another deadline, or no region: the current cycle's answer alone.
        Assert.DoesNotContain("angkatan 2019", Answers.ForQuestion("tenggat terdekat apa", stage, region).Body);
        Assert.DoesNotContain("akhir tahun angkatannya", Answers.ForQuestion("masterplan kami harus selesai kapan", stage, null).Body);
    }

    [Fact]
    public void The_named_deadline_leads_its_stage()
    {
        var stage = RegionData.Calendar.Stages[^1];
        var card = Answers.ForQuestion("kapan tenggat bahan evaluasi dikirim", stage, null);
        Assert.StartsWith("**Bahan evaluasi dikirim ke Kementerian:", card.Body);
        Assert.Contains(card.Items, i => i.StartsWith("Laporan pelaksanaan quick win", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contact_names_the_region_in_whichever_wording_staff_gave()
    {
        var bogor = RegionData.Registry.FindByName("Kota Bogor")!;
        var contact = new ProgrammeContact("Sekretariat program", null, "uji", ForRegion: "Diskominfo {region} atau Kementerian", ForOwnRegion: "Diskominfo {region}");
        Assert.Equal("Diskominfo Kota Bogor atau Kementerian", contact.About(bogor));
        Assert.Equal("Diskominfo Kota Bogor", contact.For(bogor));
        Assert.Equal("Sekretariat program", contact.For(null)); // no region known: the programme's own desk
    }

    [Fact]
    public void A_contact_without_a_regional_wording_gives_the_programmes_desk_or_none()
    {
        var bogor = RegionData.Registry.FindByName("Kota Bogor")!;
        var contact = new ProgrammeContact("Sekretariat program", null, "uji");
        Assert.Null(contact.About(bogor));
        Assert.Equal("Sekretariat program", contact.For(bogor));
    }
}
