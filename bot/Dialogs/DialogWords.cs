using System.Text.RegularExpressions;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Dialogs;

/// <summary>The control words of the guided dialogs, informal spellings included.</summary>
public static partial class DialogWords
{
    public static bool IsCancel(string text) => Cancel().IsMatch(RegionResolver.Normalize(text));
    public static bool IsRestart(string text) => Restart().IsMatch(RegionResolver.Normalize(text));
    public static bool IsHelp(string text) => Help().IsMatch(RegionResolver.Normalize(text));
    public static bool AsksNextStep(string text) => NextStep().IsMatch(RegionResolver.Normalize(text));
    public static bool AsksDeadline(string text) => DeadlineWords().IsMatch(RegionResolver.Normalize(text));

    /// <summary>"sudah"/"belum"/"lewati" in the ways people type them; null when the text is not an answer.</summary>
    public static string? ChecklistAnswer(string text)
    {
        var t = RegionResolver.Normalize(text);
        if (Yes().IsMatch(t)) return "sudah";
        if (No().IsMatch(t)) return "belum";
        if (Skip().IsMatch(t)) return "lewati";
        return null;
    }

    [GeneratedRegex(@"^(batal|batalkan|cancel|stop|keluar|berhenti|selesai|sudahi|gak jadi|nggak jadi|ga jadi|tidak jadi|udahan)( (aja|saja|dulu|cek status))?$")]
    private static partial Regex Cancel();

    [GeneratedRegex(@"^(ulang|ulangi|mulai (lagi|ulang|dari awal)|dari awal|restart|reset)( (aja|saja|dong|checklist))?$")]
    private static partial Regex Restart();

    [GeneratedRegex(@"^(bantuan|help|tolong|menu|bingung|gimana caranya|cara(nya)? (jawab|pakai))$")]
    private static partial Regex Help();

    [GeneratedRegex(@"\b(langkah|tahap|step|yang harus|apa yang perlu)\b.*\b(berikut(nya)?|selanjutnya|lanjut(nya)?|dilakukan|dikerjakan)\b|\bnext step\b|\bselanjutnya apa\b")]
    private static partial Regex NextStep();

    [GeneratedRegex(@"\b(tenggat(nya)?|deadline(nya)?|batas waktu(nya)?|jatuh tempo|kapan (harus|paling lambat|batasnya|selesai))\b")]
    private static partial Regex DeadlineWords();

    [GeneratedRegex(@"^(sudah|sdh|udah|udh|ya|iya|yes|y|ok|oke|sudah dong|sudah selesai|beres|done|selesai sudah|✅ sudah)( (sudah|kok|dong|selesai|beres))?$")]
    private static partial Regex Yes();

    [GeneratedRegex(@"^(belum|blm|blum|tidak|tdk|gak|nggak|ga|no|belum selesai|masih proses|dalam proses|⏳ belum)( (sih|dong|selesai|ada))?$")]
    private static partial Regex No();

    [GeneratedRegex(@"^(lewati|lewat|skip|lompati|nanti|nanti saja|lewati saja|⏭ lewati)$")]
    private static partial Regex Skip();
}
