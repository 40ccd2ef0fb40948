using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Conversation;

/// <summary>Builders for outgoing messages; conversation fields are applied by the turn when sent.</summary>
public static class Replies
{
    public static Activity Text(string text, IEnumerable<string>? suggestions = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
        InputHint = InputHints.AcceptingInput,
        SuggestedActions = Suggestions(suggestions),
    };

    public static Activity WithAttachment(string fallbackText, Attachment attachment, IEnumerable<string>? suggestions = null) =>
        Text(fallbackText, suggestions) with { Attachments = [attachment], Summary = fallbackText };

    public static SuggestedActions? Suggestions(IEnumerable<string>? titles)
    {
        var actions = titles?.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct()
            .Select(t => new CardAction { Type = "imBack", Title = t, Value = t }).ToList();
        return actions is { Count: > 0 } ? new SuggestedActions { Actions = actions } : null;
    }
}
