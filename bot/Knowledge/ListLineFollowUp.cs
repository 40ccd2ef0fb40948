using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// "kalau yang di Bali?" right after a list whose lines say where each item is (the priority destinations and their
/// provinces): the message picks the one line naming that province, so that line is the answer, with the list's
/// source. Only a message that is nothing but a province (and follow-up words), and only when exactly one line names
/// it; otherwise the message is read as usual (a province's participants).
/// </summary>
public sealed class ListLineFollowUp : IAnswerAside
{
    public bool Answers(ITurn turn, Recognition read)
    {
        var entities = read.Entities;
        // A list request ("siapa aja", "yang lain") asks the province's participants, not the line.
        if (!entities.OnlyYearOrPlace || entities.AsksList || entities.Year is not null || entities.ListItem is not null || entities.Regions.Province is not { } province) return false;
        if (ListMemory.LineNaming(turn, province) is not { } line) return false;
        var reply = $"Dari daftar tadi, yang di {province}:\n\n- {line}";
        if (turn.ConversationState.Get<string>(SourceFollowUp.SourceKey) is { Length: > 0 } source) reply += $"\n\n_Sumber: {source}_";
        turn.Send(Replies.Text(reply));
        return true;
    }

    // The list and its source stay as they were: the aside answers from them and changes nothing.
    public void Remember(ITurn turn) { }
}
