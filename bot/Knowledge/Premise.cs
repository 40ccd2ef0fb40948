using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// A question asking to confirm a statement ("… itu Rudiantara kan?", "apakah … ", "… bener gak") states its own
/// answer. When a name it states — a word the documents write as a proper name: a person, a ministry, a venue, a place —
/// is not in the answer shown, that answer does not confirm it: it is about the same event told with another name
/// (the launch passage for "waktu peluncuran, menterinya Johnny Plate ya"), so the wrong element would pass as true.
/// </summary>
public static partial class Premise
{
    /// <summary>
    /// A confirmation question: opened by a truth word, or ended by a tag (knowledge/lexicon/penutup-konfirmasi.txt) with
    /// no question word. The tag is read on the user's own text too: normalizing empties fillers, and "ya" is one.
    /// </summary>
    public static bool Confirms(string normalizedQuestion, string asked)
    {
        var q = Trimmed(normalizedQuestion);
        return Opening.Regex.IsMatch(q) || (Tag.Regex.IsMatch(q) || Tag.Regex.IsMatch(Trimmed(asked.ToLowerInvariant()))) && !QuestionWord.Regex.IsMatch(q);
    }

    private static string Trimmed(string text) => text.Trim().TrimEnd('?', '!', '.', ' ');

    /// <summary>
    /// The first name a confirmation question states that the answer shown (with its headings) lacks, among words at most
    /// <paramref name="maxSections"/> sections have (a name in nearly every section, "Kominfo", confirms nothing); null when none.
    /// </summary>
    public static string? UnconfirmedName(AnalyzedQuestion question, string asked, string answer, KnowledgeIndex index, int maxSections)
    {
        if (maxSections <= 0 || !Confirms(question.Normalized, asked)) return null;
        var proper = ProperNames(index);
        var terms = KnowledgeIndex.TermSetOf(answer);
        return question.Terms.FirstOrDefault(t => t.Known && !t.Generic && !t.NamesYear && !t.Aspect
            && t.Weight >= index.WeightOfSections(maxSections) - 1e-9
            && t.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(proper.Contains)
            && !KnowledgeIndex.Matches(t, terms))?.Words;
    }

    /// <summary>
    /// Words the documents write capitalized inside a sentence (not after a full stop, a colon or at a line start) at least
    /// three times as often as in lower case: names, not everyday words. Computed once per index.
    /// </summary>
    private static HashSet<string> ProperNames(KnowledgeIndex index) => Names.GetValue(index, static i =>
    {
        var upper = new Dictionary<string, int>(StringComparer.Ordinal);
        var lower = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var passage in i.Passages)
            foreach (Match m in Word().Matches(passage.Body))
            {
                if (SentenceStart(passage.Body, m.Index)) continue;
                var key = m.Value.ToLowerInvariant();
                var counts = char.IsUpper(m.Value[0]) ? upper : lower;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        return upper.Where(u => u.Value >= ProperRatio * lower.GetValueOrDefault(u.Key)).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
    });

    private const int ProperRatio = 3;

    // Only the characters before the word: a line start, a list mark or bold, or the end of a sentence.
    private static bool SentenceStart(string text, int at)
    {
        var k = at - 1;
        while (k >= 0 && (text[k] == ' ' || text[k] == '*' || text[k] == '_' || text[k] == '(' || text[k] == '"' || text[k] == '«')) k--;
        return k < 0 || text[k] is '\n' or '.' or '!' or '?' or ':' or '-' or '•' or '—' or '–' or ';';
    }

    private static readonly ConditionalWeakTable<KnowledgeIndex, HashSet<string>> Names = new();

    private static readonly CuePattern Opening = new(@"^(?:{:tanya-kebenaran}|{:pembuka-konfirmasi})\b");

    private static readonly CuePattern Tag = new(@"\b(?:{:penutup-konfirmasi})$");

    // Any question word but the yes/no opener: "kapan … ya" asks a date, it does not confirm one.
    private static readonly CuePattern QuestionWord = new(@"\b(?!(?:{:pembuka-konfirmasi})\b)(?:{:kata-tanya})\b");

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex Word();
}
