using System.Text.RegularExpressions;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Dialogs;

/// <summary>Where a participation answer stands: waiting for the user's region, or the subject last answered (for follow-ups).</summary>
/// <param name="AwaitingRegion">True after "Kabupaten atau kota Anda apa?".</param>
/// <param name="BaseName">The shared name of the regions last shown ("Bogor").</param>
/// <param name="Codes">The regions last shown.</param>
/// <param name="Year">The year asked about.</param>
/// <param name="AskedOwn">The region asked for is the user's own ("kami"), not one pointed back at ("daerah itu").</param>
public sealed record ParticipationState(bool AwaitingRegion, string? BaseName, IReadOnlyList<string> Codes, int? Year, bool AskedOwn = true)
{
    /// <summary>The island group whose participants were listed, if the list was one island group's.</summary>
    public string? Island { get; init; }

    /// <summary>The last answer listed a year's or a province's participants ("kalau 2019?" asks the same list again).</summary>
    public bool ListShown { get; init; }

    /// <summary>The province whose participants were listed, if the list was one province's.</summary>
    public string? Province { get; init; }

    /// <summary>The last answer compared the cohorts of two regions ("kalau sama Gresik?" compares the next).</summary>
    public bool Compared { get; init; }

    /// <summary>The list shows only the kota or only the kabupaten ("yang kabupaten aja"); null: both.</summary>
    public RegionType? Type { get; init; }
}

