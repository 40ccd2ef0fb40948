using System.Diagnostics;
using System.Globalization;
using System.Text;
using SmartCity.Bot.Caching;
using SmartCity.Bot.Regions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SmartCity.Bot.Understanding;

/// <summary>
/// Every message → ranked intents with scores, and entities. Intents are learned from the example utterances in
/// knowledge/understanding/*.lu (every file there, so another capability adds intents by adding a file); the
/// classifier reads the message with regions and years masked, so "cek status Kota Bogor" and "cek status Garut"
/// are the same example. Trained once, in the background at start-up (<see cref="Warm"/>), or on first use.
/// </summary>
public sealed class Recognizer
{
    private readonly EntityRecognizer _entities;
    private readonly Lazy<Trained> _trained;

    /// <summary>The classifier, the intents' vocabulary (evidence) and the thresholds calibrated out of fold on the examples.</summary>
    private sealed record Trained(IntentClassifier Classifier, IntentVocabulary Vocabulary, IntentCalibration Calibration);
    private readonly ILogger<Recognizer> _logger;

    private readonly PinnedCalibration? _pinned;

    /// <param name="pinned">Thresholds derived by `intents --calibrate` (calibration.json); null: this training's own.</param>
    public Recognizer(EntityRecognizer entities, IReadOnlyList<IntentExample> examples, ILogger<Recognizer> logger, PinnedCalibration? pinned = null)
    {
        _pinned = pinned;
        _entities = entities;
        _logger = logger;
        Examples = examples;
        _exampleWords = new(() => examples.GroupBy(e => e.Intent, StringComparer.Ordinal).ToDictionary(g => g.Key,
            g => g.SelectMany(e => RegionResolver.Normalize(e.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
        _trained = new Lazy<Trained>(Train, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<IntentExample> Examples { get; }

    /// <summary>A recognizer like this one trained on other examples (stability and calibration runs), trained now.</summary>
    public Recognizer Retrained(IReadOnlyList<IntentExample> examples, PinnedCalibration? pinned)
    {
        var recognizer = new Recognizer(_entities, examples, Microsoft.Extensions.Logging.Abstractions.NullLogger<Recognizer>.Instance, pinned);
        recognizer.Warm();
        return recognizer;
    }

    private const int ShortReplyWords = 2;

    // The words of each intent's examples, as the region resolver normalizes text.
    private readonly Lazy<Dictionary<string, HashSet<string>>> _exampleWords;

    /// <summary>
    /// Share of the message's longer words (particles and fillers — "eh", "deh", "ya" — say nothing either way) that
    /// the intent's own examples use (0 for an intent without examples); null when the message has no such word.
    /// </summary>
    /// <summary>
    /// The share of a message's longer words that the intent's own examples use: after an introduction its request only,
    /// places and years left out.
    /// </summary>
    public double? SpokenShare(string intent, Entities entities) =>
        SpokenShare(intent, string.Join(' ', (entities.Request ?? entities.Regions.Masked).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t is not ("xregion" or "xprovince" or "xyear") && !(t.Length == 4 && t.All(char.IsAsciiDigit)))));

    /// <summary>
    /// The message uses the intent's words: at least half of its longer words occur in the intent's examples (or it has
    /// no longer word to judge by).
    /// </summary>
    public bool Speaks(string intent, string normalizedText) => SpokenShare(intent, normalizedText) is not < SpokenFloor;

    private const double SpokenFloor = 0.5;

    public double? SpokenShare(string intent, string normalizedText)
    {
        var tokens = normalizedText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length > 3).ToArray();
        if (tokens.Length == 0) return null;
        return _exampleWords.Value.TryGetValue(intent, out var words) ? (double)tokens.Count(words.Contains) / tokens.Length : 0;
    }

    public bool IsTrained => _trained.IsValueCreated;

    /// <summary>Evidence floor and near-tie thresholds, calibrated on the examples read out of fold.</summary>
    public IntentCalibration Calibration => _trained.Value.Calibration;

    /// <summary>Share of the message's word weight the intent's examples use (<see cref="IntentVocabulary"/>); null with no word.</summary>
    public double? Evidence(string intent, string maskedText) => _trained.Value.Vocabulary.Evidence(intent, maskedText);

    /// <summary>What <paramref name="intent"/>'s examples explain of the words <paramref name="reading"/>'s do not (<see cref="IntentVocabulary.EvidenceBeyond"/>).</summary>
    public double? EvidenceBeyond(string intent, string reading, string maskedText) => _trained.Value.Vocabulary.EvidenceBeyond(intent, reading, maskedText);

    /// <summary>The intent's examples use enough of the message (or it has no word to judge by).</summary>
    public bool Grounded(string intent, string maskedText) => Evidence(intent, maskedText) is not { } share || share >= Calibration.EvidenceFloor;

    /// <summary>How long training took (zero until trained).</summary>
    public TimeSpan TrainingTime { get; private set; }

    public IReadOnlyList<string> Intents => _trained.Value.Classifier.Intents;

    /// <summary>Trains now if not yet trained (start-up warm-up, staff commands).</summary>
    public void Warm() => _ = _trained.Value;

    /// <summary>Time spent in entity extraction and in classification over all calls (for the staff report).</summary>
    public (TimeSpan Entities, TimeSpan Classifier) Spent => (TimeSpan.FromTicks(_entityTicks), TimeSpan.FromTicks(_classifierTicks));
    private long _entityTicks, _classifierTicks;

    // Button texts and frequent questions come back word for word: their reading is remembered (bounded; the
    // recognizer never changes once trained, so nothing invalidates it).
    private const int RememberedMessages = 4096;
    private const int MaxRememberedChars = 500;
    private readonly BoundedMemo<string, Recognition> _recognized = new(RememberedMessages);

    // Words before an introduction ask about the bot itself when they read as such ("benar ini asistennya?", read as Help),
    // first, or second with no question word in them (it leans to the programme only by the programme's name). A bare
    // greeting before it ("Assalamualaikum, saya …") needs nothing: the whole message reads as the introduction.
    private static bool Greets(IReadOnlyList<IntentScore> intents, bool asks) =>
        intents is [{ Intent: IntentNames.Help }, ..] || (!asks && intents is [{ Intent: not IntentNames.Greeting }, { Intent: IntentNames.Help or IntentNames.Greeting }, ..]);

    /// <summary>
    /// Whether the request read alone wins over the whole message: the surer of the two, except that a question after
    /// sentences of context, or after a clause saying who asks ("saya siswa, siapa yang …"), is what is asked; and a
    /// request that asks nothing after who asks ("saya mahasiswa, skripsi tentang …") leaves the whole message's reading
    /// when that reading asks for help — who asks says what they want.
    /// </summary>
    private static bool RequestWins(Entities entities, IReadOnlyList<IntentScore> whole, IntentScore alone)
    {
        if ((entities.RequestIsLastQuestion || entities.RequestAsks || (entities.AfterSpeaker && !entities.RequestImplicit && !entities.RequestWishes)) && alone.Intent != Recognition.None) return true;
        if (entities.RequestImplicit && whole is [{ Intent: IntentNames.Help }, ..]) return false;
        return alone.Score > (whole.Count > 0 ? whole[0].Score : 0);
    }

    public Recognition Recognize(string text)
    {
        text ??= "";
        return text.Length <= MaxRememberedChars ? _recognized.GetOrAdd(text, Read) : Read(text);
    }

    private Recognition Read(string text)
    {
        var start = Stopwatch.GetTimestamp();
        var (whole, entities, words) = ReadAs(text);
        var masked = ForClassifier(text, WithoutAsides(words));
        var middle = Stopwatch.GetTimestamp();
        var classifier = _trained.Value.Classifier;
        // "kalau Badung?": the follow-up words say nothing about what is asked; the place alone is classified.
        var read = entities.OnlyPlace ? string.Join(' ', masked.Split(' ').Where(t => t == "xregion")) : masked;
        var intents = classifier.Classify(read);
        // "Kami dari Pemkab X. <request>": a long introduction can drown the request; the request alone is read too,
        // and the surer of the two readings wins.
        // A closing question after sentences of context is what is asked: its reading wins unless it reads as nothing.
        if (!entities.OnlyPlace && entities.Request is { } request && classifier.Classify(request) is [var first, ..] alone
            && RequestWins(entities, intents, first))
            (intents, read) = (alone, request);
        else if (entities.IntroductionOnly is { } introduction) (intents, read) = (classifier.Classify(introduction), introduction);
        // "Halo, benar ini asisten programnya? Saya dari Kota X.": a greeting or a question about the bot before the
        // introduction asks nothing of the programme; the introduction is what the message says.
        else if (entities.Preamble is var (before, introducing, asks) && classifier.Classify(before) is var preamble)
        {
            if (Greets(preamble, asks)) (intents, read) = (classifier.Classify(introducing), introducing);
            // "Berapa jumlah pilar? Saya staf Diskominfo X.": a question before who asks is what is asked, as one after it is.
            else if (asks && preamble is [{ Intent: not Recognition.None }, ..]) (intents, read) = (preamble, before);
        }
        // Keyboard mash, another language, a sentence about something else: the classifier still ranks somebody first.
        // A reading whose intent's examples use too little of the message is no reading; the documents take it.
        // A word or two read as a short-reply intent ("haiii", "tks", "blom") is spelling the classifier's letter
        // n-grams judge better than whole words do.
        if (intents.Count > 0 && !Grounded(intents[0].Intent, read)
            && !(read.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortReplyWords && classifier.IsShort(intents[0].Intent))) intents = [];
        // "yang itu", "nomor 2": a pointer alone means what the list shown or the question waiting says, nothing by itself.
        if (entities.OnlyPointer) intents = [];
        // "Saya mahasiswa, skripsi tentang GMSC": who asks, then a statement about the programme that asks nothing. The
        // documents have no question to answer; it is an opening, and what the bot can help with is the answer.
        if (entities.RequestImplicit && intents is [{ Intent: IntentNames.ProgrammeQuestion } top, ..])
            intents = [new IntentScore(IntentNames.Help, top.Score), .. intents.Skip(1).Where(i => i.Intent != IntentNames.Help), top with { Score = intents.FirstOrDefault(i => i.Intent == IntentNames.Help)?.Score ?? 0 }];
        Interlocked.Add(ref _entityTicks, Stopwatch.GetElapsedTime(start, middle).Ticks);
        Interlocked.Add(ref _classifierTicks, Stopwatch.GetElapsedTime(middle).Ticks);
        return new Recognition(text, intents, whole);
    }

    /// <summary>
    /// The message's entities, and the entities and masked words the intent is read from: the message without the reasons
    /// the asker gives (a meeting tomorrow), which say why, not what (<see cref="EntityRecognizer.WithoutReasons"/>).
    /// The places and the rest of the message's entities are the whole message's.
    /// </summary>
    private (Entities Whole, Entities Read, string Masked) ReadAs(string text)
    {
        var (entities, masked) = _entities.Recognize(text);
        return _entities.WithoutReasons(text) is { } reasonless && _entities.Recognize(reasonless) is var (read, readMasked)
            ? (entities, read, readMasked)
            : (entities, entities, masked);
    }

    /// <summary>The two questions asked in one message (see <see cref="EntityRecognizer.TwoQuestions"/>), or null.</summary>
    public (string First, string Second)? TwoQuestions(string text, bool wishFirst = false) => _entities.TwoQuestions(text, wishFirst);

    /// <summary>A checklist answer word, then a question (see <see cref="EntityRecognizer.AnswerThenQuestion"/>), or null.</summary>
    public (string Answer, string Question)? AnswerThenQuestion(string text) => _entities.AnswerThenQuestion(text);

    /// <summary>A clause that states a wish and asks nothing ("perusahaan kami hendak menggandeng Kota Y").</summary>
    public bool OnlyWishes(string normalized) => _entities.OnlyWishes(normalized);

    /// <summary>The training examples nearest to a message as the classifier reads it (staff: why was it read so?).</summary>
    public IReadOnlyList<(IntentExample Example, double Score)> Nearest(string text, int count) =>
        _trained.Value.Classifier.Nearest(ForClassifier(text ?? "", WithoutAsides(ReadAs(text ?? "").Masked)), count).Select(n => (Examples[n.Example], n.Score)).ToList();

    /// <summary>
    /// "oh iya, kalau …?", "btw …": words about the conversation itself say nothing of what is asked ("iya" is no checklist
    /// answer there, "oh" no thanks); the classifier reads the rest, or the whole when nothing else is left.
    /// </summary>
    private string WithoutAsides(string masked) => _entities.WithoutAsides(masked) is { Length: > 0 } rest ? rest : masked;

    /// <summary>
    /// The masked words; for a message with no word at all ("👍👍", "🙏"), its distinct symbols — the normalized text
    /// drops them, and the examples staff write with emoji would otherwise never be matched.
    /// </summary>
    private static string ForClassifier(string text, string masked)
    {
        if (masked.Length > 0) return masked;
        var symbols = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            // Skin tones and emoji presentation selectors are the same symbol to a reader.
            var element = string.Concat(elements.GetTextElement().EnumerateRunes().Where(r => r.Value is not (0xFE0F or >= 0x1F3FB and <= 0x1F3FF)));
            if (element.Length > 0 && Rune.GetUnicodeCategory(Rune.GetRuneAt(element, 0)) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol
                && !symbols.Contains(element)) symbols.Add(element);
        }
        return string.Join(' ', symbols);
    }

    private Trained Train()
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var masked = Examples.Select(e => (e.Intent, ForClassifier(e.Text, ReadAs(e.Text).Masked))).ToList();
        var classifier = new IntentClassifier(masked, _entities.Negators, _entities.WordClasses);
        var vocabulary = new IntentVocabulary(masked);
        var live = IntentCalibration.From(classifier, vocabulary, masked);
        var calibration = _pinned?.Apply(live) ?? live;
        TrainingTime = watch.Elapsed;
        _logger.LogInformation("Recognizer trained on {Examples} examples of {Intents} intents in {Ms} ms ({Cpu} ms CPU, all threads); " +
            "evidence floor {Floor:F2}, close ratio {Close:F2} ({Source}; out of fold now {LiveFloor:F2}, {LiveClose:F2})",
            Examples.Count, classifier.Intents.Count, (int)TrainingTime.TotalMilliseconds, (int)(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds,
            calibration.EvidenceFloor, calibration.CloseRatio, calibration.Pinned ? PinnedCalibration.FileName : "out of fold", live.EvidenceFloor, live.CloseRatio);
        return new Trained(classifier, vocabulary, calibration);
    }
}

/// <summary>Readiness: the bot understands messages only once the recognizer is trained.</summary>
public sealed class RecognizerHealthCheck(Recognizer recognizer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(recognizer.IsTrained
            ? HealthCheckResult.Healthy($"trained on {recognizer.Examples.Count} examples in {(int)recognizer.TrainingTime.TotalMilliseconds} ms")
            : HealthCheckResult.Unhealthy("recognizer not trained yet"));
}
