using System.Text.RegularExpressions;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// The parts of a message that only frame its question: greetings and thanks (basa-basi.txt), and sentences about the
/// asker that ask nothing (who the asker is and where they teach or work; that their region only began this year).
/// Their words are not what is asked: a place, "tahun ini" or "terima kasih" there must not pull the ranking to a section that shares them.
/// </summary>
/// <param name="Polite">The message without its greetings and thanks (null when it has none).</param>
/// <param name="Question">The message without greetings, thanks and the sentences about the asker (null when it has none of these,
/// or when nothing asking is left, or when the question leans on the sentence before it: "Itu sama dengan …?", "kota ini").</param>
/// <param name="Scene">The sentences and clauses about the asker that <paramref name="Question"/> leaves out.</param>
public sealed partial record QuestionPreamble(string? Polite, string? Question, string? Scene = null)
{
    public static readonly QuestionPreamble None = new(null, null);

    /// <summary>The parts of <paramref name="text"/> that frame its question, read per sentence and per leading clause.</summary>
    /// <remarks>Every question turn reads its message here, a chat repeats itself, and the reading depends only on the
    /// text and the lexicon's lists: remembered per lexicon.</remarks>
    public static QuestionPreamble Of(string text) =>
        text.Length > MaxRememberedChars ? OfOnce(text) : Remembered.GetOrAdd(Lexicon.Current, text, (message, _) => OfOnce(message));

    private const int MaxRememberedChars = 500;

    private static readonly Caching.MemoPerSource<Lexicon, string, QuestionPreamble> Remembered = new(4096);

    private static QuestionPreamble OfOnce(string text)
    {
        var sentences = Sentences(text);
        var polite = new List<string>();
        var parts = new List<(string Text, bool Scene, bool Dated)>();
        foreach (var sentence in sentences)
        {
            var clauses = WithoutLeadingCourtesy(sentence);
            if (clauses.Length == 0 || IsCourtesy(clauses)) continue;
            polite.Add(clauses);
            // Who asks, then a clause opening a request ("kami peneliti, ingin tahu …"), in a message asking nothing else: that clause is what is asked.
            if ((IsScene(clauses) && !(sentences.All(s => s == sentence || !Asks(s)) && OpensRequestLater(clauses))) || IsDatedScene(clauses))
            {
                parts.Add((clauses, true, !IsScene(clauses)));
                continue;
            }
            // A leading clause about the asker (the asker's office, then "the head of office asks: …") goes as its sentence would.
            var rest = WithoutLeadingScene(clauses);
            if (rest.Length < clauses.Length) parts.Add((clauses[..^rest.Length], true, false));
            if (rest.Length > 0) parts.Add((rest, false, false));
        }
        if (polite.Count == 0) return None;
        // A sentence about the asker naming a year ("kami peserta 2019") frames the question only when what is asked names
        // a year of its own: that year is the question's condition, the asker's is who asks. Otherwise it is the condition.
        var ownYears = parts.Where(p => !p.Scene).Any(p => AnswerTypes.Years(InformalIndonesian.Normalize(p.Text)).Count > 0);
        var scene = parts.Where(p => p.Scene && (!p.Dated || ownYears)).Select(p => p.Text).ToList();
        var kept = parts.Where(p => !p.Scene || (p.Dated && !ownYears)).Select(p => p.Text).ToList();
        var original = string.Join(' ', sentences);
        var politeText = string.Join(' ', polite);
        var question = string.Join(' ', kept);
        // A clause opening a request (pembuka-tanya.txt) with no question word asks as a question word does.
        var asks = kept.Any(k => Asks(k) || RequestOpener.IsMatch(InformalIndonesian.Normalize(k))) && KnowledgeIndex.QuestionWords(InformalIndonesian.Normalize(question)).Count >= MinQuestionWords;
        var leans = kept.Count > 0 && (LeaningOpener.IsMatch(InformalIndonesian.Normalize(kept[0])) || PlacePointer.IsMatch(InformalIndonesian.Normalize(question)));
        var questionText = asks && !leans && question != politeText ? question : null;
        // Only greetings gone and nothing asked (a greeting and "I want to ask"): the message is read whole, as a greeting.
        politeText = politeText != original && polite.Any(Asks) ? politeText : null;
        return new QuestionPreamble(politeText, questionText, questionText is null ? null : string.Join(' ', scene));
    }

