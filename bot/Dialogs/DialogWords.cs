using System.Text.RegularExpressions;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Dialogs;

/// <summary>The value of a checklist answer (the intent itself comes from the recognizer), informal spellings included.</summary>
public static partial class DialogWords
{
    /// <summary>"sudah"/"belum"/"lewati" in the ways people type them; null when the text is not an answer.</summary>
    public static string? ChecklistAnswer(string text)
    {
        var t = RegionResolver.Normalize(text);
        if (Yes().IsMatch(t)) return "sudah";
        if (No().IsMatch(t)) return "belum";
        if (Skip().IsMatch(t)) return "lewati";
        return null;
    }

    [GeneratedRegex(@"^(sudah|sdh|udah|udh|ya|iya|yes|y|ok|oke|sudah dong|sudah selesai|beres|done|selesai sudah|✅ sudah)( (sudah|kok|dong|selesai|beres))?$")]
    private static partial Regex Yes();

    [GeneratedRegex(@"^(belum|blm|blum|tidak|tdk|gak|nggak|ga|no|belum selesai|masih proses|dalam proses|⏳ belum)( (sih|dong|selesai|ada))?$")]
    private static partial Regex No();

    [GeneratedRegex(@"^(lewati|lewat|skip|lompati|nanti|nanti saja|lewati saja|⏭ lewati)$")]
    private static partial Regex Skip();
}
