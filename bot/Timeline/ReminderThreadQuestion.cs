using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Timeline;

/// <summary>
/// Right after a reminder was asked for, a short message naming only another weekday or hour ("kalau jam 2 siang?",
/// "hari rabu saja") moves the reminder: it continues that thread, whatever its few words lean to.
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
        return ReminderTime.In(normalized, Lexicon.Current) is not null ? "ReminderOn" : null;
    }
}
