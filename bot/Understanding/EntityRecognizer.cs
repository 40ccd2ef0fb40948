using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Understanding;

/// <summary>The entity words staff edit in knowledge/understanding/entities.json.</summary>
public sealed record EntityWords(
    [property: JsonPropertyName("pillars")] Dictionary<string, string[]> Pillars,
    [property: JsonPropertyName("ordinals")] Dictionary<string, int> Ordinals,
    [property: JsonPropertyName("cohortWords")] string[] CohortWords,
    [property: JsonPropertyName("ownRegion")] string[] OwnRegion,
    [property: JsonPropertyName("ownCohort")] string[] OwnCohort,
    [property: JsonPropertyName("sameYear")] string[] SameYear,
    [property: JsonPropertyName("listWords")] string[] ListWords,
    [property: JsonPropertyName("checklistValues")] Dictionary<string, string[]> ChecklistValues,
    [property: JsonPropertyName("fillers")] string[] Fillers)
{
    /// <summary>Answer words that, opening a longer message, answer the waiting checklist question ("sudah, perbupnya terbit …").</summary>
    [JsonPropertyName("checklistLeads")]
    public Dictionary<string, string[]> ChecklistLeads { get; init; } = [];

    /// <summary>Words that soften a checklist answer ("kayaknya belum"): the answer stands, the hedge is skipped.</summary>
    [JsonPropertyName("checklistHedges")]
    public string[] ChecklistHedges { get; init; } = [];

    /// <summary>Words by which a statement points at the question just asked ("yang ini belum", "untuk poin itu sudah").</summary>
    [JsonPropertyName("checklistPointers")]
    public string[] ChecklistPointers { get; init; } = [];

    /// <summary>Words that set a later answer against an earlier one ("sudah, tapi belum disahkan"): the later one counts.</summary>
    [JsonPropertyName("checklistContrast")]
    public string[] ChecklistContrast { get; init; } = [];

    /// <summary>
    /// Acknowledgements that may open a checklist answer without being it ("ok lanjut, sudah", "sip, belum"): skipped
    /// before the answer phrase the message opens with. Alone they stay what checklistValues make of them.
    /// </summary>
    [JsonPropertyName("checklistAcknowledgements")]
    public string[] ChecklistAcknowledgements { get; init; } = [];

    /// <summary>Words that negate what follows ("tidak", "jangan", "gak"): the classifier reads the next words as negated.</summary>
    [JsonPropertyName("negators")]
    public string[] Negators { get; init; } = [];

    /// <summary>Words by which the part after who asks asks the bot for something ("bisa minta kontaknya") without a question word.</summary>
    [JsonPropertyName("asksOfBot")]
    public string[] AsksOfBot { get; init; } = [];

    /// <summary>Words by which a first clause opening with a speaker word states a wish ("sy mau tau …"): it is the request, not who asks.</summary>
    [JsonPropertyName("speakerWants")]
    public string[] SpeakerWants { get; init; } = [];

    /// <summary>
    /// Word classes for the classifier (like LUIS phrase lists): every word of a class also votes as the class, so a
    /// role or a kind of work written in no example ("wartawan", "tesis") reads like the listed words that are.
    /// </summary>
    [JsonPropertyName("wordClasses")]
    public Dictionary<string, string[]> WordClasses { get; init; } = [];

    /// <summary>Words pointing back at the region last spoken of ("mereka", "daerah itu", "di sana").</summary>
    [JsonPropertyName("pointBack")]
    public string[] PointBack { get; init; } = [];

    /// <summary>Point-back words that speak of several ("mereka", "them"): right after a list of regions, the listed ones.</summary>
    [JsonPropertyName("pointBackMany")]
    public string[] PointBackMany { get; init; } = [];

    /// <summary>Words that correct what the user said before ("eh, maksud saya …", "ralat"): with only a year, the
    /// year of the last question is corrected, not the region.</summary>
    [JsonPropertyName("corrections")]
    public string[] Corrections { get; init; } = [];

    /// <summary>Words for "year" that may stand beside a year in a follow-up ("kalau tahun 2019?").</summary>
    [JsonPropertyName("yearWords")]
    public string[] YearWords { get; init; } = [];

    /// <summary>Opening words that point at the one programme just shown ("itu", "program itu", "that one").</summary>
    [JsonPropertyName("thingBack")]
    public string[] ThingBack { get; init; } = [];

    /// <summary>Words before an ordinal that make it point at an item of the bot's last list ("yang kedua", "the first").</summary>
    [JsonPropertyName("itemBack")]
    public string[] ItemBack { get; init; } = [];

    /// <summary>Words before a number that make it point at an item of the bot's last list ("nomor 3", "poin 2").</summary>
    [JsonPropertyName("itemNumber")]
    public string[] ItemNumber { get; init; } = [];

    /// <summary>Words after which "yang kedua" names a stage or cohort, not a listed item ("angkatan yang pertama").</summary>
    [JsonPropertyName("itemNotAfter")]
    public string[] ItemNotAfter { get; init; } = [];

    /// <summary>Words pointing back at the pillar last spoken of ("pilar itu", "pilar tersebut").</summary>
    [JsonPropertyName("pillarBack")]
    public string[] PillarBack { get; init; } = [];

    /// <summary>Words that, around a place name alone, make a follow-up ("kalau", "gimana", "tetangganya").</summary>
    [JsonPropertyName("followUpWords")]
    public string[] FollowUpWords { get; init; } = [];

    /// <summary>
    /// Words right before a type word that make it point at the place of the same name of that type ("yang kabupaten
    /// ikut kapan?", "yg kota juga?"); see Conversation/SiblingPlace.
    /// </summary>
    [JsonPropertyName("siblingLead")]
    public string[] SiblingLead { get; init; } = [];

    /// <summary>Type words that point at the place of the same name by themselves ("kabupatennya", "kotanya").</summary>
    [JsonPropertyName("siblingSelf")]
    public string[] SiblingSelf { get; init; } = [];

    /// <summary>Words right after a type word that ask which place ("kota mana", "kabupaten apa"): no place is meant yet.</summary>
    [JsonPropertyName("whichPlace")]
    public string[] WhichPlace { get; init; } = [];

    /// <summary>Words by which people say where they are from or work ("kami dari", "operator", "diskominfo", "warga").</summary>
    [JsonPropertyName("selfIntro")]
    public string[] SelfIntro { get; init; } = [];

    /// <summary>Words after the place that still belong to the introduction ("provinsi", fillers).</summary>
    [JsonPropertyName("introTrail")]
    public string[] IntroTrail { get; init; } = [];

    /// <summary>Words that, closing a message right after its place, say "this is X speaking" ("Pemkot X di sini", "X here").</summary>
    [JsonPropertyName("hereWords")]
    public string[] HereWords { get; init; } = [];

    /// <summary>Words of a request that asks nothing yet ("mau tanya soal smart city").</summary>
    [JsonPropertyName("vagueRequest")]
    public string[] VagueRequest { get; init; } = [];

    /// <summary>Words that make a place someone else's ("tetangga kami, Kabupaten X").</summary>
    [JsonPropertyName("otherPlace")]
    public string[] OtherPlace { get; init; } = [];

    /// <summary>
    /// Words that, just before a named region, make it the one whose cohort is asked of ("yang ikut bareng Kota X siapa
    /// saja", "how many joined together with X"): the region is the reference, its cohort the subject.
    /// </summary>
    [JsonPropertyName("cohortCompanions")]
    public string[] CohortCompanions { get; init; } = [];

    /// <summary>Words pointing at the province of the region spoken of ("seprovinsi", "provinsi yang sama").</summary>
    [JsonPropertyName("sameProvince")]
    public string[] SameProvince { get; init; } = [];

    /// <summary>Words pointing at the province of the user's own region ("provinsi kami").</summary>
    [JsonPropertyName("ownProvince")]
    public string[] OwnProvince { get; init; } = [];

    /// <summary>Stages every region of a cohort went through in its year ("bimtek", "assessment", "mou").</summary>
    [JsonPropertyName("cohortStages")]
    public string[] CohortStages { get; init; } = [];

    /// <summary>Words about the conversation itself ("sebentar", "sebelum lanjut", "btw"): no topic of the question.</summary>
    [JsonPropertyName("asides")]
    public string[] Asides { get; init; } = [];

    /// <summary>
    /// Words that only sharpen a question ("tepatnya", "persisnya", "exactly"): "di mana tepatnya?" asks what "di mana?"
    /// asks. Read past like the asides, so a word some example happens to hold does not pick the intent.
    /// </summary>
    [JsonPropertyName("intensifiers")]
    public string[] Intensifiers { get; init; } = [];

    /// <summary>Words a speaker's self-description starts with ("saya", "kami").</summary>
    [JsonPropertyName("speakerStart")]
    public string[] SpeakerStart { get; init; } = [];

    /// <summary>
    /// Who the asker is, beyond the roles of <see cref="WordClasses"/> ("pengusaha", "startup", "lsm"): "saya wartawan di
    /// Kota X", a speaker word, a role and a <see cref="SpeakerPlaceWords"/> word before the place, introduce the asker.
    /// </summary>
    [JsonPropertyName("speakerRoles")]
    public string[] SpeakerRoles { get; init; } = [];

    /// <summary>Words joining a role to where the asker is ("di", "dari"): "saya jurnalis dari Kota X".</summary>
    [JsonPropertyName("speakerPlaceWords")]
    public string[] SpeakerPlaceWords { get; init; } = [];

    /// <summary>Question words: a clause holding one is the question, not a description of who asks.</summary>
    [JsonPropertyName("questionWords")]
    public string[] QuestionWords { get; init; } = [];

    /// <summary>Words joining two questions in one message ("… angkatan ke berapa serta batas laporan kami kapan?").</summary>
    [JsonPropertyName("questionJoins")]
    public string[] QuestionJoins { get; init; } = [];

    /// <summary>
    /// Words opening the asker's reason ("karena", "soalnya"): from there to the end of the clause the message says why,
    /// not what it asks (see <see cref="EntityRecognizer.WithoutReasons"/>).
    /// </summary>
    [JsonPropertyName("reasonWords")]
    public string[] ReasonWords { get; init; } = [];

    /// <summary>Words opening the asker's purpose ("biar", "untuk bahan"): a reason only after words that ask nothing.</summary>
    [JsonPropertyName("purposeWords")]
    public string[] PurposeWords { get; init; } = [];

    /// <summary>Question words that make a reason a question ("karena apa?"); not "ada" ("karena ada rapat" asks nothing).</summary>
    [JsonPropertyName("reasonAsks")]
    public string[] ReasonAsks { get; init; } = [];

    /// <summary>Words asking how many took part ("ada berapa", "jumlah peserta").</summary>
    [JsonPropertyName("countWords")]
    public string[] CountWords { get; init; } = [];

    /// <summary>The word class (of <see cref="WordClasses"/>) naming the asker's work ("skripsi", "liputan").</summary>
    [JsonPropertyName("workWordClass")]
    public string WorkWordClass { get; init; } = "";

    /// <summary>Words after a work word that open its topic ("skripsi tentang …", "liputan soal …").</summary>
    [JsonPropertyName("workTopicMarkers")]
    public string[] WorkTopicMarkers { get; init; } = [];

    /// <summary>Words for the programme year before the one spoken of ("tahun sebelumnya"); see Conversation/RelativeYear.</summary>
    [JsonPropertyName("yearBefore")]
    public string[] YearBefore { get; init; } = [];

    /// <summary>Words for the programme year after the one spoken of ("tahun berikutnya").</summary>
    [JsonPropertyName("yearAfter")]
    public string[] YearAfter { get; init; } = [];

    /// <summary>Words for the cohort before the user's own ("sebelum angkatan kita"): stepped from their cohort, not the year last spoken of.</summary>
    [JsonPropertyName("ownCohortBefore")]
    public string[] OwnCohortBefore { get; init; } = [];

    /// <summary>Words for the cohort after the user's own ("setelah angkatan kita").</summary>
    [JsonPropertyName("ownCohortAfter")]
    public string[] OwnCohortAfter { get; init; } = [];

    /// <summary>Words for the regions that joined in any year before the user's own ("yang sebelum kita"): every earlier year, not one cohort.</summary>
    [JsonPropertyName("ownJoinedBefore")]
    public string[] OwnJoinedBefore { get; init; } = [];

    /// <summary>Words for the regions that joined in any year after the user's own ("yang setelah kita").</summary>
    [JsonPropertyName("ownJoinedAfter")]
    public string[] OwnJoinedAfter { get; init; } = [];

    /// <summary>Words for "the next cohort" ("angkatan berikutnya"): the one after the year spoken of only when its participants are counted.</summary>
    [JsonPropertyName("nextCohort")]
    public string[] NextCohort { get; init; } = [];

    /// <summary>Words asking how much of a flow is left ("tinggal berapa", "masih berapa lagi").</summary>
    [JsonPropertyName("progressWords")]
    public string[] ProgressWords { get; init; } = [];

    public static readonly EntityWords Empty = new([], [], [], [], [], [], [], [], []);

    /// <summary>The ordinal phrases normalized like message words and split into words, longest first ("ke dua" before
    /// "dua"); each reader keeps its own copy.</summary>
    public (int Value, string[] Words)[] OrdinalPhrases() =>
        Ordinals.Select(o => (o.Value, RegionResolver.Normalize(o.Key).Split(' '))).OrderByDescending(o => o.Item2.Length).ToArray();

    public static EntityWords Load(string path) => File.Exists(path)
        ? JsonSerializer.Deserialize<EntityWords>(File.ReadAllText(path)) ?? Empty
        : Empty;
}