    /// <summary>The message's sentences, split as every reading here splits them (not after "kab.", "prov.", an initial).</summary>
    public static List<string> Sentences(string text) =>
        SentenceEnd().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>
    /// The closing question of a message whose earlier sentences ask nothing (who asks, what for), without a leading clause
    /// about the asker, and with the years the earlier sentences name when it names none ("Kami peserta 2021 … MoU-nya
    /// kapan?"): what a follow-up goes on from. Null when the message is one sentence or asks before its end.
    /// </summary>
    public static string? ClosingQuestion(string text) => ClosingQuestion(text, withEarlierYears: true);

    /// <summary>
    /// The closing questions to ask when the asker's own place, named only in the framing, is what the documents lack:
    /// first with the years the framing names (a cohort year may be the question's condition), then without them (the
    /// asker's year may only say who asks). Empty when the message has no <see cref="ClosingQuestion"/>.
    /// </summary>
    public static IReadOnlyList<string> ClosingQuestionsWithoutPlace(string text)
    {
        var asked = WithGuessJoined(text);
        return new[] { ClosingQuestion(asked, withEarlierYears: true), ClosingQuestion(asked, withEarlierYears: false) }
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>What the message says before the questions of <see cref="ClosingQuestionsWithoutPlace"/> (a guess joined to its question).</summary>
    public static string FramingWithoutPlace(string text) => Framing(WithGuessJoined(text));

    /// <summary>
    /// A short last sentence with no question word of its own ("… yang dinilai apa? infrastruktur saja?") guesses at the
    /// answer of the question before it: the two are one question, joined as one sentence. Otherwise the text as it is.
    /// </summary>
    private static string WithGuessJoined(string text)
    {
        var sentences = Sentences(text);
        if (sentences.Count < 2) return text;
        var guess = InformalIndonesian.Normalize(sentences[^1]);
        if (guess.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxGuessWords || AsksCue.IsMatch(guess)
            || !AsksCue.IsMatch(InformalIndonesian.Normalize(sentences[^2]))) return text;
        return string.Join(' ', sentences.SkipLast(2).Append($"{sentences[^2].TrimEnd('?', '!', '.', ' ')}, {sentences[^1]}"));
    }

    // A guess at the answer is a few words ("infrastruktur doang?", "cuma diskominfo?").
    private const int MaxGuessWords = 4;

    private static string? ClosingQuestion(string text, bool withEarlierYears)
    {
        var sentences = Sentences(text);
        if (sentences.Count == 0 || !Asks(sentences[^1]) || sentences.SkipLast(1).Any(Asks)) return null;
        var question = WithoutLeadingFraming(sentences[^1]);
        if (sentences.Count == 1 && question.Length == sentences[0].Length) return null;
        var earlier = string.Join(' ', sentences.SkipLast(1).Append(sentences[^1][..^question.Length]));
        var earlierYears = AnswerTypes.Years(InformalIndonesian.Normalize(earlier));
        return withEarlierYears && AnswerTypes.Years(InformalIndonesian.Normalize(question)).Count == 0 && earlierYears.Count > 0
            ? $"{question} {string.Join(' ', earlierYears.Order())}" : question;
    }

    /// <summary>What a message with a <see cref="ClosingQuestion"/> says before it (who asks, why, what about); empty otherwise.</summary>
    public static string Framing(string text)
    {
        var sentences = Sentences(text);
        if (ClosingQuestion(text) is null) return "";
        var question = WithoutLeadingFraming(sentences[^1]);
        return string.Join(' ', sentences.SkipLast(1).Append(sentences[^1][..^question.Length]));
    }

    /// <summary>
    /// A stage named in an earlier sentence of the message and pointed at in the closing one: a noun the closing sentence points at ("tahap itu",
    /// penunjuk-hal.txt) written with what followed it where an earlier sentence of the message named it ("tahap ToT"),
    /// so the documents are asked of that one, not of every stage. Null when nothing is pointed at so.
    /// </summary>
    public static string? WithReferentNamed(string text)
    {
        var sentences = Sentences(text);
        if (sentences.Count < 2 || NounPointer.Match(sentences[^1]) is not { Success: true } pointer) return null;
        var noun = pointer.Groups["noun"].Value;
        // "apa itu X" defines; a question word is no noun pointed at.
        if (AsksCue.IsMatch(InformalIndonesian.Normalize(noun))) return null;
        var earlier = string.Join(' ', sentences.SkipLast(1));
        var named = Regex.Matches(earlier, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(noun)}\s+(?<what>[\p{{L}}\p{{N}}-]+(?:\s+[\p{{L}}\p{{N}}-]+){{0,{MaxReferentWords - 1}}})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).LastOrDefault();
        if (named is null || Referent(named.Groups["what"].Value) is not { Length: > 0 } what) return null;
        var closing = sentences[^1];
        return string.Join(' ', sentences.SkipLast(1).Append($"{closing[..pointer.Index]}{noun} {what}{closing[(pointer.Index + pointer.Length)..]}"));
    }

