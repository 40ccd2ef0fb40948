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
/// A reply that showed a numbered sequence of steps (lines "Tahap 1: …", "Tahap 2: …" or "1. …", "2. …") is remembered
/// for the next message, so an ordinal there ("tahap terakhirnya ngapain", "kalau tahap kedua?", "yang pertama
/// gimana", "what happens in the last one?") is read as that step of the sequence — written out as the step's line —
/// before "tahap kedua" can be read as the programme's second year or "terakhir" as the last cohort. The ordinal words
/// and the words that may stand before them are data (entities.json: ordinals, itemBack).
/// </summary>
public sealed partial class SequenceStep(EntityWords words) : IReread, IAnswerAside
{
    private static readonly NextTurnMemory<ShownSequence> Shown = new("memory.lastSequence");

    // Fewer numbered lines are a pair, not a sequence (as the documents' own step order counts them).
    private const int MinSteps = 3;

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
        if (Find(tokens, sequence.Noun) is not var (start, end, value)) return null;
        var index = value < 0 ? sequence.Steps.Count - 1 : value - 1;
        if (index < 0 || index >= sequence.Steps.Count) return null;
        // Pointed into: the sequence stays for the message after ("kalau yang kedua?" then "yang terakhir?").
        Shown.Hold(turn, sequence);
        // A step word's own number ("tahap 9") is how the documents name the step; a plain numbered line by its text.
        var step = sequence.Steps[index];
        var named = sequence.Noun.Length > 0 ? $"{sequence.Noun} {step.Number}" : step.Line;
        return string.Join(' ', tokens[..start].Append(named).Concat(tokens[end..]));
    }

    /// <summary>
    /// Where the ordinal stands: after the sequence's own word ("tahap kedua", "tahap terakhirnya") or a pointing word
    /// ("yang pertama", "the last one"), with those words; null when none does.
    /// </summary>
    private (int Start, int End, int Value)? Find(string[] tokens, string noun)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            var before = tokens[i - 1];
            if (!_itemBack.Contains(before) && !(noun.Length > 0 && before == noun)) continue;
            var start = i - 1;
            // "tahap yang kedua": the step word and a pointing word together.
            if (start > 0 && noun.Length > 0 && tokens[start - 1] == noun && _itemBack.Contains(before)) start--;
            foreach (var (value, phrase) in _ordinals)
                if (OrdinalAt(tokens, i, phrase) is { } end)
                {
                    // "the first one": the filler after an English ordinal goes with it.
                    if (end < tokens.Length && tokens[end] == "one") end++;
                    return (start, end, value);
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
            if (reply.Type == ActivityTypes.Message && !string.IsNullOrEmpty(reply.Text))
                foreach (var raw in reply.Text.Split('\n'))
                    if (StepLine(raw) is { } step) steps.Add(step);
        if (AsSequence(steps) is { } sequence) Shown.Hold(turn, sequence);
    }

    // Numbered 1, 2, 3 … without gaps, under one step word: an order the reply states, not numbers that happen to appear.
    private static ShownSequence? AsSequence(List<(string Noun, int Number, string Line)> steps)
    {
        if (steps.Count < MinSteps || steps.Select(s => s.Noun).Distinct().Count() != 1) return null;
        if (!steps.Select((s, i) => s.Number == i + 1).All(b => b)) return null;
        return new ShownSequence(steps[0].Noun, [.. steps.Select(s => new ShownStep(s.Number, s.Line))]);
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
