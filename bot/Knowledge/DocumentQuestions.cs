using SmartCity.Bot.Conversation;
using SmartCity.Bot.Dialogs;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// How the knowledge dialog reads a message before the answerer sees it: declined outright when the recognizer clearly
/// reads it as about something else, otherwise answered with the hints the recognizer found (year, region, pillar).
/// </summary>
/// <param name="ClearlyOffTopic">The recognizer's out-of-scope reading is clear and the message names no document subject.</param>
public sealed record QuestionReading(bool ClearlyOffTopic, ConversationTopic? Topic, KnowledgeHints Hints)
{
    /// <summary>
    /// What the documents are asked instead of the message: the topic of the asker's work stated in an opening, or the
    /// question without the sentences that frame it (<see cref="QuestionPreamble"/>).
    /// </summary>
    public string? Asked { get; init; }

    /// <summary>
    /// Asked when <see cref="Asked"/> is not answered surely (the framing may hold the subject after all): the message
    /// with only its greetings and thanks gone, or the whole message; with <see cref="WholeHints"/>. Null: only
    /// <see cref="Asked"/> is asked.
    /// </summary>
    public string? Whole { get; init; }

    /// <summary>The hints of the whole message, with the places and years its framing names (<see cref="Whole"/>).</summary>
    public KnowledgeHints? WholeHints { get; init; }

    /// <summary>
    /// Asked when the documents lack the asker's own place, named only in the message's framing ("saya operator bappeda kota
    /// X, angkatan 2023. tahapan penilaiannya apa?"): the closing question without it, in turn (<see cref="QuestionPreamble.ClosingQuestionsWithoutPlace"/>).
    /// An answer is taken only when it is sure and about no region (<see cref="AboutNoRegion"/>): what holds for every
    /// kabupaten/kota holds for the asker's, another region's fact does not.
    /// </summary>
    public IReadOnlyList<(string Question, KnowledgeHints Hints)> WithoutOwnPlace { get; init; } = [];

    /// <summary>Whether an answer names no kabupaten/kota (set with <see cref="WithoutOwnPlace"/>).</summary>
    public Func<KnowledgeAnswer, bool>? AboutNoRegion { get; init; }

    /// <summary>
    /// The places a sure answer lists that the closing question never asked for, null when the answer is no list of
    /// places (set with <see cref="WithoutOwnPlace"/> when the closing question asks no list or count): the asker's place,
    /// named only in the framing, ranked the list that holds it (an officer of a 2023 participant asking whether
    /// masterplans need a regulation is not asking who took part).
    /// </summary>
    public Func<KnowledgeAnswer, IReadOnlySet<string>?>? PlacesListedUnasked { get; init; }

    /// <summary>The asker's own places (kabupaten/kota names), named only in the framing (set with <see cref="WithoutOwnPlace"/>).</summary>
    public IReadOnlySet<string> AskersPlaces { get; init; } = new HashSet<string>();

    /// <summary>The reply of <paramref name="answerer"/> (the installed model, or a variant being calibrated) to this reading.</summary>
    public KnowledgeAnswer AnsweredBy(QuestionAnswerer answerer, string text)
    {
        var answer = FirstAnsweredBy(answerer, text);
        if (AboutNoRegion is null) return answer;
        var listed = answer.Kind == AnswerKind.Answered ? PlacesListedUnasked?.Invoke(answer) : null;
        var listedOwn = listed is not null;
        // Not answered surely (the asker's place pulled the ranking to its list or away from the subject), or their place
        // is all the documents lack: what holds for every kabupaten/kota is asked.
        if (answer.Kind is not (AnswerKind.NotSure or AnswerKind.OutOfScope) && !listedOwn) return answer;
        // Of the closing question's readings (with the framing's year, then without), the surer sure answer: the asker's
        // cohort year may be the question's condition, or only say who asks and pull the ranking to that year's sections.
        KnowledgeAnswer? surest = null;
        foreach (var (question, hints) in WithoutOwnPlace)
            if (answerer.Answer(question, Topic, hints) is { Kind: AnswerKind.Answered } general && AboutNoRegion(general)
                && (surest is null || general.Score > surest.Score)) surest = general;
        // A list holding the asker's own place that the question never asked for is no answer, however sure its ranking:
        // with no reading of the question alone to give instead, the asker is told the bot is unsure rather than handed
        // their cohort's list. (Examples naming other places, "Cirebon 2017, Banyumas 2019 …", may still answer it.)
        return surest ?? (listed is not null && listed.Overlaps(AskersPlaces) ? answer with { Kind = AnswerKind.NotSure, Answer = null } : answer);
    }