/// <summary>Finds regions, provinces, years, cohorts, pillars, ordinals and references to "our" region/cohort anywhere in a message.</summary>
public sealed partial class EntityRecognizer(RegionResolver regions, EntityWords words)
{
    private readonly PhraseList _ownRegion = new(words.OwnRegion);
    private readonly PhraseList _ownCohort = new(words.OwnCohort);
    private readonly PhraseList _sameYear = new(words.SameYear);
    private readonly PhraseList _list = new(words.ListWords);
    private readonly PhraseList _pointBack = new(words.PointBack);
    private readonly PhraseList _pillarBack = new(words.PillarBack);
    private readonly PhraseList _selfIntro = new(words.SelfIntro);

    // The one-word offices of the self-introductions ("diskominfo", "bappeda").
    private readonly HashSet<string> _officeWords = words.SelfIntro.Where(p => !p.Contains(' ')).Select(RegionResolver.Normalize).ToHashSet(StringComparer.Ordinal);
    private readonly PhraseList _thingBack = new(words.ThingBack);
    private readonly HashSet<string> _ownWords = new PhraseList(words.OwnRegion).Phrases.Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _itemBack = PhraseList.Words(words.ItemBack);
    private readonly HashSet<string> _itemNumber = PhraseList.Words(words.ItemNumber);
    private readonly HashSet<string> _itemNotAfter = PhraseList.Words(words.ItemNotAfter);
    private readonly PhraseList _otherPlace = new(words.OtherPlace);
    private readonly PhraseList _sameProvince = new(words.SameProvince);
    private readonly PhraseList _pointBackMany = new(words.PointBackMany);
    private readonly HashSet<string> _listRequestWords = PhraseList.Words(words.ListWords.SelectMany(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    private readonly PhraseList _cohortCompanions = new(words.CohortCompanions);
    private readonly PhraseList _ownProvince = new(words.OwnProvince);
    private readonly PhraseList _cohortStages = new(words.CohortStages);
    private readonly PhraseList _asides = new([.. words.Asides, .. words.Intensifiers]);
    private readonly HashSet<string> _speakerStart = PhraseList.Words(words.SpeakerStart);
    private readonly HashSet<string> _speakerWants = PhraseList.Words(words.SpeakerWants);
    // Roles of who asks: the listed ones and the role word classes (students, journalists, officers), not kinds of work.
    private readonly HashSet<string> _speakerRoles = PhraseList.Words(words.SpeakerRoles
        .Concat(words.WordClasses.Where(c => c.Key != words.WorkWordClass).SelectMany(c => c.Value)));
    private readonly HashSet<string> _speakerPlaceWords = PhraseList.Words(words.SpeakerPlaceWords);
    private readonly HashSet<string> _asksOfBot = PhraseList.Words(words.AsksOfBot);
    private readonly HashSet<string> _questionWords = PhraseList.Words(words.QuestionWords);
    private readonly HashSet<string> _questionJoins = PhraseList.Words(words.QuestionJoins);
    private readonly PhraseList _count = new(words.CountWords);
    private readonly PhraseList _progress = new(words.ProgressWords);
    private readonly PhraseList _reasons = new(words.ReasonWords);
    private readonly PhraseList _purposes = new(words.PurposeWords);
    private readonly HashSet<string> _reasonAsks = PhraseList.Words(words.ReasonAsks);
    private readonly HashSet<string> _introTrail = PhraseList.Words(words.IntroTrail);
    private readonly PhraseList _hereWords = new(words.HereWords);
    private readonly HashSet<string> _vague = PhraseList.Words(words.VagueRequest);
    private readonly HashSet<string> _topicMarkers = PhraseList.Words(words.WorkTopicMarkers);
    private readonly HashSet<string> _works = PhraseList.Words(words.WordClasses.GetValueOrDefault(words.WorkWordClass) ?? []);
    // "skripsi saya nanti tentang …": how many words may stand between the work and its topic marker.
    private const int WorkTopicGap = 4;

    // How many words may stand between a role ("operator") and the place name, e.g. a programme name between them.
    private const int IntroGap = 3;
    private readonly HashSet<string> _followUp = PhraseList.Words(words.FollowUpWords.Concat(words.Fillers));
    private readonly HashSet<string> _fillers = PhraseList.Words(words.Fillers);
    private readonly HashSet<string> _answerSkips = PhraseList.Words(AnswerSkips(words));
    private readonly HashSet<string> _contrast = PhraseList.Words(words.ChecklistContrast);
    private readonly PhraseList _checklistPointers = new(words.ChecklistPointers);
    // Every word of an answer phrase ("sudah", "jalan", "disahkan"): a statement sharing only these with a checklist question is not about it.
    private readonly HashSet<string> _answerWords = PhraseList.Words(words.ChecklistLeads.Values.SelectMany(v => v).Concat(words.ChecklistValues.Values.SelectMany(v => v))
        .SelectMany(p => RegionResolver.Normalize(p).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    // What may open a checklist answer: the words skipped in any answer, and the acknowledgements that only open one.
    private readonly HashSet<string> _leadOpeners = PhraseList.Words(AnswerSkips(words).Concat(words.ChecklistAcknowledgements));

    // Words an answer phrase is read past wherever they stand: fillers and hedges ("kayaknya belum").
    private static IEnumerable<string> AnswerSkips(EntityWords words) => words.Fillers.Concat(words.ChecklistHedges);
    private readonly Dictionary<string, string> _checklistValues = words.ChecklistValues
        .SelectMany(v => v.Value.Select(p => (Phrase: RegionResolver.Normalize(p), Value: v.Key)))
        .GroupBy(p => p.Phrase).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
    // Longest first: "belum tahu" (lewati) before "belum".
    private readonly (string Value, string[] Words)[] _checklistLeads = words.ChecklistLeads
        .SelectMany(v => v.Value.Select(p => (v.Key, RegionResolver.Normalize(p).Split(' ')))).OrderByDescending(p => p.Item2.Length).ToArray();
    // Pillar names are matched on inflectional stems, so "pilar sosialnya" names the pillar "pilar sosial" does.
    private readonly (string Pillar, string[] Words)[] _pillars =
        words.Pillars.SelectMany(p => p.Value.Select(v => (p.Key, Inflectional(RegionResolver.Normalize(v).Split(' '))))).OrderByDescending(p => p.Item2.Length).ToArray();
    private readonly (int Value, string[] Words)[] _ordinals = words.OrdinalPhrases();
    /// <summary>The negators, normalized like message words.</summary>
    public IReadOnlySet<string> Negators { get; } = PhraseList.Words(words.Negators);

    /// <summary>Each word of a word class (normalized like message words) and its class; a word in two classes keeps the first.</summary>
    public IReadOnlyDictionary<string, string> WordClasses { get; } = words.WordClasses
        .SelectMany(c => PhraseList.Words(c.Value).Select(w => (Word: w, Class: c.Key)))
        .GroupBy(w => w.Word, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Class, StringComparer.Ordinal);

    private readonly HashSet<string> _yearWords = PhraseList.Words(words.YearWords);

    private readonly HashSet<string> _cohortWords = PhraseList.Words(words.CohortWords);

    // The words asking how many (knowledge/lexicon/tanya-jumlah.txt), informal spellings read as they are written out.
    private static readonly Knowledge.PerLexicon<HashSet<string>> CountQuestionWords = new(lexicon =>
    {
        var counting = (lexicon.Lists.GetValueOrDefault("tanya-jumlah") ?? []).Where(w => !w.Contains(' ')).ToHashSet(StringComparer.Ordinal);
        return counting.Concat(lexicon.Informal.Where(i => counting.Contains(i.Value)).Select(i => i.Key)).ToHashSet(StringComparer.Ordinal);
    });

    /// <summary>A cohort word in the message that is no counted unit: "tahap kami", not "berapa tahap".</summary>
    private bool PointsAtCohort(string[] tokens)
    {
        var counting = CountQuestionWords.Current;
        for (var i = 0; i < tokens.Length; i++)
            if (_cohortWords.Contains(tokens[i]) && (i == 0 || !counting.Contains(tokens[i - 1]))) return true;
        return false;
    }

    /// <summary>The entities of <paramref name="text"/>, and the text with regions and years masked for the classifier.</summary>
    public (Entities Entities, string Masked) Recognize(string text)
    {
        var query = regions.Resolve(text);
        var tokens = query.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? year = null, cohort = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsYear(tokens[i], out var y)) continue;
            year ??= y;
            if (i > 0 && _cohortWords.Contains(tokens[i - 1])) cohort ??= y;
        }
        var entities = new Entities(query, year, cohort,
            PillarOf(tokens),
            _ordinals.FirstOrDefault(o => Contains(tokens, o.Words)) is { Words: not null } o ? o.Value : null,
            // "tetangga kami, Kabupaten X": the place named is the neighbour's, "kami" does not make it ours.
            _ownRegion.In(tokens) && !(query.Mentions.Count > 0 && _otherPlace.In(tokens)),
            _ownCohort.In(tokens),
            _sameYear.In(tokens),
            _list.In(tokens))
        {
            ChecklistValue = ChecklistValue(tokens),
            ChecklistLead = ChecklistLead(tokens, text),
            ChecklistStated = ChecklistStated(tokens, text),
            ChecklistImplied = ChecklistImplied(tokens, text),
            PointsAtItem = _checklistPointers.In(tokens),
            ChecklistRevision = ChecklistRevision(tokens, text),
            RefersBack = _pointBack.In(tokens),
            RefersToPillar = _pillarBack.In(tokens),
            SameProvince = _sameProvince.In(tokens),
            OwnProvince = _ownProvince.In(tokens),
            NamesCohortStage = _cohortStages.In(tokens),
            ListItem = ListItem(tokens),
            OpensWithThatLength = _thingBack.LengthAt(tokens, 0),
            AsksCount = _count.In(tokens),
            AsksProgress = _progress.In(tokens),
        };
        var placeMasked = query.Masked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "perwakilan Provinsi Bali": the user's province, their kabupaten/kota not said yet.
        if (query is { Mentions.Count: 0, Unknown: null, Province: not null } && IntroductionStart(placeMasked, "xprovince") >= 0)
            entities = entities with
            {
                IntroducesProvince = true,
                // a list or a cohort asked after the province ("… seangkatan?") is a question; only an introduction that asks nothing is one alone.
                OnlyIntroducesProvince = !entities.AsksList && !entities.AsksCount && !tokens.Any(t => _questionWords.Contains(t) || _cohortWords.Contains(t))
                    && placeMasked.Skip(Array.IndexOf(placeMasked, "xprovince") + 1).All(t => _introTrail.Contains(t) || _vague.Contains(t)),
            };
        // "operator ruang kendali Kab. X di sini": nothing asked, the whole message says who speaks (as "…, mau tanya" does).
        if (SaysHere(placeMasked))
            entities = entities with { Introduces = true, IntroductionOnly = string.Join(' ', placeMasked.Take(Array.IndexOf(placeMasked, "xregion") + 1)) };
        else if (Introduces(placeMasked) || OpensWithOwnOffice(tokens, placeMasked) && !AsksAboutOffice(placeMasked, text))
            entities = WithIntroduction(entities, placeMasked.Select(t => IsYear(t, out _) ? "xyear" : t).ToArray(), text.Contains('?')) with { ByRoleOnly = IntroducesByRoleOnly(placeMasked) };
        else if (SpeakerClauseWords(text) is { } words && placeMasked.Length - words >= RequestWords)
            entities = entities with
            {
                Request = string.Join(' ', placeMasked.Skip(words).Select(t => IsYear(t, out _) ? "xyear" : t)),
                // "Saya mahasiswa, skripsi tentang GMSC": what follows who asks may ask nothing; then who asks counts too.
                AfterSpeaker = true,
                // "…, mau konfirmasi jumlah peserta" wants something of the bot: only a statement with no wish asks nothing.
                RequestImplicit = !placeMasked.Skip(words).Any(w => _questionWords.Contains(w) || _asksOfBot.Contains(w) || _speakerWants.Contains(w)) && !text.Contains('?'),
                // "kami startup, ingin mencari mitra …": a wish with no question is read with who wishes it.
                RequestWishes = placeMasked.Skip(words).Any(_speakerWants.Contains) && !placeMasked.Skip(words).Any(_questionWords.Contains) && !text.Contains('?'),
            };
        // "Saya baru pindah ke X. Kotanya ikut tidak?": sentences of context, then the question; the question alone is
        // read too (the places of the context sentences stay entities of the message).
        // So after an introduction: "Saya dari X. <context>. <question>?" — the rest after the introduction spans the
        // context sentences, the question is the last one.
        if ((entities.Request is null || entities.Introduces) && LastQuestionSentence(text) is { } question
            && (entities.Request is null || RegionResolver.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length
                < entities.Request.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length))
            entities = entities with
            {
                Request = string.Join(' ', regions.Resolve(question).Masked.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => IsYear(t, out _) ? "xyear" : t)),
                RequestIsLastQuestion = true,
            };
        // A business saying where it is from, then asking which regions …: a closing question naming no place of its own, nor pointing back at one.
        // So is a request after an introduction ("saya peneliti di Kota X, daftar peserta 2019?").
        if ((entities.RequestIsLastQuestion || entities.Introduces) && !query.IsEmpty && entities.Request?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { } asked)
            entities = entities with { PlacesOnlyBeforeQuestion = !asked.Any(t => t is "xregion" or "xprovince") && !_ownRegion.In(asked) && !_pointBack.In(asked) };
        // A thesis or a story said to be about the programme in one region: the topic of the asker's work, asked of nothing else, is the request.
        // The places of the topic are the ones asked of; where the asker is ("saya dosen di Kota X") is not.
        if (WorkTopic(text, tokens) is var (topic, topicPlaces))
            entities = entities with
            {
                WorkTopic = topic,
                Regions = topicPlaces.IsEmpty ? entities.Regions : topicPlaces,
                Request = string.Join(' ', topicPlaces.Masked.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => IsYear(t, out _) ? "xyear" : t)),
                AfterSpeaker = true, RequestImplicit = false, RequestWishes = false, RequestIsLastQuestion = false,
            };
        // A cohort word with "kami" is the user's own cohort, as "angkatan kami" is.
        // A cohort word counted ("berapa tahap", "ada brp gelombang") is the unit asked about, not the user's cohort.
        if (!entities.OwnCohort && entities.OwnRegion && entities.Year is null && PointsAtCohort(tokens)) entities = entities with { OwnCohort = true };
        // "berapa yang ikut bareng Kota X?": who (or how many) took part with the one region named, i.e. in its cohort.
        if (!entities.OwnCohort && entities is { Year: null, Cohort: null } && (entities.AsksCount || entities.AsksList)
            && query.Mentions.Count == 1 && CompanionBefore(placeMasked))
            entities = entities with { OwnCohort = true, CohortCompanion = true };
        if (entities.Regions.Mentions.Count >= 2 && AsksWhetherTookPart(text)) entities = entities with { AsksWhetherPlacesTookPart = true };
        var yearMasked = query.Masked.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => IsYear(t, out _) ? "xyear" : t).ToArray();
        var masked = MaskPointBack(string.Join(' ', yearMasked));
        // "those in Bali, please": words pointing back at the places just listed only say the year or province narrows that list.
        var narrowing = _pointBackMany.Without(yearMasked);
        var onlyYearOrPlace = OnlyYearOrPlace(string.Join(' ', narrowing), pointsAtList: narrowing.Count < yearMasked.Length);
        // Such a message points at the list, not back at one region.
        if (onlyYearOrPlace && narrowing.Count < yearMasked.Length) entities = entities with { RefersBack = false };
        return (entities with { OnlyPointer = OnlyPointer(tokens, entities), OnlyPlace = OnlyPlace(masked), CorrectsToPlace = CorrectsToPlace(masked), OnlyYearOrPlace = onlyYearOrPlace, OnlyOwnRegion = entities.OwnRegion && query.IsEmpty && OnlyOwnRegion(tokens) }, masked);
    }

    private static readonly Knowledge.CuePattern TakingPart = new(@"\b(?:{:ikut-serta})(?:nya)?\b");

    private static readonly Knowledge.CuePattern RequestWord = new(@"\b(?:{:kata-permintaan})(?:nya)?\b");

    /// <summary>
    /// Whether the message asks whether the places it names took part (together, in the same year): a word of taking
    /// part (ikut-serta.txt), no word of a request (kata-permintaan.txt: kolaborasi, kerja sama …) and no wish of the
    /// speaker's own (<see cref="SpeakerWish"/>). Read only of a message naming two or more places.
    /// </summary>
    private static bool AsksWhetherTookPart(string text)
    {
        var normalized = Knowledge.InformalIndonesian.Normalize(text.ToLowerInvariant());
        return TakingPart.IsMatch(normalized) && !RequestWord.IsMatch(normalized) && !SpeakerWish.In(normalized);
    }

    /// <summary>
    /// A companion word ("bareng", "together with") just before the region named; up to two words between, a joining
    /// word or the region's type word ("bareng sama Kabupaten X" is masked "bareng sama kabupaten xregion").
    /// </summary>
    private bool CompanionBefore(string[] placeMasked)
    {
        var at = Array.IndexOf(placeMasked, "xregion");
        for (var gap = 0; gap <= 2 && at - gap > 0; gap++)
        {
            var end = at - gap;
            for (var start = Math.Max(0, end - 3); start < end; start++)
                if (_cohortCompanions.LengthAt(placeMasked, start) == end - start) return true;
        }
        return false;
    }

    /// <summary>
    /// The topic of the asker's work when the message states it and asks nothing (a thesis on the programme in one
    /// region, a story on one event): the normalized words after the topic
    /// marker, with the places it names (resolved once); null with a question or a wish, or when the topic names no place,
    /// year or pillar ("tentang smart city": what the bot can help with is the answer then).
    /// </summary>
    private (string Topic, RegionQuery Places)? WorkTopic(string text, string[] tokens)
    {
        // A wish ("mau ajak pemkot riset bareng soal …") asks for a partner, not about the topic.
        if (text.Contains('?') || tokens.Any(t => _questionWords.Contains(t) || _asksOfBot.Contains(t) || _speakerWants.Contains(t))) return null;
        var work = Array.FindIndex(tokens, _works.Contains);
        if (work < 0) return null;
        var marker = Array.FindIndex(tokens, work + 1, _topicMarkers.Contains);
        if (marker < 0 || marker - work > WorkTopicGap || marker == tokens.Length - 1) return null;
        var topic = tokens[(marker + 1)..];
        var said = string.Join(' ', topic);
        var places = regions.Resolve(said);
        // Only a place, a year or a pillar makes the topic more than the programme itself (the programme in the whole country).
        var named = !places.IsEmpty || topic.Any(t => IsYear(t, out _)) || PillarOf(topic) is not null;
        return named ? (said, places) : null;
    }

    /// <summary>
    /// Whether a sentence about the asker names the asker's own work ("tugas", "skripsi": the work word class of
    /// entities.json). What the asker is writing is not what they ask, and such a word may share its root with the
    /// documents' words ("tugas" and "petugas").
    /// </summary>
    public bool NamesAskersWork(string scene) =>
        scene.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => _works.Contains(RegionResolver.Normalize(w)));

    // A speaker's self-description is short ("Kami konsultan pariwisata,"): a longer first clause is the request itself.
    private const int MaxSpeakerWords = 5;

    /// <summary>
    /// "Kami konsultan …, …", "Saya pelaku usaha …, …": a first clause that
    /// starts with a speaker word, names no place and asks nothing says who asks; its word count, or null.
    /// </summary>
    private int? SpeakerClauseWords(string text)
    {
        var end = text.IndexOfAny(ClauseEnds);
        if (end <= 0 || end == text.Length - 1) return null;
        if (SpeakerClause(text[..end]) is { } words) return words;
        // "Pagi kak, saya mahasiswa, …": a short opening clause (a greeting, a name) that asks nothing may come first.
        var lead = RegionResolver.Normalize(text[..end]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (lead.Length > MaxLeadWords || lead.Any(_questionWords.Contains) || !regions.Resolve(text[..end]).IsEmpty) return null;
        var next = text.IndexOfAny(ClauseEnds, end + 1);
        if (next <= end + 1 || next == text.Length - 1) return null;
        return SpeakerClause(text[(end + 1)..next]) is { } speaker ? lead.Length + speaker : null;
    }

    private static readonly char[] ClauseEnds = [',', '.', ';', ':', '!', '?'];
    // A greeting before who asks is short ("selamat pagi kak"); a longer first clause is something else.
    private const int MaxLeadWords = 3;

    /// <summary>The clause's word count when it starts with a speaker word, names no place and asks nothing; else null.</summary>
    private int? SpeakerClause(string clause)
    {
        var words = RegionResolver.Normalize(clause).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "sy mau tau status …" states a wish, not who asks.
        if (words.Length is < 2 or > MaxSpeakerWords || !_speakerStart.Contains(words[0]) || words.Any(w => _questionWords.Contains(w) || _speakerWants.Contains(w))) return null;
        return regions.Resolve(clause).IsEmpty ? words.Length : null;
    }

    /// <summary>
    /// The last sentence of a message of several, when it asks (a question mark, or a question word) and the sentences
    /// before it only set the scene (they ask nothing); null for a one-sentence message.
    /// </summary>
    private string? LastQuestionSentence(string text)
    {
        var sentences = Sentences(text);
        if (sentences.Length < 2) return LastQuestionClause(text);
        var asking = Array.FindLastIndex(sentences, SentenceAsks);
        // "Siapa peserta 2023? Kami ingin mengajak kerja sama.": what the asker means to do after asking says why, not what.
        if (asking < 0 || sentences.Skip(asking + 1).Any(s => !SaysOwnPurpose(s))) return null;
        var last = sentences[asking].Trim();
        var words = RegionResolver.Normalize(last).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < RequestWords) return null;
        var before = sentences[..asking].Select(s => s.Trim());
        return before.Any(s => s.EndsWith('?')) ? null : last;
    }

    // A sentence that asks: a question mark, or a question word.
    private bool SentenceAsks(string sentence) =>
        sentence.Trim().EndsWith('?') || RegionResolver.Normalize(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(_questionWords.Contains);

    // A sentence after the question in which the asker says what they mean to do ("kami mau …", "saya ingin …": a speaker
    // word, then a wish word within a few words) and which asks nothing and names no place.
    private bool SaysOwnPurpose(string sentence)
    {
        var words = RegionResolver.Normalize(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && _speakerStart.Contains(words[0]) && !SentenceAsks(sentence) && words.Take(PurposeWishWithin).Any(_speakerWants.Contains)
            && regions.Resolve(sentence).IsEmpty;
    }

    // "kami mau …", "saya sedang ingin …", "perusahaan kami berencana …": the wish word comes within these first words.
    private const int PurposeWishWithin = 4;

    /// <summary>
    /// A one-sentence message whose statement about the asker comes before a comma and its question after it
    /// ("perusahaan kami …, kota mana …?"): the clause after the last comma, read as the last sentence would be. Only when
    /// the clause before it speaks of the asker (a speaker word), asks nothing, names no place, pillar or year of its own
    /// (a year it names is asked again after the comma) — a clause naming what is asked of ("untuk pilar X, …") is no preamble.
    /// </summary>
    private string? LastQuestionClause(string text)
    {
        var comma = text.LastIndexOf(',');
        if (comma <= 0) return null;
        var head = RegionResolver.Normalize(text[..comma]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = text[(comma + 1)..].Trim();
        var words = RegionResolver.Normalize(last).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "…, siapa yang menangani bidang itu?": a question pointing back leans on the clause before it.
        if (words.Length < RequestWords || !(last.EndsWith('?') || words.Any(_questionWords.Contains)) || _pointBack.In(words)
            || ThingPointer.IsMatch(Knowledge.InformalIndonesian.Normalize(last))) return null;
        // "saya ingin tahu jadwal kami, …": a wish to know before the comma is the request itself.
        if (AskingOpener.In(text[..comma])) return null;
        if (head.Length < StatementWords || !head.Any(_speakerStart.Contains) || head.Any(_questionWords.Contains) || text[..comma].Contains('?')) return null;
        if (!regions.Resolve(text[..comma]).IsEmpty || PillarOf(head) is not null) return null;
        var askedYears = words.Where(w => IsYear(w, out _)).ToHashSet();
        return head.Where(w => IsYear(w, out _)).All(askedYears.Contains) ? last : null;
    }

    // "startup sy bidang sampah": a statement about the asker says at least who and what.
    private const int StatementWords = 3;

    // Words from knowledge/lexicon/penunjuk-hal.txt ("itu", "tersebut").
    private static readonly Knowledge.CuePattern ThingPointer = new(@"\b(?:{:penunjuk-hal})\b");

    /// <summary>
    /// "Kota X angkatan ke berapa, lalu batas laporan kami kapan?", "… angkatan ke berapa? batasnya kapan?": the two questions of one
    /// message (normalized), when a join word or a question mark parts two clauses that each hold a question word and
    /// enough words to ask something; null otherwise.
    /// </summary>
    public (string First, string Second)? TwoQuestions(string text, bool wishFirst = false)
    {
        var mark = text.TrimEnd().TrimEnd('?', '!', '.').IndexOf('?');
        if (mark > 0 && RegionResolver.Normalize(text[..mark]) is var before && Asks(before)
            && RegionResolver.Normalize(text[(mark + 1)..]) is var after && Asks(after)) return (before, after);
        // "gabung tahun berapa, teken MoU-nya kapan?": a comma between two clauses that each ask.
        // With wishFirst, "perusahaan kami hendak menggandeng Kota Y, sekalian tanya …": a wish first is a request of its own too.
        for (var comma = text.IndexOf(','); comma > 0; comma = text.IndexOf(',', comma + 1))
            if (RegionResolver.Normalize(text[..comma]) is var head && (Asks(head) || (wishFirst && Wishes(head))) && RegionResolver.Normalize(text[(comma + 1)..]) is var tail && Asks(tail))
                return (head, tail);
        var tokens = RegionResolver.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = SecondQuestionWords; i < tokens.Length - SecondQuestionWords; i++)
            if (_questionJoins.Contains(tokens[i]) && string.Join(' ', tokens[..i]) is var first && (Asks(first) || (wishFirst && Wishes(first)))
                && string.Join(' ', tokens[(i + 1)..]) is var rest && Asks(rest)) return (first, rest);
        return null;
    }

    /// <summary>
    /// "belum. oh ya, masterplan harus selesai kapan?": a first clause that is only a checklist answer word ("sudah", "blm"), then
    /// a question of its own: the answer and the question, or null. The answer is the waiting question's; the question
    /// is asked next.
    /// </summary>
    public (string Answer, string Question)? AnswerThenQuestion(string text)
    {
        var end = text.IndexOfAny(AnswerClauseEnds);
        if (end <= 0 || end >= text.Length - 1) return null;
        var head = RegionResolver.Normalize(text[..end]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = text[(end + 1)..].Trim();
        return IsOnlyChecklistLead(head) && (rest.Contains('?') || Asks(RegionResolver.Normalize(rest)))
            ? (text[..end].Trim(), rest) : null;
    }

    // The clause is one answer phrase of checklistLeads ("sudah", "belum ada"), fillers aside; an acknowledgement that is
    // also an answer word ("oke", "ya") opens many a question and is no answer there.
    private bool IsOnlyChecklistLead(string[] tokens)
    {
        var words = tokens.Where(t => !_answerSkips.Contains(t)).ToArray();
        return words.Length > 0 && _checklistLeads.Any(l => l.Words.AsSpan().SequenceEqual(words));
    }

    private static readonly char[] AnswerClauseEnds = ['.', ',', '!', ';'];

    // "perusahaan kami hendak menggandeng Kota Y": who speaks, then a wish, with enough words to say what is wished.
    private bool Wishes(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > SecondQuestionWords + 1 } words
        && words.Any(_speakerStart.Contains) && words.Any(_speakerWants.Contains) && !words.All(w => _speakerStart.Contains(w) || _speakerWants.Contains(w) || _vague.Contains(w));

    /// <summary>A clause that states a wish and asks nothing ("perusahaan kami hendak menggandeng Kota Y").</summary>
    public bool OnlyWishes(string normalized) => Wishes(normalized) && !Asks(normalized);

    private bool Asks(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= SecondQuestionWords } words && words.Any(_questionWords.Contains);

    // Each of two questions has at least this many words ("ikut kapan", "tenggatnya apa").
    private const int SecondQuestionWords = 2;

    // A sentence ends at ". ", "! ", "? " or ": " before a letter — chat often opens the next one in lowercase ("…jabar. mau
    // cek: kota x …?") — not at the dot of an abbreviation ("Kab. Gresik", "kab. gresik"), as the preamble's sentences.
    private static readonly Knowledge.CuePattern SentenceEndCue =
        new($@"(?<=[.!?:]){Knowledge.QuestionPreamble.NotAfterAbbreviation}\s+(?=[A-Za-z])", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static System.Text.RegularExpressions.Regex SentenceEnd() => SentenceEndCue.Regex;

    /// <summary>The message's sentences as the recognizer splits them (also at ": " before a letter).</summary>
    internal static string[] Sentences(string text) => SentenceEnd().Split(text.Trim()).Where(s => s.Trim().Length > 0).ToArray();

    /// <summary>"sudah", "udh dong", "⏳ Belum", "skip aja": the whole message is an answer word (fillers aside).</summary>
    private string? ChecklistValue(string[] tokens)
    {
        var words = tokens.Where(t => !_answerSkips.Contains(t)).ToArray();
        // "ya", "ya dong": fillers in a question but the answer here, so a message of fillers only keeps its answer words.
        if (words.Length == 0) words = tokens.Where(_checklistValues.ContainsKey).ToArray();
        if (words.Length is 0 or > 3) return null;
        return _checklistValues.GetValueOrDefault(string.Join(' ', words))
               ?? (words.Length > 1 && _checklistValues.GetValueOrDefault(words[0]) is { } first && words.Skip(1).All(w => _checklistValues.GetValueOrDefault(w) == first) ? first : null);
    }

    // A word taking back an answer already given (koreksi-jawaban.txt).
    private static readonly Knowledge.CuePattern RevisionCue = new(@"\b(?:{:koreksi-jawaban})\b");

    /// <summary>
    /// "eh nomor satu salah, harusnya sudah": the last answer phrase after a correction word. A question
    /// ('?' or a question word after the cue) corrects nothing.
    /// </summary>
    private string? ChecklistRevision(string[] tokens, string text)
    {
        if (text.Contains('?')) return null;
        var joined = string.Join(' ', tokens);
        var cue = RevisionCue.Match(joined);
        if (!cue.Success) return null;
        // The first word after the cue.
        var from = joined[..(cue.Index + cue.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        string? answer = null;
        for (var i = from; i < tokens.Length; i++)
        {
            if (_questionWords.Contains(tokens[i])) return null;
            var lead = _checklistLeads.FirstOrDefault(l => StartsAt(tokens, i, l.Words));
            if (lead.Value is null) continue;
            answer = lead.Value;
            i += lead.Words.Length - 1;
        }
        return answer;
    }

    /// <summary>
    /// "sudah, perbupnya terbit bulan lalu": an answer word opening a message that asks nothing and names no other
    /// answer after it; fillers, hedges and acknowledgements may come before it ("ok lanjut, sudah"). Only the checklist, while it waits for an answer, reads this.
    /// </summary>
    private string? ChecklistLead(string[] tokens, string text)
    {
        var start = 0;
        while (start < tokens.Length && _leadOpeners.Contains(tokens[start])) start++;
        return text.Contains('?') ? null : AnswerFrom(tokens, start);
    }

    /// <summary>
    /// "drafnya masih di meja sekda, jadi belum", "untuk rpjmd kami sudah": the answer phrase of a statement wherever it
    /// stands, when nothing in the message asks (no '?', no question word before it either). Whether the statement
    /// speaks of the waiting checklist question is the checklist's to judge.
    /// </summary>
    private string? ChecklistStated(string[] tokens, string text)
    {
        if (text.Contains('?')) return null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (_questionWords.Contains(tokens[i])) return null;
            if (_checklistLeads.Any(l => StartsAt(tokens, i, l.Words))) return AnswerFrom(tokens, i);
        }
        return null;
    }

    /// <summary>
    /// The answer of a statement holding no answer phrase, by its words of state (<see cref="StatedByState"/>): null when
    /// the message asks anything — a '?', a question word, something asked of the bot ("tolong …"), or a choice offered
    /// ("langsung atau online", penanda-pilihan.txt).
    /// </summary>
    private string? ChecklistImplied(string[] tokens, string text)
    {
        if (text.Contains('?') || tokens.Any(t => _questionWords.Contains(t) || _asksOfBot.Contains(t) || Choices.Current.Contains(t))) return null;
        return _checklistLeads.Any(l => PhraseList.Contains(tokens, l.Words)) ? null : StatedByState(tokens);
    }

    // Words offering a choice (knowledge/lexicon/penanda-pilihan.txt): "X atau Y" asks which.
    private static readonly Knowledge.PerLexicon<HashSet<string>> Choices = new(lexicon => PhraseList.Words(lexicon.Lists.GetValueOrDefault("penanda-pilihan") ?? []));

    // Words of a statement saying the thing asked is in place, or not yet (knowledge/lexicon/keadaan-selesai.txt, keadaan-belum.txt).
    private static readonly Knowledge.PerLexicon<(PhraseList Done, PhraseList Pending)> StateWords = new(lexicon =>
        (new PhraseList(lexicon.Lists.GetValueOrDefault("keadaan-selesai") ?? []), new PhraseList(lexicon.Lists.GetValueOrDefault("keadaan-belum") ?? [])));

    /// <summary>
    /// "rancangan perbupnya masih di meja asisten", "layanan aduannya jalan sejak Juni": officers often answer in a sentence with
    /// no "sudah" or "belum". Its words of state answer: "belum" when one says the thing is not there yet (or a negator
    /// stands right before a word of having it: "gak jalan"), else "sudah" when one says it is; null when neither.
    /// A longer phrase wins where two start ("masih jalan" is running).
    /// </summary>
    private string? StatedByState(string[] tokens)
    {
        var (done, pending) = StateWords.Current;
        var inPlace = false;
        for (var i = 0; i < tokens.Length;)
        {
            var (doneLength, pendingLength) = (done.LengthAt(tokens, i), pending.LengthAt(tokens, i));
            if (doneLength > 0 && doneLength >= pendingLength)
            {
                if (i > 0 && Negators.Contains(tokens[i - 1])) return "belum";
                inPlace = true;
                i += doneLength;
            }
            else if (pendingLength > 0) return "belum";
            else i++;
        }
        return inPlace ? "sudah" : null;
    }

    /// <summary>
    /// The statement speaks of what the checklist question asks: they share a word by its root ("perbupnya" and
    /// "Perbup", "keselarasan" and "selaras"), answer words, question words and fillers aside.
    /// </summary>
    public bool SpeaksOf(string text, string question)
    {
        var asked = ContentRoots(question);
        return ContentRoots(text).Overlaps(asked);
    }

    // Roots shorter than this ("apa", "ada") say nothing of a subject.
    private const int ContentRootLength = 4;

    private HashSet<string> ContentRoots(string text)
    {
        var words = RegionResolver.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !_answerWords.Contains(w) && !_questionWords.Contains(w) && !_answerSkips.Contains(w));
        // The documents' analysis (remembered per text): stop words out, affixed forms of kata-dasar.txt roots to their root
        // ("menyelaraskan", "keselarasan" → "selaras", which the bare stemmer clips apart), each word also as written.
        return Knowledge.KnowledgeIndex.TermSetOf(string.Join(' ', words))
            .Where(r => r.Length >= ContentRootLength && !_answerWords.Contains(r)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The answer phrase at <paramref name="start"/>, unless a question word or an uncontrasted other answer follows.</summary>
    private string? AnswerFrom(string[] tokens, int start)
    {
        var lead = _checklistLeads.FirstOrDefault(l => StartsAt(tokens, start, l.Words));
        if (lead.Value is null) return null;
        var answer = lead.Value;
        var contrasted = false;
        for (var i = start + lead.Words.Length; i < tokens.Length; i++)
        {
            if (_questionWords.Contains(tokens[i])) return null;
            contrasted |= _contrast.Contains(tokens[i]);
            if (_checklistLeads.FirstOrDefault(l => l.Value != answer && StartsAt(tokens, i, l.Words)) is { Value: { } other })
            {
                // "sudah tapi belum disahkan": the answer set against the first one is the officer's; without a
                // "tapi" two answers stay unclear.
                if (!contrasted) return null;
                answer = other;
                contrasted = false;
            }
        }
        return answer;
    }

    /// <summary>
    /// An officer asking a due date and saying why (fear of being late): the message without the reasons the asker
    /// gives — from a reason word (or a purpose word after words that ask nothing) to the end of its clause, when that
    /// span asks nothing itself ("karena apa?" is the question). Why someone asks does not say what they ask, and its words
    /// ("telat", "stop", "laporan") would vote for other intents. Null when there is none, or too little would be left.
    /// </summary>
    public string? WithoutReasons(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        var dropped = false;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOfAny(ClauseEnds, start);
            var clause = end < 0 ? text[start..] : text[start..(end + 1)];
            start = end < 0 ? text.Length : end + 1;
            if (clause.EndsWith('?') || ReasonAt(clause) is not var (from, to))
            {
                kept.Append(clause);
                continue;
            }
            kept.Append(clause[..from]).Append(to is { } wish ? clause[wish..] : end < 0 ? "" : clause[^1..]);
            dropped = true;
        }
        if (!dropped) return null;
        var rest = kept.ToString();
        return RegionResolver.Normalize(rest).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= RequestWords ? rest : null;
    }

    /// <summary>
    /// Where in the clause (character indexes) the asker's reason starts, and where the wish after it starts (a purpose,
    /// then "saya ingin tahu …": a speakerWants word past the reason's first words); null: to the clause's end.
    /// </summary>
    private (int From, int? To)? ReasonAt(string clause)
    {
        var words = WordsOf().Matches(clause);
        var tokens = words.Select(w => RegionResolver.Normalize(w.Value)).ToArray();
        for (var i = 0; i < tokens.Length; i++)
        {
            var reason = _reasons.LengthAt(tokens, i) > 0;
            if (!reason && !(_purposes.LengthAt(tokens, i) > 0 && !tokens[..i].Any(_reasonAsks.Contains))) continue;
            var wish = i + ReasonLead < tokens.Length ? Array.FindIndex(tokens, i + ReasonLead, _speakerWants.Contains) : -1;
            var span = wish < 0 ? tokens[i..] : tokens[i..wish];
            return span.Any(_reasonAsks.Contains) ? null : (words[i].Index, wish < 0 ? null : words[wish].Index);
        }
        return null;
    }

    // "karena mau ekspansi": a wish word this close after the reason word is the reason's own.
    private const int ReasonLead = 3;

    [System.Text.RegularExpressions.GeneratedRegex(@"\S+")]
    private static partial System.Text.RegularExpressions.Regex WordsOf();

    // The one-word cues pointing at a province through a place ("seprovinsi", "provinsinya"; entities.json sameProvince, ownProvince).
    private readonly HashSet<string> _provincePointers = new PhraseList([.. words.SameProvince, .. words.OwnProvince]).Phrases
        .Where(p => p.Length == 1).Select(p => p[0]).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "seprovinsi", "provinsinya": a word that points at the province of a place the conversation knows. Like a place
    /// name it says whose participants are asked about, not what is asked.
    /// </summary>
    public bool PointsAtProvince(string word) => _provincePointers.Contains(word);

    /// <summary>The text without its asides ("sebentar, sebelum lanjut: …"), for weighing what the question is about.</summary>
    public string WithoutAsides(string normalized) =>
        string.Join(' ', _asides.Without(normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>A word pointing back at a place ("mereka") is masked as one, so the question reads like one naming the place.</summary>
    private string MaskPointBack(string masked)
    {
        var tokens = masked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var output = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length;)
        {
            var length = _pointBack.LengthAt(tokens, i);
            output.Add(length > 0 ? "xregion" : tokens[i]);
            i += Math.Max(1, length);
        }
        return string.Join(' ', output);
    }

    // Lists the bot shows are short; a larger number after "nomor" is something else (a request number, a year).
    private const int MaxListItem = 30;

    /// <summary>
    /// "yang kedua", "nomor 3", "the last one": the listed item the message points at, and which words say so. An ordinal
    /// after a cohort or stage word ("angkatan yang pertama") names the stage, not an item.
    /// </summary>
    private ListItemReference? ListItem(string[] tokens)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            var start = i - 1;
            if (_itemNumber.Contains(tokens[start]) && int.TryParse(tokens[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                && n is >= 1 and <= MaxListItem)
                return new ListItemReference(n, start, 2);
            if (!_itemBack.Contains(tokens[start]) || (start > 0 && _itemNotAfter.Contains(tokens[start - 1]))) continue;
            foreach (var (value, phrase) in _ordinals)
                if (StartsAt(tokens, i, phrase) && !(i + phrase.Length < tokens.Length && _itemNotAfter.Contains(tokens[i + phrase.Length])))
                    return new ListItemReference(value, start, 1 + phrase.Length);
        }
        return null;
    }

    private static bool StartsAt(string[] tokens, int start, string[] phrase) => PhraseList.StartsAt(tokens, start, phrase);

    /// <summary>"kami dari Kabupaten X", "operator smart city Kota Y": a self-introduction word ends just before the first place.</summary>
    private bool Introduces(string[] masked) => IntroductionStart(masked) >= 0;

    // "di sini", "here" (entities.json hereWords) starting at token i, or null.
    private string[]? HerePhraseAt(string[] tokens, int i) => _hereWords.Phrases.FirstOrDefault(p => StartsAt(tokens, i, p));

    /// <summary>
    /// "operator ruang kendali Kab. X (Bali) disini": the message ends with its place, then only words of the introduction,
    /// one of them "here". Whatever stands before the place (a greeting, a job title of any length) is who speaks.
    /// </summary>
    private bool SaysHere(string[] masked)
    {
        var place = Array.IndexOf(masked, "xregion");
        if (place < 0) return false;
        var after = masked.Skip(place + 1).Where(t => t != "xprovince").ToArray();
        var here = false;
        for (var i = 0; i < after.Length;)
        {
            if (HerePhraseAt(after, i) is { } phrase) { here = true; i += phrase.Length; }
            else if (_introTrail.Contains(after[i])) i++;
            else return false;
        }
        return here;
    }

    /// <summary>
    /// "Pemkab X, …", "halo, kami Pemkot X …": an office word opening the message right before the place. The place is
    /// masked with its type word ("kabupaten xregion"), so the office word is looked for in the words as written.
    /// </summary>
    private bool OpensWithOwnOffice(string[] tokens, string[] masked) =>
        Array.IndexOf(masked, "xregion") is >= 1 and var place && place <= OfficeOpening + 1 && place <= tokens.Length
        && _selfIntro.Phrases.Any(p => p.Length == 1 && p[0] == tokens[place - 1])
        // "halo, kami Pemkot X": before the office word only the user's own words ("kami", "saya") or the message's start.
        && (place == 1 || _ownWords.Contains(tokens[place - 2]));

    /// <summary>
    /// "pemkab X ikut nggak?": one clause, the office and its place the subject of the question, and no word of the
    /// user's own ("kami", "saya") — who asks is not said, so X is what is asked about, not (yet) the user's region.
    /// "Pemkab X. Quick win wajib?" and "kami Pemkot X, …" still introduce the user.
    /// </summary>
    private bool AsksAboutOffice(string[] masked, string text)
    {
        var rest = masked.Skip(Array.IndexOf(masked, "xregion") + 1).ToArray();
        var oneClause = text.Trim().TrimEnd('?', '!', '.', ' ').IndexOfAny(ClauseBreaks) < 0;
        return oneClause && (text.Contains('?') || rest.Any(_questionWords.Contains)) && !masked.Any(_ownWords.Contains) && !_ownRegion.In(masked);
    }

    private static readonly char[] ClauseBreaks = ['.', ',', ';', ':', '!', '?', '\n'];

    // How many words (a greeting, "kami") may open a message before the office word that introduces the user.
    private const int OfficeOpening = 2;

    /// <summary>Where the self-introduction before the first place (a kabupaten/kota, or else <paramref name="marker"/>) begins, or -1.</summary>
    private int IntroductionStart(string[] masked, string marker = "xregion") =>
        SelfIntroductionStart(masked, marker) is var start and >= 0 ? start
        : marker == "xregion" && Array.IndexOf(masked, marker) is var place and >= 0 ? RoleIntroductionStart(masked, place) : -1;

    /// <summary>Where a self-introduction phrase ("kami dari", "operator") ends just before the first <paramref name="marker"/>, or -1.</summary>
    private int SelfIntroductionStart(string[] masked, string marker)
    {
        var place = Array.IndexOf(masked, marker);
        if (place < 0) return -1;
        for (var start = Math.Max(0, place - IntroGap - 3); start < place; start++)
            foreach (var phrase in _selfIntro.Phrases)
                if (StartsAt(masked, start, phrase) && start + phrase.Length <= place && place - (start + phrase.Length) <= IntroGap
                    && !AfterOtherPerson(masked, start)) return start;
        return -1;
    }

    /// <summary>The introduction before the first kabupaten/kota is by role only ("saya wartawan di X"), with no self-introduction word.</summary>
    private bool IntroducesByRoleOnly(string[] masked) =>
        SelfIntroductionStart(masked, "xregion") < 0 && IntroductionStart(masked) >= 0;

    /// <summary>
    /// "saya wartawan di Kota X", "kami konsultan data dari Kota Y": a speaker word, a role within the next words, then only
    /// words that neither ask nor wish, the last joining the role to the place; where it begins, or -1.
    /// </summary>
    private int RoleIntroductionStart(string[] masked, int place)
    {
        // The place keeps its type word ("di kota xregion"): the joining word is one of the two words before it.
        var join = place - 1;
        if (join >= 0 && !_speakerPlaceWords.Contains(masked[join])) join--;
        if (join < 2 || !_speakerPlaceWords.Contains(masked[join])) return -1;
        for (var start = Math.Max(0, join - IntroGap - 2); start < join - 1; start++)
        {
            if (!_speakerStart.Contains(masked[start]) || AfterOtherPerson(masked, start)) continue;
            // "saya wartawan …", "saya seorang wartawan …": the role is the first or second word after who speaks.
            var role = Enumerable.Range(start + 1, 2).FirstOrDefault(i => i < join && _speakerRoles.Contains(masked[i]));
            if (role == 0) continue;
            var between = masked[(start + 1)..join];
            if (join - role <= IntroGap && !between.Any(w => _questionWords.Contains(w) || _speakerWants.Contains(w) || w is "xregion" or "xprovince" or "xyear"))
                return start;
        }
        return -1;
    }

    // "temen saya dari Kabupaten X": the introduction is a colleague's (an otherPlace word just before it), not the user's.
    private bool AfterOtherPerson(string[] masked, int start) =>
        _otherPlace.Phrases.Any(p => start - p.Length >= 0 && StartsAt(masked, start - p.Length, p));

    // Fewer words than this after the introduction ("…, mau tanya") say too little: the whole message is read.
    private const int RequestWords = 3;

    /// <summary>
    /// What follows "kami dari Kabupaten X, Provinsi Jawa Tengah": the request itself, when it has enough words; when
    /// its words ask nothing yet ("nih, mau tanya soal smart city"), the introduction alone is what the message says.
    /// </summary>
    private Entities WithIntroduction(Entities entities, string[] masked, bool asks)
    {
        var place = Array.IndexOf(masked, "xregion");
        // The office named after the place ("Kota X, Diskominfo.") still says who asks.
        var rest = masked.Skip(place).SkipWhile(t => t is "xregion" or "xprovince" || _introTrail.Contains(t) || _officeWords.Contains(t)).ToArray();
        // "kami dari Kota X di sini, mau tanya": "di sini" still says who speaks.
        if (HerePhraseAt(rest, 0) is { } here) rest = rest[here.Length..];
        if (rest.Length > 0 && rest.All(_vague.Contains))
            return entities with { Introduces = true, IntroductionOnly = string.Join(' ', masked.Take(place + 1)) };
        // Nothing asked after the introduction, but words before it: what they are decides how the message is read.
        if (rest.Length == 0 && IntroductionStart(masked) is > 0 and var start)
            return entities with { Introduces = true, Preamble = (string.Join(' ', masked.Take(start)), string.Join(' ', masked.Skip(start)), masked.Take(start).Any(_questionWords.Contains)) };
        return entities with
        {
            Introduces = true,
            Request = rest.Length >= RequestWords ? string.Join(' ', rest) : null,
            RequestAsks = rest.Length >= RequestWords && (asks || rest.Any(_questionWords.Contains) || AskingOpener.In(string.Join(' ', rest))),
        };
    }

    /// <summary>"yang itu", "yang kedua aja", "nomor 2": every word but fillers is the pointer to a listed item or the thing shown.</summary>
    private bool OnlyPointer(string[] tokens, Entities entities)
    {
        var (start, length) = entities.ListItem is { } item ? (item.Start, item.Length) : (0, entities.OpensWithThatLength);
        if (length == 0) return false;
        return tokens.Select((t, i) => (t, i)).All(w => (w.i >= start && w.i < start + length) || _fillers.Contains(w.t));
    }

    /// <summary>"kalau kami sendiri?": the own-region words and follow-up words, nothing else.</summary>
    private bool OnlyOwnRegion(string[] tokens)
    {
        var rest = _ownRegion.Without(tokens);
        return rest.Count < tokens.Length && rest.All(_followUp.Contains);
    }

    private bool OnlyYearOrPlace(string masked, bool pointsAtList = false)
    {
        var tokens = masked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The words of a list request ("siapa aja", "who else") too: "kalau angkatan 2019 saja?" narrows the list shown to that year.
        // Pointing at the regions just listed with a year ("which of those took part in 2023?", "yang mana dari mereka yang ikut
        // 2024?"), a word of taking part and the preposition before the year only say what the year is of. Without the
        // pointer or the year ("yang dari provinsi X ikut kapan") they ask something of their own.
        IReadOnlySet<string> joining = pointsAtList && tokens.Contains("xyear") ? NarrowingJoinWords.For(Knowledge.Lexicon.Current) : new HashSet<string>();
        return tokens.Any(t => t is "xyear" or "xprovince") && tokens.All(t => t is "xyear" or "xprovince" || _followUp.Contains(t) || _cohortWords.Contains(t) || _yearWords.Contains(t)
            || _listRequestWords.Contains(t) || joining.Contains(t));
    }

    // The single words of knowledge/lexicon/ikut-serta.txt (taking part) and kata-depan-tempat.txt (di, in, at).
    private static readonly Knowledge.PerLexicon<HashSet<string>> NarrowingJoinWords = new(lexicon =>
        CohortQuestion.WordsOf(lexicon, "ikut-serta", "kata-depan-tempat"));

    private readonly HashSet<string> _corrections = PhraseList.Words(words.Corrections);

    // "salah, saya di Kabupaten X": a correction word, one place, and only correction or follow-up words besides.
    private bool CorrectsToPlace(string masked) =>
        masked.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var tokens
        && tokens.Count(t => t is "xregion") == 1 && tokens.Any(_corrections.Contains)
        && tokens.All(t => t is "xregion" || _followUp.Contains(t) || _corrections.Contains(t));

    private bool OnlyPlace(string masked)
    {
        var tokens = masked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "kalau tetangga kami, Kabupaten X?": "kami" only says whose neighbour the place is.
        if (_otherPlace.In(tokens)) tokens = tokens.Where(t => !_ownWords.Contains(t)).ToArray();
        tokens = WithoutOwnNamingPlace(tokens);
        return tokens.Contains("xregion") && tokens.All(t => t is "xregion" || _followUp.Contains(t));
    }

    // "kalau kota kami, Kabupaten X?": own-region words ending in "kami"/"kita" right before the place name that place.
    private string[] WithoutOwnNamingPlace(string[] tokens)
    {
        var kept = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length;)
        {
            var length = _ownRegion.LengthAt(tokens, i);
            if (length > 0 && i + length < tokens.Length && tokens[i + length] == "xregion" && _ownWords.Contains(tokens[i + length - 1]))
            {
                i += length;
                continue;
            }
            kept.Add(tokens[i++]);
        }
        return kept.ToArray();
    }

    private static bool IsYear(string token, out int year) =>
        int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year) && year is >= 2010 and <= 2045;

    /// <summary>
    /// <paramref name="text"/> with its first pointer at a pillar ("pilar itu", "pilar tadi") replaced by the pillar's name:
    /// the one the message names before the pointer (a pillar named in an earlier sentence, then "pilar itu" in the question), else
    /// <paramref name="lastPillar"/>, the one spoken of last. Null when it points at none or no pillar is known.
    /// </summary>
    /// <summary>The pillars' own names ("smart living"), as entities.json keys them.</summary>
    public IReadOnlyList<string> PillarNames => _pillarNames ??= _pillars.Select(p => p.Pillar).Distinct(StringComparer.Ordinal).ToArray();
    private IReadOnlyList<string>? _pillarNames;

    public string? WithPillarPointedAt(string text, string? lastPillar)
    {
        var pointer = _pillarBackPatterns.Select(p => p.Match(text)).Where(m => m.Success).MinBy(m => m.Index);
        if (pointer is null) return null;
        var before = text[..pointer.Index];
        var pillar = (before.Length > 0 ? Recognize(before).Entities.Pillar : null) ?? lastPillar;
        return pillar is null ? null : $"{before}pilar {pillar}{text[(pointer.Index + pointer.Length)..]}";
    }

    // The pointers of entities.json "pillarBack" of two words or more, matched whole-word in the message's own text; a
    // possessive alone ("pilarnya apa?") may ask which pillar a thing is in, so it is not replaced.
    private readonly Regex[] _pillarBackPatterns = words.PillarBack.Where(p => p.Trim().Contains(' '))
        .Select(p => new Regex($@"(?<![\p{{L}}\p{{N}}]){string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
        .ToArray();

    /// <summary>
    /// <paramref name="text"/> with every other pillar's name replaced by <paramref name="pillar"/>: "kalau society?"
    /// after a question about branding (or branding and economy) asks that question of society, not of both (null when
    /// it names no other pillar).
    /// </summary>
    public string? WithPillar(string text, string pillar)
    {
        string? replaced = null;
        // Each pass replaces one other pillar's name with the asked one, which later passes skip: at most one per name.
        for (var pass = 0; pass < _pillars.Length && ReplaceOnePillar(replaced ?? text, pillar) is { } next; pass++) replaced = next;
        return replaced;
    }

    private string? ReplaceOnePillar(string text, string pillar)
    {
        var tokens = RegionResolver.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stems = Inflectional(tokens);
        foreach (var (other, words) in _pillars)
        {
            if (other == pillar) continue;
            for (var i = 0; i + words.Length <= stems.Length; i++)
                if (stems.AsSpan(i, words.Length).SequenceEqual(words))
                    return string.Join(' ', tokens[..i].Append(pillar).Concat(tokens[(i + words.Length)..]));
        }
        return null;
    }

    private string? PillarOf(string[] tokens)
    {
        var stems = Inflectional(tokens);
        return _pillars.FirstOrDefault(p => Contains(stems, p.Words)).Pillar;
    }

    /// <summary>The words without particles and possessives (-lah, -kah, -nya, -ku, -mu), by Lucene's Indonesian stemmer.</summary>
    internal static string[] Inflectional(string[] words) => words.Select(w => InflectionalStems.GetOrAdd(w, InflectionalStem)).ToArray();

    // Every message is read for pillars, and chat repeats its words: each word's stem is found once, within a bound.
    private static readonly Caching.BoundedMemo<string, string> InflectionalStems = new(8192);

    private static string InflectionalStem(string word)
    {
        // The stemmer keeps state while it stems (syllables, prefixes seen), so one is made per word it has not met.
        var chars = word.ToCharArray();
        return new string(chars, 0, new Lucene.Net.Analysis.Id.IndonesianStemmer().Stem(chars, chars.Length, stemDerivational: false));
    }

    private static bool Contains(string[] tokens, string[] phrase) => PhraseList.Contains(tokens, phrase);
}
