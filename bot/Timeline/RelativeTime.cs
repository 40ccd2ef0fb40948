using Humanizer;

namespace SmartCity.Bot.Timeline;

/// <summary>Indonesian relative time for deadlines, through Humanizer (id-ID): "dalam 2 minggu", "sudah lewat 3 hari".</summary>
public static class RelativeTime
{
    public static string Until(DateOnly deadline, DateTimeOffset now)
    {
        var today = ProgrammeCalendar.Today(now);
        var days = deadline.DayNumber - today.DayNumber;
        if (days == 0) return "hari ini";
        if (days == 1) return "besok";
        if (days == -1) return "sudah lewat 1 hari (kemarin)";
        var span = TimeSpan.FromDays(Math.Abs(days)).Humanize(precision: 1, culture: ProgrammeCalendar.Indonesian, maxUnit: TimeUnit.Month, minUnit: TimeUnit.Day);
        return days > 0 ? $"dalam {span}" : $"sudah lewat {span}";
    }
}
