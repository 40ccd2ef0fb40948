using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// The act a "siapa yang &lt;verb&gt; …" question asks the doer of ("siapa yang mengesahkan rencana induknya"): a line that
/// names a region or a body answers "siapa" only when it states that act too (its root or a synonym of it); a line
/// naming the body for another act ("diserahkan Komdigi" for "siapa yang membuka") does not say who did the one asked.
/// Verbs are told by their prefix (knowledge/lexicon/awalan-perbuatan.txt); the act is the question's own term for the
/// verb, so the analysis chain's stems and sinonim.txt's alternatives are what a line may write it as. An everyday verb
/// (kata-umum.txt, perbuatan-umum.txt: "memberi sambutan" is written "menyampaikan sambutan") is no act of its own.
/// </summary>
public static partial class AskedAct
{
    private const string ActPrefixes = "awalan-perbuatan";
    private const string EverydayActs = "perbuatan-umum";
    private static readonly CuePattern WhoDid = new(@"(?:\b(?:{:tanya-orang})\s+yang\s+(?<verb>\p{L}+))|(?:\byang\s+(?<verb>\p{L}+)\b.*\b(?:{:tanya-orang})\s*\??$)", RegexOptions.IgnoreCase);

    /// <summary>The question's term for the act asked the doer of, or null when it asks no act (or the act is no term of it).</summary>
    public static QuestionTerm? Of(AnalyzedQuestion question)
    {
        if (!question.Wants.HasFlag(AnswerType.Person)) return null;
        if (!Lexicon.Current.Lists.TryGetValue(ActPrefixes, out var prefixes)) return null;
        if (WhoDid.Match(question.Normalized) is not { Success: true } match) return null;
        var verb = match.Groups["verb"].Value.ToLowerInvariant();
        if (!prefixes.Any(p => verb.StartsWith(p, StringComparison.Ordinal) && verb.Length > p.Length + 2)) return null;
        // An everyday verb ("mendapat", kata-umum.txt) names no act of its own: "menerima" or "meraih" says the same.
        if (Lexicon.Current.GenericWords.Contains(verb)
            || Lexicon.Current.Lists.TryGetValue(EverydayActs, out var everyday) && everyday.Contains(verb, StringComparer.OrdinalIgnoreCase)) return null;
        return question.Terms.FirstOrDefault(t => t.Words.Split(' ').Contains(verb, StringComparer.OrdinalIgnoreCase) && t.Options.Count > 0);
    }

    /// <summary>Whether the line writes the act in any of the ways the question's term allows.</summary>
    public static bool StatedIn(QuestionTerm act, string line)
    {
        var terms = KnowledgeIndex.TermSetOf(line);
        return act.Options.Any(option => option.All(position => position.Any(terms.Contains)));
    }
}
