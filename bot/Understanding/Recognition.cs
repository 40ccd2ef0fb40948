using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Understanding;

/// <summary>An intent and how strongly the message points to it (scores of one message sum to 1).</summary>
public sealed record IntentScore(string Intent, double Score);

/// <summary>What a message names, wherever in the sentence.</summary>
/// <param name="Regions">Kabupaten/kota, province or an unknown name after a marker (see <see cref="RegionResolver"/>).</param>
/// <param name="Year">A year named outright ("2019").</param>
/// <param name="Cohort">A year named as a cohort ("angkatan 2019").</param>
/// <param name="Pillar">A smart city pillar, e.g. "smart economy".</param>
/// <param name="Ordinal">"pertama", "ke-2" …</param>
/// <param name="OwnRegion">The user speaks of their own region ("wilayah kami", "daerah saya").</param>
/// <param name="OwnCohort">The user speaks of their own cohort ("angkatan kami", "seangkatan").</param>
/// <param name="SameYear">The user points back to the year last spoken of ("tahun tersebut", "tahun yang sama").</param>
/// <param name="AsksList">The user asks for a list ("siapa saja", "daerah lain").</param>
public sealed record Entities(
    RegionQuery Regions,
    int? Year,
    int? Cohort,
    string? Pillar,
    int? Ordinal,
    bool OwnRegion,
    bool OwnCohort,
    bool SameYear,
    bool AsksList)
{
    /// <summary>"sudah", "belum" or "lewati" when the whole message is a checklist answer (words from entities.json).</summary>
    public string? ChecklistValue { get; init; }

    /// <summary>The answer word opening a longer message that asks nothing ("sudah, perbupnya terbit bulan lalu").</summary>
    public string? ChecklistLead { get; init; }

    /// <summary>The answer phrase of a statement that asks nothing, wherever it stands ("drafnya masih di meja sekda, jadi belum").</summary>
    public string? ChecklistStated { get; init; }

    /// <summary>
    /// The answer a statement with no answer phrase gives by its words of state ("rancangan perbupnya masih di meja asisten":
    /// belum; knowledge/lexicon/keadaan-selesai.txt, keadaan-belum.txt), when it asks nothing.
    /// </summary>
    public string? ChecklistImplied { get; init; }

    /// <summary>The message points at the question just asked ("yang ini", "pertanyaan itu"; entities.json checklistPointers).</summary>
    public bool PointsAtItem { get; init; }

    /// <summary>
    /// The answer that replaces an earlier checklist answer ("ralat, nomor dua belum"): a correction word
    /// (knowledge/lexicon/koreksi-jawaban.txt) followed by an answer phrase; the last answer named counts.
    /// </summary>
    public string? ChecklistRevision { get; init; }

    /// <summary>The message asks how many took part ("ada berapa peserta").</summary>
    public bool AsksCount { get; init; }

    /// <summary>The message asks how much of the running flow is left ("tinggal berapa lagi?").</summary>
    public bool AsksProgress { get; init; }

    /// <summary>The message points back at the region last spoken of ("mereka", "daerah itu", "di sana").</summary>
    public bool RefersBack { get; init; }

    /// <summary>The item of the bot's last list the message points at ("yang kedua", "nomor 3", "yang terakhir").</summary>
    public ListItemReference? ListItem { get; init; }

    /// <summary>How many opening words point at the one thing just shown ("itu …", "program itu …"); 0 when none do.</summary>
    public int OpensWithThatLength { get; init; }

    /// <summary>The message points back at the pillar last spoken of ("pilar itu", "pilar tersebut").</summary>
    public bool RefersToPillar { get; init; }

    /// <summary>The message points at the province of the region spoken of ("seprovinsi", "provinsi yang sama").</summary>
    public bool SameProvince { get; init; }

    /// <summary>The one region named is the reference of a cohort asked of ("yang ikut bareng Kota X"), not the one asked about.</summary>
    public bool CohortCompanion { get; init; }

    /// <summary>
    /// The message asks whether the two or more places it names took part (together, in the same year): "together" there
    /// compares their cohorts and asks for no partner (see EntityRecognizer.AsksWhetherTookPart).
    /// </summary>
    public bool AsksWhetherPlacesTookPart { get; init; }

    /// <summary>The message points at the province of the user's own region ("provinsi kami", entities.json ownProvince).</summary>
    public bool OwnProvince { get; init; }

    /// <summary>The message names a stage a whole cohort went through in its year (entities.json <c>cohortStages</c>: bimtek, assessment).</summary>
    public bool NamesCohortStage { get; init; }

    /// <summary>The speaker says the place is theirs ("kami dari Kabupaten X", "operator Kota Y", "saya warga Z").</summary>
    public bool Introduces { get; init; }

    /// <summary>
    /// The introduction names where the asker works by role only ("saya wartawan di Bandung"), no self-introduction word:
    /// a name both a kabupaten and a kota bear is then not kept for "yang kabupaten" to narrow.
    /// </summary>
    public bool ByRoleOnly { get; init; }

    /// <summary>The speaker names only their province ("perwakilan Provinsi Bali", "kami dari NTB").</summary>
    public bool IntroducesProvince { get; init; }

    /// <summary>The province introduction is all the message says (nothing asked after it).</summary>
    public bool OnlyIntroducesProvince { get; init; }

    /// <summary>After a self-introduction, the request alone (masked like the classifier's text), or null.</summary>
    public string? Request { get; init; }

    /// <summary>
    /// The topic of the asker's work, stated with no question (a thesis on the programme in one region), as
    /// normalized words with places and years written out; the <see cref="Request"/> is then this topic, and the
    /// documents answer it instead of the whole opening.
    /// </summary>
    public string? WorkTopic { get; init; }

    /// <summary>The <see cref="Request"/> follows a clause saying who asks ("saya mahasiswa, …"), which names no place.</summary>
    public bool AfterSpeaker { get; init; }

    /// <summary>
    /// The <see cref="Request"/> after who asks asks nothing (no question word, no question mark): "saya mahasiswa, skripsi
    /// tentang GMSC". Who asks is then part of what the message means.
    /// </summary>
    public bool RequestImplicit { get; init; }

    /// <summary>
    /// The <see cref="Request"/> after who asks states a wish and asks no question ("kami startup, ingin mencari mitra …"):
    /// who wishes it says what the wish is about, so the request read alone does not win outright; the surer reading does.
    /// </summary>
    public bool RequestWishes { get; init; }

    /// <summary>
    /// After a self-introduction naming the place ("saya operator kab. X, …"), the <see cref="Request"/> asks (a question
    /// word or "?"): what is asked, not who asks, says what the message wants.
    /// </summary>
    public bool RequestAsks { get; init; }

    /// <summary>
    /// What the message asks, as every dialog weighs it: the <see cref="Request"/> (or the whole message, places masked),
    /// normalized and without greetings or courtesy ("halo", "selamat pagi": basa-basi.txt), which name no topic and ask
    /// for no kind of fact. Nothing for a message that only introduces the speaker (<see cref="IntroductionOnly"/>): who
    /// asks is no question, and the words after it ("…, ingin bertanya dulu") are all vague.
    /// </summary>
    public string Asked => IntroductionOnly is not null ? "" : Knowledge.QuestionPreamble.WithoutCourtesy(Request ?? Regions.Masked);

    /// <summary>The <see cref="Request"/> is the closing question after sentences that only set the scene: it is what is asked.</summary>
    public bool RequestIsLastQuestion { get; init; }

    /// <summary>
    /// The places of the message are named only before its closing question, which names none (a business from
    /// one city asking which regions have work on a subject): where the asker is from, not what is asked of. A
    /// question pointing back there ("daerah kami", "di sana") does name it.
    /// </summary>
    public bool PlacesOnlyBeforeQuestion { get; init; }

    /// <summary>An introduction whose request asks nothing yet ("…, mau tanya soal smart city"): the introduction alone is read.</summary>
    public string? IntroductionOnly { get; init; }

    /// <summary>
    /// A message ending with a self-introduction after something else ("Halo, benar ini asisten programnya? Saya dari
    /// Kota X."): the words before it, and the introduction itself (both masked), so the recognizer can tell a
    /// greeting or a question about the bot before the introduction from a question of its own. Asks: the words
    /// before hold a question word.
    /// </summary>
    public (string Before, string Introduction, bool Asks)? Preamble { get; init; }

    /// <summary>The message is only the user's own region and follow-up words ("kalau kami sendiri?", "wilayah kami gimana?").</summary>
    public bool OnlyOwnRegion { get; init; }

    /// <summary>The message is only a year and/or a province and follow-up words ("kalau 2019?", "2023 gimana?", "yang dari Jawa Barat?").</summary>
    public bool OnlyYearOrPlace { get; init; }

    /// <summary>The message is only a place and follow-up words ("kalau Kota X?", "tetangganya, Kabupaten Y?").</summary>
    public bool OnlyPlace { get; init; }

    /// <summary>
    /// The message takes back what was said and names one place instead, asking nothing else ("salah, saya di
    /// Kabupaten X"): only a place, correction words (entities.json `corrections`) and follow-up words.
    /// </summary>
    public bool CorrectsToPlace { get; init; }

    /// <summary>
    /// The message only points ("yang itu", "yang kedua", "nomor 2"; fillers aside): what it means is the list shown or
    /// the question waiting, so it carries no intent of its own.
    /// </summary>
    public bool OnlyPointer { get; init; }

    /// <summary>The one kabupaten/kota named without ambiguity, if any.</summary>
    public Region? Region => Regions.Mentions is [{ Candidates: [var region] }] ? region : null;
}

/// <summary>"yang kedua": the item pointed at (1-based; -1 the last) and where those words are among the message's normalized words.</summary>
public sealed record ListItemReference(int Position, int Start, int Length);

/// <summary>A message understood: ranked intents (best first) and its entities.</summary>
public sealed record Recognition(string Text, IReadOnlyList<IntentScore> Intents, Entities Entities)
{
    public const string None = "None";

    public string TopIntent => Intents.Count > 0 ? Intents[0].Intent : None;

    public double TopScore => Intents.Count > 0 ? Intents[0].Score : 0;

    public double ScoreOf(string intent) => Intents.FirstOrDefault(i => i.Intent == intent)?.Score ?? 0;

    /// <summary>The top intent was settled by the conversation (a button, a follow-up of the last place question), not read from the words.</summary>
    public bool Settled { get; init; }

    /// <summary>This recognition with <paramref name="intent"/> put first (a button the user pressed, a dialog's own reading).</summary>
    public Recognition WithTopIntent(string intent) =>
        this with { Intents = [new IntentScore(intent, 1), .. Intents.Where(i => i.Intent != intent).Select(i => i with { Score = 0 })], Settled = true };
}
