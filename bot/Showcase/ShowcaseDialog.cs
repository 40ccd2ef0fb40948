using System.Text.Json;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Dialogs;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Showcase;

/// <summary>
/// "Apa saja inovasi Kabupaten X?" or the "Lihat inovasi" button of a region's card (submit data "showcase" = region
/// code): the region's showcase. Without a region named or remembered, asks for one.
/// </summary>
public sealed class ShowcaseDialog(ShowcaseAnswers answers, ThemeAnswers themes, RegionRegistry registry, ICardRenderer cards, OffTopic offTopic,
    IEnumerable<ITopicContinuation> continuations, RegionPillarFollowUp pillarFollowUp) : IDialog
{
    public const string ActionKey = "showcase";

    /// <summary>Conversation state: the field of the last showcase card searched by field ("kalau transportasi?" asks another).</summary>
    public const string ThemeKey = "showcase.theme";
    private const double ConfidentScore = 0.5;

    public string Id => "showcase";
    public IReadOnlyCollection<string> Intents => [IntentNames.RegionShowcase];
    public string Label => "Lihat inovasi daerah";
    public bool AnswersAboutPlace => true;
    public bool LeavesDocumentTopic => true;

    public Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken ct)
    {
        if (ButtonRegion(dialog.Turn) is { } pressed) return Task.FromResult(Show(dialog, pressed, fromMemory: false));
        dialog.Turn.ConversationState.Remove(ThemeKey);
        // "yang smart living apa?" after an answer about a region: its programmes in that pillar.
        if (pillarFollowUp.Asked(dialog.Turn, dialog.Recognition.Entities) is var (spokenOf, pillar)) return Task.FromResult(Show(dialog, spokenOf, fromMemory: false, pillar));
        // "contohnya di kota lain?" (read again naming the place spoken of): other regions' records, not this one's.
        if (dialog.Recognition.Entities.Region is { } spoken && themes.AsksOtherRegions(dialog.Text))
            return Task.FromResult(Send(dialog, themes.ForOtherRegions(spoken)));
        // "daerah mana yang inovasinya di bidang kesehatan?": a field, no place, innovations asked for — a search of every
        // region's records. A year or another kind of question ("siapa direktur layanan pemerintahan …") is not one.
        if (AsksField(dialog) is { } theme)
        {
            dialog.Turn.ConversationState.Set(ThemeKey, theme.Name);
            var found = themes.ForTheme(theme);
            // One region found is what "daerah itu" points at next (several are not one subject).
            dialog.Memory.RememberSubjectNamedIn(string.Join("\n", found.Items));
            return Task.FromResult(Send(dialog, found));
        }
        if (offTopic.AsksBeyondSources(dialog) || offTopic.AsksOtherKind(dialog) || (!LeansOnSubject(dialog) && offTopic.DocumentsAnswerBetter(dialog)))
            return Task.FromResult(DialogResult.Abandoned);
        // A programme named by its title (asking its pillar or its region) is what is asked about, not its region's whole showcase.
        // A sum of money or a contact asked of it that its card does not state is the documents' question (answered or declined).
        if (answers.ForNamed(dialog.Text) is { } named)
            return Task.FromResult(offTopic.AsksUnstatedDetail(dialog, [named.Body, .. named.Items]) ? DialogResult.Abandoned : Send(dialog, named));
        // "siapa saja yang berinovasi di smart living?": no place, a pillar, a list asked for (or no place spoken of yet).
        if (PillarList(dialog) is { } list) return Task.FromResult(Send(dialog, list));
        var (region, fromMemory) = dialog.Memory.RegionFor(dialog.Recognition.Entities);
        // "contoh inovasinya apa?" names no place: the place just spoken of, said as an assumption.
        if (region is null && dialog.Recognition.Entities.Regions.IsEmpty && dialog.Memory.Subject is { } subject) (region, fromMemory) = (subject, true);
        // "aplikasinya apa?" right after an answer that named one region (a winner) asks about it, not about the asker's own.
        else if (dialog.Recognition.Entities is { Regions.IsEmpty: true, OwnRegion: false } && dialog.Memory is { SubjectFromAnswer: true, Subject: { } answered })
            (region, fromMemory) = (answered, true);
        region ??= OnlyParticipant(dialog.Recognition.Entities.Regions);
        // A staff document about the region (news of its apps, a decree) that answers the question beats a card saying
        // no innovation is recorded for it.
        if (region is not null && answers.HasNothingFor(region) && offTopic.DocumentsAnswerAbout(dialog, region.BaseName)) return Task.FromResult(DialogResult.Abandoned);
        if (region is not null) return Task.FromResult(Show(dialog, region, fromMemory));
        // Asking for a region on a loose reading ("pilarnya apa aja") is worse than answering it as a question.
        if (dialog.Recognition.TopScore < ConfidentScore || offTopic.DocumentsAnswerWithoutRegion(dialog)) return Task.FromResult(DialogResult.Abandoned);
        // "isinya apa aja?" right after the documents' answer (no place spoken of) asks about that answer's topic.
        if (continuations.Any(c => c.Reads(dialog.Turn) >= TopicContinuation.Asks)) return Task.FromResult(DialogResult.Abandoned);
        dialog.SetState(new AwaitingRegion(true));
        dialog.Turn.Send(Replies.Text("Inovasi kabupaten/kota mana yang ingin Anda lihat? Tulis namanya, misalnya \"Kabupaten Banyumas\".", ["batal"]));
        return Task.FromResult(DialogResult.Waiting);
    }

    public Task<DialogResult> ContinueAsync(DialogContext dialog, CancellationToken ct)
    {
        if (dialog.Recognition.Entities.Region is { } region) return Task.FromResult(Show(dialog, region, fromMemory: false));
        if (dialog.Recognition.TopIntent == IntentNames.Cancel)
        {
            dialog.Turn.Send(Replies.Text("Baik."));
            return Task.FromResult(DialogResult.Complete);
        }
        return Task.FromResult(DialogResult.Abandoned);
    }

    private InnovationTheme? AsksField(DialogContext dialog) =>
        // A pillar named ("inovasi smart economy") lists that pillar's regions (PillarList), not a field's.
        // Where the asker said they are from, before a question asking which regions (naming none), is no place asked of.
        dialog.Recognition.Entities is { Year: null, Cohort: null, Pillar: null } entities
        && (entities.Regions.IsEmpty || (entities.PlacesOnlyBeforeQuestion && themes.AsksWhichRegions(entities.Request!)))
        && themes.AsksExample(dialog.Text)
        && !offTopic.AsksBeyondSources(dialog) && !offTopic.AsksOtherKind(dialog)
            ? themes.ThemeIn(dialog.Text) : null;

    /// <summary>
    /// A short showcase question naming no place, pillar or year right after a region with recorded work was spoken of
    /// ("pernah menang penghargaan?"): it asks about that region, so the documents' answer to the bare words (about no
    /// region) does not beat the region's showcase.
    /// </summary>
    private bool LeansOnSubject(DialogContext dialog) =>
        dialog.Recognition.Entities is { Regions.IsEmpty: true, Pillar: null, Year: null, Cohort: null, OwnRegion: false }
        && dialog.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortWords
        && dialog.Memory.Subject is { } subject && !answers.HasNothingFor(subject);

    // A follow-up leaning on the place just spoken of is short; a longer message says what it is about.
    private const int ShortWords = 5;

    private AnswerCard? PillarList(DialogContext dialog) =>
        // A year asked ("yang unggul pada 2025") is the documents' (awards by year), not the records of every year.
        // "inovasi di pilar tadi?": the pillar just spoken of, not the place.
        dialog.Recognition.Entities is { OwnRegion: false, RefersBack: false, Year: null, Cohort: null } entities && entities.Regions.IsEmpty
        && dialog.Memory.PillarFor(entities) is { } pillar
        && (entities.AsksList || dialog.Memory.Subject is null || entities is { Pillar: null, RefersToPillar: true })
            ? answers.ForPillar(pillar)
            : null;

    private DialogResult Send(DialogContext dialog, AnswerCard card)
    {
        dialog.Turn.Send(cards.Render(card, dialog.Turn.ChannelId));
        return DialogResult.Complete;
    }

    private DialogResult Show(DialogContext dialog, Region region, bool fromMemory, string? pillar = null)
    {
        // The region shown is what the conversation is about now, not necessarily the user's own region.
        dialog.Memory.RememberSubject(region);
        // A pillar asked of the region just spoken of: that pillar's records of it, or that the sources name none there.
        var card = pillar is not null ? answers.ForPillarOf(region, pillar) : answers.For(region, dialog.Text);
        // "itu kapan ya?" after the showcase asks the documents about this region's programmes and awards, not the
        // topic of an earlier answer (no section of theirs was shown, so none is preferred).
        // Records all of one year (an award) make it the year spoken of: "acaranya di mana?" asks of that year's event.
        // The records of one pillar only (Depok's smart living) make it the pillar "pilar itu" points at next.
        dialog.Memory.RememberPillar(answers.OnlyPillar(region, pillar ?? dialog.Recognition.Entities.Pillar));
        var year = answers.OnlyYear(region);
        dialog.Memory.RememberYear(year);
        dialog.Turn.ConversationState.Set(KnowledgeStreams.TopicKey, new ConversationTopic(card.Title, "", card.Title));
        dialog.Turn.Send(fromMemory
            ? cards.Render(card with { Body = $"{dialog.Memory.Assumption(region)}: {card.Body}" }, dialog.Turn.ChannelId)
            : RenderedOnce.For(card, cards, dialog.Turn.ChannelId));
        // One programme shown by its name: a next message opening with "itu …" is about it.
        if (answers.OnlyNamedProgramme(region) is { } programme) ListMemory.RememberThing(dialog.Turn, programme.Title.Split('(')[0].Trim());
        return DialogResult.Complete;
    }

    /// <summary>
    /// A name shared by a kabupaten and a kota, written without the type: when only one of them took part in the
    /// programme, its showcase is the one meant (the card names it, so the choice shows).
    /// </summary>
    private Region? OnlyParticipant(RegionQuery query) =>
        query.Mentions is [{ Candidates.Count: > 1 } mention] && mention.Candidates.Where(r => registry.ParticipationsOf(r).Count > 0).ToList() is [var one]
            ? one : null;

    private Region? ButtonRegion(ITurn turn) =>
        ProtocolJson.AsElement(turn.Activity.Value) is { ValueKind: JsonValueKind.Object } value &&
        value.TryGetProperty(ActionKey, out var code) && code.ValueKind == JsonValueKind.String
            ? registry.ByCode.GetValueOrDefault(code.GetString()!)
            : null;

    private sealed record AwaitingRegion(bool Waiting);
}
