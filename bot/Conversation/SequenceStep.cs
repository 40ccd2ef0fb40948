using System.Text.RegularExpressions;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>One numbered step of a sequence a reply showed ("Tahap 2: Penetapan daerah terpilih").</summary>
public sealed record ShownStep(int Number, string Line);

/// <summary>The numbered steps a reply showed, in order, and the word that numbers them ("tahap", "langkah"; empty for "1. …").</summary>
public sealed record ShownSequence(string Noun, IReadOnlyList<ShownStep> Steps);

/// <summary>
/// A reply that showed a numbered sequence of steps (lines "Tahap 1: …", "Tahap 2: …" or "1. …", "2. …", in its text or
/// its cards) is remembered for the next message, so an ordinal there ("tahap terakhirnya ngapain", "kalau tahap
/// kedua?", "langkah ke-3", "yang pertama gimana", "what happens in the last one?") is read as that step of the
/// sequence — written out as the step's label or line — before "tahap kedua" can be read as the programme's second year
/// or "terakhir" as the last cohort. After the step word the number is the label's ("langkah keenam" is "Langkah 6"
/// wherever the list starts); after a pointing word it counts the lines shown ("yang kedua"). The ordinal words and the
/// words that may stand before them are data (entities.json: ordinals, itemBack). The one reader of an ordinal into a
/// shown sequence: <see cref="ListMemory"/> reads ordinals into any other list.
/// </summary>
public sealed partial class SequenceStep(EntityWords words) : IReread, IAnswerAside
{
    private static readonly NextTurnMemory<ShownSequence> Shown = new("memory.lastSequence");

    // Fewer plainly numbered lines are a pair, not a sequence (as the documents' own step order counts them); lines each
    // labelled by one step word and its number ("Tahap 1: …", "Tahap 2: …") are steps even as two.
    private const int MinSteps = 3;
    private const int MinLabelledSteps = 2;

    // Numbered labels run as far as the lists the bot shows ("Tahap 9"); a larger figure is a year or a count.
    private const int MaxLabelNumber = 30;

    private readonly (int Value, string[] Words)[] _ordinals = words.OrdinalPhrases();
    private readonly HashSet<string> _itemBack = PhraseList.Words(words.ItemBack);

    public RereadStage Stage => RereadStage.Reference;

