using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Cards;

/// <summary>An answer from the documents or data: a short body or list, where it came from, and follow-ups.</summary>
/// <param name="FeedbackKey">When set, the reply offers "Membantu? 👍 / 👎" tied to this key (the answer's source).</param>
public sealed record AnswerCard(
    string Title,
    string Body,
    IReadOnlyList<string> Items,
    string Source,
    IReadOnlyList<string> FollowUps,
    string? FeedbackKey = null);

/// <summary>A labelled summary, e.g. a region's status: facts as label/value rows, a note, the source, actions.</summary>
/// <param name="Buttons">Buttons whose submit data tells another capability what to do (e.g. a region's showcase).</param>
public sealed record FactsCard(
    string Title,
    string? Subtitle,
    IReadOnlyList<(string Label, string Value)> Facts,
    string? Note,
    string Source,
    IReadOnlyList<string> Actions,
    IReadOnlyList<CardButton>? Buttons = null);

/// <summary>A card button sending its title as the user's words plus data members for the capability it starts.</summary>
public sealed record CardButton(string Title, IReadOnlyDictionary<string, string> Data);

/// <summary>One step of a guided checklist: progress, the question, and the answers to pick from.</summary>
public sealed record ChecklistCard(
    string Title,
    int Step,
    int StepCount,
    string Question,
    IReadOnlyList<string> Choices,
    string? Hint = null);

/// <summary>
/// Turns card models into an outgoing activity suited to the channel: Adaptive Cards where the channel renders
/// them, with a plain-text fallback (text/summary) always present.
/// </summary>
public interface ICardRenderer
{
    Activity Render(AnswerCard card, string channelId);
    Activity Render(FactsCard card, string channelId);
    Activity Render(ChecklistCard card, string channelId);
}
