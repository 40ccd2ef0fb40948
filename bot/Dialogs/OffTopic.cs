using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Dialogs;

/// <summary>
/// A message about something else entirely (weather, trains, football …) is never taken by a flow on a loose
/// reading: it goes to the knowledge dialog, which declines it politely. Off topic means the recognizer (learned from
/// knowledge/understanding/) ranks it out of scope, or a sentence names no region, no year and nothing the documents'
/// titles and headings name — the same document-derived scope the answerer uses, so a new document widens it.
/// </summary>
public sealed class OffTopic(QuestionAnswerer answerer, KnowledgeBase knowledge, Recognizer recognizer, EntityRecognizer entityWords, RegionRegistry registry,
    HandlerForms forms)
{
    // Per intent, the analysed words (as written and stemmed) of its examples: what that intent talks about.
    private readonly Lazy<Dictionary<string, HashSet<string>>> _analysedVocabulary = new(() => recognizer.Examples
        .GroupBy(e => e.Intent, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => KnowledgeIndex.TermsOf(string.Join('\n', g.Select(e => e.Text))), StringComparer.Ordinal));

    /// <summary>
    /// A message a region-data dialog was picked for, which asks about something only the documents explain (which
    /// pillar a region's programme belongs to, how a year's participants were chosen): it uses words the intent's
    /// own examples never use, words the documents do know, and the documents answer it with confidence. The data
    /// answer (a list, a yes) would miss the question; the documents' answer is the one to give.
    /// The words are weighed against the running dialog's intent (<see cref="DialogContext.Intent"/>: while it continues, its
    /// own, though the top intent is then often another one whose examples hold the words).
    /// </summary>
    public bool DocumentsAnswerBetter(DialogContext dialog)
    {
        // Only a place and follow-up words ("eh, kalau sebelahnya X?"): no topic of its own for the documents.
        if (dialog.Recognition.Entities.OnlyPlace) return false;
        // A foreign word that a document title or heading names is a subject of the documents; other foreign words
        // ("staf", "tempat") are only chat around the data question.
        var subjects = knowledge.Index.SubjectTerms;
        var foreign = TopicWordsForeignToIntent(dialog)
            .Any(t => t.Known && t.Options.Any(option => option.All(position => position.Any(subjects.Contains))));
        return foreign && answerer.Answer(dialog.Text).Kind == AnswerKind.Answered;
    }

    /// <summary>
    /// A message asking a detail that is never answered unless stated (a sum of money, a contact, a head count:
    /// confidence.json unstated_any_coverage) that no line of a data answer states: "berapa anggaran program X" shown
    /// X's card (its pillar, its region) would answer something else. The documents then answer it, or decline.
    /// </summary>
    public bool AsksUnstatedDetail(DialogContext dialog, IEnumerable<string> lines)
    {
        var asked = AskedDetail.Of(knowledge.Index.Analyze(dialog.Text)).Where(d => answerer.Model.UnstatedAnyCoverage.Contains(d.Name)).ToList();
        if (asked.Count == 0) return false;
        var shown = lines.ToList();
        return asked.Any(d => !shown.Any(d.StatedIn));
    }

    /// <summary>
    /// A message a region-data dialog was picked for, whose topic — the words beyond the place and the year — is a
    /// word neither the intent's own examples nor any document use, nor a typo of one (a city's area, its mayor, the
    /// distance between two cities): the programme data does not hold it, so the data answer (a yes, a list) would
    /// answer something else. The knowledge dialog then says it is not sure, or declines.
    /// </summary>
    public bool AsksBeyondSources(DialogContext dialog) =>
        !dialog.Recognition.Entities.OnlyPlace // "kalau tetangganya X?": the words around the place name no topic
        && dialog.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > ShortMessageWords
        // A message half in the intent's own words is that intent's, a misspelled or chat word aside.
        && recognizer.SpokenShare(dialog.Intent, WithoutPlaces(dialog.Recognition.Entities.Regions.Masked)) is not >= IntentWordsShare
        && TopicWordsForeignToIntent(dialog).Any(t => !t.Known && t.Options.Count == 1 && NamesAThing(t.Words, dialog.Text));

    private const double IntentWordsShare = 0.5;

    // The place is the data's subject, not the question's: the recognizer's stand-ins for a place, a province or a
    // year, and words of place names ("kota", "kabupaten") weigh neither way.
    private string WithoutPlaces(string masked) =>
        string.Join(' ', masked.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("xregion" or "xprovince" or "xyear") && !_regionWords.Value.Contains(w)));

    // As the answerer's confidence reads an unknown word: long enough, no verb prefix (knowledge/lexicon). Only words
    // the user wrote: the recognizer's placeholders for a place or a year are not topics.
    // A place name the recognizer left unresolved (one name for a kota and a kabupaten) is a place, not a topic.
    private bool NamesAThing(string word, string text) =>
        ConfidenceFeatures.NamesAThing(word) && text.Contains(word, StringComparison.OrdinalIgnoreCase)
        && !_regionWords.Value.Contains(word);

    private readonly Lazy<HashSet<string>> _regionWords = new(() => registry.Regions
        .SelectMany(r => RegionResolver.Normalize(r.Name + " " + r.Province).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToHashSet(StringComparer.OrdinalIgnoreCase));

    // The question's topic words (region names masked, asides and a self-introduction left out) that the top intent's
    // examples never use; numbers and a named pillar are filters of the data answer, not its topic.
    private IEnumerable<QuestionTerm> TopicWordsForeignToIntent(DialogContext dialog)
    {
        if (!_analysedVocabulary.Value.TryGetValue(dialog.Intent, out var examples)) return [];
        // Region names are masked: a place is the data dialog's subject, not a word of the question's topic.
        // A self-introduction (who the speaker is, and where from) is who asks, not what: only the request is weighed.
        // Asides about the conversation itself ("sebentar, sebelum lanjut") name no topic either.
        // A greeting or courtesy ("halo", "selamat pagi"; knowledge/lexicon/basa-basi.txt) frames the question, naming no topic.
        var asked = dialog.Recognition.Entities.Asked;
        var analyzed = answerer.Analyze(entityWords.WithoutAsides(asked));
        // A pillar named is, like the place, what the data answer is filtered by (a region's innovations of one pillar).
        var pillar = dialog.Recognition.Entities.Pillar is { } named ? KnowledgeIndex.TermsOf(named) : [];
        // Numbers ("10 peserta") count things; they name no topic.
        return analyzed.Terms.Where(t => !t.Generic && !t.Words.Any(char.IsDigit)
            && !t.Options.Any(option => option.All(position => position.Any(pillar.Contains)))
            && !t.Options.Any(option => option.All(position => position.Any(examples.Contains))));
    }

    /// <summary>
    /// A message a region-data dialog was picked for that asks for a kind of fact its data does not hold
    /// (knowledge/understanding/handlers.json): "siapa wali kota X" (an office holder), "berapa APBD X", "universitas
    /// mana …", "how many residents X has" (the noun asked for is no word of the intent's own examples), or a kind
    /// of answer the dialog never gives (a reason, a duration, a venue). The documents answer it, or decline.
    /// </summary>
    public bool AsksOtherKind(DialogContext dialog, string? handler = null)
    {
        var intent = handler ?? dialog.Intent;
        if (!forms.Handlers.TryGetValue(intent, out var kinds)) return false;
        var entities = dialog.Recognition.Entities;
        // Only a place and follow-up words ("kalau tetangganya X?"): the same kind of fact as before, about X.
        if (entities.OnlyPlace) return false;
        // A greeting before the question ("halo, apakah …") frames it: it asks for no kind of fact and names no thing.
        var question = entities.Asked;
        var wanted = AnswerTypes.Of(question);
        var answered = Kinds(intent, kinds);
        // "bekerja sama dengan mereka gimana": a place pointed back to (the one just spoken of) is a place named.
        // A place named only where the speaker says who they are ("saya pegawai di Kota X, …")
        // is who asks, not a partner the request names: how partnering works is then the documents' question.
        var place = (entities.Regions.Mentions.Count > 0 && !(entities.Introduces && entities.PlacesOnlyBeforeQuestion))
            || (entities.RefersBack && dialog.Memory.Subject is not null);
        if (place && forms.WithPlace.TryGetValue(intent, out var withPlace)) answered |= Kinds(intent + "+place", withPlace);
        // A how-question after the asker's own wish (speaker word, then a wish word) asks how to make that request.
        // The speaker may be named in an introduction the request was cut from (who they are, then the wish): the whole message is read.
        if (forms.WithWish.TryGetValue(intent, out var withWish)
            && (SpeakerWish.In(question) || SpeakerWish.In(InformalIndonesian.Normalize(entities.Regions.Masked)))) answered |= Kinds(intent + "+wish", withWish);
        if ((wanted & ~answered) != AnswerType.None || AnswerTypes.AsksOfficeHolder(question)) return true;
        if (AskedNouns(question).Any(nouns => nouns.Count > 0 && !nouns.Any(noun => IntentKnows(intent, noun)))) return true;
        // "population of X": the place is all the intent recognised; none of the words about it are the intent's. An
        // introduction alone (a greeting and the user's office and region) and an intent the conversation settled (a
        // place corrected after a place answer) are not read from their words.
        if (dialog.Recognition.Settled || (entities.Introduces && entities.Request is null)) return false;
        var topic = TopicWords(entities.RequestIsLastQuestion ? InformalIndonesian.Normalize(entities.Regions.Masked) : question);
        return topic.Count > 0 && !topic.Any(word => IntentKnows(intent, word));
    }

    // The message's words beyond places, years, function and skipped words: what it is about.
    private List<string> TopicWords(string question)
    {
        var topic = new List<string>();
        foreach (var word in question.Split([' ', '?', '!', '.', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries))
            if (IsNoun(word) && !IsProvinceWord(word) && !Skippable(word) && !_regionWords.Value.Contains(word) && !NamesProgramme(word)) topic.Add(word);
        return topic;
    }

    // The programme's own name ("smart city", "gerakan", knowledge/lexicon/penanda-program.txt) is in nearly every
    // message about it: it tells no handler's topic apart, so a place's rank in some index of smart cities has no word the
    // participation examples share once it is set aside.
    private static bool NamesProgramme(string word) =>
        Lexicon.Current.Lists.TryGetValue(ProgrammeFile, out var names) && names.Contains(word, StringComparer.OrdinalIgnoreCase);

    private const string ProgrammeFile = "penanda-program";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AnswerType> _kinds = new(StringComparer.Ordinal);

    // The kinds of fact a handler answers, by their names in handlers.json (a name that is no kind is ignored).
    private AnswerType Kinds(string intent, string[] names) => _kinds.GetOrAdd(intent, _ =>
        names.Aggregate(AnswerType.None, (all, name) => Enum.TryParse<AnswerType>(name, ignoreCase: true, out var kind) ? all | kind : all));

    /// <summary>
    /// Per question word of handlers.json in the message, the words it asks about: the noun after "berapa"/"which",
    /// the two words before "apa"/"mana" — up to a place or year stand-in or a function word (then none: "xregion apa
    /// saja" asks about the place).
    /// </summary>
    private IEnumerable<List<string>> AskedNouns(string question)
    {
        var words = question.Split([' ', '?', '!', '.', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (PhraseAt(words, i, forms.BeforeWords) is var before and > 0)
            {
                var j = i + before;
                while (j < words.Length && Skippable(words[j])) j++;
                // A word for a province right after "which" ("which provinces …") asks for places, as the province
                // stand-in does; before "apa"/"mana" ("provinsinya apa", below) it asks for a province, a fact of its own.
                yield return j < words.Length && IsNoun(words[j]) && !IsProvinceWord(words[j]) && !forms.PointsBack(words[j]) ? [words[j]] : [];
            }
            if (PhraseAt(words, i, forms.AfterWords) > 0)
            {
                var nouns = new List<string>(2);
                for (var j = i - 1; j >= 0 && nouns.Count < 2 && IsNoun(words[j]); j--) if (!Skippable(words[j])) nouns.Add(words[j]);
                yield return nouns;
            }
        }
    }

    // Chat particles and interjections ("oh iya, …", knowledge/lexicon/pengisi.txt) are not what a message is about.
    private bool Skippable(string word) => forms.Skips(word) || Lexicon.Current.Fillers.Contains(word);

    // A place or a year stand-in, a number, a function or stop word ("di", "dan") ends the noun: the question is about the place.
    private static bool IsNoun(string word) =>
        word is not ("xregion" or "xprovince" or "xyear") && !word.Any(char.IsDigit) && !QuestionCues.IsFunctionWord(word)
        && KnowledgeIndex.TermsOf(word).Count > 0;

    // A word for a province ("provinsi", "provinces": kata-provinsi.txt, tanya-provinsi.txt), which alone names no topic;
    // nor does one pointing at a known place's province ("yang seprovinsi siapa saja?").
    private bool IsProvinceWord(string word) => ProvinceWords.For(Lexicon.Current).Contains(word) || entityWords.PointsAtProvince(word);

    private static readonly PerLexicon<HashSet<string>> ProvinceWords = new(lexicon =>
        new[] { "kata-provinsi", "tanya-provinsi" }.SelectMany(name => lexicon.Lists.GetValueOrDefault(name) ?? []).ToHashSet(StringComparer.Ordinal));

    // Length in words of the phrase of `phrases` starting at `at` (the longest), 0 for none.
    private static int PhraseAt(string[] words, int at, string[][] phrases)
    {
        var best = 0;
        foreach (var parts in phrases)
        {
            if (parts.Length <= best || at + parts.Length > words.Length) continue;
            var match = true;
            for (var k = 0; k < parts.Length && match; k++) match = words[at + k] == parts[k];
            if (match) best = parts.Length;
        }
        return best;
    }

    // The intent's own examples use the word, as written or analysed (stemmed: "inovasinya" is "inovasi").
    private bool IntentKnows(string intent, string word) =>
        recognizer.SpokenShare(intent, word) is > 0
        || (_analysedVocabulary.Value.TryGetValue(intent, out var terms) && KnowledgeIndex.TermsOf(word).Overlaps(terms));

    /// <summary>Share of a message's words that the top intent's own examples use, for the message to be about that intent.</summary>
    private const double CoveredShare = 0.75;

    /// <summary>Short messages ("kalau 2019?", "iya") are left to the dialog: they lean on the conversation.</summary>
    private const int ShortMessageWords = 3;

    public bool Is(DialogContext dialog)
    {
        // The intent the dialog was begun for: a runner-up handed the message is judged by its own words.
        if (dialog.Intent == IntentNames.OutOfScope) return true;
        if (dialog.Intent != DialogRouter.FallbackIntent && (AsksBeyondSources(dialog) || AsksOtherKind(dialog))) return true;
        var entities = dialog.Recognition.Entities;
        if (entities.Regions.Mentions.Count > 0 || entities.Year is not null || entities.Cohort is not null || entities.Pillar is not null) return false;
        // "wilayah kami", "angkatan kami", "tahun tersebut", "yang seprovinsi": it leans on the conversation, which is about the programme.
        if (entities.OwnRegion || entities.OwnCohort || entities.SameYear || entities.SameProvince || entities.OwnProvince) return false;
        if (dialog.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortMessageWords) return false;
        if (SpeaksIntentWords(dialog.Intent, dialog.Recognition)) return false;
        return !ScopeGuard.NamesDocumentSubject(answerer.Analyze(dialog.Text), knowledge.Index);
    }

    // A request to the bot itself (to stop reminders, say) names nothing the documents name, yet is in scope when the
    // intent's examples speak its words. Questions for the documents keep the documents' own scope test.
    // A province's short form ("kepri") is a place, not a word the examples should have used.
    private bool SpeaksIntentWords(string intent, Recognition recognition) =>
        intent != DialogRouter.FallbackIntent
        && recognizer.SpokenShare(intent, WithoutPlaces(recognition.Entities.Regions.Masked)) >= CoveredShare;

    /// <summary>A sentence that names what the documents are about is a question, whatever the classifier leaned to.</summary>
    public bool AsksAboutProgramme(DialogContext dialog) => AsksAboutProgramme(dialog.Text);

    /// <inheritdoc cref="AsksAboutProgramme(DialogContext)"/>
    public bool AsksAboutProgramme(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > ShortMessageWords
        && ScopeGuard.NamesDocumentSubject(answerer.Analyze(text), knowledge.Index);

    /// <summary>
    /// The documents' intent reads the message nearly as well as the top one (within the calibrated near-tie ratio)
    /// and the documents answer it with confidence: "which body partnered the programme in a year?" is a question about the
    /// programme's partners, not a request to become one.
    /// </summary>
    public bool DocumentsCloseBehind(DialogContext dialog) =>
        dialog.Recognition.ScoreOf(DialogRouter.FallbackIntent) >= recognizer.Calibration.CloseRatio * dialog.Recognition.TopScore
        && DocumentsAnswer(dialog);

    /// <summary>The documents would decline the message as outside the programme (a question to the bot itself, say).</summary>
    public bool DocumentsDecline(DialogContext dialog) => answerer.Answer(dialog.Text).Kind == AnswerKind.OutOfScope;

    /// <summary>The documents answer the message with confidence (a programme question that also names a place).</summary>
    public bool DocumentsAnswer(DialogContext dialog) => answerer.Answer(dialog.Text).Kind == AnswerKind.Answered;

    /// <summary>
    /// The documents answer the message with confidence from a section that names <paramref name="year"/>: for a year
    /// the participation data holds no list of (a cohort still being proposed), a staff document about that year is
    /// the only source that can answer.
    /// </summary>
    public bool DocumentsAnswerAboutYear(DialogContext dialog, int year) =>
        ConfidentPassage(dialog) is { } passage
        && AnswerTypes.Years($"{passage.DocumentTitle}\n{string.Join("\n", passage.Headings)}\n{passage.Body}").Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The documents answer the message with confidence from a section that names <paramref name="place"/> (a staff document about it).</summary>
    public bool DocumentsAnswerAbout(DialogContext dialog, string place) =>
        ConfidentPassage(dialog) is { } passage
        && (passage.DocumentTitle.Contains(place, StringComparison.OrdinalIgnoreCase) || passage.Body.Contains(place, StringComparison.OrdinalIgnoreCase)
            || passage.Headings.Any(h => h.Contains(place, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The passage the documents answer the message from with confidence, or null.</summary>
    private Passage? ConfidentPassage(DialogContext dialog) =>
        answerer.Answer(dialog.Text) is { Kind: AnswerKind.Answered, Best.Passage: var passage } ? passage : null;

    /// <summary>
    /// A flow that needs a region, given a message naming none, which the documents answer with confidence
    /// (a date in a page staff just added about some event): the answer, not a
    /// request for a region, is what was asked for — so a new document is reachable with no change to the intents.
    /// </summary>
    public bool DocumentsAnswerWithoutRegion(DialogContext dialog) =>
        dialog.Recognition.Entities.Regions.Mentions.Count == 0 && !dialog.Recognition.Entities.OwnRegion
        && dialog.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > ShortMessageWords
        && answerer.Answer(dialog.Text).Kind == AnswerKind.Answered;

    /// <summary>
    /// A question (a question mark or a question word) naming a place that a document is itself about — its title
    /// names the place, as a city's call for partners or a province's roadmap does — which that document answers with
    /// confidence: the document's answer is what was asked for, not a flow about the place.
    /// </summary>
    public bool PlaceDocumentAnswers(DialogContext dialog)
    {
        var places = dialog.Recognition.Entities.Regions.Mentions.SelectMany(m => m.Candidates).ToList();
        if (places.Count == 0) return false;
        var asks = dialog.Text.TrimEnd().EndsWith('?') || AnswerTypes.Of(InformalIndonesian.Normalize(dialog.Text)) != AnswerType.None;
        if (!asks || answerer.Answer(dialog.Text) is not { Kind: AnswerKind.Answered, Best: { } best }) return false;
        var title = KnowledgeIndex.TermsOf(best.Passage.DocumentTitle);
        return places.Any(p => KnowledgeIndex.TermsOf(p.Name).IsSubsetOf(title));
    }

    /// <summary>
    /// Thanks only when the words are thanks (knowledge/lexicon), not whatever the classifier leaned to. Commas and the
    /// like only separate clauses (thanks, then "that's all"); they do not make thanks a question. An apostrophe only
    /// joins a contraction ("that's"): it is left out, not read as a sign of a question.
    /// </summary>
    public static bool IsThanks(DialogContext dialog) =>
        // "oh, kalau Kota Depok?": a place named is a follow-up about it, whatever thanks word opens it.
        dialog.Recognition.Entities.Regions.IsEmpty &&
        ScopeGuard.IsThanks(InformalIndonesian.Normalize(string.Join(' ', dialog.Text.Replace("'", "").Replace("’", "")
            .Split([',', ';', ':'], StringSplitOptions.RemoveEmptyEntries))));
}