    // The words naming which one: up to the first word that names nothing (kata-henti.txt, kata-umum.txt: "dan", "untuk").
    private static string Referent(string words)
    {
        var lexicon = Lexicon.Current;
        var stop = (lexicon.Lists.TryGetValue("kata-henti", out var h) ? h : []).Concat(lexicon.Lists.TryGetValue("kata-umum", out var u) ? u : [])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !stop.Contains(w)));
    }

    // "pilar smart living", "tahap ToT": a name of one or two words.
    private const int MaxReferentWords = 2;

    // Fewer words than this left ("kapan?") lean on what was said before: the message is read whole.
    private const int MinQuestionWords = 3;

    /// <summary>A greeting to the admin before the asker's words: greeting clauses at the start of a sentence go.</summary>
    private static string WithoutLeadingCourtesy(string sentence)
    {
        var rest = sentence;
        while (ClauseMark().Match(rest) is { Success: true } mark && IsCourtesy(rest[..mark.Index]))
            rest = rest[(mark.Index + mark.Length)..].Trim();
        return rest;
    }

    /// <summary>
    /// A clause about the asker, or saying who asks ("pimpinan bertanya:", "dosen saya nanya,"), before a clause mark and
    /// followed by more, goes: what follows is what is asked.
    /// </summary>
    private static string WithoutLeadingScene(string sentence) => WithoutLeading(sentence, clause => IsScene(clause) || SaysWhoAsks(clause));

    /// <summary>
    /// As <see cref="WithoutLeadingScene"/>, and a leading clause about the asker naming their year goes too ("kami dari kota X
    /// 2023, evaluasinya oleh siapa?"): the closing question is what follows; its years are added back from the framing.
    /// </summary>
    private static string WithoutLeadingFraming(string sentence) =>
        WithoutLeading(sentence, clause => IsScene(clause) || IsDatedScene(clause) || SaysWhoAsks(clause));

    /// <summary>The sentence without its leading clauses (each before a clause mark and followed by more) that <paramref name="frames"/> holds of.</summary>
    private static string WithoutLeading(string sentence, Func<string, bool> frames)
    {
        var rest = sentence;
        while (ClauseMark().Match(rest) is { Success: true } mark && rest[(mark.Index + mark.Length)..].Trim().Length > 0 && frames(rest[..mark.Index]))
            rest = rest[(mark.Index + mark.Length)..].Trim();
        return rest;
    }

    /// <summary>Someone else asks ("the head of office asks …"): ends with an asking phrase (pembuka-tanya.txt) and asks nothing itself.</summary>
    private static bool SaysWhoAsks(string clause)
    {
        var normalized = InformalIndonesian.Normalize(clause).Trim();
        return AskingEnd.IsMatch(normalized) && !Interrogative(normalized) && AnswerTypes.Years(normalized).Count == 0 && !RequestOpener.IsMatch(normalized);
    }

    /// <summary>Time counted from when the asker writes ("tahun ini", "baru", "sekarang": waktu-relatif.txt, penanda-kini.txt, penanda-terbaru.txt).</summary>
    public static bool NamesTime(string text) => RelativeTime.IsMatch(InformalIndonesian.Normalize(text));

    /// <summary>
    /// <paramref name="text"/> normalized (the lexicon's lists are written in standard spelling) without its greetings and
    /// courtesy phrases (basa-basi.txt): what it asks. Every reading of a message's question that leaves the courtesy
    /// out reads it here, so a greeting weighs the same in every dialog.
    /// </summary>
    /// <remarks>Read by each dialog that weighs what a message asks, on every turn it is offered: remembered per lexicon, as <see cref="Of"/> is.</remarks>
    public static string WithoutCourtesy(string text) =>
        text.Length > MaxRememberedChars ? CourtesyLeftOut(text) : Uncourteous.GetOrAdd(Lexicon.Current, text, (message, _) => CourtesyLeftOut(message));

    private static readonly Caching.MemoPerSource<Lexicon, string, string> Uncourteous = new(4096);

    private static string CourtesyLeftOut(string text) => Greeting.Replace(InformalIndonesian.Normalize(text), " ").Trim();

    /// <summary>Only greetings, thanks and chat fillers.</summary>
    private static bool IsCourtesy(string part)
    {
        var normalized = InformalIndonesian.Normalize(part);
        var left = Courtesy.Replace(normalized, " ");
        // A clause of forms of address alone ("kak,", "min,") is emptied by normalizing, which drops chat fillers.
        return (left != normalized || (normalized.Trim().Length == 0 && Letters().IsMatch(part))) && !Letters().IsMatch(left);
    }

    /// <summary>
    /// About the asker and asking nothing: it opens with who speaks ("saya", "kami": penanya.txt; or the asker's office
    /// without them, "staf dinas …": jabatan-penanya.txt) or what is theirs
    /// ("daerah kami"), has no question word or mark, names no year (a year is a condition of the question, not
    /// preamble), and does not open a request ("saya ingin tahu …": pembuka-tanya.txt).
    /// </summary>
    private static bool IsScene(string part)
    {
        var normalized = InformalIndonesian.Normalize(part);
        return SpeakerOpener.IsMatch(normalized) && !part.Contains('?') && !Interrogative(normalized) && AnswerTypes.Years(normalized).Count == 0
            && !RequestOpener.IsMatch(normalized);
    }

    /// <summary>About the asker and asking nothing, as <see cref="IsScene"/>, but naming a year (the asker's cohort or work).</summary>
    private static bool IsDatedScene(string part)
    {
        var normalized = InformalIndonesian.Normalize(part);
        return SpeakerOpener.IsMatch(normalized) && !part.Contains('?') && !Interrogative(normalized) && AnswerTypes.Years(normalized).Count > 0
            && !RequestOpener.IsMatch(normalized);
    }

    // A question word that is also a request ("jelaskan") asks only where a request opens: explaining something to
    // one's pupils is what the asker will do with the answer.
    private static bool Interrogative(string normalized) =>
        AsksCue.Regex.Matches(WithoutEmbeddedAsks(normalized)).Any(m => !RequestWord.IsMatch(m.Value));

    // A sentence about the asker ("saya sedang meliput tentang bagaimana …") asks nothing by the topic of the asker's work.
    private static bool Asks(string part) => part.Contains('?') || InformalIndonesian.Normalize(part) is var normalized
        && AsksCue.IsMatch(SpeakerOpener.IsMatch(normalized) ? WithoutEmbeddedAsks(normalized) : normalized);

    // "liputan tentang bagaimana …", "riset mengenai daerah dan apa yang berubah": after a word naming the topic of the
    // asker's work (pengantar-pokok.txt), the rest of the clause names that topic; its question words ask nothing.
    private static string WithoutEmbeddedAsks(string normalized) => EmbeddedAsk.Regex.Replace(normalized, " ");

    private static bool OpensRequestLater(string sentence) =>
        ClauseMark().Split(InformalIndonesian.Normalize(sentence)).Skip(1).Any(clause => RequestOpener.IsMatch(clause.Trim()));

    // Shapes in code, words from knowledge/lexicon/ ({:file} = the phrases of file.txt).
    private static readonly CuePattern Courtesy = new(@"\b(?:{:basa-basi}|{:pengisi})\b|[^\p{L}\p{N}\s]+");
    // The greetings and courtesy phrases alone: fillers and marks stay part of what is asked.
    private static readonly CuePattern Greeting = new(@"\b(?:{:basa-basi})\b");
    // Who speaks, in Indonesian or English ("I write for a news site …", "we are a start-up …": penanya-inggris.txt),
    // or an office word alone ("operator dinas …": jabatan-penanya.txt).
    private static readonly CuePattern SpeakerOpener = new(@"^\W*(?:\p{L}+\s+)?(?:{:penanya}|{:penanya-inggris}|{:jabatan-penanya})\b");
    private static readonly CuePattern EmbeddedAsk = new(@"\b(?:{:pengantar-pokok})\b[^,;:?]*");
    private static readonly CuePattern RequestOpener = new(@"^\W*(?:{:penanya}\s+)?(?:{:pembuka-tanya})\b");
    private static readonly CuePattern PlacePointer = new(@"\b(?:{:penunjuk-tempat})\b");
    private static readonly CuePattern RelativeTime = new(@"\b(?:{:waktu-relatif}|{:penanda-kini}|{:penanda-terbaru})\b");
    private static readonly CuePattern LeaningOpener = new(@"^\W*(?:{:penunjuk-awal})\b");
    private static readonly CuePattern AsksCue = new(@"\b(?:{:kata-tanya})\b");
    private static readonly CuePattern NounPointer = new(@"(?<![\p{L}\p{N}])(?<noun>\p{L}{3,})\s+(?:{:penunjuk-hal})(?![\p{L}\p{N}])", RegexOptions.IgnoreCase);
    private static readonly CuePattern RequestWord = new(@"^(?:{:pembuka-tanya})$");
    private static readonly CuePattern AskingEnd = new(@"\b(?:{:pembuka-tanya})\W*$");

    /// <summary>
    /// Not at the dot of an abbreviation (knowledge/lexicon/singkatan-bertitik.txt: "kab.", "kec.", "prov.", "dll.") nor of
    /// a single letter (an initial): every reading that splits a message into sentences stops at the same dots.
    /// </summary>
    public const string NotAfterAbbreviation = @"(?<!\b(?:{:singkatan-bertitik}|[a-z])\.)";

    // A sentence ends at . ! ? and a space, whatever case follows (chat is written in lower case), but not after an abbreviation.
    private static readonly CuePattern SentenceEndCue = new($@"(?<=[.!?]){NotAfterAbbreviation}\s+", RegexOptions.IgnoreCase);

    private static Regex SentenceEnd() => SentenceEndCue.Regex;

    [GeneratedRegex(@"[,:;]")]
    private static partial Regex ClauseMark();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letters();
}
