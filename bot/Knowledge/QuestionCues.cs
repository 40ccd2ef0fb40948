using System.Text.RegularExpressions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Words and shapes of a question that say how it asks, not what it is about: "benarkah", "sebutkan", "maksudnya",
/// "apa itu X", "contohnya?", "bedanya A dan B", "kalau yang 2024?". They steer how the answer is found and composed,
/// and their function words are left out of the search so they do not pull in passages that merely contain them.
/// All methods take a normalized question (InformalIndonesian.Normalize).
/// </summary>
public static partial class QuestionCues
{
    /// <summary>An everyday word that names no subject of the programme ("nama", "versi", "waktu", "dibuat").</summary>
    public static bool IsGenericWord(string word) => Lexicon.Current.GenericWords.Contains(word);

    /// <summary>A word that only says how the question asks ("benarkah", "sebutkan", "maksudnya").</summary>
    public static bool IsFunctionWord(string word) => Lexicon.Current.FunctionWords.Contains(word);

    /// <summary>What a definition question asks to define: "apa itu X", "X itu apa", "apa yang dimaksud dengan X", "pengertian X".</summary>
    public static string? DefinitionSubject(string normalized)
    {
        var q = Trailing().Replace(Clean(normalized), "");
        // "… dalam konteks smart city", "… di program ini", "… menurut Kominfo": where the term is used, not part of it.
        var bare = Trailing().Replace(DefinitionContext().Replace(q, ""), "");
        if (bare != q && bare.Length > 0 && DefinitionSubject(bare) is { } inContext) return inContext;
        var match = DefinitionBefore().Match(q);
        if (!match.Success)
        {
            match = DefinitionAfter().Match(q);
            // "X itu … apa" asking something of X: "itu" closes the subject and what follows asks something of X; X is not to be defined.
            if (match.Success && PredicateAfterThat().IsMatch(match.Groups["x"].Value)) return null;
        }
        var subject = match.Success ? match.Groups["x"].Value.Trim() : null;
        return subject is { Length: > 1 } && subject.Split(' ').Length <= 6 ? subject : null;
    }

    /// <summary>A definition question that says so ("apa itu X", "X itu apa", "pengertian X"), not only "X apa?".</summary>
    public static bool AsksWhatItIs(string normalized) => DefinitionSubject(normalized) is not null && DefinitionWord().IsMatch(Clean(normalized));

    /// <summary>Defining sentences name the subject before "adalah", "ialah", "merupakan", "yaitu" …: the part before it.</summary>
    public static string? DefinedPart(string sentence) => Copula().Match(sentence) is { Success: true } m ? m.Groups["x"].Value : null;

    /// <summary>A message asking only for examples of what was just discussed: "contohnya?", "misalnya apa saja?".</summary>
    public static bool AsksForExamplesOnly(string normalized) => ExamplesOnly().IsMatch(Trailing().Replace(Clean(normalized), ""));

    /// <summary>A message asking for one or some of the things just listed: "sebutin salah satunya", "beberapa di antaranya".</summary>
    public static bool AsksForOneOfThem(string normalized) => OneOfThem().IsMatch(Trailing().Replace(Clean(normalized), ""));

    /// <summary>A question asking for examples anywhere in it ("contoh inovasi pilar X apa?"): knowledge/lexicon/tanya-contoh.txt.</summary>
    public static bool AsksForExamples(string normalized) => ExampleQuestion().IsMatch(normalized);

    /// <summary>A sentence giving examples ("Contoh: …", "misalnya …", "antara lain …"): knowledge/lexicon/bukti-contoh.txt.</summary>
    public static bool GivesExamples(string text) => ExampleWord().IsMatch(text);

    /// <summary>How strongly a text gives examples: example words, list items and names set in bold.</summary>
    /// <summary>The text introduces examples in words ("Contoh: …", "misalnya"), not only as a list.</summary>
    public static bool NamesExamples(string text) => ExampleWord().IsMatch(text);

    public static int ExampleMarkers(string text) => ExampleWord().Count(text) * 2 + Bold().Count(text) + ListItem().Count(text);

    /// <summary>"Benarkah …?", "apakah benar …?", "betul gak …?": a claim to confirm from the passage that states it.</summary>
    public static bool IsFactCheck(string normalized) => FactCheck().IsMatch(Clean(normalized));