/// <summary>
/// Whether a region took part, which year our cohort was, who else was in it: answers from
/// participants.csv for the region named, else the remembered one (saying so), a province, or a year's list. After
/// an answer it waits one turn for a follow-up that changes only the type or the year ("yang kota", "kalau 2019?").
/// </summary>
public sealed partial class ParticipationDialog(RegionResolver resolver, RegionRegistry registry, ParticipationAnswers answers, ICardRenderer cards, OffTopic offTopic, Recognizer recognizer,
    CohortEventCards cohortEvents, QuestionAnswerer answerer, EntityWords words, ProvinceOfFollowUp provinces) : IDialog
{
    public const string Intent = IntentNames.Participation;

    public string Id => "participation";
    public IReadOnlyCollection<string> Intents => [Intent];
    public string Label => "Keikutsertaan daerah";
    public bool AnswersAboutPlace => true;

    // Intents that do not take a place name elsewhere: a short message naming another region right after a participation
    // answer continues the participation topic when the recognizer reads it as one of these (or as participation).
    private static readonly HashSet<string> CarriesTopic = [Intent, IntentNames.ProgrammeQuestion, IntentNames.Greeting, IntentNames.Help, IntentNames.Thanks, IntentNames.OutOfScope, Recognition.None];

    public Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken ct)
    {
        var entities = dialog.Recognition.Entities;
        var query = entities.Regions;
        if (offTopic.Is(dialog) || !CountsOwnCohort(dialog) && offTopic.DocumentsAnswerBetter(dialog)) return Task.FromResult(DialogResult.Abandoned);
        // "In which province is Kabupaten X?": the named region's province, from the region list.
        if (provinces.TellsProvince(dialog.Turn, dialog.Recognition)) return Task.FromResult(DialogResult.Complete);
        // A year named that the data holds no list of: "no list for that year" is no answer when a document speaks of it.
        if (entities.Year is { } named && registry.CoverageOf(named) == ListCoverage.None && offTopic.DocumentsAnswerAboutYear(dialog, named))
            return Task.FromResult(DialogResult.Abandoned);
        // A cohort named by its name ("angkatan pertama") is the year asked, though "kami" beside it points at the user's own.
        var year = (entities.Cohort ?? entities.Year) is null && registry.YearNamedIn(query.Normalized) is { } namedCohort
            ? namedCohort : dialog.Memory.YearFor(entities) ?? registry.YearNamedIn(query.Normalized);
        // "saya wartawan di Kota X, peserta 2017 siapa saja?": the place says where the asker is, the cohort is asked.
        if (AsksCohortAfterIntroduction(entities) && year is { } asked) return Task.FromResult(CohortAfterIntroduction(dialog, asked));
        if (ComparedCohorts(dialog) is { } pair) return Task.FromResult(Compare(dialog, pair.First, pair.Second));
        // "kok bukan tahun sebelumnya?": the data says who took part and when, never why; a reason is the documents' to give or decline.
        if (AsksWhy(dialog.Text)) return Task.FromResult(DialogResult.Abandoned);
        // "berapa peserta dari Kalimantan 2018?": an island group's participants, its provinces together.
        if (query.IsEmpty && query.Island is { } island) return Task.FromResult(IslandList(dialog, island, year));
        // "selain Kota X, yang seprovinsi siapa?": the participants of the named region's province; so is a list asked of
        // a province that holds the one place named ("peserta Bali yang lain, selain Gianyar?": the place named is the exception).
        if (query.Mentions is [var near] && near.Candidates.Select(c => c.Province).Distinct().ToList() is [var itsProvince]
            && (entities.SameProvince || (entities.AsksList && string.Equals(query.Province, itsProvince, StringComparison.Ordinal))))
            return Task.FromResult(ProvinceList(dialog, itsProvince, year, OthersAsked(dialog) && near.Candidates is [var exception] ? exception : null));
        // "kapan Kota X teken MoU?": the date of the region's cohort event, not only the year it took part.
        if (CohortEventOf(dialog)) return Task.FromResult(DialogResult.Complete);
        // The user's cohort, the year last spoken of, or a named year asked as a list ("siapa saja …"): a year's list.
        // How many took part in the year the conversation spoke of: the year's list, which says how many. A count of a
        // year named in the message is left to the documents, which explain the official figures.
        if (YearList(dialog, year)) return Task.FromResult(DialogResult.Listening);
        // "yang seprovinsi siapa?": the participants of the province of the region spoken of.
        if (query.IsEmpty && SameProvinceOf(dialog) is { } sameProvince) return Task.FromResult(ProvinceList(dialog, sameProvince, year));
        // "dari provinsi kami yang lain siapa saja?": the own province's participants, of every year unless one is asked.
        if (query is { IsEmpty: true, Province: null } && entities is { OwnProvince: true, AsksList: true, RefersBack: false } && dialog.Memory.Region is { } home)
            return Task.FromResult(ProvinceList(dialog, home.Province, entities.Cohort ?? entities.Year ?? (entities.OwnCohort || entities.SameYear ? year : null)));
        // A region in no list that a document speaks of by name (sources that differ on a cohort's list): the
        // documents explain what is known, where the data could only say "not recorded".
        if (entities.Region is { } unlisted && registry.ParticipationsOf(unlisted).Count == 0 && offTopic.DocumentsAnswerAbout(dialog, unlisted.Name))
            return Task.FromResult(DialogResult.Abandoned);
        if (!query.IsEmpty)
        {
            if (entities.OwnRegion && entities.Region is { } mine) dialog.Memory.RememberRegion(mine);
            return Task.FromResult(Answer(dialog, query, year));
        }
        // "ikutnya tahun brp?" right after a region was spoken of: a bare participation question is about it (said as an
        // assumption, so a wrong one shows).
        if (BareAboutSubject(dialog) is { } subject)
        {
            var card = answers.ForRegion(subject, null, corrected: false);
            Send(dialog, card with { Body = $"{dialog.Memory.Assumption(subject)}: {card.Body}" });
            dialog.Memory.RememberYear(registry.ParticipationsOf(subject).FirstOrDefault()?.Year);
            dialog.SetState(new ParticipationState(false, subject.BaseName, [subject.Code], null));
            return Task.FromResult(DialogResult.Listening);
        }
        // No place named and none referred to ("kami", "wilayah kami", "daerah itu"): a question for the documents after all.
        if (!entities.OwnRegion && !entities.OwnCohort && !entities.RefersBack) return Task.FromResult(DialogResult.Abandoned);
        if (dialog.Memory.RegionFor(entities).Region is { } remembered)
        {
            var card = answers.ForRegion(remembered, year, corrected: false, StatedGuess.In(dialog.Text));
            Send(dialog, card with { Body = $"{dialog.Memory.Assumption(remembered)}: {card.Body}" });
            dialog.Memory.RememberYear(YearAnswered(remembered, year));
            dialog.SetState(new ParticipationState(false, remembered.BaseName, [remembered.Code], year));
            return Task.FromResult(DialogResult.Listening);
        }
        // "daerah itu" with nothing spoken of yet: ask which one is meant, not the user's own.
        var own = !entities.RefersBack || entities.OwnRegion;
        dialog.SetState(new ParticipationState(true, null, [], year, own));
        dialog.Turn.Send(Replies.Text((own ? "Kabupaten atau kota Anda apa?" : "Daerah mana yang Anda maksud?") +
            " Tulis namanya, misalnya \"Kabupaten Garut\" atau \"Kota Bogor\".", ["Kota Bogor", "Kabupaten Garut", "batal"]));
        return Task.FromResult(DialogResult.Waiting);
    }

    /// <summary>"kapan Kota X teken MoU?": the date (or place) of the named region's cohort event, sent when asked.</summary>
    private bool CohortEventOf(DialogContext dialog) => dialog.Recognition.Entities.Region is { } dated && CohortEventOf(dialog, dated);

    private bool CohortEventOf(DialogContext dialog, Region dated)
    {
        if (cohortEvents.For(dated, dialog.Text) is not { } timeline) return false;
        Send(dialog, timeline);
        Timeline.CohortEventFollowUp.Remember(dialog.Turn, dated, dialog.Text);
        dialog.Memory.RememberSubject(dated);
        return true;
    }

    /// <summary>
    /// A count (or list) of the user's own cohort: how many (or who) were in the user's cohort, which the conversation knows, is
    /// the participant data's, though a document's heading shares a word with it ("Total peserta 2017–2022").
    /// </summary>
    private static bool CountsOwnCohort(DialogContext dialog) =>
        dialog.Recognition.Entities is { OwnCohort: true, Year: null, Cohort: null } entities && (entities.AsksCount || entities.AsksList)
        && (entities.Regions.Mentions.Count == 0 || entities.CohortCompanion) && dialog.Memory.YearFor(entities) is not null;

    /// <summary>
    /// Who else was in a cohort, how many took part in the year spoken of: the year's list (one province's when the
    /// message names a province). False when the message asks something else.
    /// </summary>
    private bool YearList(DialogContext dialog, int? year)
    {
        var entities = dialog.Recognition.Entities;
        var query = entities.Regions;
        if (year is null || !((entities.AsksList && (entities.OwnCohort || entities.SameYear || (query.IsEmpty && entities.Year is not null)))
                              // A cohort word with a place named in the same message: the cohort of that place.
                              || (entities.AsksCount && query.Unknown is null && (entities.OwnCohort || (entities.SameYear && query.Mentions.Count == 0)))))
            return false;
        // "yang dari Jawa Timur seangkatan siapa?": the cohort's list of that province only.
        // "yang ikut bareng Kota X dari Jatim": the one place named is the cohort's reference, the province still narrows.
        var province = query.Mentions.Count == 0 ? query.Province ?? SameProvinceOf(dialog) : entities.CohortCompanion ? query.Province : null;
        // "yang dari Sumatera seangkatan ada berapa?": the cohort's list of that island group's provinces.
        var island = query is { Mentions.Count: 0, Province: null, Island: { } named } ? named : null;
        var list = province is not null ? answers.ForProvince(province, year, asker: dialog.Memory.Region)
            : island is not null ? answers.ForIsland(island, year) : ForYear(year.Value);
        // The cohort came from memory: say whose it is, so a wrong assumption shows.
        if (dialog.Memory.CohortRegionFor(entities) is { } basis) list = list with { Body = $"{dialog.Memory.Assumption(basis)}: {list.Body}" };
        Send(dialog, list);
        dialog.Memory.RememberYear(year);
        dialog.SetState(new ParticipationState(false, null, [], year) { ListShown = true, Province = province, Island = island?.Name });
        return true;
    }

    /// <summary>
    /// "kami sama Kabupaten X seangkatan gak?": a yes/no question with a same-cohort word (entities.json ownCohort) naming one
    /// region beside the user's own, or two regions: whether they share a cohort, not the named region's cohort listed.
    /// </summary>
    private (Region First, Region Second)? ComparedCohorts(DialogContext dialog)
    {
        var entities = dialog.Recognition.Entities;
        if (!entities.OwnCohort || entities.Year is not null || entities.Cohort is not null || !YesNo().IsMatch(dialog.Recognition.Entities.Regions.Normalized.Trim())
            || WhoOrWhich().IsMatch(ConfirmOpeningCue.Replace(entities.Regions.Normalized.Trim(), ""))) return null;
        var named = entities.Regions.Mentions.Where(m => m.Candidates.Count == 1).Select(m => m.Candidates[0]).Distinct().ToList();
        if (named.Count != entities.Regions.Mentions.Count) return null;
        var own = dialog.Memory.Region;
        switch (named)
        {
            case [var other] when own is not null && own != other:
                return (own, other);
            case [var a, var b]:
                // "saya dari Kabupaten A. Kami sama Kabupaten B seangkatan?": the place introduced is the user's own.
                if (own is null && entities.Introduces) dialog.Memory.RememberRegion(a);
                return b == own ? (b, a) : (a, b);
            default:
                return null;
        }
    }

    private DialogResult Compare(DialogContext dialog, Region first, Region second)
    {
        Send(dialog, answers.SameCohort(first, second));
        dialog.Memory.RememberSubject(second);
        dialog.SetState(new ParticipationState(false, second.BaseName, [second.Code], null) { Compared = true });
        return DialogResult.Listening;
    }

    /// <summary>After an introduction naming where the asker is, a request naming a year or cohort and no place asks who (or how many) took part then.</summary>
    private static bool AsksCohortAfterIntroduction(Entities entities) =>
        entities is { PlacesOnlyBeforeQuestion: true, OwnRegion: false, OwnCohort: false } && (entities.Year is not null || entities.Cohort is not null)
        && (entities.AsksList || entities.AsksCount);

    /// <summary>The year's list when a list is asked; a count of a named year is the documents' (they explain the official figures).</summary>
    private DialogResult CohortAfterIntroduction(DialogContext dialog, int year)
    {
        if (!dialog.Recognition.Entities.AsksList) return DialogResult.Abandoned;
        Send(dialog, ForYear(year));
        dialog.Memory.RememberYear(year);
        dialog.SetState(new ParticipationState(false, null, [], year) { ListShown = true });
        return DialogResult.Listening;
    }

    public Task<DialogResult> ContinueAsync(DialogContext dialog, CancellationToken ct)
    {
        var state = dialog.State<ParticipationState>();
        if (state is null) return Task.FromResult(DialogResult.Abandoned);
        if (state.AwaitingRegion)
        {
            if (dialog.Recognition.TopIntent == IntentNames.Cancel)
            {
                dialog.Turn.Send(Replies.Text("Baik, dibatalkan.", HelpMenu.MainTopics));
                return Task.FromResult(DialogResult.Complete);
            }
            var query = dialog.Recognition.Entities.Regions;
            if (query.IsEmpty) return Task.FromResult(DialogResult.Abandoned); // not a place name: another dialog takes it
            if (query.Mentions is [{ Candidates: [var region] }] && state.AskedOwn) dialog.Memory.RememberRegion(region);
            return Task.FromResult(Answer(dialog, query, state.Year));
        }
        // "provinsinya apa?", "what province is that in?" after a region's answer: that region's province, from the data.
        // Only a region this thread answered about (the subject), not the user's own as the documents' SpokenOf falls
        // back to: after a year's list, which names no one region, "provinsinya" points at none.
        if (provinces.TellsProvince(dialog.Turn, dialog.Recognition, dialog.Memory.Subject ?? OneNameShown(state)))
            return Task.FromResult(DialogResult.Listening);
        return Task.FromResult(FollowUp(dialog, state) ? DialogResult.Listening : DialogResult.Abandoned);
    }

    /// <summary>
    /// The places of one name just answered together ("Kota X dan Kabupaten X"), which no single subject stands for: the
    /// first of them, whose namesake a type word next picks ("yang kabupaten provinsinya?"). Null when the answer
    /// showed places of several names, or none.
    /// </summary>
    private Region? OneNameShown(ParticipationState state)
    {
        var shown = state.Codes.Select(resolver.RegionByCode).OfType<Region>().ToList();
        return shown.Count > 0 && shown.All(r => r.BaseName == shown[0].BaseName) ? shown[0] : null;
    }

    // A follow-up pointing back at the province listed is short; a longer message asks something of its own.
    private const int ShortFollowUpWords = 6;

    // A bare question is short and every longer word of it is a word of the intent's own examples.
    private const int BareWords = 5;

    private Region? BareAboutSubject(DialogContext dialog)
    {
        var entities = dialog.Recognition.Entities;
        if (dialog.Memory.Subject is not { } subject || !entities.Regions.IsEmpty || entities.Year is not null || entities.OwnRegion
            || entities.OwnCohort || entities.SameYear || entities.AsksList || entities.AsksCount) return null;
        var normalized = entities.Regions.Normalized;
        if (normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > BareWords) return null;
        // "tahun berapa itu?" / "itu tahun berapa?" after an answer about something other than the region's participation
        // (an award, an event, the region's showcase of awards and programmes): "itu" is that thing, not the participation.
        if (dialog.Turn.ConversationState.Get<string>(DialogRouter.PlaceTopicKey) != Intent && (ThingBack().IsMatch(normalized) || entities.OpensWithThatLength > 0)) return null;
        return recognizer.SpokenShare(Intent, normalized) is >= 1.0 ? subject : null;
    }

    private DialogResult Answer(DialogContext dialog, RegionQuery query, int? year)
    {
        query = NarrowedByTypeWord(NamesakesNarrowed(query));
        if (query.Mentions.Count == 0 && query.Province is { } listed) return ProvinceList(dialog, listed, year);
        if (query.Mentions is [{ Candidates: [var only] } mention])
        {
            SendRemembered(dialog, answers.ForRegion(only, year, mention.Corrected, StatedGuess.In(dialog.Text)));
            NeverListed(dialog, only);
        }
        else
            Send(dialog, query.Mentions.Count switch
            {
                1 => answers.ForRegions(query.Mentions[0].Candidates, year, query.Mentions[0].Candidates[0].BaseName),
                > 1 => answers.ForRegions(query.Mentions.SelectMany(m => m.Candidates).ToList(), year, null),
                _ => answers.ForUnknown(query.Unknown!),
            });
        if (query.Mentions.Count != 1) return DialogResult.Complete;
        var shown = query.Mentions[0].Candidates;
        if (shown is [var subject]) dialog.Memory.RememberSubject(subject);
        dialog.Memory.RememberYear(shown is [var one] ? YearAnswered(one, year) : year);
        dialog.SetState(new ParticipationState(false, shown[0].BaseName, shown.Select(c => c.Code).ToList(), year));
        return DialogResult.Listening;
    }

    /// <summary>A province's list: "kalau 2019?", "yang angkatan pertama?" ask it again for another year.</summary>
    /// <param name="besides">The region the province was asked of ("yang seprovinsi dengan Kota X"): not among its others.</param>
    private DialogResult ProvinceList(DialogContext dialog, string province, int? year, Region? besides = null)
    {
        // "dari 2017 sampai 2019": the span's participants, not its first year's.
        var span = YearRange.AskedIn(dialog.Turn.Text ?? "") is { } asked && (year is null || asked.Contains(year.Value)) ? asked : null;
        besides ??= OtherThan(dialog, province);
        Send(dialog, span is not null ? answers.ForProvince(province, null, asker: dialog.Memory.Region, span: span, besides: besides)
            : answers.ForProvince(province, year, asker: dialog.Memory.Region, besides: besides));
        dialog.Memory.RememberYear(year);
        RememberOnlyListed(dialog, registry.ParticipantsIn(province), year, null);
        dialog.SetState(new ParticipationState(false, null, [], year) { ListShown = true, Province = province });
        return DialogResult.Listening;
    }

    /// <summary>A list that holds one region (one year of one province with a single kabupaten) is about it: "mereka" next is that region.</summary>
    // A why question, not a difference asked (cohorts compared).
    private static bool AsksWhy(string text) => AnswerTypes.AsksWhy(InformalIndonesian.Normalize(text));

    private static void RememberOnlyListed(DialogContext dialog, IEnumerable<(Region Region, Participation Participation)> participants, int? year, RegionType? type)
    {
        var listed = participants.Where(x => (year is null || x.Participation.Year == year) && (type is null || x.Region.Type == type)).Select(x => x.Region).Distinct().ToList();
        if (listed is [var only]) dialog.Memory.RememberSubject(only);
    }

    /// <summary>An island group's list: like a province's, "kalau 2019?" asks it again for another year.</summary>
    private DialogResult IslandList(DialogContext dialog, Island island, int? year)
    {
        Send(dialog, answers.ForIsland(island, year));
        dialog.Memory.RememberYear(year);
        dialog.SetState(new ParticipationState(false, null, [], year) { ListShown = true, Island = island.Name });
        return DialogResult.Listening;
    }

    /// <summary>"seprovinsi", "provinsi yang sama": the province of the region last spoken of, else of the user's own.</summary>
    // "seprovinsi dengan kami": the user's own province, whichever place was spoken of last (a MoU answer names its city).
    private static string? SameProvinceOf(DialogContext dialog) =>
        dialog.Recognition.Entities is not { SameProvince: true } entities ? null
        : entities.OwnRegion && dialog.Memory.Region is { } own ? own.Province
        : dialog.Memory.SpokenOf?.Province;

    /// <summary>"Kabupaten Bogor" after "Bogor", "yang kota", "kalau kabupatennya?", "kalau tahun 2019?": the same subject, one thing changed.</summary>
    private bool FollowUp(DialogContext dialog, ParticipationState context)
    {
        if (ComparedCohorts(dialog) is { } pair) return Compare(dialog, pair.First, pair.Second) == DialogResult.Listening;
        if (AsksWhy(dialog.Text)) return false;
        // "kalau sama Gresik?" right after two regions' cohorts were compared: the user's own region compared again.
        if (context.Compared && dialog.Recognition.Entities.OnlyPlace && dialog.Recognition.Entities.Regions.Mentions is [{ Candidates: [var next] }]
            && dialog.Memory.Region is { } mine && mine != next)
            return Compare(dialog, mine, next) == DialogResult.Listening;
        // Who else was in the cohort, how many took part that year: the year's list, whatever the words lean to (after
        // a list too: a count asked of "that cohort").
        if (dialog.Recognition.Entities is { } asked && (asked.AsksList || asked.AsksCount) && (asked.OwnCohort || asked.SameYear))
            return YearList(dialog, dialog.Memory.YearFor(asked) ?? context.Year);
        // "kapan MoU Kabupaten X?" right after X's answer asks the date of its cohort's event, as it would asked first.
        if (CohortEventOf(dialog)) return true;
        if (context.ListShown) return ListFollowUp(dialog, context);
        // A bare count of participants right after one region's year: how many took part that year (its list says so).
        if (CountOfShownYear(dialog, context) is { } counted) return SameList(dialog, context with { ListShown = true }, counted, null);
        var shown = context.Codes.Select(resolver.RegionByCode).OfType<Region>().ToList();
        var query = dialog.Recognition.Entities.Regions;
        var normalized = Connective().Replace(query.Normalized, "");
        var isShort = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;
        // A short "kami" question after another region was answered: "kami" is the user's own region, not the one just shown —
        // the same short participation question about it; a longer or different question goes its own way.
        if (query.IsEmpty && dialog.Recognition.Entities is { OwnRegion: true, RefersBack: false } && dialog.Memory.Region is { } own && !shown.Contains(own))
        {
            if (!isShort || dialog.Recognition.TopIntent != Intent || dialog.Recognition.Entities.AsksList || dialog.Recognition.Entities.AsksCount) return false;
            var card = answers.ForRegion(own, null, corrected: false);
            Send(dialog, card with { Body = $"{dialog.Memory.Assumption(own)}: {card.Body}" });
            dialog.Memory.RememberSubject(own);
            dialog.Memory.RememberYear(registry.ParticipationsOf(own).FirstOrDefault()?.Year);
            dialog.SetState(context with { BaseName = own.BaseName, Codes = [own.Code], Year = null });
            return true;
        }
        // A type word followed by a point-back word ("kota itu") after another capability's verb: the type word points back at the place for another capability, not "yang kota".
        if (dialog.Recognition.Entities.RefersBack && !CarriesTopic.Contains(dialog.Recognition.TopIntent)) return false;
        if (query.Mentions is [{ Candidates: [var named] }])
        {
            // "penghargaan Kabupaten X?": a topic only the documents explain, about the place, is not "the same place again".
            if (!dialog.Recognition.Entities.OnlyPlace && dialog.Recognition.TopIntent == DialogRouter.FallbackIntent && offTopic.DocumentsAnswer(dialog)) return false;
            // "siapa wali kota X?" after a participation answer asks something participation data does not hold.
            if (!dialog.Recognition.Entities.OnlyPlace && offTopic.AsksOtherKind(dialog)) return false;
            // The same place in a longer question for another capability ("saran untuk X disampaikan ke siapa"): that capability's.
            if (!dialog.Recognition.Entities.OnlyPlace && !isShort && !CarriesTopic.Contains(dialog.Recognition.TopIntent)) return false;
            // The same place with a subject a document heading names ("X jadi pilot jejaring Y?"): the documents' answer, as when
            // the participation dialog is begun (BeginAsync), not the place's participation again.
            if (!dialog.Recognition.Entities.OnlyPlace && offTopic.DocumentsAnswerBetter(dialog)) return false;
            if (shown.Contains(named))
            {
                // The same place again with a year ("tahun sebelumnya Kota X ikut?", the year written out): that year is asked.
                Show(dialog, [named], context with { Codes = [named.Code] }, dialog.Recognition.Entities.Year ?? dialog.Recognition.Entities.Cohort ?? context.Year);
                return true;
            }
            // Only another place ("kalau …?"): the same question about it — unless another capability was asked for.
            if (!dialog.Recognition.Entities.OnlyPlace && (!isShort || !CarriesTopic.Contains(dialog.Recognition.TopIntent))) return false;
            Answer(dialog, query, null);
            return true;
        }
        // "kalau tahun 2023 dari sulsel?" after a region's answer: only a province (and a year) changed — its participants.
        if (query.Mentions.Count == 0 && query.Unknown is null && query.Province is { } province && dialog.Recognition.Entities.OnlyYearOrPlace)
        {
            // The year the region's answer was asked of stays: a province named next filters that year's participants.
            ProvinceList(dialog, province, dialog.Recognition.Entities.Year ?? dialog.Recognition.Entities.Cohort ?? context.Year);
            return true;
        }
        if (!query.IsEmpty || context.BaseName is null) return false;

        var type = TypeWord().Match(normalized);
        // A type word after a question word ("di kota mana") asks which place, it does not pick the one of the same name.
        if (type.Success && AsksWhichPlace(normalized, type)) type = Match.Empty;
        var entities = dialog.Recognition.Entities;
        var year = entities.Year;
        // A follow-up naming the answer's year but asking a topic of that year (its theme, its venue): not participation data.
        // Weighed against participation's own examples (the continuation's intent): the top intent of such a follow-up is often the programme question.
        if (year is not null && !entities.OnlyYearOrPlace && (offTopic.DocumentsAnswerBetter(dialog) || offTopic.AsksOtherKind(dialog))) return false;
        // A count, a list or a date asked of a named year (how many or who took part that year, when that cohort signed) asks
        // about that year, not whether the region just shown took part in it.
        // A list asked of a year ("siapa saja angkatan 2024?") is that year's list even in a year-only follow-up.
        if (year is not null && (entities.AsksList || !entities.OnlyYearOrPlace
            && (entities.AsksCount || (AnswerTypes.Of(InformalIndonesian.Normalize(normalized)) & (AnswerType.Count | AnswerType.Date)) != 0))) return false;
        // "tahun berapa?", "ikut juga?": a short participation question about the same subject (a list question is not).
        if (!type.Success && year is null && isShort && dialog.Recognition.TopIntent == Intent && !entities.AsksList && !entities.OwnCohort && !entities.SameYear)
        {
            Show(dialog, shown, context, context.Year);
            return true;
        }
        if (!type.Success && year is null) return false;
        // Short and about the same subject: a longer message is a follow-up only when it asks about participation.
        if (!isShort && dialog.Recognition.TopIntent != Intent) return false;

        var regions = shown;
        if (type.Success)
        {
            // The sibling of the same name may not have been shown ("Kota Kediri" → "kalau kabupatennya?").
            var family = resolver.Resolve(context.BaseName).Mentions.SelectMany(m => m.Candidates).Concat(shown).Distinct();
            var wantKota = type.Groups["kota"].Success;
            regions = family.Where(r => (r.Type == RegionType.Kota) == wantKota).ToList();
            if (regions.Count == 0)
            {
                dialog.Turn.Send(Replies.Text($"Tidak ada {(wantKota ? "kota" : "kabupaten")} bernama {context.BaseName} dalam daftar kabupaten/kota " +
                    $"(sumber: daftar kabupaten/kota idn-area-data, https://github.com/fityannugroho/idn-area-data). Yang ada: {string.Join(", ", family.Select(r => r.Name))}."));
                return true;
            }
            // An event of the cohort asked of the namesake of the other type: that cohort's event, not its participation again.
            if (regions is [var one] && CohortEventOf(dialog, one)) return true;
        }
        Show(dialog, regions, context, year ?? context.Year);
        return true;
    }

    /// <summary>
    /// A count asked of nothing named, in participation's own words, right after one region's participation was shown:
    /// the year shown (the region's first year when none was asked). Null when the message asks anything else.
    /// </summary>
    private int? CountOfShownYear(DialogContext dialog, ParticipationState context)
    {
        var entities = dialog.Recognition.Entities;
        if (!entities.AsksCount || entities.AsksList || !entities.Regions.IsEmpty || entities.Regions.Province is not null || entities.Regions.Unknown is not null
            || entities.Year is not null || entities.Cohort is not null || entities.OwnRegion || context.Codes is not [var code]
            || recognizer.SpokenShare(Intent, entities.Regions.Normalized) is not >= 1.0) return null;
        return context.Year ?? (resolver.RegionByCode(code) is { } shown ? registry.ParticipationsOf(shown).FirstOrDefault()?.Year : null);
    }

    /// <summary>
    /// After a year's or a province's list: another year (a bare year, or a cohort by its ordinal) or another
    /// province ("yang dari Jawa Barat?") asks the same list again with that one thing changed. Anything else is not a
    /// follow-up of the list.
    /// </summary>
    private bool ListFollowUp(DialogContext dialog, ParticipationState context)
    {
        var entities = dialog.Recognition.Entities;
        var query = entities.Regions;
        // The user's own province asked of the list shown ("… provinsi kami"): only its members, the list's year kept.
        if (OwnProvinceOfList(dialog, context) is { } mine) return SameList(dialog, context, entities.Cohort ?? entities.Year ?? context.Year, mine);
        if (query.Mentions.Count > 0 || query.Unknown is not null || entities.OwnRegion || entities.RefersBack) return false;
        // Only a type word (region-markers.txt): the same list, only the kabupaten (or only the kota).
        if (OnlyTypeWord(query) is { } type) return SameList(dialog, context, context.Year, context.Province, context.Island, type);
        var year = entities.Cohort ?? entities.Year ?? registry.YearNamedIn(query.Normalized);
        // A place named replaces the one listed (a province or an island group); otherwise the list keeps its place.
        var island = query.Island?.Name ?? (query.Province is null ? context.Island : null);
        var province = query.Province ?? (island is null ? context.Province : null);
        // A short span of years right after a province's list ("yang sebelum kami", written as the span before the user's
        // cohort): that province's participants over the span.
        if (context.Province is { } listed && query is { Province: null, Island: null } && YearRange.AskedIn(dialog.Turn.Text ?? "") is not null
            && query.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortFollowUpWords)
        {
            ProvinceList(dialog, listed, null);
            return true;
        }
        // "ada berapa?" right after a list: the same list again, which says how many.
        if (entities.AsksCount && year is null && query.Province is null && query.Island is null && !entities.AsksList && context.Year is not null)
            return SameList(dialog, context, context.Year, province, island);
        // A bare list request (list words and particles only) right after the list (one that answered a count): the same list again, whatever
        // the few words lean to.
        if (year is null && query.Province is null && query.Island is null && BareListRequest(entities))
            return SameList(dialog, context, context.Year, context.Province, context.Island);
        // A year with a pointer back at the province (entities.json sameProvince): the province listed, pointed back at in a short follow-up.
        var sameProvince = entities.SameProvince && context.Province is not null && query.Province is null
            && query.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortFollowUpWords;
        // Only the changed year or province and follow-up words, or a list question with it: the same list again; so is a
        // count of another province or island with no year (after a cohort's list, a count of one island group is of that cohort).
        var countOfPlace = entities.AsksCount && year is null && (query.Province is not null || query.Island is not null);
        if (!(entities.OnlyYearOrPlace || sameProvince || ((entities.AsksList || countOfPlace) && CarriesTopic.Contains(dialog.Recognition.TopIntent)))) return false;
        if (year is null && query.Province is null && query.Island is null) return false;
        return SameList(dialog, context, year ?? context.Year, province, island);
    }

    // The user's own province pointed at, no other place named, after a year's list: that province of the list.
    private static string? OwnProvinceOfList(DialogContext dialog, ParticipationState context) =>
        dialog.Recognition.Entities is { OwnProvince: true, RefersBack: false } entities && entities.Regions is { Mentions.Count: 0, Unknown: null, Province: null }
        && context.Year is not null && dialog.Memory.Region is { } own ? own.Province : null;

    /// <summary>The list of a year (one province's, when one is given) again, as the conversation's subject.</summary>
    /// <param name="type">Only the kota or the kabupaten; the list's own filter is kept when another year or province is asked.</param>
    private bool SameList(DialogContext dialog, ParticipationState context, int? year, string? province, string? islandName = null, RegionType? type = null)
    {
        type ??= context.Type;
        var island = registry.Islands.FirstOrDefault(i => i.Name == islandName);
        var card = province is not null ? answers.ForProvince(province, year, type, dialog.Memory.Region)
            : island is not null ? answers.ForIsland(island, year, type)
            : year is { } y ? ForYear(y, type) : null;
        if (card is null) return false;
        Send(dialog, card);
        dialog.Memory.RememberYear(year);
        if (province is not null || island is not null)
            RememberOnlyListed(dialog, province is not null ? registry.ParticipantsIn(province) : registry.ParticipantsIn(island!.Provinces), year, type);
        dialog.SetState(context with { Year = year, Province = province, Island = island?.Name, Type = type });
        return true;
    }

    /// <summary>
    /// The one type a message of only type words and follow-up words names ("yang kabupaten aja", "kotanya saja"), or
    /// null. Read right after a list, it keeps the list's members of that type.
    /// </summary>
    private RegionType? OnlyTypeWord(RegionQuery query)
    {
        var tokens = query.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var types = tokens.Select(t => TypeWord().Match(t) is { Success: true, Length: var n } m && n == t.Length ? (RegionType?)(m.Groups["kota"].Success ? RegionType.Kota : RegionType.Kabupaten) : null).ToList();
        if (types.OfType<RegionType>().Distinct().ToList() is not [var type]) return null;
        return tokens.Where((t, i) => types[i] is null).All(_followUp.Contains) ? type : null;
    }

    private readonly HashSet<string> _followUp = PhraseList.Words(words.FollowUpWords.Concat(words.Fillers));

    // Words of a bare list request: one-word list words (lexicon list words), follow-up words and fillers, and the
    // tails of a partial request (knowledge/lexicon/penutup-sebagian.txt: "semuanya", "namanya").
    private readonly Lazy<HashSet<string>> _listRequest = new(() => PhraseList.Words(words.ListWords.Where(w => !w.Contains(' ')).Concat(words.FollowUpWords)
        .Concat(words.Fillers).Concat(Lexicon.Current.Lists.GetValueOrDefault("penutup-sebagian") ?? [])));

    // A bare list request is short; a longer one asks something of its own.
    private const int BareListWords = 4;

    private bool BareListRequest(Entities entities) =>
        entities is { AsksList: true, Pillar: null, ListItem: null, OwnCohort: false, SameYear: false }
        && entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= BareListWords } tokens
        && WithoutListPhrases(tokens).All(_listRequest.Value.Contains);

    // The list phrases of more than one word ("siapa aja", "mana saja") are list words too: "siapa" alone is not.
    private IEnumerable<string> WithoutListPhrases(string[] tokens)
    {
        for (var i = 0; i < tokens.Length;)
            if (_listPhrases.Phrases.FirstOrDefault(p => p.Length > 1 && PhraseList.StartsAt(tokens, i, p)) is { } phrase) i += phrase.Length;
            else yield return tokens[i++];
    }

    private readonly PhraseList _listPhrases = new(words.ListWords);

    // A year the user guessed and the answer corrected (asked Y, took part in Z): Z is the year spoken of now ("tahun itu").
    private int? YearAnswered(Region region, int? asked) =>
        registry.ParticipationsOf(region) is { Count: > 0 } taken && (asked is null || taken.All(p => p.Year != asked)) ? taken[0].Year : asked;

    private void Show(DialogContext dialog, IReadOnlyList<Region> regions, ParticipationState context, int? year)
    {
        var card = regions is [var one] ? answers.ForRegion(one, year, corrected: false) : answers.ForRegions(regions, year, context.BaseName);
        Send(dialog, card);
        if (regions is [var subject]) dialog.Memory.RememberSubject(subject);
        dialog.Memory.RememberYear(regions is [var r] ? YearAnswered(r, year) : year);
        dialog.SetState(context with { Codes = regions.Select(r => r.Code).ToList(), Year = year });
    }

    /// <summary>Every kabupaten/kota recorded for a year ("peserta seangkatan kami", "peserta lain tahun tersebut").</summary>
    private AnswerCard ForYear(int year, RegionType? type = null)
    {
        var rows = registry.Regions.Where(r => (type is null || r.Type == type) && registry.ParticipationsOf(r).Any(p => p.Year == year)).ToList();
        var coverage = registry.CoverageOf(year);
        if (rows.Count == 0)
            return new AnswerCard($"Peserta {year}", type is null ? $"Tidak ada daftar peserta yang tercatat untuk tahun {year} di data kami."
                : $"Tidak ada {ParticipationAnswers.Kinds(type).ToLowerInvariant()} yang tercatat sebagai peserta tahun {year} di data kami.", [], ParticipationAnswers.DataSource, HelpMenu.MainTopics);
        var items = rows.GroupBy(r => r.Province).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"**{g.Key}**: {string.Join(", ", g.Select(r => r.Name).Order(StringComparer.Ordinal))}").ToList();
        // The official count of the cohort, when the recorded list has fewer or more names than it.
        var official = registry.OfficialSize(year) is { } size && size != rows.Count
            ? $" (jumlah resmi angkatan ini: {size} daerah{(registry.ListNote(year) is { Length: > 0 } why ? $"; {why}" : "")})" : "";
        // Of one type only, the cohort's official size counts both: not said beside the filtered count.
        if (type is not null) official = "";
        var body = $"{ParticipationAnswers.Kinds(type)} yang tercatat sebagai peserta tahun {year} ({ParticipationAnswers.Cohort(year)}): {rows.Count} daerah{official}" +
                   (coverage == ListCoverage.Partial ? " — daftar tahun ini tidak lengkap" : "") + ".";
        var sources = rows.SelectMany(r => registry.ParticipationsOf(r)).Where(p => p.Year == year).Select(p => p.Source).Distinct().Take(3);
        return new AnswerCard($"Peserta {year}", body, items, $"{ParticipationAnswers.DataSource}; {string.Join("; ", sources)}", ["Cek status daerah"]);
    }

    /// <summary>
    /// A name said bare and again with its type in one message is the typed
    /// one; the bare mention, whose candidates the typed one narrows, and repeats of a mention are dropped.
    /// </summary>
    internal static RegionQuery NamesakesNarrowed(RegionQuery query)
    {
        if (query.Mentions.Count < 2) return query;
        var typed = query.Mentions.Where(m => m.Candidates.Count == 1).Select(m => m.Candidates[0].BaseName).ToHashSet(StringComparer.Ordinal);
        var kept = query.Mentions.Where(m => m.Candidates.Count == 1 || !m.Candidates.Any(c => typed.Contains(c.BaseName)))
            .DistinctBy(m => string.Join(',', m.Candidates.Select(c => c.Code))).ToList();
        return kept.Count == query.Mentions.Count ? query : query with { Mentions = kept };
    }

    /// <summary>
    /// "saya tinggal di X, kotanya ikut?": a name shared by a kota and a kabupaten, with a word of one kind elsewhere in
    /// the message, is that kind's. Words of both kinds ("kabupaten/kota") or none leave the choice to the user.
    /// </summary>
    private static RegionQuery NarrowedByTypeWord(RegionQuery query)
    {
        if (query.Mentions is not [{ Candidates.Count: > 1 } mention]) return query;
        var kinds = TypeWord().Matches(query.Normalized).Select(m => m.Groups["kota"].Success ? RegionType.Kota : RegionType.Kabupaten).Distinct().ToList();
        if (kinds is not [var kind] || mention.Candidates.Where(c => c.Type == kind).ToList() is not [var only]) return query;
        return query with { Mentions = [mention with { Candidates = [only] }] };
    }

    private void Send(DialogContext dialog, AnswerCard card)
    {
        dialog.Turn.Send(cards.Render(card, dialog.Turn.ChannelId));
        // A list of one year ("Peserta 2024") is what the conversation is about now: "MoU-nya kapan?" next asks of that
        // year, not of the topic of an earlier documents' answer.
        // Only the year is its context: the list's words ("peserta") would steer what the follow-up is read as. A year the
        // message did not name (the user's cohort, "seangkatan") the memory already lends to what follows.
        if (AnswerTypes.Years(card.Title) is { Count: 1 } years && dialog.Recognition.Entities is var asked
            && (asked.Year ?? asked.Cohort)?.ToString(System.Globalization.CultureInfo.InvariantCulture) == years.First())
            dialog.Turn.ConversationState.Set(KnowledgeStreams.TopicKey, new ConversationTopic(years.First(), "", card.Title));
    }

    /// <summary>
    /// A region in no year's list: "kenapa?", "why not?", "caranya supaya ikut?" next ask how regions come to take part,
    /// so the documents read them with that topic (knowledge/lexicon/topik-bukan-peserta.txt).
    /// </summary>
    private void NeverListed(DialogContext dialog, Region region)
    {
        if (registry.ParticipationsOf(region).Count > 0 || !Lexicon.Current.Lists.TryGetValue("topik-bukan-peserta", out var topic) || topic is not [var context, ..]) return;
        // The section the documents answer that topic from leads, as after a documents' answer of it.
        var section = answerer.Answer(context) is { Kind: AnswerKind.Answered, Best.Passage: var passage } ? passage : null;
        dialog.Turn.ConversationState.Set(KnowledgeStreams.TopicKey,
            new ConversationTopic(context, section?.Id ?? "", section is null ? $"Keikutsertaan {region.Name}" : AnswerComposer.Topic(section.Heading)));
    }

    /// <summary>A card the answers hand back as the same instance each time: its reply is rendered once per channel.</summary>
    private void SendRemembered(DialogContext dialog, AnswerCard card) => dialog.Turn.Send(RenderedOnce.For(card, cards, dialog.Turn.ChannelId));

    /// <summary>
    /// "provinsi itu punya peserta mana lagi" right after another region of that province was asked about: the others of the
    /// province are asked (knowledge/lexicon/penanda-lainnya.txt), so that region is not among them. The user's own region
    /// stays listed (its answer already says when no other took part); a list asked "in total" keeps every region.
    /// </summary>
    private static Region? OtherThan(DialogContext dialog, string province) =>
        OthersAsked(dialog) && dialog.Memory.Subject is { } asked && asked.Code != dialog.Memory.Region?.Code
        && string.Equals(asked.Province, province, StringComparison.OrdinalIgnoreCase) ? asked : null;

    private static bool OthersAsked(DialogContext dialog) => OthersCue.Regex.IsMatch(dialog.Recognition.Entities.Regions.Normalized);

    private static readonly CuePattern OthersCue = new(@"\b(?:{:penanda-lainnya})\b");

    // Words from knowledge/lexicon/ (pembuka-daerah.txt, jenis-kota.txt, jenis-kabupaten.txt).
    private static readonly CuePattern ConnectiveCue = new(@"^(?:{:pembuka-daerah}\s+)+");
    private static readonly CuePattern TypeWordCue = new(@"\b(?:(?<kota>{:jenis-kota})|(?<kab>{:jenis-kabupaten}))\b");

    // Words from knowledge/lexicon/ (kata-itu.txt, penunjuk-balik.txt): a question ending by pointing at what was just said.
    private static readonly CuePattern ThingBackCue = new(@"\b(?:{:kata-itu}|{:penunjuk-balik})$");

    // A yes/no question (pembuka-konfirmasi.txt, penutup-konfirmasi.txt, tanya-kebenaran.txt); past its opening "apakah",
    // a question word (kata-tanya.txt: "siapa", "mana") asks something else.
    private static readonly CuePattern YesNoCue = new(@"^(?:{:pembuka-konfirmasi})\b|\b(?:{:penutup-konfirmasi})\W*$|\b(?:{:tanya-kebenaran})\b");
    private static readonly CuePattern WhoOrWhichCue = new(@"\b(?:{:kata-tanya})\b");
    private static readonly CuePattern ConfirmOpeningCue = new(@"^(?:{:pembuka-konfirmasi})\b");

    private static Regex YesNo() => YesNoCue.Regex;
    private static Regex WhoOrWhich() => WhoOrWhichCue.Regex;
    private static Regex Connective() => ConnectiveCue.Regex;
    private static Regex ThingBack() => ThingBackCue.Regex;
    private static Regex TypeWord() => TypeWordCue.Regex;

    private readonly HashSet<string> _whichPlace = PhraseList.Words(words.WhichPlace);

    private bool AsksWhichPlace(string normalized, Match type) =>
        normalized[(type.Index + type.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } next && _whichPlace.Contains(next);
}
