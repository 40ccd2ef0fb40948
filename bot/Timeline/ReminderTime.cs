using System.Text.RegularExpressions;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Timeline;

/// <summary>
/// When a reminder should go out, as the officer asked ("setiap Rabu pukul 10", "jam 4 sore"): a weekday, an hour (WIB),
/// or both. Words come from the lexicon (penanda-jam.txt, jam-petang.txt, penanda-hari.txt); day names from id-ID.
/// </summary>
public sealed record ReminderTime(DayOfWeek? Day, int? Hour, int Minute = 0)
{
    /// <summary>"setiap Senin pukul 09.00", "pukul 15.00", "setiap Jumat".</summary>
    public string Describe() =>
        string.Join(' ', new[]
        {
            Day is { } day ? $"setiap {ProgrammeCalendar.Indonesian.DateTimeFormat.GetDayName(day)}" : null,
            Hour is { } hour ? $"pukul {hour:00}.{Minute:00} WIB" : null,
        }.Where(p => p is not null));

    /// <summary>The moment on a WIB day from which a reminder asked for this time may go out, or null when that day is not its weekday.</summary>
    public bool AllowsAt(DateTimeOffset now)
    {
        var local = now.ToOffset(ProgrammeCalendar.Wib);
        if (Day is { } day && local.DayOfWeek != day) return false;
        return Hour is not { } hour || local.TimeOfDay >= new TimeSpan(hour, Minute, 0);
    }

    // "jam 3 sore" and "sore jam 3": the part of the day may come after the hour or just before it.
    private static readonly CuePattern HourCue = new(@"(?:\b(?<pm>{:jam-petang})\s+)?\b{:penanda-jam}\s*(?<h>\d{1,2})(?:[.:](?<m>\d{2}))?(?:\s+(?<pm>{:jam-petang})\b)?", RegexOptions.IgnoreCase);

    /// <summary>The weekday and hour a message asks for, or null when it names neither.</summary>
    public static ReminderTime? In(string text, Lexicon lexicon)
    {
        var lower = text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
        var day = DayIn(lower, lexicon);
        int? hour = null;
        var minute = 0;
        var match = HourCue.For(lexicon).Match(lower);
        if (match.Success && int.TryParse(match.Groups["h"].Value, out var h) && h <= 24)
        {
            if (match.Groups["m"].Success) minute = Math.Min(59, int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture));
            // "jam 3 sore" is 15.00; "jam 1 siang" 13.00, but "jam 11 siang" stays 11.00.
            var pm = match.Groups["pm"].Success && h < 12 && !(h >= 10 && match.Groups["pm"].Value == FirstAfternoonWord(lexicon));
            hour = (pm ? h + 12 : h) % 24;
        }
        return day is null && hour is null ? null : new ReminderTime(day, hour, minute);
    }

    // The first word of jam-petang.txt is the one that means "early afternoon" (siang): 10-11 with it stay morning hours.
    private static string? FirstAfternoonWord(Lexicon lexicon) => lexicon.Lists.GetValueOrDefault("jam-petang")?.FirstOrDefault();

    // The weekday names of id-ID ("senin" … "minggu"): the culture's, the same for every lexicon.
    private static readonly Dictionary<string, DayOfWeek> DayNames = ProgrammeCalendar.Indonesian.DateTimeFormat.DayNames
        .Select((n, i) => (Name: n.ToLowerInvariant(), Day: (DayOfWeek)i)).ToDictionary(d => d.Name, d => d.Day, StringComparer.Ordinal);

    /// <summary>A lexicon's words for days: other spellings of a day's name (penanda-hari.txt) and counting words (bilangan.txt).</summary>
    private sealed record DayWords(Dictionary<string, string> Spellings, HashSet<string> Numbers)
    {
        public static DayWords Of(Lexicon lexicon)
        {
            var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in (lexicon.Lists.GetValueOrDefault("penanda-hari") ?? []).Select(l => l.Split("=>", StringSplitOptions.TrimEntries)).Where(p => p.Length == 2))
                spellings.TryAdd(pair[0].Replace("'", "", StringComparison.Ordinal), pair[1]); // the first line for a spelling wins
            return new DayWords(spellings, (lexicon.Lists.GetValueOrDefault("bilangan") ?? []).ToHashSet(StringComparer.Ordinal));
        }
    }

    // Built once per lexicon (a reload brings another), not on every message.
    private static readonly PerLexicon<DayWords> DayWordsOf = new(DayWords.Of);

    private static DayOfWeek? DayIn(string lower, Lexicon lexicon)
    {
        var words = DayWordsOf.For(lexicon);
        var tokens = Regex.Split(lower, @"[^\p{L}\d]+").Where(t => t.Length > 0).ToArray();
        for (var i = 0; i < tokens.Length; i++)
        {
            // "1 minggu sebelum tenggat", "dua minggu": a length of time, not Sunday.
            if (i > 0 && (tokens[i - 1].All(char.IsAsciiDigit) || words.Numbers.Contains(tokens[i - 1]))) continue;
            if (DayNames.TryGetValue(words.Spellings.GetValueOrDefault(tokens[i]) ?? tokens[i], out var day)) return day;
        }
        return null;
    }
}
