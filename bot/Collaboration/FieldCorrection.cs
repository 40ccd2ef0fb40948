using System.Text.RegularExpressions;
using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Collaboration;

/// <summary>
/// "ralat, surel saya x@y.id" or "nama tadi typo: Budi S." while the request is written one question at
/// a time: the message corrects a field already answered, not the pending one. It takes a correction word and either
/// a field's word or an e-mail/phone (which names the contact by itself); the new value is what follows the last comma
/// or colon (the contact: the address or number itself). Words are data: knowledge/lexicon/koreksi-isian.txt and
/// isian-kolaborasi.txt.
/// </summary>
public static class FieldCorrection
{
    private const string FieldFile = "isian-kolaborasi";

    // A correction word (koreksi-isian.txt), anywhere in the message.
    private static readonly CuePattern Cue = new(@"\b{:koreksi-isian}\b", RegexOptions.IgnoreCase);

    // A correction is a short message; a longer one is an answer (a message to the officer may say anything).
    private const int MaxWords = 12;

    // A field's word (isian-kolaborasi.txt "kata => isian"), with or without "-nya".
    private static readonly PerLexicon<IReadOnlyList<(Regex Word, string Field)>> Fields = new(lexicon =>
        (lexicon.Lists.TryGetValue(FieldFile, out var lines) ? lines : [])
            .Select(l => l.Split("=>", 2, StringSplitOptions.TrimEntries)).Where(p => p.Length == 2 && p[0].Length > 0)
            .Select(p => (new Regex(@"\b" + Regex.Escape(p[0]) + @"(?:nya)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), p[1])).ToList());

    /// <summary>The field corrected and its new value, when the message corrects a field other than <paramref name="pending"/>.</summary>
    public static (string Field, string Value)? Read(string text, string pending)
    {
        var lexicon = Lexicon.Current;
        var cue = Cue.For(lexicon);
        var trimmed = text.Trim();
        if (trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords || !cue.IsMatch(trimmed)) return null;
        if (ContactIn(trimmed) is { } contact) return pending == "contact" ? null : ("contact", contact);
        var field = Fields.For(lexicon).FirstOrDefault(f => f.Word.IsMatch(trimmed)).Field;
        if (field is null || field == pending || field == "contact") return null;
        var cut = trimmed.LastIndexOfAny([',', ':']);
        var value = cut >= 0 ? trimmed[(cut + 1)..].Trim() : "";
        return value.Length > 0 && !cue.IsMatch(value) ? (field, value) : null;
    }

    // The e-mail address or phone number of the message (a number may be written in groups: "0812 3456 7890").
    private static string? ContactIn(string text) =>
        text.Split([' ', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries).Select(t => t.TrimEnd('.', '!', '?'))
            .Where(t => t.Contains('@')).Concat(PhoneRun().Matches(text).Select(m => m.Value))
            .Select(t => RequestValidation.NormalizeContact(t)).FirstOrDefault(c => c is not null);

    private static readonly Regex PhoneRunPattern = new(@"(?:\+?62|0)\d[\d \-]{6,16}\d", RegexOptions.CultureInvariant);

    private static Regex PhoneRun() => PhoneRunPattern;
}
