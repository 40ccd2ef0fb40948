using System.Text;

namespace SmartCity.Bot.Protocol;

/// <summary>
/// Client strings as they may appear in operator logs: control and line-separator characters escaped (a newline must
/// not start a forged log line) and the length capped (a log must not grow by what a client chooses to send).
/// </summary>
public static class LogText
{
    public const int DefaultMax = 80;

    public static string Safe(string? value, int max = DefaultMax)
    {
        if (value is null) return "(none)";
        var builder = new StringBuilder(Math.Min(value.Length, max) + 16);
        foreach (var c in value.Length > max ? value.AsSpan(0, max) : value.AsSpan())
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069')
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        if (value.Length > max) builder.Append("…(+").Append(value.Length - max).Append(" chars)");
        return builder.ToString();
    }
}
