using System.Text.RegularExpressions;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// "referensinya apa?", "ada tautannya?", "beritanya bisa dibaca di mana?" right after an answer: the question is
/// about that answer, so its source (every answer names one) is said again, with its links, rather than the message
/// searched as a question about the programme. Only a message that names nothing else (the rest is elliptic, as a
/// topic follow-up) and only when the last reply named a source. The words are data: knowledge/lexicon/tanya-sumber.txt
/// and tanya-tautan.txt.
/// </summary>
public sealed class SourceFollowUp(QuestionAnswerer answerer, KnowledgeBase knowledge) : IAnswerAside
{
    /// <summary>Conversation state: the source the last reply named.</summary>
    public const string SourceKey = "answer.source";

    /// <summary>Conversation state: some reply of this conversation named a source.</summary>
    public const string SourceNamedKey = "answer.sourceNamed";

    // An aside is short; a longer message asks something of its own.
    private const int MaxWords = 8;

    private static readonly Regex SourceLine = new(@"_?Sumber:\s*(?<source>[^\n]+?)_?\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Link = new(@"https?://\S+", RegexOptions.CultureInvariant);

    // The phrases of tanya-sumber.txt or tanya-tautan.txt, with or without "-nya" ("sumbernya", "link-nya", "link nya").
    private static readonly CuePattern Source = new(@"\b(?:{:tanya-sumber}|{:tanya-tautan})(?:\s*-?\s*nya)?\b", RegexOptions.IgnoreCase);
    private static readonly CuePattern AsksLink = new(@"\b{:tanya-tautan}(?:\s*-?\s*nya)?\b", RegexOptions.IgnoreCase);

    // "boleh minta", "tolong kasih" (pembuka-permintaan.txt): how the source is asked for, not a subject of its own.
    private static readonly CuePattern RequestWords = new(@"\b(?:{:pembuka-permintaan})\b", RegexOptions.IgnoreCase);

    public bool Answers(ITurn turn, Recognition read)
    {
        if (turn.ConversationState.Get<string>(SourceKey) is not { Length: > 0 } source) return NoAnswerYet(turn);
        var all = AllSourcesOf(turn, source, turn.Text);
        if (!AsksSource(turn.Text, out var asksLink, all is null ? [source] : [source, .. all])) return false;
        var reply = all is { Count: > 0 }
            ? $"Jawaban saya sebelumnya berasal dari bagian \"{all[0]}\", yang bersumber dari:\n\n" + string.Join("\n", all.Skip(1).Select(s => "- " + s))
            : $"Jawaban saya sebelumnya bersumber dari: {source}";
        if (asksLink && !Link.IsMatch(source))
            reply += "\n\nTautan (link) sumber itu tidak tercatat dalam data kami; carilah judul atau nama media di atas dengan mesin pencari.";
        turn.Send(Replies.Text(reply));
        return true;
    }

    /// <summary>
    /// "sumbernya apa?" before any answer named a source: no answer to trace yet, so what the bot answers from is said
    /// (its documents by title, the participants' data) instead of the message searched as a question about the programme.
    /// </summary>
    private bool NoAnswerYet(ITurn turn)
    {
        // After a reply without a source (a greeting, a decline) that followed answers, the earlier answers had sources:
        // the message is then searched as before.
        if (turn.ConversationState.Get<bool>(SourceNamedKey) || !AsksSource(turn.Text, out _, [])) return false;
        var titles = knowledge.Loaded?.Passages.Select(p => p.DocumentTitle).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var named = string.Join("; ", titles.Take(MaxTitlesNamed)) + (titles.Count > MaxTitlesNamed ? $"; dan {titles.Count - MaxTitlesNamed} dokumen lain" : "");
        turn.Send(Replies.Text(
            "Belum ada jawaban dalam percakapan ini yang bisa saya sebutkan sumbernya. Saya menjawab dari " +
            (titles.Count > 0 ? $"{titles.Count} dokumen program ({named}) " : "dokumen program ") +
            "serta data peserta per tahun, yang dihimpun dari pemberitaan dan situs resmi. Setiap jawaban menyebut sumbernya " +
            "beserta tautannya bila ada. Silakan ajukan pertanyaan Anda, lalu tanyakan \"sumbernya?\" untuk melihat sumber jawaban itu."));
        return true;
    }

    private const int MaxTitlesNamed = 5;

    // A documents' answer names two of its section's sources ("… dan 20 sumber lain"): asked for its sources, all are listed.
    private const int MaxSourcesListed = 15;

    private List<string>? AllSourcesOf(ITurn turn, string source, string asked)
    {
        if (turn.ConversationState.Get<LastAnswer>(KnowledgeStreams.LastAnswerKey) is not { } last
            || knowledge.Loaded?.Find(last.PassageId) is not { Sources.Count: > 0 } passage
            || AnswerComposer.SourceLine(passage) != source) return null;
        var where = string.Join(" › ", new[] { passage.DocumentTitle }.Concat(passage.Headings));
        // An outlet the user named ("link cnn-nya") comes first, so the cap on the list never leaves it out.
        var named = SourceWord.Matches(Source.Replace(asked.ToLowerInvariant(), " ")).Select(m => m.Value).Where(w => w.Length >= MinSourceWordLength).ToList();
        var ordered = passage.Sources.OrderBy(s => named.Any(w => SourceWord.Matches(s.ToLowerInvariant()).Any(m => m.Value.StartsWith(w, StringComparison.Ordinal))) ? 0 : 1);
        return [where, .. ordered.Take(MaxSourcesListed)];
    }

    /// <summary>
    /// The message asks where the last answer came from and names nothing else but that answer's own sources
    /// (<paramref name="sources"/>: "link berita kompasnya ada?" names the outlet the answer cited, not a new subject).
    /// </summary>
    public bool AsksSource(string text, out bool asksLink, IReadOnlyCollection<string>? sources = null)
    {
        var lower = text.ToLowerInvariant();
        asksLink = AsksLink.IsMatch(lower);
        if (!Source.IsMatch(lower) || KnowledgeIndex.QuestionWords(lower).Count > MaxWords) return false;
        // What is left once the source words are gone must name no subject of its own ("sumber dana" asks about funding).
        var rest = RequestWords.Replace(WithoutSourceNames(Source.Replace(lower, " "), sources), " ").Trim() + " ?";
        return TopicFollowUp.IsElliptic(answerer.Analyze(rest), rest);
    }

    // A word of the cited sources (an outlet, the start of a word of its address: "cnn" of "cnnindonesia") points at
    // them; shorter words ("di", "ya") could be anywhere.
    private const int MinSourceWordLength = 3;

    private static string WithoutSourceNames(string rest, IReadOnlyCollection<string>? sources)
    {
        if (sources is not { Count: > 0 }) return rest;
        var cited = SourceWord.Matches(string.Join("\n", sources).ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        bool Cited(string word) => word.Length >= MinSourceWordLength && cited.Any(c => c.StartsWith(word, StringComparison.Ordinal));
        return string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Cited(w.TrimEnd('?', '!', '.', ',')) && !Cited(Possessive.Replace(w.TrimEnd('?', '!', '.', ','), ""))));
    }

