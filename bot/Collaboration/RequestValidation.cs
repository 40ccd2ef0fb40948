using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace SmartCity.Bot.Collaboration;

/// <summary>Checks what a requester typed: lengths, a real e-mail address or Indonesian phone number, no control characters.</summary>
public static partial class RequestValidation
{
    public const int MaxContactChars = 100;

    /// <summary>The contact in a canonical form (lower-case e-mail, phone as +62…), or null when it is neither.</summary>
    public static string? NormalizeContact(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length is 0 or > MaxContactChars) return null;
        if (text.Contains('@'))
        {
            // "ok, ini emailnya: nama@contoh.id": the one address in a short sentence is the contact.
            if (!Email().IsMatch(text) && text.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(t => t.TrimEnd('.', '!')).Where(t => Email().IsMatch(t)).ToList() is [var only]) text = only;
            if (!Email().IsMatch(text)) return null;
            try { return new MailAddress(text).Address.ToLowerInvariant(); }
            catch (FormatException) { return null; }
        }
        var digits = PhoneSeparators().Replace(text, "");
        var match = Phone().Match(digits);
        return match.Success ? "+62" + match.Groups["rest"].Value : null;
    }

    /// <summary>
    /// Trims, removes control and formatting characters (keeping line breaks when <paramref name="multiline"/>), and
    /// collapses runs of spaces. Null when empty or longer than <paramref name="max"/>.
    /// </summary>
    public static string? Clean(string? input, int max, bool multiline = false)
    {
        if (input is null) return null;
        var text = new StringBuilder(input.Length);
        foreach (var c in input.Normalize(NormalizationForm.FormC))
        {
            if (c == '\n' && multiline) text.Append('\n');
            else if (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) text.Append(' ');
            else text.Append(c);
        }
        var cleaned = Spaces().Replace(text.ToString(), " ");
        cleaned = ManyBreaks().Replace(cleaned, "\n\n").Trim();
        return cleaned.Length == 0 || cleaned.Length > max ? null : cleaned;
    }

    // What separates words around an address typed in a sentence (a trailing full stop is not part of the address).
    private static readonly char[] Separators = [' ', '\t', '\n', ',', ';', ':', '(', ')', '<', '>', '"', '\''];

    [GeneratedRegex(@"^[^\s@<>()\[\],;:""]+@[^\s@<>()\[\],;:""]+\.[A-Za-z]{2,}$")]
    private static partial Regex Email();

    [GeneratedRegex(@"[\s\-().]")]
    private static partial Regex PhoneSeparators();

    // Indonesian numbers: 08xx / +628xx / 628xx mobiles and area-code landlines (021…), 8–13 digits after the prefix.
    [GeneratedRegex(@"^(?:\+62|62|0)(?<rest>[2-9]\d{7,12})$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*\n\s*\n[\s\n]*")]
    private static partial Regex ManyBreaks();
}
