using System.Buffers;
using System.Text.Json;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Cards;

/// <summary>
/// Adaptive Card 1.5 rendering of the card models — the highest version Teams renders, and Web Chat renders it too.
/// Only Action.Submit is used (no Action.Execute, which Web Chat lacks); its data carries "text", which the protocol
/// layer reads as the user's words. The markdown text from <see cref="TextCardRenderer"/> stays in text and summary
/// so channels without cards (and any reader of text) still get the full answer and its source.
/// Cards are written straight to UTF-8 JSON (one immutable JsonElement per card): every answer carries one, and a
/// tree of JSON nodes cost more to build than the rest of a remembered answer's turn.
/// </summary>
public sealed class AdaptiveCardRenderer : ICardRenderer
{
    public const string Version = "1.5";

    /// <summary>The default host config's maxActions, which Teams and Web Chat apply.</summary>
    public const int MaxActions = 5;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ProtocolJson.Options.Encoder };
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    public Activity Render(AnswerCard card, string channelId)
    {
        var actions = new List<Submit>(5);
        // Teams drops suggested actions on messages with attachments: there the follow-ups ride on the card.
        if (channelId == "msteams") foreach (var followUp in card.FollowUps.Take(3)) actions.Add(new Submit(followUp, channelId));
        if (card.FeedbackKey is not null)
        {
            actions.Add(new Submit(TextCardRenderer.Helpful, channelId, card.FeedbackKey));
            actions.Add(new Submit(TextCardRenderer.NotHelpful, channelId, card.FeedbackKey));
        }
        var json = Card(actions, w =>
        {
            Heading(w, card.Title);
            if (!string.IsNullOrWhiteSpace(card.Body)) Text(w, card.Body.Trim());
            if (card.Items.Count > 0) Text(w, string.Join("\n", card.Items.Select(i => "- " + i)));
            SourceLine(w, card.Source);
        });
        return Attach(TextCardRenderer.AnswerText(card), json, card.FollowUps, channelId);
    }

    public Activity Render(FactsCard card, string channelId)
    {
        var actions = new List<Submit>(card.Actions.Count + (card.Buttons?.Count ?? 0));
        foreach (var action in card.Actions) actions.Add(new Submit(action, channelId));
        // A button carries its own data: a plain submit, not imBack.
        foreach (var button in card.Buttons ?? []) actions.Add(new Submit(button.Title, "", Data: button.Data));
        var json = Card(actions, w =>
        {
            Heading(w, card.Title);
            if (!string.IsNullOrWhiteSpace(card.Subtitle)) Text(w, card.Subtitle, subtle: true);
            if (card.Facts.Count > 0)
            {
                w.WriteStartObject();
                w.WriteString("type", "FactSet");
                w.WriteStartArray("facts");
                foreach (var (label, value) in card.Facts)
                {
                    w.WriteStartObject();
                    w.WriteString("title", label);
                    w.WriteString("value", value);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            if (!string.IsNullOrWhiteSpace(card.Note)) Text(w, card.Note);
            SourceLine(w, card.Source);
        });
        return Attach(TextCardRenderer.FactsText(card), json, card.Actions, channelId);
    }

    public Activity Render(ChecklistCard card, string channelId)
    {
        var actions = card.Choices.Select(choice => new Submit(choice, channelId)).ToList();
        var json = Card(actions, w =>
        {
            Heading(w, card.Title);
            Text(w, $"Langkah {card.Step} dari {card.StepCount}", subtle: true);
            Progress(w, card.Step, card.StepCount);
            Text(w, card.Question);
            if (!string.IsNullOrWhiteSpace(card.Hint)) Text(w, card.Hint, subtle: true);
        });
        return Attach(TextCardRenderer.ChecklistText(card), json, card.Choices, channelId);
    }

    private static Activity Attach(string fallback, JsonElement card, IEnumerable<string> suggestions, string channelId)
    {
        var activity = Replies.WithAttachment(fallback, new Attachment { ContentType = CardContentTypes.Adaptive, Content = card }, suggestions);
        // Teams shows text and card as two copies of the answer; there the card alone speaks, the summary is the
        // notification/fallback text, and suggested actions are dropped anyway (they ride on the card).
        return channelId == "msteams" ? activity with { Text = null, TextFormat = null, SuggestedActions = null } : activity;
    }

    /// <summary>The card object: body elements, then the actions (in sets of five in the body when there are more).</summary>
    private static JsonElement Card(IReadOnlyList<Submit> actions, Action<Utf8JsonWriter> writeBody)
    {
        // One buffer and writer per thread, reset for each card: only the finished element is allocated.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(8192);
        var w = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        buffer.ResetWrittenCount();
        w.Reset(buffer);
        w.WriteStartObject();
        w.WriteString("type", "AdaptiveCard");
        w.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        w.WriteString("version", Version);
        w.WriteStartArray("body");
        writeBody(w);
        // Hosts (Teams, Web Chat) show at most five actions per set: more choices go into ActionSets of five.
        if (actions.Count > MaxActions)
            for (var i = 0; i < actions.Count; i += MaxActions)
            {
                w.WriteStartObject();
                w.WriteString("type", "ActionSet");
                WriteActions(w, actions.Skip(i).Take(MaxActions));
                w.WriteEndObject();
            }
        w.WriteEndArray();
        if (actions.Count is > 0 and <= MaxActions) WriteActions(w, actions);
        w.WriteEndObject();
        w.Flush();
        var card = JsonElement.Parse(buffer.WrittenSpan);
        // A rare very long card does not pin its buffer to the thread.
        if (buffer.Capacity > 64 * 1024) (t_buffer, t_writer) = (null, null);
        return card;
    }

    private static void WriteActions(Utf8JsonWriter w, IEnumerable<Submit> actions)
    {
        w.WriteStartArray("actions");
        foreach (var action in actions) action.WriteTo(w);
        w.WriteEndArray();
    }

    private static void Heading(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject();
        w.WriteString("type", "TextBlock");
        w.WriteString("text", text);
        w.WriteString("weight", "Bolder");
        w.WriteString("size", "Medium");
        w.WriteBoolean("wrap", true);
        w.WriteString("style", "heading");
        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string text, bool subtle = false)
    {
        w.WriteStartObject();
        w.WriteString("type", "TextBlock");
        w.WriteString("text", text);
        w.WriteBoolean("wrap", true);
        if (subtle) w.WriteBoolean("isSubtle", true);
        w.WriteEndObject();
    }

    private static void SourceLine(Utf8JsonWriter w, string source)
    {
        w.WriteStartObject();
        w.WriteString("type", "TextBlock");
        w.WriteString("text", "Sumber: " + source);
        w.WriteBoolean("wrap", true);
        w.WriteBoolean("isSubtle", true);
        w.WriteString("size", "Small");
        w.WriteString("spacing", "Medium");
        w.WriteBoolean("separator", true);
        w.WriteEndObject();
    }

    /// <summary>A progress bar from two columns (Adaptive Cards has no progress element in 1.5).</summary>
    private static void Progress(Utf8JsonWriter w, int step, int count)
    {
        count = Math.Max(1, count);
        var done = Math.Clamp(step, 0, count);
        w.WriteStartObject();
        w.WriteString("type", "ColumnSet");
        w.WriteStartArray("columns");
        Bar(w, done, "accent");
        if (done < count) Bar(w, count - done, "emphasis");
        w.WriteEndArray();
        w.WriteString("spacing", "Small");
        w.WriteEndObject();

        static void Bar(Utf8JsonWriter w, int weight, string style)
        {
            w.WriteStartObject();
            w.WriteString("type", "Column");
            w.WriteString("width", weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("style", style);
            w.WriteString("minHeight", "6px");
            w.WriteStartArray("items");
            w.WriteStartObject();
            w.WriteString("type", "TextBlock");
            w.WriteString("text", " ");
            w.WriteString("size", "Small");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    /// <summary>
    /// A button that sends its title back as the user's words. Object data: Web Chat posts it as a hidden postBack
    /// and it arrives as ITurn.Text. In Teams a click that is a message uses imBack, so it shows in the chat as the
    /// user's message; feedback stays a plain submit (its key travels in value, and "👍" alone is no message).
    /// </summary>
    private sealed record Submit(string Title, string ChannelId, string? FeedbackKey = null, IReadOnlyDictionary<string, string>? Data = null)
    {
        public void WriteTo(Utf8JsonWriter w)
        {
            w.WriteStartObject();
            w.WriteString("type", "Action.Submit");
            w.WriteString("title", Title);
            w.WriteStartObject("data");
            w.WriteString("text", Data is not null && Data.TryGetValue("text", out var text) ? text : Title);
            if (FeedbackKey is not null) w.WriteString("feedbackKey", FeedbackKey);
            else if (ChannelId == "msteams")
            {
                w.WriteStartObject("msteams");
                w.WriteString("type", "imBack");
                w.WriteString("value", Title);
                w.WriteEndObject();
            }
            foreach (var (key, value) in Data ?? EmptyData)
            {
                if (key == "text") continue;
                w.WriteString(key, value);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }

        private static readonly Dictionary<string, string> EmptyData = [];
    }
}
