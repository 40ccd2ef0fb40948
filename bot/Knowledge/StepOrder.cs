using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>One numbered section of a document's sequence ("Tahap 4: Training of Trainers (ToT) untuk pendamping").</summary>
public sealed record Step(Passage Passage, string Noun, int Number, string Name, IReadOnlySet<string> Terms);

/// <summary>
/// The order of steps the documents number: consecutive sections of one document headed "&lt;word&gt; 1: …",
/// "&lt;word&gt; 2: …" (Tahap 1 … Tahap 9) are a sequence, and the numbers are the evidence of order. A question asking
/// only which step comes after or before one ("setelah MoU tahap apa?", "sebelum bimtek ngapain?") or, right after an
/// answer from a step, a bare "selanjutnya?" / "sebelumnya?" is answered by the neighbouring step, not by the section
/// that merely shares the step's words. The words are data: penanda-sesudah.txt, penanda-sebelum.txt (order words
/// before a step), langkah-sesudahnya.txt, langkah-sebelumnya.txt (bare next/previous, read as <see cref="BareStep"/>) and tanya-langkah.txt (the
/// only other words such a question may have).
/// </summary>
public static partial class StepOrder
{
    // A sequence has at least this many numbered sections; two are a pair, not an order.
    private const int MinSteps = 3;

    // A step question is short; a longer message says more than which step.
    private const int MaxWords = 12;

    [GeneratedRegex(@"^(?<noun>\p{L}+)\s+(?<n>\d{1,2})\s*:\s*(?<name>.+)$")]
    private static partial Regex NumberedHeading();

    // "… — tanggal setiap angkatan", "(tanggal per tahun)": what the section adds, not the step's name.
    [GeneratedRegex(@"\s+(?:—|–)\s+.*$|\s*\([^)]*\)\s*$")]
    private static partial Regex HeadingTail();

    // "terus?", "lalu?": the next step only when nothing else is said (langkah-lanjut-saja.txt); "terus kapan?" asks something else.
    private static readonly CuePattern OnlyNextCue = new(@"^\s*(?:{:langkah-lanjut-saja})\s*\??\s*$", RegexOptions.IgnoreCase);
    private static readonly CuePattern AfterCue = new(@"\b{:penanda-sesudah}\s+(?<what>[^,.;:!?]+)", RegexOptions.IgnoreCase);
    private static readonly CuePattern BeforeCue = new(@"\b{:penanda-sebelum}\s+(?<what>[^,.;:!?]+)", RegexOptions.IgnoreCase);

    private static readonly ConditionalWeakTable<KnowledgeIndex, IReadOnlyList<Step>> StepsOf = new();

    private static readonly PerLexicon<HashSet<string>> AskingTerms = new(lexicon =>
        new[] { "tanya-langkah", "langkah-sesudahnya", "langkah-sebelumnya", "penanda-sesudah", "penanda-sebelum" }
            .SelectMany(f => lexicon.Lists.TryGetValue(f, out var list) ? list : [])
            .SelectMany(KnowledgeIndex.TermsOf).ToHashSet(StringComparer.Ordinal));

    // "tahap itu", "tahap tersebut": the step just answered (kata-itu.txt, penunjuk-balik.txt).
    private static readonly CuePattern PointedCue = new(@"\b(?<noun>\p{L}+)(?:nya)?\s+(?:{:kata-itu}|{:penunjuk-balik})\b", RegexOptions.IgnoreCase);

    /// <summary>
    /// How long "that stage" takes, right after an answer from a step: the question with the step's name in place of the
    /// pointing words, so it is asked of that step. Null when it points at nothing of the kind.
    /// </summary>
    public static string? Pointed(string normalized, Passage? earlier, KnowledgeIndex index)
    {
        if (earlier is null || Steps(index).FirstOrDefault(s => s.Passage.Id == earlier.Id) is not { } step) return null;
        var m = PointedCue.Match(normalized);
        while (m.Success && !m.Groups["noun"].Value.Equals(step.Noun, StringComparison.OrdinalIgnoreCase)) m = m.NextMatch();
        return m.Success ? normalized[..m.Index] + step.Name + normalized[(m.Index + m.Length)..] : null;
    }

