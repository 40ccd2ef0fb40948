using System.Text;

namespace SmartCity.Bot.Cli;

/// <summary>
/// Text that users typed, as staff commands print it: control characters (escape sequences that would drive the
/// terminal, carriage returns that would overwrite a line, NUL), line separators and bidi overrides shown escaped.
/// </summary>
public static class TerminalText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        if (!text.AsSpan().ContainsAny(Unsafe)) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Unsafe.Contains(c)) builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x20).Append(0x7F).Concat(Enumerable.Range(0x80, 0x20))
            .Concat([0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069])
            .Select(i => (char)i).ToArray());
}
