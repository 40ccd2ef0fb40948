using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Timeline;

/// <summary>
/// Right after a reminder was asked for, a short message naming only another weekday or hour ("kalau jam 2 siang?",
/// "hari rabu saja") moves the reminder: it continues that thread, whatever its few words lean to. A short message the
/// recognizer reads as about the reminder at all (stopping it) beside a general reading ("batal" as a cancel of the
/// checklist below) is that reading; a short question ("dikirim kapan?") asks about the reminder.
/// </summary>
public sealed class ReminderThreadQuestion : IThreadQuestion
{
    public string DialogId => "reminder";

    // A time said with a few words around it; a longer message is a question of its own.
    private const int MaxWords = 8;

    public string? Claims(Recognition recognition)
    {
        var entities = recognition.Entities;
        if (entities.Year is not null || entities.Cohort is not null || !entities.Regions.IsEmpty || entities.Regions.Province is not null) return null;
        var normalized = entities.Regions.Normalized;
        if (normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords) return null;
        if (ReminderTime.In(normalized, Lexicon.Current) is not null) return IntentNames.ReminderOn;
        // "dikirim kapan?", "jam berapa?": a question of a few words right after the reminder's answer, with any reading of
        // the reminder among its first, asks about it (a question of the cohort year has none: it is a question of its own).
        var reminders = recognition.Intents.Take(AskReadings).Where(i => ReminderIntents.Contains(i.Intent) && i.Score > 0).ToList();
        if (reminders.Count == 0) return null;
        if (AnswerTypes.Of(InformalIndonesian.Normalize(normalized)) != AnswerType.None) return ReminderDialogAsk;
        var reminder = recognition.Intents.Take(3).Where(i => ReminderIntents.Contains(i.Intent)).MaxBy(i => i.Score);
        if (reminder is null || reminder.Score < ThreadShare * recognition.TopScore) return null;
        // A new "ingatkan saya" right after the answer is asked again only when nothing reads as a question about it.
        return reminder.Intent;
    }

    /// <summary>The reading the reminder dialog takes as a question about the reminder asked for (no examples: the thread gives it).</summary>
    public const string ReminderDialogAsk = "ReminderAsk";

    private static readonly HashSet<string> ReminderIntents = new([IntentNames.ReminderOn, IntentNames.ReminderOff], StringComparer.Ordinal);

    // How far down the readings a question about the reminder may have its reminder reading.
    private const int AskReadings = 4;

    // The reminder's reading must hold this share of the top score: a distant third is a guess.
    private const double ThreadShare = 0.5;
}
