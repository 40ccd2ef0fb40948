using System.Text.Json;
using System.Text.RegularExpressions;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Dialogs;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Language;

/// <summary>
/// Puts a turn's replies into English when the user writes English (<see cref="ReplyLanguage"/>). The bot's fixed texts
/// (declines, asks-back, menus, prompts, answers built from the participants' data, source labels) have English versions
/// in knowledge/data/english-replies.json, written by staff as templates whose {placeholders} carry names, years and
/// figures over; a reply none of them matches is a passage of the Indonesian documents and keeps its words under an
/// English lead-in. A text without an English version stays Indonesian: the translation never guesses.
/// </summary>
public static partial class EnglishReplies
{
    public const string FileName = "english-replies.json";

    private static readonly PerLexicon<Table> Tables = new(lexicon => Table.Load(Path.Combine(Path.GetDirectoryName(lexicon.Folder) ?? ".", "data", FileName)));

    /// <summary>Rewrites the queued replies of an English turn.</summary>
    public static void Apply(ITurn turn)
    {
        if (!ReplyLanguage.AnswersInEnglish(turn)) return;
        var table = Tables.Current;
        turn.Rewrite(reply => Translate(reply, table));
    }

    /// <summary>The English of one reply text, with the table of the lexicon in use.</summary>
    public static string Translate(string text) => Tables.Current.Translate(text);

    private static Activity Translate(Activity reply, Table table)
    {
        if (reply.Type != ActivityTypes.Message || reply.Text is not { Length: > 0 } text) return reply;
        var english = table.Translate(text);
        return reply with { Text = english, Summary = reply.Summary == text ? english : reply.Summary };
    }

    /// <param name="Indonesian">The bot's text as it writes it, {name} for what varies.</param>
    /// <param name="English">Its English, with the same {name}s.</param>
    /// <param name="Label">A label inside a reply ("_Sumber: "): translated, but it alone does not make the reply English.</param>
    private sealed record Entry(string Indonesian, string English, bool Label);

    private sealed record FileContent(string LeadIn, List<Entry> Replies);

    private sealed partial class Table(string leadIn, List<(Regex Pattern, string Replacement, bool Label)> entries)
    {
        public static Table Load(string path)
        {
            if (!File.Exists(path)) return new Table("", []);
            var content = JsonSerializer.Deserialize<FileContent>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                ?? new FileContent("", []);
            return new Table(content.LeadIn, content.Replies.Select(e => (Pattern(e.Indonesian), Replacement(e.English), e.Label)).ToList());
        }

        public string Translate(string text)
        {
            var whole = false;
            foreach (var (pattern, replacement, label) in entries)
            {
                var replaced = pattern.Replace(text, replacement);
                if (ReferenceEquals(replaced, text) || replaced == text) continue;
                text = replaced;
                whole |= !label;
            }
            // A passage of the documents (or a text already English, such as the English thanks) needs no lead-in.
            return whole || leadIn.Length == 0 || EnglishCourtesy.IsEnglish(text) ? text : $"{leadIn}\n\n{text}";
        }

        // A {name} is any run of text within one line; the same name again must repeat what it matched.
        private static Regex Pattern(string template)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var pattern = Placeholder().Replace(Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal), m =>
                names.Add(m.Groups[1].Value) ? $"(?<{m.Groups[1].Value}>[^\\n]+?)" : $"\\k<{m.Groups[1].Value}>");
            return new Regex(pattern, RegexOptions.CultureInvariant);
        }

        private static string Replacement(string template) =>
            Placeholder().Replace(template.Replace("$", "$$", StringComparison.Ordinal), m => "${" + m.Groups[1].Value + "}");

        [GeneratedRegex(@"\{(\w+)\}")]
        private static partial Regex Placeholder();
    }
}
