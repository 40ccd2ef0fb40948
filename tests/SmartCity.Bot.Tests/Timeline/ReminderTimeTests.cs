using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Tests.Timeline;

/// <summary>The weekday and hour an officer asks reminders at, read with the shipped lexicon.</summary>
public sealed class ReminderTimeTests
{
    private static ReminderTime? Read(string text) => ReminderTime.In(text, Lexicon.Current);

    [Theory]
    [InlineData("tolong kabari kami setiap rabu pukul 10", DayOfWeek.Wednesday, 10, 0)]
    [InlineData("pengingat hari kamis jam 4 sore", DayOfWeek.Thursday, 16, 0)]
    [InlineData("kirim tiap selasa malam jam 7", DayOfWeek.Tuesday, 19, 0)]
    [InlineData("reminder pukul 13.30 saja", null, 13, 30)]
    [InlineData("jam 11 siang aja", null, 11, 0)]
    [InlineData("jum'at pagi", DayOfWeek.Friday, null, 0)]
    public void Reads_the_day_and_hour(string text, DayOfWeek? day, int? hour, int minute)
    {
        var time = Read(text);
        Assert.NotNull(time);
        Assert.Equal(day, time.Day);
        Assert.Equal(hour, time.Hour);
        Assert.Equal(minute, time.Minute);
    }

    [Theory]
    [InlineData("ingatkan kami 1 minggu sebelum tenggat")]
    [InlineData("ingatkan dua minggu sebelumnya")]
    [InlineData("aktifkan pengingat tenggat")]
    public void A_length_of_time_or_no_time_is_none(string text) => Assert.Null(Read(text));

    [Fact]
    public void Describes_it_and_waits_for_it()
    {
        var monday9 = new ReminderTime(DayOfWeek.Monday, 9);
        Assert.Equal("setiap Senin pukul 09.00 WIB", monday9.Describe());
        // Monday 7 December 2026: 08.00 WIB is too early, 09.30 WIB is time; Tuesday is not its day.
        Assert.False(monday9.AllowsAt(new DateTimeOffset(2026, 12, 7, 8, 0, 0, ProgrammeCalendar.Wib)));
        Assert.True(monday9.AllowsAt(new DateTimeOffset(2026, 12, 7, 9, 30, 0, ProgrammeCalendar.Wib)));
        Assert.False(monday9.AllowsAt(new DateTimeOffset(2026, 12, 8, 9, 30, 0, ProgrammeCalendar.Wib)));
    }

    [Fact]
    public void A_days_spelling_staff_add_is_read_with_their_lexicon_and_only_with_it()
    {
        var shipped = Lexicon.Current;
        var folder = Directory.CreateTempSubdirectory("lexicon-days-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Knowledge, Lexicon.FolderName)))
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            File.AppendAllText(Path.Combine(folder.FullName, "penanda-hari.txt"), "\nrab => rabu\n");
            var edited = Lexicon.Load(folder.FullName);

            Assert.Null(ReminderTime.In("ingatkan tiap rab", shipped));
            Assert.Equal(DayOfWeek.Wednesday, ReminderTime.In("ingatkan tiap rab", edited)?.Day);
            Assert.Null(ReminderTime.In("ingatkan tiap rab", shipped)); // the words read for one lexicon are not another's
            Assert.Null(ReminderTime.In("ingatkan 2 minggu sebelumnya", edited)); // its counting words still hold
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