    private static readonly Regex SourceWord = new(@"\p{L}[\p{L}\p{N}]*", RegexOptions.CultureInvariant);
    private static readonly Regex Possessive = new(@"-?nya$", RegexOptions.CultureInvariant);

    private static IEnumerable<string> TextsOf(Activity reply)
    {
        if (!string.IsNullOrEmpty(reply.Text)) return [reply.Text];
        return (reply.Attachments ?? []).Select(a => ProtocolJson.AsElement(a.Content)).Where(c => c is not null)
            .SelectMany(c => Strings(c!.Value));
    }

    private static IEnumerable<string> Strings(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [element.GetString() ?? ""],
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    public void Remember(ITurn turn)
    {
        var sent = false;
        string? source = null;
        foreach (var reply in turn.Outbox)
        {
            if (reply.Type != ActivityTypes.Message) continue;
            sent = true;
            // The text, or where a channel shows only the card (Teams), the card's own source line.
            // Every turn passes here: the cheap test first, the regex only on a reply that names a source.
            foreach (var text in TextsOf(reply))
                if (text.IndexOf("Sumber:", StringComparison.Ordinal) is var at and >= 0
                    && SourceLine.Match(text, Math.Max(0, at - 1)) is { Success: true } match) // no match starts before "_Sumber:"
                    source = match.Groups["source"].Value.Trim();
        }
        if (source is not null)
        {
            turn.ConversationState.Set(SourceKey, source);
            turn.ConversationState.Set(SourceNamedKey, true);
        }
        // A reply without a source (a greeting, a form question) leaves nothing to ask the source of.
        else if (sent) turn.ConversationState.Remove(SourceKey);
    }
}