    private KnowledgeAnswer FirstAnsweredBy(QuestionAnswerer answerer, string text)
    {
        if (ClearlyOffTopic) return new KnowledgeAnswer(AnswerKind.OutOfScope, text, null, null, [], []);
        if (Asked is null) return answerer.Answer(Whole ?? text, Topic, WholeHints ?? Hints);
        var asked = answerer.Answer(Asked, Topic, Hints);
        return asked.Kind == AnswerKind.Answered || Whole is null ? asked : answerer.Answer(Whole, Topic, WholeHints ?? Hints);
    }
}

/// <summary>
/// The one path from a message to the documents' answer, shared by the chat (<see cref="KnowledgeHandler"/>) and the
/// staff commands (ask, report, report --calibrate): what staff measure and calibrate is what users meet.
/// </summary>
public sealed class DocumentQuestions(Recognizer recognizer, EntityRecognizer entities, OffTopic scope, QuestionAnswerer answerer, RegionRegistry registry,
    Timeline.CohortEvents cohortEvents)
{
    // The recognizer's out-of-scope reading counts when it is this clear (its examples, knowledge/understanding/out-of-scope.lu).
    private const double ClearOutOfScope = 0.55;

    /// <summary>A message in a conversation: the recognizer's reading of it, what the conversation remembers, its last topic.</summary>
    public QuestionReading Read(string text, Recognition recognition, ConversationMemory memory, ConversationTopic? topic)
    {
        var reading = new QuestionReading(OffTopic(recognition.Entities.WorkTopic ?? text, recognition, topic), WithPillarAsked(topic, memory.PillarFor(recognition.Entities)),
            WithTopicYear(Hints(recognition.Entities, memory), recognition.Entities, topic) with { ReadAsOffTopic = recognition.TopIntent == IntentNames.OutOfScope })
        { Asked = recognition.Entities.WorkTopic };
        if (reading.Asked is not null) return reading;
        var named = PillarNamed(QuestionPreamble.WithReferentNamed(text) ?? text, recognition.Entities, memory);
        var framed = WithoutFraming(reading, named, memory, topic);
        framed = named == text || framed.Asked is not null || framed.Whole is not null ? framed : framed with { Whole = named };
        return WithoutOwnPlace(framed, named, memory, topic);
    }

    /// <summary>
    /// A message whose framing names the asker's place ("kami dari kab X, peserta 2023.") and whose closing question
    /// names no place of its own nor points back at theirs ("kami", "daerah kami"): the closing question alone may be
    /// asked when the documents lack that place (<see cref="QuestionReading.WithoutOwnPlace"/>).
    /// </summary>
    private QuestionReading WithoutOwnPlace(QuestionReading reading, string text, ConversationMemory memory, ConversationTopic? topic)
    {
        if (reading.ClearlyOffTopic || QuestionPreamble.ClosingQuestionsWithoutPlace(text) is not { Count: > 0 } closing
            || entities.Recognize(QuestionPreamble.FramingWithoutPlace(text)).Entities.Regions is not { IsEmpty: false } framingPlaces) return reading;
        var all = closing.Select(q => (Question: q, Entities: entities.Recognize(q).Entities)).ToList();
        if (all.Any(a => a.Entities is not { RefersBack: false, Regions.IsEmpty: true })) return reading;
        // "kami" that only acts ("lalu kami mesti menyiapkan dokumen mana") points at no place; "angkatan kami" with the framing's
        // year added asks of that cohort, which holds for every place in it. Any other "kami" is the asker's place.
        if (all.Any(a => a.Entities.OwnRegion && !a.Entities.OwnCohort && !OnlyActs(a.Question))) return reading;
        var asked = all.Where(a => !a.Entities.OwnRegion || OnlyActs(a.Question) || NamesYear(a.Question)).ToList();
        if (asked.Count == 0) return reading;
        return reading with
        {
            WithoutOwnPlace = asked.Select(a => (a.Question, WithTopicYear(Hints(a.Entities, memory), a.Entities, topic) with { ReadAsOffTopic = reading.Hints.ReadAsOffTopic })).ToList(),
            AboutNoRegion = NamesNoRegion,
            PlacesListedUnasked = asked.Any(a => AsksOfPlaces(a.Question, a.Entities)) ? null : PlacesListed,
            AskersPlaces = NamesOf(framingPlaces),
        };
    }

    /// <summary>
    /// A list or count asked of places: of the cohort ("seangkatan", "tahun itu"), or naming what counts places or who took
    /// part (hitungan-daerah.txt, hitungan-peserta.txt, hitungan-wilayah.txt). "Sub-dimensinya apa saja" asks a list of
    /// something else: their cohort's list of places, pulled up by the asker's place, answers it no better than a yes/no question.
    /// </summary>
    private static bool AsksOfPlaces(string question, Entities asked) =>
        (asked.AsksList || asked.AsksCount)
        && (asked.OwnCohort || asked.SameYear || asked.CohortCompanion || PlacesCounted.IsMatch(InformalIndonesian.Normalize(question)));

    private static readonly CuePattern PlacesCounted = new(@"\b(?:{:hitungan-daerah}|{:hitungan-peserta}|{:hitungan-wilayah})\b");

    private static bool NamesYear(string question) => AnswerTypes.Years(InformalIndonesian.Normalize(question)).Count > 0;

    /// <summary>
    /// Every first-person word of the question (knowledge/lexicon/penanya.txt: "kami", "kita", "saya") follows a word that
    /// makes the next one a deed (pemicu-kata-kerja.txt: "harus", "perlu", "boleh"): the asker is who acts, not a place asked of.
    /// </summary>
    private static bool OnlyActs(string question)
    {
        var words = InformalIndonesian.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lists = Lexicon.Current.Lists;
        var leads = lists.TryGetValue("pemicu-kata-kerja", out var l) ? l.ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        var firstPerson = lists.TryGetValue("penanya", out var p) ? p.ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        var persons = Enumerable.Range(0, words.Length).Where(i => firstPerson.Contains(words[i])).ToList();
        return persons.Count > 0 && persons.All(i => i > 0 && leads.Contains(words[i - 1]));
    }

    // The places of an answer whose text names several kabupaten/kota: a list of places (participants of a year, of a province).
    private IReadOnlySet<string>? PlacesListed(KnowledgeAnswer answer) =>
        PlacesNamedIn(answer) is { } places && places.Mentions.Count >= ListedPlaces ? NamesOf(places) : null;

    private const int ListedPlaces = 4;

    // Every place a mention may be (a name both a kabupaten and a kota bear is either).
    private static IEnumerable<Region> Candidates(RegionQuery places) => places.Mentions.SelectMany(m => m.Candidates);

    private static HashSet<string> NamesOf(RegionQuery places) => Candidates(places).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);

    // The answer's text (its lines and list items) names no kabupaten/kota outside the sentences that open with an example
    // ("Contoh: … Kota Depok …", bukti-contoh.txt): what it says holds for every kabupaten/kota, its examples only show it.
    private bool NamesNoRegion(KnowledgeAnswer answer) =>
        answer.Answer is { } shown && entities.Recognize(WithoutExamples(shown.Items.Prepend(shown.Body))).Entities.Regions.IsEmpty;

    /// <summary>The sentences of <paramref name="parts"/> that do not open with an example cue (bukti-contoh.txt).</summary>
    public static string WithoutExamples(IEnumerable<string> parts) =>
        string.Join(' ', parts.SelectMany(QuestionPreamble.Sentences).Where(sentence => !ExampleOpener.IsMatch(sentence)));

    private static readonly CuePattern ExampleOpener = new(@"^\W*(?:{:bukti-contoh})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    // The places the answer's text (its lines and list items) names; null for an answer with no text.
    private RegionQuery? PlacesNamedIn(KnowledgeAnswer answer) =>
        answer.Answer is { } shown ? entities.Recognize(string.Join(' ', shown.Items.Prepend(shown.Body))).Entities.Regions : null;

    /// <summary>
    /// "pilar itu" asked of the documents by the pillar's name (the one named before it in the message, else the one spoken
    /// of last): the hint alone leaves "pilar … apa saja" to the overview of all six, which shares every other word.
    /// </summary>
    private string PillarNamed(string text, Entities asked, ConversationMemory memory) =>
        asked.RefersToPillar && entities.WithPillarPointedAt(text, memory.LastPillar) is { } named ? named : text;

    /// <summary>
    /// Greetings and thanks are not asked of the documents, nor sentences about the asker that name a time counted from
    /// now (<see cref="QuestionPreamble"/>): the question alone is, with the hints of its own entities. A question pointing at the asker's own region or back at the framing ("daerah kami", "tersebut") is
    /// asked with it; so is a question the documents do not answer surely alone.
    /// </summary>
    private QuestionReading WithoutFraming(QuestionReading reading, string text, ConversationMemory memory, ConversationTopic? topic)
    {
        var framing = QuestionPreamble.Of(text);
        if (framing == QuestionPreamble.None) return reading;
        if (framing is { Question: { } question, Scene: { } scene } && Steers(scene, question) && entities.Recognize(question).Entities is { OwnRegion: false, RefersBack: false } own)
            return reading with
            {
                Asked = question, Whole = framing.Polite ?? text, WholeHints = reading.Hints,
                Hints = WithTopicYear(Hints(own, memory), own, topic) with { ReadAsOffTopic = reading.Hints.ReadAsOffTopic },
            };
        return framing.Polite is { } polite ? reading with { Whole = polite } : reading;
    }

    /// <summary>
    /// Sentences about the asker that would pull the ranking: time counted from now (that their region only began this year)
    /// pulls it to the latest year's sections. A place in them stays while the question names no year: an asker saying
    /// where they work may go on to ask of it without saying so (tried: dropping the framing's places lost such a turn of
    /// a round conversation), and who the asker is ("kami konsultan") names nothing the documents are about. A question
    /// naming a year of its own that is not a year the asker's place took part in asks of that year: the asker's place
    /// and cohort year would pull it to their own cohort. A year their place took part in may ask of their own cohort.
    /// The asker's own work ("lagi bikin tugas") would pull it to sections sharing that word's root ("petugas").
    /// </summary>
    private bool Steers(string scene, string question)
    {
        if (QuestionPreamble.NamesTime(scene) || entities.NamesAskersWork(scene)) return true;
        var asked = AnswerTypes.Years(InformalIndonesian.Normalize(question));
        if (asked.Count == 0) return false;
        var places = Candidates(entities.Recognize(scene).Entities.Regions).ToList();
        if (places.Any(p => registry.ParticipationsOf(p).Any(t => asked.Contains(t.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
            return false;
        return places.Count > 0 || AnswerTypes.Years(InformalIndonesian.Normalize(scene)).Count > 0;
    }

    /// <summary>
    /// "di hotel apa?" right after an answer to a question about one year: a short message naming no year, place or
    /// cohort of its own goes on about that year (it steers ranking; an answer about another year is not doubted for it).
    /// </summary>
    private static KnowledgeHints WithTopicYear(KnowledgeHints hints, Entities entities, ConversationTopic? topic)
    {
        if (hints.Year is not null || topic is null || entities is not { Year: null, Cohort: null, Regions.IsEmpty: true }
            || entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > ShortFollowUpWords) return hints;
        return AnswerTypes.Years(InformalIndonesian.Normalize(topic.Context)) is { Count: 1 } years
            ? hints with { Year = int.Parse(years.First(), System.Globalization.CultureInfo.InvariantCulture) } : hints;
    }

    // A follow-up this short leans on the question before it.
    private const int ShortFollowUpWords = 5;

    // A follow-up naming a pillar (or "pilar itu": the one last spoken of) asks the earlier question of that pillar: the
    // earlier one's pillars are replaced.
    private ConversationTopic? WithPillarAsked(ConversationTopic? topic, string? pillar) =>
        topic is not null && pillar is not null && entities.WithPillar(topic.Context, pillar) is { } replaced ? topic with { Context = replaced } : topic;

    /// <summary>The one pillar a text (an answer's heading) names, if any.</summary>
    public string? PillarNamedIn(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : _pillarOfHeading.GetOrAdd(text, t => entities.Recognize(t).Entities.Pillar);

    /// <summary>
    /// The one pillar an answer's text names by its own name ("… Depok Smart Pole pada pilar smart living"), so "pilar
    /// itu" next points at it; null when it names none or several (a list of winners per pillar is about no one pillar).
    /// </summary>
    public string? OnlyPillarIn(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : entities.PillarNames.Where(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)).ToList() is [var only] ? only : null;

    // Asked of a heading after every answer: the headings are few, so each is read once.
    private readonly Caching.BoundedMemo<string, string?> _pillarOfHeading = new(1024);

    /// <summary>A message that opens a new conversation (a tuning question, a staff `ask`).</summary>
    public QuestionReading Read(string text) => Read(text, null);

    /// <summary>A message after an answer on <paramref name="topic"/>, nothing else remembered (staff `ask --after`).</summary>
    public QuestionReading Read(string text, ConversationTopic? topic) => Read(text, recognizer.Recognize(text), ConversationMemory.Fresh(registry), topic);

    /// <summary>The installed answerer's reply to a message that opens a new conversation.</summary>
    public KnowledgeAnswer Answer(string text) => Read(text).AnsweredBy(answerer, text);

    /// <summary>
    /// Clearly about something else by the recognizer, and naming nothing the documents' titles and headings name:
    /// declined, though a document may share a word with it (a moon and a month are both "bulan").
    /// </summary>
    private bool OffTopic(string text, Recognition recognition, ConversationTopic? topic) =>
        recognition.TopIntent == IntentNames.OutOfScope && recognition.TopScore >= ClearOutOfScope && !scope.AsksAboutProgramme(text)
        && !answerer.ContinuesTopic(text, topic);

    /// <summary>What the question may leave out: the year, the region ("wilayah kami": the user's own; "mereka": the one spoken of last), the pillar.</summary>
    public KnowledgeHints Hints(Entities entities, ConversationMemory memory)
    {
        var region = entities.Region ?? (entities.OwnRegion ? memory.Region : entities.RefersBack || AsksWhyOfSubject(entities) ? memory.SpokenOf : null);
        var named = memory.YearFor(entities);
        var year = named ?? EventYearAsked(entities, memory);
        return new KnowledgeHints(year, region?.Name, memory.PillarFor(entities), YearPointedAt: PointsAtCohort(entities, memory, named, year),
            CohortStageOfOwn: named is null && year is { } lent && lent == memory.Cohort && AsksOwnCohortStage(entities, memory));
    }

    // A stage asked of "kami" (when or where the bimtek was): when or where a stage the whole cohort went through took place, asked of "ours" (or
    // of the user's own region by name) while no other region is named: the user's cohort year is the question's, as
    // "angkatan kami" makes it. How many parts a stage has ("bimteknya berapa tahap") is the programme's, not a year's.
    private static bool AsksOwnCohortStage(Entities entities, ConversationMemory memory) =>
        entities.NamesCohortStage && entities.Year is null && entities.Cohort is null
        && (AnswerTypes.Of(InformalIndonesian.Normalize(entities.Regions.Normalized)) & (AnswerType.Date | AnswerType.Place)) != 0
        && (entities is { OwnRegion: true, Regions.IsEmpty: true } || entities.Region is { } named && named.Code == memory.Region?.Code);

    // "kok bukan tahun sebelumnya?" right after a region was spoken of: a short why naming no place asks why of that region's fact.
    private static bool AsksWhyOfSubject(Entities entities) =>
        entities.Regions is { IsEmpty: true, Province: null, Island: null }
        && entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortFollowUpWords
        && AnswerTypes.AsksWhy(InformalIndonesian.Normalize(entities.Regions.Normalized));

    // A cohort's year ("angkatan pertama", "angkatan kami", an event of "ours" or of the user's region while no other region
    // is spoken of) is the one the question is about, as if named: a list dated per year answers with that year's lines. A
    // year lent only because the conversation was last about it is not (it may be an earlier topic's), nor the user's own
    // cohort while another region is the subject ("MoU-nya kapan?" may be that region's).
    private static bool PointsAtCohort(Entities entities, ConversationMemory memory, int? named, int? year) =>
        entities.Year is null && year is { } asked
        && (entities.Cohort == asked || (entities.OwnCohort && named == asked)
            || (named is null && asked == memory.Cohort && (entities.OwnRegion || memory.Subject is null || memory.Subject.Code == memory.Region?.Code)));

    // When or where an event of "ours" took place (a date or place asked with "kami"), or when, where, how long, who or how
    // many of a stage the whole cohort went through ("berapa bulan bimtek kita", "bimteknya siapa yang mendampingi"), is
    // the user's cohort's; so is the same question with no
    // "kami" from a user who said their region, unless the conversation turned to another year. Someone who named no
    // region of their own (a consultant writing for one) asks a stage of the region spoken of in its cohort year.
    // Words asking about the present (penanda-kini.txt, penanda-terbaru.txt): "siapa menterinya sekarang" is no cohort's.
    private static readonly CuePattern Present = new(@"\b(?:{:penanda-kini}|{:penanda-terbaru})\b");

    private int? EventYearAsked(Entities entities, ConversationMemory memory)
    {
        // Chat spellings ask too: "dmn", "kpn" are "di mana", "kapan".
        var normalized = InformalIndonesian.Normalize(entities.Regions.Normalized);
        // "hotel apa", "gedungnya mana" ask where the event was held, as "di mana" does (only here: read everywhere as a
        // place question, a venue word would make any question about a building ask for a city).
        var asked = AnswerTypes.Of(normalized) | (AnswerFit.AsksVenue(normalized) ? AnswerType.Place : AnswerType.None);
        var stage = entities.NamesCohortStage && (asked & (AnswerType.Date | AnswerType.Place | AnswerType.Duration | AnswerType.Person | AnswerType.Count)) != 0;
        // "balik ke Kota X, bimteknya berapa bulan?": a stage the whole cohort went through, asked naming the user's own region,
        // is of the user's cohort (another region named may be a document's own example of another year: left alone).
        if (stage && entities.Region is { } named && named.Code == memory.Region?.Code && memory.Cohort is { } owns) return owns;
        // Who was there (the minister who attended, who opened it) is of an event too, unless asked of the present.
        var eventAsked = AnswerType.Date | AnswerType.Place | (Present.IsMatch(normalized) ? 0 : AnswerType.Person);
        if (!entities.Regions.IsEmpty || ((asked & eventAsked) == 0 && !stage)) return null;
        // "mou mereka di mana" after a neighbour was spoken of: their cohort, not the user's own.
        if (entities is { RefersBack: true, OwnRegion: false } && !memory.SubjectFromAnswer && memory.Subject is { } subject
            && subject.Code != memory.Region?.Code && memory.SubjectCohort is { } subjects) return subjects;
        // A conversation since turned to another year (an award of 2022 after "angkatan kami 2018") asks that year's event,
        // unless the event is one every cohort has (its MoU): that one stays unhinted, as before.
        if (memory.Cohort is { } cohort)
            return entities.OwnRegion || (memory.LastYear ?? cohort) == cohort ? cohort
                : cohortEvents.NamedIn(normalized).Count > 0 ? null : memory.LastYear;
        return stage && !memory.SubjectFromAnswer && memory.SubjectCohort is { } theirs
            && (entities.OwnRegion || entities.RefersBack || (memory.LastYear ?? theirs) == theirs) ? theirs : null;
    }
}