    /// <summary>The two things a comparison asks about: "bedanya A dan B", "apa perbedaan A dengan B", "A dan B bedanya apa".</summary>
    /// <summary>
    /// "smart living serta smart society" (the subject of "apa itu …"): two short things asked at once, else null.
    /// </summary>
    public static (string A, string B)? DefinitionPair(string subject)
    {
        var match = DefinitionPairCue.Regex.Match(subject.Trim());
        return match.Success ? (match.Groups["a"].Value.Trim(), match.Groups["b"].Value.Trim()) : null;
    }

    public static (string A, string B)? Comparison(string normalized)
    {
        var q = Trailing().Replace(Clean(normalized), "");
        var match = CompareBefore().Match(q);
        if (!match.Success) match = CompareAfter().Match(q);
        if (!match.Success) return null;
        var (a, b) = (match.Groups["a"].Value.Trim(), match.Groups["b"].Value.Trim());
        return a.Length > 1 && b.Length > 1 ? (a, b) : null;
    }

    /// <summary>
    /// A follow-up that only changes the year ("kalau yang 2024?", "tahun 2019 gimana?"): the years it names, else null.
    /// Every other word must be a connective, so "berapa peserta 2024?" is not one.
    /// </summary>
    public static IReadOnlySet<string>? OnlyYears(string normalized)
    {
        var words = KnowledgeIndex.QuestionWords(normalized);
        var years = AnswerTypes.Years(normalized);
        return years.Count > 0 && words.All(w => AnswerTypes.HasYear(w) || Lexicon.Current.YearFollowUpWords.Contains(w)) ? years : null;
    }

    /// <summary>"tahun itu" / "tahun tersebut" / "tahun yang sama" read as the year the conversation was about.</summary>
    public static string ResolveThatYear(string normalized, string context)
    {
        var years = YearInText().Matches(context);
        if (years.Count == 0 || !ThatYear().IsMatch(normalized)) return normalized;
        return ThatYear().Replace(normalized, $"tahun {years[^1].Value}");
    }

