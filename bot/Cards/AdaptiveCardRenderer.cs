using System.Text.Json.Nodes;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Cards;

/// <summary>
/// Adaptive Card 1.5 rendering of the card models — the highest version Teams renders, and Web Chat renders it too.
/// Only Action.Submit is used (no Action.Execute, which Web Chat lacks); its data carries "text", which the protocol
/// layer reads as the user's words. The markdown text from <see cref="TextCardRenderer"/> stays in text and summary
/// so channels without cards (and any reader of text) still get the full answer and its source.
/// </summary>
public sealed class AdaptiveCardRenderer : ICardRenderer
{
    public const string Version = "1.5";

    /// <summary>The default host config's maxActions, which Teams and Web Chat apply.</summary>
    public const int MaxActions = 5;

    public Activity Render(AnswerCard card, string channelId)
    {
        var body = new JsonArray { Heading(card.Title) };
        if (!string.IsNullOrWhiteSpace(card.Body)) body.Add(Text(card.Body.Trim()));
        if (card.Items.Count > 0) body.Add(Text(string.Join("\n", card.Items.Select(i => "- " + i))));
        body.Add(SourceLine(card.Source));
        var actions = new JsonArray();
        // Teams drops suggested actions on messages with attachments: there the follow-ups ride on the card.
        if (channelId == "msteams") foreach (var followUp in card.FollowUps.Take(3)) actions.Add(Submit(followUp, channelId));
        if (card.FeedbackKey is not null)
        {
            actions.Add(Submit(TextCardRenderer.Helpful, channelId, card.FeedbackKey));
            actions.Add(Submit(TextCardRenderer.NotHelpful, channelId, card.FeedbackKey));
        }
        return Attach(TextCardRenderer.AnswerText(card), Card(body, actions), card.FollowUps, channelId);
    }

    public Activity Render(FactsCard card, string channelId)
    {
        var body = new JsonArray { Heading(card.Title) };
        if (!string.IsNullOrWhiteSpace(card.Subtitle)) body.Add(Text(card.Subtitle, subtle: true));
        if (card.Facts.Count > 0)
        {
            var facts = new JsonArray();
            foreach (var (label, value) in card.Facts) facts.Add(new JsonObject { ["title"] = label, ["value"] = value });
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }
        if (!string.IsNullOrWhiteSpace(card.Note)) body.Add(Text(card.Note));
        body.Add(SourceLine(card.Source));
        var actions = new JsonArray();
        foreach (var action in card.Actions) actions.Add(Submit(action, channelId));
        return Attach(TextCardRenderer.FactsText(card), Card(body, actions), card.Actions, channelId);
    }

    public Activity Render(ChecklistCard card, string channelId)
    {
        var body = new JsonArray
        {
            Heading(card.Title),
            Text($"Langkah {card.Step} dari {card.StepCount}", subtle: true),
            Progress(card.Step, card.StepCount),
            Text(card.Question),
        };
        if (!string.IsNullOrWhiteSpace(card.Hint)) body.Add(Text(card.Hint, subtle: true));
        var actions = new JsonArray();
        foreach (var choice in card.Choices) actions.Add(Submit(choice, channelId));
        return Attach(TextCardRenderer.ChecklistText(card), Card(body, actions), card.Choices, channelId);
    }

    private static Activity Attach(string fallback, JsonObject card, IEnumerable<string> suggestions, string channelId)
    {
        var activity = Replies.WithAttachment(fallback, new Attachment { ContentType = CardContentTypes.Adaptive, Content = card }, suggestions);
        // Teams shows text and card as two copies of the answer; there the card alone speaks, the summary is the
        // notification/fallback text, and suggested actions are dropped anyway (they ride on the card).
        return channelId == "msteams" ? activity with { Text = null, TextFormat = null, SuggestedActions = null } : activity;
    }

    private static JsonObject Card(JsonArray body, JsonArray actions)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions.Count <= MaxActions)
        {
            if (actions.Count > 0) card["actions"] = actions;
            return card;
        }
        // Hosts (Teams, Web Chat) show at most five actions per set: more choices go into ActionSets of five.
        var all = actions.Select(a => a!.DeepClone()).ToList();
        for (var i = 0; i < all.Count; i += MaxActions)
            body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. all.Skip(i).Take(MaxActions)]) });
        return card;
    }

    private static JsonObject Heading(string text) => new()
    {
        ["type"] = "TextBlock", ["text"] = text, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true, ["style"] = "heading",
    };

    private static JsonObject Text(string text, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle) block["isSubtle"] = true;
        return block;
    }

    private static JsonObject SourceLine(string source) => new()
    {
        ["type"] = "TextBlock", ["text"] = "Sumber: " + source, ["wrap"] = true, ["isSubtle"] = true, ["size"] = "Small",
        ["spacing"] = "Medium", ["separator"] = true,
    };

    /// <summary>A progress bar from two columns (Adaptive Cards has no progress element in 1.5).</summary>
    private static JsonObject Progress(int step, int count)
    {
        count = Math.Max(1, count);
        var done = Math.Clamp(step, 0, count);
        var columns = new JsonArray { Bar(done, "accent") };
        if (done < count) columns.Add(Bar(count - done, "emphasis"));
        return new JsonObject { ["type"] = "ColumnSet", ["columns"] = columns, ["spacing"] = "Small" };

        static JsonObject Bar(int weight, string style) => new()
        {
            ["type"] = "Column", ["width"] = $"{weight}", ["style"] = style, ["minHeight"] = "6px",
            ["items"] = new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = " ", ["size"] = "Small" } },
        };
    }

    /// <summary>
    /// A button that sends its title back as the user's words. Object data: Web Chat posts it as a hidden postBack
    /// and it arrives as ITurn.Text. In Teams a click that is a message uses imBack, so it shows in the chat as the
    /// user's message; feedback stays a plain submit (its key travels in value, and "👍" alone is no message).
    /// </summary>
    private static JsonObject Submit(string title, string channelId, string? feedbackKey = null)
    {
        var data = new JsonObject { ["text"] = title };
        if (feedbackKey is not null) data["feedbackKey"] = feedbackKey;
        else if (channelId == "msteams") data["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = title };
        return new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
    }
}
