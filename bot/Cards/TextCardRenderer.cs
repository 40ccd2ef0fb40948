using System.Text;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Cards;

/// <summary>Markdown text rendering of the card models: the fallback for channels without cards.</summary>
public sealed class TextCardRenderer : ICardRenderer
{
    public const string Helpful = "👍 Membantu";
    public const string NotHelpful = "👎 Kurang membantu";

    public Activity Render(AnswerCard card, string channelId) =>
        Replies.Text(AnswerText(card), card.FeedbackKey is null ? card.FollowUps : [.. card.FollowUps, Helpful, NotHelpful]);

    public Activity Render(FactsCard card, string channelId) =>
        Replies.Text(FactsText(card), [.. card.Actions, .. (card.Buttons ?? []).Select(b => b.Title)]);

    public Activity Render(ChecklistCard card, string channelId) => Replies.Text(ChecklistText(card), card.Choices);

    public static string AnswerText(AnswerCard card)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(card.Body)) text.AppendLine(card.Body.Trim());
        if (card.Items.Count > 0)
        {
            if (text.Length > 0) text.AppendLine();
            foreach (var item in card.Items) text.Append("- ").AppendLine(item);
        }
        text.AppendLine().Append("_Sumber: ").Append(card.Source).Append('_');
        return text.ToString();
    }

    public static string FactsText(FactsCard card)
    {
        var text = new StringBuilder().Append("**").Append(card.Title).AppendLine("**");
        if (!string.IsNullOrWhiteSpace(card.Subtitle)) text.AppendLine(card.Subtitle);
        text.AppendLine();
        foreach (var (label, value) in card.Facts) text.Append("- **").Append(label).Append(":** ").AppendLine(value);
        if (!string.IsNullOrWhiteSpace(card.Note)) text.AppendLine().AppendLine(card.Note);
        text.AppendLine().Append("_Sumber: ").Append(card.Source).Append('_');
        return text.ToString();
    }

    public static string ChecklistText(ChecklistCard card)
    {
        var text = new StringBuilder().Append("**").Append(card.Title).Append("** (").Append(card.Step).Append('/').Append(card.StepCount).AppendLine(")")
            .AppendLine().AppendLine(card.Question);
        if (!string.IsNullOrWhiteSpace(card.Hint)) text.AppendLine().Append('_').Append(card.Hint).Append('_');
        return text.ToString().TrimEnd();
    }
}
