using System.Globalization;
using System.Text.RegularExpressions;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Regions;

/// <summary>
/// The years from one to another that a question asks of ("dari 2017 sampai 2019", "2017–2019"): a place's participants
/// over that span, not the first year's alone.
/// </summary>
public sealed partial record YearRange(int From, int To)
{
    public bool Contains(int year) => year >= From && year <= To;

    /// <summary>How an answer names the span ("2017–2019").</summary>
    public string Written => $"{From.ToString(CultureInfo.InvariantCulture)}–{To.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The span of <paramref name="text"/>: exactly two different years joined by a dash or by a word closing a span
    /// (penanda-hingga.txt: "sampai", "hingga", "s.d."). Null otherwise.
    /// </summary>
    public static YearRange? AskedIn(string text)
    {
        var lowered = text.ToLowerInvariant();
        var years = Year().Matches(lowered).ToList();
        if (years.Select(m => m.Value).Distinct().Count() != 2 || years.Count != 2) return null;
        var between = lowered[(years[0].Index + years[0].Length)..years[1].Index];
        var until = Lexicon.Current.Lists.TryGetValue("penanda-hingga", out var words) ? words : [];
        var wordsBetween = Word().Matches(between).Select(m => m.Value).ToList();
        var joined = Dash().IsMatch(between) && wordsBetween.Count == 0
                     || until.Any(u => Regex.IsMatch(between, $@"(?<![\p{{L}}]){Regex.Escape(u)}(?![\p{{L}}])"));
        if (!joined) return null;
        var (a, b) = (int.Parse(years[0].Value, CultureInfo.InvariantCulture), int.Parse(years[1].Value, CultureInfo.InvariantCulture));
        return new YearRange(Math.Min(a, b), Math.Max(a, b));
    }

    [GeneratedRegex(@"\b20\d\d\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"[-–—]")]
    private static partial Regex Dash();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