    /// <summary>The message with its ordinal (and the step word before it) replaced by the step's line; null when it points at no shown step.</summary>
    public string? Rewrite(ITurn turn, Recognition read)
    {
        var entities = read.Entities;
        if (Shown.Before(turn) is not { } sequence || entities is not { Year: null, Cohort: null, Pillar: null } || !entities.Regions.IsEmpty
            || entities.Regions.Province is not null) return null;
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Find(tokens, sequence.Noun) is not var (start, end, value, byLabel)) return null;
        var index = value < 0 ? sequence.Steps.Count - 1
            : byLabel ? sequence.Steps.ToList().FindIndex(s => s.Number == value) : value - 1;
        if (index < 0 || index >= sequence.Steps.Count) return null;
        // Pointed into: the sequence stays for the message after ("kalau yang kedua?" then "yang terakhir?").
        Shown.Hold(turn, sequence);
        // A step word's own number ("tahap 9") is how the documents name the step; a plain numbered line by its text.
        var step = sequence.Steps[index];
        var named = sequence.Noun.Length > 0 ? $"{sequence.Noun} {step.Number}" : step.Line;
        return string.Join(' ', tokens[..start].Append(named).Concat(tokens[end..]));
    }

    /// <summary>
    /// Where the ordinal stands: after the sequence's own word ("tahap kedua", "tahap terakhirnya", "langkah 3") or a
    /// pointing word ("yang pertama", "the last one"), with those words, and whether it names a step by its label's
    /// number (right after the step word) rather than by its place in the list; null when none does.
    /// </summary>
    private (int Start, int End, int Value, bool ByLabel)? Find(string[] tokens, string noun)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            var before = tokens[i - 1];
            var afterNoun = noun.Length > 0 && before == noun;
            if (!_itemBack.Contains(before) && !afterNoun) continue;
            var start = i - 1;
            // "tahap yang kedua": the step word and a pointing word together.
            if (start > 0 && noun.Length > 0 && tokens[start - 1] == noun && _itemBack.Contains(before)) start--;
            var labelled = noun.Length > 0 && tokens[start] == noun;
            // "langkah 3": a step word and a figure name the step labelled so.
            if (afterNoun && int.TryParse(tokens[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var figure)
                && figure is >= 1 and <= MaxLabelNumber)
                return (start, i + 1, figure, true);
            foreach (var (value, phrase) in _ordinals)
                if (OrdinalAt(tokens, i, phrase) is { } end)
                {
                    // "the first one": the filler after an English ordinal goes with it.
                    if (end < tokens.Length && tokens[end] == "one") end++;
                    return (start, end, value, labelled);
                }
        }
        return null;
    }

    // The ordinal's words at i, the last one also with "-nya" ("terakhirnya"); the index after them, or null.
    private static int? OrdinalAt(string[] tokens, int i, string[] phrase)
    {
        if (i + phrase.Length > tokens.Length) return null;
        for (var k = 0; k < phrase.Length; k++)
        {
            var token = tokens[i + k];
            var last = k == phrase.Length - 1;
            if (token != phrase[k] && !(last && token == phrase[k] + "nya")) return null;
        }
        return i + phrase.Length;
    }

    /// <summary>Nothing is answered aside: the sequence is only read by <see cref="Rewrite"/>.</summary>
    public bool Answers(ITurn turn, Recognition read) => false;

    /// <summary>After the turn: the sequence its replies showed is kept for the next message; an earlier one is forgotten.</summary>
    public void Remember(ITurn turn)
    {
        Shown.Expire(turn);
        var steps = new List<(string Noun, int Number, string Line)>();
        foreach (var reply in turn.Outbox)
            if (reply.Type == ActivityTypes.Message)
                foreach (var text in ListMemory.TextsOf(reply))
                    foreach (var raw in text.Split('\n'))
                        if (StepLine(raw) is { } step) steps.Add(step);
        if (AsSequence(steps) is { } sequence) Shown.Hold(turn, sequence);
    }

    // Under one step word, each number once and rising ("Tahap 4", "Tahap 5" … of a later part of the year); plain
    // numbered lines 1, 2, 3 … without gaps: an order the reply states, not numbers that happen to appear.
    private static ShownSequence? AsSequence(List<(string Noun, int Number, string Line)> steps)
    {
        if (steps.Count < MinLabelledSteps || steps.Select(s => s.Noun).Distinct().Count() != 1) return null;
        var rising = steps[0].Noun.Length > 0
            ? steps.Zip(steps.Skip(1)).All(p => p.Second.Number > p.First.Number)
            : steps.Count >= MinSteps && steps.Select((s, i) => s.Number == i + 1).All(b => b);
        return rising ? new ShownSequence(steps[0].Noun, [.. steps.Select(s => new ShownStep(s.Number, s.Line))]) : null;
    }

    /// <summary>"- Tahap 2: Penetapan …" → ("tahap", 2, "Tahap 2: Penetapan …"); "3. Penyusunan …" → ("", 3, "Penyusunan …").</summary>
    internal static (string Noun, int Number, string Line)? StepLine(string raw)
    {
        var line = raw.Trim().TrimStart('-', '•', ' ').Replace("**", "", StringComparison.Ordinal).Trim();
        if (NounStep().Match(line) is { Success: true } named)
            return (named.Groups["noun"].Value.ToLowerInvariant(), int.Parse(named.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), line.TrimEnd('.', ';'));
        if (NumberedStep().Match(line) is { Success: true } numbered && !raw.TrimStart().StartsWith('-'))
            return ("", int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), numbered.Groups["name"].Value.TrimEnd('.', ';'));
        return null;
    }

    [GeneratedRegex(@"^(?<noun>\p{L}+)\s+(?<n>\d{1,2})\s*[:.)]\s+\S")]
    private static partial Regex NounStep();

    [GeneratedRegex(@"^(?<n>\d{1,2})[.)]\s+(?<name>\p{L}.+)$")]
    private static partial Regex NumberedStep();
}