    /// <summary>The numbered steps of the index's documents, in order (each sequence whole, documents in index order).</summary>
    public static IReadOnlyList<Step> Steps(KnowledgeIndex index) => StepsOf.GetValue(index, i => Sequences(i.Passages));

    internal static IReadOnlyList<Step> Sequences(IReadOnlyList<Passage> passages)
    {
        var steps = new List<Step>();
        foreach (var document in passages.GroupBy(p => p.DocumentPath))
        foreach (var run in document.Select(AsStep).OfType<Step>().GroupBy(s => s.Noun.ToLowerInvariant()))
        {
            var numbered = run.OrderBy(s => s.Number).ToList();
            // 1, 2, 3 … without gaps or repeats: an order the document states, not numbers that happen to appear.
            if (numbered.Count >= MinSteps && numbered.Select((s, i) => s.Number == i + 1).All(b => b)) steps.AddRange(numbered);
        }
        return steps;
    }

    private static Step? AsStep(Passage passage)
    {
        if (NumberedHeading().Match(passage.Heading) is not { Success: true } m) return null;
        var name = HeadingTail().Replace(m.Groups["name"].Value.Trim(), "");
        var terms = KnowledgeIndex.TermsOf(name);
        return terms.Count == 0 ? null : new Step(passage, m.Groups["noun"].Value, int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), name, terms);
    }

    /// <summary>
    /// The step before or after the one the question names, or the one the last answer came from. Null when the
    /// question asks anything else, names no step of a sequence, or the neighbour does not exist.
    /// </summary>
    public static KnowledgeAnswer? Answer(string question, string normalized, Passage? earlier, KnowledgeIndex index)
    {
        var steps = Steps(index);
        if (steps.Count == 0 || KnowledgeIndex.QuestionWords(normalized).Count > MaxWords) return null;
        // "terus?" is read as written: the normalized text drops such a word as filler.
        var onlyNext = earlier is not null && OnlyNextCue.IsMatch(question) && StepOf(earlier, steps) is { } current ? (current, true) : ((Step, bool)?)null;
        if ((onlyNext ?? Asked(normalized, earlier, steps)) is not var (from, after)) return null;
        var to = steps.FirstOrDefault(s => s.Passage.DocumentPath == from.Passage.DocumentPath && s.Noun == from.Noun && s.Number == from.Number + (after ? 1 : -1));
        return to is null ? Edge(question, from, after, index) : Neighbour(question, from, to, after, index);
    }

    /// <summary>Which step the question starts from and in which direction it asks.</summary>
    internal static (Step From, bool After)? Asked(string normalized, Passage? earlier, IReadOnlyList<Step> steps)
    {
        var asking = AskingTerms.Current;
        var after = AfterCue.Match(normalized);
        var before = BeforeCue.Match(normalized);
        var cue = after.Success && (!before.Success || after.Index <= before.Index) ? after : before;
        if (cue.Success && Named(normalized, cue.Groups["what"].Value, steps, asking) is { } named) return (named, cue == after);
        // Bare: "selanjutnya?", "setelah itu?", "sebelumnya apa?" after an answer from a step.
        if (earlier is null || StepOf(earlier, steps) is not { } current) return null;
        if (KnowledgeIndex.TermsOf(normalized).Any(t => !asking.Contains(t))) return null;
        var next = BareStep.Current.AsksAfter(normalized) || (after.Success && KnowledgeIndex.TermsOf(after.Groups["what"].Value).All(asking.Contains));
        var previous = BareStep.Current.AsksBefore(normalized) || (before.Success && KnowledgeIndex.TermsOf(before.Groups["what"].Value).All(asking.Contains));
        return next == previous ? null : (current, next);
    }

    /// <summary>
    /// "tahap 2?", "kalau tahap 3 apa": the step a sequence numbers so, asked with nothing but asking words besides the
    /// step's own name; answered by that step's section rather than by a section that merely lists the steps. A step
    /// noun shared by two sequences names none of them. Null when the message says more, or no such step exists.
    /// </summary>
    public static KnowledgeAnswer? Numbered(string question, string normalized, KnowledgeIndex index)
    {
        var steps = Steps(index);
        var words = KnowledgeIndex.QuestionWords(normalized.ToLowerInvariant());
        if (steps.Count == 0 || words.Count > MaxWords) return null;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!int.TryParse(words[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)) continue;
            var named = steps.Where(s => s.Noun.Equals(words[i], StringComparison.OrdinalIgnoreCase) && s.Number == number).ToList();
            if (named is not [var step]) continue;
            var asking = AskingTerms.Current;
            var rest = words.Where((_, k) => k != i && k != i + 1).SelectMany(KnowledgeIndex.TermsOf);
            if (!rest.All(t => asking.Contains(t) || step.Terms.Contains(t))) return null;
            var noun = step.Noun.ToLowerInvariant();
            return Composed(question, step, $"**{Capital(noun)} {step.Number}: {step.Name}**.", index);
        }
        return null;
    }

    /// <summary>
    /// The step an answer came from: its own section, or a section elsewhere whose heading opens with the head word of
    /// exactly one step's name ("Surat undangan … 2024" is the letter of "penetapan dan undangan peserta melalui surat",
    /// "Bimtek 2019: …" the bimtek step), so "abis itu?" after one cohort's event asks the step after that event's.
    /// A heading opening with a question or a general word ("Apa itu masterplan …") is no step's event.
    /// </summary>
    internal static Step? StepOf(Passage earlier, IReadOnlyList<Step> steps)
    {
        if (steps.FirstOrDefault(s => s.Passage.Id == earlier.Id) is { } own) return own;
        var first = KnowledgeIndex.QuestionWords(earlier.Heading.ToLowerInvariant()).FirstOrDefault();
        if (first is null || KnowledgeIndex.TermsOf(first) is not { Count: > 0 } head || head.Any(AskingTerms.Current.Contains)) return null;
        return steps.Where(s => s.Terms.Overlaps(head)).ToList() is [var only] ? only : null;
    }

    /// <summary>
    /// The step whose name has the words after the order word ("setelah penyusunan masterplan"), its first word at
    /// least; the question may have no other words than asking ones ("tahap apa", "ngapain"). Null when none or two fit.
    /// </summary>
    private static Step? Named(string normalized, string what, IReadOnlyList<Step> steps, HashSet<string> asking)
    {
        // "sebelum 2022" bounds a time, not a step.
        if (what.TrimStart().Length == 0 || char.IsDigit(what.TrimStart()[0])) return null;
        // In the order written: the first word is the step's head ("bimtek" of "bimtek tahap terakhir").
        var named = KnowledgeIndex.QuestionWords(what).SelectMany(KnowledgeIndex.TermsOf).Where(t => !asking.Contains(t)).Distinct().ToList();
        if (named.Count == 0) return null;
        var fits = steps.Where(s => s.Terms.Contains(named[0]))
            .Select(s => (Step: s, Shared: named.Count(s.Terms.Contains))).OrderByDescending(x => x.Shared).ToList();
        if (fits.Count == 0 || (fits.Count > 1 && fits[1].Shared == fits[0].Shared)) return null;
        var step = fits[0].Step;
        var done = DoneVerbs(what, asking);
        return KnowledgeIndex.TermsOf(normalized).All(t => asking.Contains(t) || step.Terms.Contains(t) || done.Contains(t)) ? step : null;
    }

    /// <summary>
    /// "setelah MoU ditandatangani", "setelah masterplan disusun": a passive verb (awalan-pasif.txt) right after a word
    /// of the step only says the step was done. After an asking word ("apa yang ditandatangani") it asks something else.
    /// </summary>
    private static HashSet<string> DoneVerbs(string what, HashSet<string> asking)
    {
        var prefixes = Lexicon.Current.Lists.TryGetValue("awalan-pasif", out var list) ? list : [];
        var words = KnowledgeIndex.QuestionWords(what);
        var done = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < words.Count; i++)
        {
            var before = KnowledgeIndex.TermsOf(words[i - 1]);
            if (before.Count == 0 || before.Any(asking.Contains)) break;
            if (prefixes.Any(p => words[i].StartsWith(p, StringComparison.Ordinal) && words[i].Length > p.Length + 3)) done.UnionWith(KnowledgeIndex.TermsOf(words[i]));
        }
        return done;
    }

    // "tahap 9", "langkah 2": a step word and its number in a question.
    [GeneratedRegex(@"(?<!\p{L})(?<noun>\p{L}+)\s+(?<n>\d{1,2})(?!\d)")]
    private static partial Regex NumberedStep();

    /// <summary>
    /// "tahap 9 ngapain", "kalau tahap 2?" right after an answer that listed the steps by number ("Tahap 9: …" among its
    /// lines): that step's own section, not the list again nor another series' part of that number. The question may
    /// say nothing else of its own (a subject of its own is asked as usual). Null when it names no listed step.
    /// </summary>
    public static KnowledgeAnswer? Listed(string question, string normalized, Passage? earlier, KnowledgeIndex index)
    {
        if (earlier is null) return null;
        var steps = Steps(index);
        foreach (Match m in NumberedStep().Matches(normalized))
        {
            var number = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (steps.Where(s => s.Noun.Equals(m.Groups["noun"].Value, StringComparison.OrdinalIgnoreCase) && s.Number == number).ToList() is not [var step]
                || step.Passage.Id == earlier.Id) continue;
            // The earlier answer listed this very step by its number.
            if (!Regex.IsMatch(earlier.Body, $@"(?<!\p{{L}}){Regex.Escape(step.Noun)}\s+{number}\s*:", RegexOptions.IgnoreCase)) continue;
            var rest = $"{normalized[..m.Index]} {normalized[(m.Index + m.Length)..]}".Trim();
            var analyzed = index.Analyze(rest);
            if (!TopicFollowUp.IsElliptic(analyzed, rest) && analyzed.Terms.Any(t => t.Weight > 0 && t.Known && !QuestionCues.IsGenericWord(t.Words))) return null;
            var noun = step.Noun.ToLowerInvariant();
            // The conversation goes on from the question as asked ("tahap 3 itu apa"): the step's number and the section
            // answered lead a follow-up ("kapan untuk angkatan 2017?"); the heading's words alone would pull it to another
            // year's section of the same name.
            return Composed(question, step, $"**{Capital(noun)} {step.Number}: {step.Name}**.", index) with { ReadAs = null };
        }
        return null;
    }

    private static KnowledgeAnswer Neighbour(string question, Step from, Step to, bool after, KnowledgeIndex index)
    {
        var noun = from.Noun.ToLowerInvariant();
        var lead = after
            ? $"Sesudah {noun} {from.Number} ({from.Name}), {noun} berikutnya adalah **{noun} {to.Number}: {to.Name}**."
            : $"Sebelum {noun} {from.Number} ({from.Name}), ada **{noun} {to.Number}: {to.Name}**.";
        return Composed(question, to, lead, index);
    }

    // The first step has nothing before it; after the last, the documents' other sections say what follows (ranked as usual).
    private static KnowledgeAnswer? Edge(string question, Step from, bool after, KnowledgeIndex index)
    {
        if (after) return null;
        var noun = from.Noun.ToLowerInvariant();
        return Composed(question, from, $"**{Capital(noun)} {from.Number}: {from.Name}** adalah {noun} pertama; tidak ada {noun} lain sebelumnya dalam urutan ini.", index);
    }

    private static KnowledgeAnswer Composed(string question, Step step, string lead, KnowledgeIndex index)
    {
        var (sentences, items) = AnswerComposer.Split(step.Passage.Body);
        var first = sentences.FirstOrDefault() ?? "";
        // A lead-in ending with a colon introduces the list that follows it.
        var shown = first.TrimEnd().EndsWith(':') ? items : [];
        var hit = new SearchHit(step.Passage, 0, 1);
        var composed = new ComposedAnswer($"{lead} {first}".Trim(), shown, AnswerComposer.SourceLine(step.Passage), AnswerComposer.FollowUps(step.Passage, [], index))
            { Title = step.Passage.Heading };
        // The conversation is about the step answered now, so a following "berapa lama?" or "selanjutnya?" is about it.
        return new KnowledgeAnswer(AnswerKind.Answered, question, hit, composed, [], [hit]) { ReadAs = step.Name };
    }

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