    /// <summary>
    /// The question without "tahun itu" / "tahun kami" (penunjuk-tahun.txt, penunjuk-tahun-sendiri.txt): for when the
    /// conversation lends the year itself, which then counts as the question's year.
    /// </summary>
    public static string WithoutYearPointer(string normalized) =>
        !ThatYear().IsMatch(normalized) && !OwnYear().IsMatch(normalized) ? normalized
            : string.Join(' ', OwnYear().Replace(ThatYear().Replace(normalized, " "), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// A pointer at the user's own cohort read as "angkatan" and the year (penunjuk-angkatan-sendiri.txt), the cohort's year known to the
    /// conversation: the year is then the question's own, as if the user had named it.
    /// </summary>
    public static string WithCohortYear(string normalized, int year) =>
        OwnCohortCue.Replace(normalized, $"angkatan {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    /// <summary>The earlier question with its years replaced (or the years added when it named none).</summary>
    public static string WithYears(string context, IReadOnlySet<string> years)
    {
        var joined = string.Join(" ", years.Order());
        var first = true;
        var replaced = YearInText().Replace(context, _ =>
        {
            if (!first) return "";
            first = false;
            return joined;
        });
        return first ? $"{context} {joined}" : replaced;
    }

    /// <summary>
    /// The question at the end of a sentence that opens with who is asking and why ("kami menyiapkan laporan, kepala dinas
    /// nanya X apa?"): what follows each clause mark (",", ":", ";") and each asking phrase (pembuka-tanya.txt), longest
    /// first, when it still asks something. The preamble's words name no subject of the question.
    /// </summary>
    public static IEnumerable<string> ClauseTails(string normalized, Regex asks)
    {
        var starts = ClauseMark().Matches(normalized).Select(m => m.Index + m.Length)
            .Concat(AskingOpener.EndsIn(normalized))
            .Where(i => i > 0 && i < normalized.Length).Distinct().Order();
        foreach (var start in starts)
        {
            var tail = normalized[start..].Trim();
            if (tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinTailWords && (tail.EndsWith('?') || asks.IsMatch(tail))) yield return tail;
        }
    }

    private const int MinTailWords = 3;

    /// <summary>
    /// A value question closed by a short guess of the answer (a year, a person, with a confirming tag): the question before the user's own
    /// guess. The guess — a short last clause or sentence with no question word of its own — names what the user thinks
    /// the answer is, not what is asked, so the documents' answer to the question before it confirms or corrects it. A
    /// year in the guess is a condition of the question (a winner asked, with a year guessed) unless the question asks a date
    /// or a year. Null when the message carries no such guess.
    /// </summary>
    public static string? GuessedHead(string normalized) => Guessed(normalized)?.Head;

    /// <summary>
    /// The question without the short clause after it that sets something aside ("kapan MoU 2024 diteken? bukan surat
    /// undangannya"; knowledge/lexicon/penanda-kecuali.txt): its words name what is not asked, so they must not pull the
    /// answer to that very thing. Null when the message has no such clause, or the part before it asks nothing.
    /// </summary>
    public static string? WithoutSetAside(string normalized)
    {
        var text = normalized.Trim().TrimEnd('?', '!', '.', ' ');
        var mark = SetAsideCue.Regex.Matches(text).LastOrDefault();
        if (mark is null) return null;
        var (head, aside) = (text[..mark.Index].Trim(), text[(mark.Index + mark.Length)..].Trim());
        var asideWords = KnowledgeIndex.QuestionWords(TrailingCue.Regex.Replace(aside, "")).Count;
        if (asideWords == 0 || asideWords > MaxGuessWords || KnowledgeIndex.QuestionWords(head).Count < MinTailWords) return null;
        return AsksCue.Regex.IsMatch(aside) || !AsksCue.Regex.IsMatch(head) ? null : head;
    }

    // A clause mark, then the set-aside word opening the clause.
    private static readonly CuePattern SetAsideCue = new(@"[,;:?.]\s*(?:{:penanda-kecuali})\s+(?=\p{L})");

    /// <summary>The question and the user's guess after it (<see cref="GuessedHead"/>), or null.</summary>
    public static (string Head, string Guess)? Guessed(string normalized)
    {
        var text = normalized.Trim().TrimEnd('?', '!', '.', ' ');
        var mark = GuessMark().Matches(text).LastOrDefault();
        if (mark is null) return null;
        var (head, guess) = (text[..mark.Index].Trim(), text[(mark.Index + mark.Length)..].Trim());
        var guessWords = KnowledgeIndex.QuestionWords(guess).Count;
        if (guessWords == 0 || guessWords > MaxGuessWords || KnowledgeIndex.QuestionWords(head).Count < MinTailWords) return null;
        if (AsksCue.Regex.IsMatch(guess) || ChoiceCue.Regex.IsMatch(guess) || !AsksCue.Regex.IsMatch(head)) return null;
        // Only a value can be guessed — someone, a date, a place, a number, a length: "gimana X, bagus?" asks the judgement.
        var wants = AnswerTypes.Of(head);
        if ((wants & GuessedValues) == 0) return null;
        var asksWhen = (wants & (AnswerType.Date | AnswerType.Year)) != 0;
        return !asksWhen && !AnswerTypes.Years(guess).IsSubsetOf(AnswerTypes.Years(head)) ? null : (head, guess);
    }

    // A guess is at most this long (a short clause, not a second question).
    private const int MaxGuessWords = 8;

    private static readonly CuePattern AsksCue = new(@"\b(?:{:kata-tanya})\b");

    // A guess offering a choice is what is asked (knowledge/lexicon/penanda-pilihan.txt).
    private static readonly CuePattern ChoiceCue = new(@"\b(?:{:penanda-pilihan})\b");

    private const AnswerType GuessedValues = AnswerType.Person | AnswerType.Date | AnswerType.Place | AnswerType.Count | AnswerType.Year | AnswerType.Duration;

    // Where a guess begins: a clause mark, or the end of an asking sentence with more after it.
    [GeneratedRegex(@"[,;:?]")]
    private static partial Regex GuessMark();

    [GeneratedRegex(@"[,:;]")]
    private static partial Regex ClauseMark();

    // "saya ingin tahu, apa itu X?" asks "apa itu X?": the opener (pembuka-tanya.txt) goes before the shape is read.
    private static string Clean(string normalized) => Opener().Replace(string.Join(' ', KnowledgeIndex.QuestionWords(normalized)), "");

    // Shapes in code, words from knowledge/lexicon/ ({:file} = the phrases of file.txt): see knowledge/lexicon/README.md.
    private static readonly CuePattern OpenerCue = new(@"^(?:{:penanya}\s+)?(?:{:pembuka-tanya}\s+)+(?=\S)");

    private static readonly CuePattern TrailingCue = new(@"(?:\s+{:partikel-akhir})+$");

    private static readonly CuePattern DefinitionBeforeCue = new(
        @"^(?:{:tanya-apa}\s+(?:{:pengisi}\s+)?(?:{:penegas-tanya}\s+)?(?:{:kata-itu}|{:yang-dimaksud}(?:\s+dengan)?|{:kata-definisi}\w*(?:\s+dari|\s+dengan)?)|{:kata-definisi}\w*(?:\s+dari)?)\s+(?<x>.+)$");

    private static readonly CuePattern DefinitionPairCue = new(@"^(?<a>\S+(?:\s+\S+){0,2}?)\s+{:kata-sambung}\s+(?<b>\S+(?:\s+\S+){0,2})$");

    private static readonly CuePattern DefinitionWordCue = new(@"\b(?:{:kata-itu}|{:yang-dimaksud}|{:kata-definisi})\b");

    private static readonly CuePattern DefinitionContextCue = new(@"\s+{:kata-depan-konteks}\s+{:konteks-definisi}\b.*$");

    private static readonly CuePattern DefinitionAfterCue = new(@"^(?<x>.+?)\s+(?:{:kata-itu}\s+)?(?:{:penegas-tanya}\s+)?(?:{:kata-definisi}\w*\s+)?{:tanya-apa}$");

    private static readonly CuePattern CopulaCue = new(@"^(?<x>[^.;:]{2,90}?)\s+{:kopula}\b", RegexOptions.IgnoreCase);

    private static readonly CuePattern ExamplesOnlyCue = new(@"^(?:{:pembuka-contoh}\s+)*{:tanya-contoh}(?:\s+{:penutup-contoh})*$");

    private static readonly CuePattern OneOfThemCue = new(@"^(?:{:pembuka-permintaan}\s+)*{:tanya-sebagian}(?:\s+{:penutup-sebagian})*$");

    private static readonly CuePattern ExampleWordCue = new(@"\b{:bukti-contoh}\b", RegexOptions.IgnoreCase);

    private static readonly CuePattern FactCheckCue = new(@"^{:tanya-kebenaran}\b|\b{:penutup-kebenaran}$");

    private static readonly CuePattern CompareBeforeCue = new(
        @"^(?:{:tanya-apa}\s+)?{:tanya-beda}\s+(?:antara\s+)?(?<a>.+?)\s+{:kata-banding}\s+(?<b>.+?)(?:\s+(?:{:tanya-apa}|{:kata-itu}))*$");

    private static readonly CuePattern CompareAfterCue = new(
        @"^(?:{:tanya-apa}\s+)?(?<a>.+?)\s+{:kata-banding}\s+(?<b>.+?)\s+(?:{:kata-itu}\s+)?{:tanya-beda}(?:\s+(?:{:tanya-apa}|nya))*$");

    private static readonly CuePattern ThatYearCue = new(@"\btahun\s+{:penunjuk-tahun}\b");
    private static readonly CuePattern OwnYearCue = new(@"\btahun\s+{:penunjuk-tahun-sendiri}\b");
    private static readonly CuePattern OwnCohortCue = new(@"\b{:penunjuk-angkatan-sendiri}\b");

    private static Regex Opener() => OpenerCue.Regex;
    private static Regex Trailing() => TrailingCue.Regex;
    private static Regex DefinitionBefore() => DefinitionBeforeCue.Regex;
    private static Regex DefinitionContext() => DefinitionContextCue.Regex;
    private static Regex DefinitionAfter() => DefinitionAfterCue.Regex;

    // "itu" with words after it inside what DefinitionAfter took as the subject.
    private static readonly CuePattern PredicateAfterThatCue = new(@"\S\s+{:kata-itu}\s+\S");

    private static Regex PredicateAfterThat() => PredicateAfterThatCue.Regex;
    private static Regex DefinitionWord() => DefinitionWordCue.Regex;
    private static Regex Copula() => CopulaCue.Regex;
    private static Regex ExamplesOnly() => ExamplesOnlyCue.Regex;
    private static Regex OneOfThem() => OneOfThemCue.Regex;
    private static Regex ExampleWord() => ExampleWordCue.Regex;

    private static readonly CuePattern ExampleQuestionCue = new(@"\b{:tanya-contoh}\b");

    private static Regex ExampleQuestion() => ExampleQuestionCue.Regex;
    private static Regex FactCheck() => FactCheckCue.Regex;
    private static Regex CompareBefore() => CompareBeforeCue.Regex;
    private static Regex CompareAfter() => CompareAfterCue.Regex;
    private static Regex ThatYear() => ThatYearCue.Regex;
    private static Regex OwnYear() => OwnYearCue.Regex;

    [GeneratedRegex(@"\*\*[^*]+\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+\S", RegexOptions.Multiline)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\b(?:199\d|20[0-3]\d)\b")]
    private static partial Regex YearInText();
}
