using System.Text.Json;
using Microsoft.Extensions.Options;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Dialogs;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Showcase;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Collaboration;

/// <summary>
/// A collaboration request from start to its reference number: the region, then one Adaptive Card form (channels
/// that render cards) or one question at a time, a summary, consent, and the request stored before the bot says it
/// was sent. The draft lives in conversation state (not the dialog's frame, which restarts when the dialog is begun
/// again by a form button), so it survives a restart. Begun by the intent "Collaboration", typed or a button's.
/// </summary>
public sealed class CollaborationDialog(
    RequestStore requests,
    RequestNotifier notifier,
    CollaborationCards cards,
    RegionResolver resolver,
    RegionRegistry registry,
    InnovationCatalog catalog,
    TimeProvider clock,
    IOptions<CollaborationOptions> options,
    OffTopic offTopic,
    Recognizer recognizer) : IDialog
{
    public const string DraftKey = "collab.draft";

    /// <summary>Conversation state: the region of the last request begun here (kept after it is cancelled or sent).</summary>
    public const string LastRegionKey = "collab.lastRegion";
    private static readonly HashSet<string> RequesterActions = ["start", "form", "edit", "consent", "cancel"];

    public string Id => "collaboration";
    public IReadOnlyCollection<string> Intents => [CollaborationCards.RequesterIntent];
    public string Label => "Ajukan kolaborasi";

    private const double ConfidentScore = 0.45;

    // A reply naming a region in at least this many words, read as another intent, is a question rather than the region asked for.
    private const int QuestionWords = 4;

    public async Task<DialogResult> BeginAsync(DialogContext dialog, CancellationToken ct)
    {
        var turn = dialog.Turn;
        if (CardAction(turn) is { } card && RequesterActions.Contains(card.Action))
        {
            if (card.Action == "start") await StartAsync(turn, RegionOf(card.Value), ct);
            else await OnCardAsync(turn, card.Action, card.Value, ct);
        }
        else
        {
            // Collecting someone's contact details on a loose reading would be worse than answering the message as a
            // question: a typed request must be the recognizer's clear reading, with out of scope well behind.
            var recognition = dialog.Recognition;
            if (recognition.TopScore < ConfidentScore || recognition.ScoreOf(IntentNames.OutOfScope) * 2 > recognition.TopScore) return DialogResult.Abandoned;
            // Whether a company may fund or co-fund smart city work is a question about the programme, not yet a request.
            var normalized = InformalIndonesian.Normalize(dialog.Text.ToLowerInvariant());
            if (PermissionQuestion.AsksWhetherFunding(normalized)) return DialogResult.Abandoned;
            // Whether two places took part (together, the same year) compares their cohorts: no partner is asked for. A
            // place set aside as where the asker is from (AskedPlaces) is not one of them.
            if (recognition.Entities is { AsksWhetherPlacesTookPart: true, Regions.Mentions.Count: >= 2 }) return DialogResult.Abandoned;
            // A question that the place's own document (a city's call for partners) answers is asked of that document.
            if (offTopic.PlaceDocumentAnswers(dialog)) return DialogResult.Abandoned;
            // A question for a kind of fact no request form collects (a media partner of 2017) is asked of the documents.
            // Right after a list of regions, how to work with one of them asks for the request: the list is the place.
            var listed = ListedWithRecords(dialog);
            if ((listed.Count == 0 && offTopic.AsksOtherKind(dialog)) || offTopic.DocumentsCloseBehind(dialog)) return DialogResult.Abandoned;
            // Collaboration with "them": the region last spoken of; the user's own region is only offered as a button.
            var entities = recognition.Entities;
            var region = entities.Region ?? PartnerAfterIntroduction(entities) ?? SpokenHomonym(dialog) ?? (entities.RefersBack ? dialog.Memory.Subject : null) ?? Resumed(dialog) ?? OtherSpokenOf(dialog);
            if (region is not null) dialog.Memory.RememberSubject(region);
            // Right after a list of regions, no region named: the listed ones with recorded work are the ones offered.
            if (region is null && listed.Count > 0
                && !await requests.IsLimitedAsync("conv", ConversationKey(turn), Limits.MaxPerConversationPerDay, ct))
            {
                SuggestFor(turn, null, listed);
                return HasDraft(turn) ? DialogResult.Waiting : DialogResult.Complete;
            }
            // Looking for a partner in a pillar, no region yet: the regions recorded with work in it are offered.
            if (region is null && dialog.Memory.PillarFor(entities) is { } pillar && catalog.InPillar(pillar) is { Count: > 0 } candidates)
            {
                if (await requests.IsLimitedAsync("conv", ConversationKey(turn), Limits.MaxPerConversationPerDay, ct)) await StartAsync(turn, null, ct);
                else SuggestFor(turn, pillar, candidates);
                return HasDraft(turn) ? DialogResult.Waiting : DialogResult.Complete;
            }
            // Asking which regions could be partners, with no pillar and no place spoken of yet: every region with
            // recorded work is offered, so the asker has something to choose from.
            if (region is null && dialog.Memory.Subject is null && dialog.Memory.Region is null && AsksWhich(dialog)
                && catalog.WithRecords() is { Count: > 0 } all && !await requests.IsLimitedAsync("conv", ConversationKey(turn), Limits.MaxPerConversationPerDay, ct))
            {
                SuggestFor(turn, null, all);
                return HasDraft(turn) ? DialogResult.Waiting : DialogResult.Complete;
            }
            await StartAsync(turn, region, ct, dialog.Memory.SpokenOf);
        }
        return HasDraft(turn) ? DialogResult.Waiting : DialogResult.Complete;
    }

    /// <summary>
    /// The regions of the bot's last list (the regions with a quick win on a subject, a year's winners) that have recorded
    /// work, when the request names no place and no pillar: a request right after such a list is about one of them.
    /// </summary>
    private IReadOnlyList<(string Region, IReadOnlyList<Innovation> Items)> ListedWithRecords(DialogContext dialog)
    {
        if (dialog.Recognition.Entities is not { Regions.IsEmpty: true, Pillar: null } || !ListMemory.ShowsRegions(dialog.Turn)
            || dialog.Turn.ConversationState.Get<string[]>(ListMemory.LastListKey) is not { } listed) return [];
        var names = listed.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return catalog.WithRecords().Where(c => names.Contains(c.Region)).ToList();
    }

    /// <summary>
    /// An introduction from Kota X, then a wish to partner Kabupaten Y: the first place says where the asker is from, the
    /// one place the request after the introduction names is the partner asked for.
    /// </summary>
    private static Region? PartnerAfterIntroduction(Entities entities) =>
        entities is { Introduces: true, Request: { } request } && entities.Regions.Mentions is [_, { Candidates: [var partner] }]
        && request.Split(' ').Count(w => w == "xregion") == 1 ? partner : null;

    /// <summary>
    /// A request begun for a region, stopped half way ("batal dulu"), then asked for again naming no place ("lanjut
    /// ajukan kerja samanya"): the same region, while it is still the place the conversation is about.
    /// </summary>
    private static Region? Resumed(DialogContext dialog) =>
        dialog.Recognition.Entities.Regions.IsEmpty && dialog.Recognition.Entities.Pillar is null && !AsksWhich(dialog)
        && dialog.Memory.Subject is { } subject && dialog.Turn.ConversationState.Get<string>(LastRegionKey) == subject.Code
            ? subject : null;

    /// <summary>
    /// A request naming no place right after asking about a region that is not the user's own (its innovations, its
    /// year): that region — the request's first reply names it, and "batal" or another name changes it.
    /// </summary>
    private static Region? OtherSpokenOf(DialogContext dialog) =>
        dialog.Recognition.Entities is { Regions.IsEmpty: true, Pillar: null } && !AsksWhich(dialog)
        && dialog.Memory.Subject is { } subject && subject.Code != dialog.Memory.Region?.Code ? subject : null;

    /// <summary>
    /// A name a kota and a kabupaten share, written without the type (only "Semarang", no "Kota" or "Kabupaten"): the one the
    /// conversation is about (named with its type a turn before), else the only one of them that took part.
    /// </summary>
    private Region? SpokenHomonym(DialogContext dialog) =>
        dialog.Recognition.Entities.Regions.Mentions is [{ Candidates.Count: > 1 } mention]
            ? mention.Candidates.FirstOrDefault(r => r.Code == dialog.Memory.Subject?.Code) ?? OnlyParticipant(mention)
            : null;

    /// <summary>Of the regions a shared name may mean, the only one that took part; null when none or several did.</summary>
    private Region? OnlyParticipant(RegionMention mention) =>
        mention.Candidates.Where(r => registry.ParticipationsOf(r).Count > 0).ToList() is [var one] ? one : null;

    // A question ("…?", "daerah mana saja …") rather than a request to start one.
    private static bool AsksWhich(DialogContext dialog) =>
        dialog.Text.TrimEnd().EndsWith('?') || dialog.Recognition.Entities.AsksList;

    public async Task<DialogResult> ContinueAsync(DialogContext dialog, CancellationToken ct)
    {
        var turn = dialog.Turn;
        if (CardAction(turn) is { } card)
        {
            if (!RequesterActions.Contains(card.Action)) return DialogResult.NotHandled; // an officer's button
            if (card.Action == "start") await StartAsync(turn, RegionOf(card.Value), ct);
            else await OnCardAsync(turn, card.Action, card.Value, ct);
            return HasDraft(turn) ? DialogResult.Waiting : DialogResult.Complete;
        }
        var result = await ContinueAsync(turn, dialog.Recognition, ct);
        return result ?? (HasDraft(turn) ? DialogResult.Waiting : DialogResult.Complete);
    }

    /// <summary>
    /// After a question in between: one question at a time asks its question again, the question for the region once
    /// more; an open form stays as it is.
    /// </summary>
    public Task ResumeAsync(DialogContext dialog, CancellationToken ct)
    {
        var draft = dialog.Turn.ConversationState.Get<RequestDraft>(DraftKey);
        if (draft is { Step: AskRegion })
            dialog.Turn.Send(Replies.Text("Masih ingin mengajukan kolaborasi? Tulis nama kabupaten/kotanya, atau ketik \"batal\".", ["batal"]));
        return draft is { StepByStep: true, RegionCode: not null } ? AskNextAsync(dialog.Turn, draft, []) : Task.CompletedTask;
    }

    /// <summary>
    /// A message that is not the region asked for (a question in between) is answered by whichever dialog it is for,
    /// and the region is asked for again once; a second one leaves the request: the user has moved on.
    /// </summary>
    private static DialogResult SetAside(ITurn turn, RequestDraft draft)
    {
        if (draft.Reminded)
        {
            turn.ConversationState.Remove(DraftKey);
            return DialogResult.Abandoned;
        }
        turn.ConversationState.Set(DraftKey, draft with { Reminded = true });
        return DialogResult.NotHandled;
    }

    private static (string Action, JsonElement Value)? CardAction(ITurn turn) =>
        ProtocolJson.AsElement(turn.Activity.Value) is { ValueKind: JsonValueKind.Object } value && Member(value, CollaborationCards.ActionKey) is { } action
            ? (action, value)
            : null;

    private Region? RegionOf(JsonElement value) => Member(value, "region") is { } code ? registry.ByCode.GetValueOrDefault(code) : null;
    private const string AskRegion = "region", FormStep = "form", Consent = "consent";
    private static readonly string[] Steps = ["name", "organisation", "contact", "topic", "message"];
    /// <summary>Channels that render Adaptive Card inputs; elsewhere the form is asked one question at a time.</summary>
    private static readonly HashSet<string> FormChannels = ["msteams", "directline", "webchat", "emulator"];

    private CollaborationOptions Limits => options.Value;

    public bool HasDraft(ITurn turn) => turn.ConversationState.Get<RequestDraft>(DraftKey) is not null;

    /// <summary>Offers the regions with recorded work in <paramref name="pillar"/>, then waits for the region as a request does.</summary>
    private void SuggestFor(ITurn turn, string? pillar, IReadOnlyList<(string Region, IReadOnlyList<Innovation> Items)> candidates)
    {
        turn.ConversationState.Set(DraftKey, new RequestDraft(AskRegion, !FormChannels.Contains(turn.ChannelId), null));
        var lines = candidates.Select(c => $"- {c.Region} — {string.Join("; ", c.Items.Select(i => $"{i.Title} ({i.Kind} {i.Year})"))}");
        var where = pillar is null ? "" : $" di pilar {pillar}";
        turn.Send(Replies.Text(
            $"Daerah peserta yang tercatat punya quick win, inovasi atau penghargaan{where} (dari sumber publik):\n" +
            string.Join("\n", lines) + "\n\nDengan kabupaten/kota mana Anda ingin berkolaborasi? Pilih atau tulis namanya. (Ketik \"batal\" untuk berhenti.)",
            candidates.Select(c => c.Region).Take(4).Append("batal")));
    }

    /// <summary>Starts a request, for a region when one is known (named, or on the card the button came from).</summary>
    public async Task StartAsync(ITurn turn, Region? region, CancellationToken ct, Region? remembered = null)
    {
        if (await requests.IsLimitedAsync("conv", ConversationKey(turn), Limits.MaxPerConversationPerDay, ct))
        {
            turn.Send(Replies.Text($"Maaf, dari percakapan ini sudah dikirim {Limits.MaxPerConversationPerDay} permintaan kolaborasi hari ini. Silakan coba lagi besok."));
            return;
        }
        var stepByStep = !FormChannels.Contains(turn.ChannelId);
        if (region is null)
        {
            turn.ConversationState.Set(DraftKey, new RequestDraft(AskRegion, stepByStep, null));
            turn.Send(Replies.Text("Dengan kabupaten/kota mana Anda ingin berkolaborasi? Tulis namanya, misalnya \"Kota Bogor\". (Ketik \"batal\" untuk berhenti.)",
                remembered is null ? ["batal"] : [remembered.Name, "batal"]));
            return;
        }
        await AskNextAsync(turn, new RequestDraft(stepByStep ? Steps[0] : FormStep, stepByStep, region.Code), []);
    }

    /// <summary>A card action of the form or summary ("form", "edit", "consent", "cancel").</summary>
    public async Task OnCardAsync(ITurn turn, string action, JsonElement value, CancellationToken ct)
    {
        var draft = turn.ConversationState.Get<RequestDraft>(DraftKey);
        if (action == "cancel" || draft is null || draft.RegionCode is null)
        {
            Cancel(turn, draft is not null);
            return;
        }
        switch (action)
        {
            case "form":
                var filled = draft with
                {
                    Name = Member(value, "name"), Organisation = Member(value, "organisation"), Contact = Member(value, "contact"),
                    Topic = Member(value, "topic"), Message = Member(value, "message"),
                };
                var errors = Validate(ref filled);
                await AskNextAsync(turn, errors.Count > 0 ? filled with { Step = FormStep } : filled with { Step = Consent }, errors);
                return;
            case "edit":
                await AskNextAsync(turn, draft with { Step = draft.StepByStep ? Steps[0] : FormStep }, []);
                return;
            case "consent" when draft.Step == Consent:
                await SubmitAsync(turn, draft, ct);
                return;
            default:
                await AskNextAsync(turn, draft, []);
                return;
        }
    }

    /// <summary>Continues a draft with typed text; null when done with it here, else what the router should do.</summary>
    private async Task<DialogResult?> ContinueAsync(ITurn turn, Recognition recognition, CancellationToken ct)
    {
        var draft = turn.ConversationState.Get<RequestDraft>(DraftKey);
        if (draft is null) return DialogResult.Abandoned;
        var text = turn.Text.Trim();
        if (recognition.TopIntent == IntentNames.Cancel || StopsTheDraft(recognition))
        {
            Cancel(turn, true);
            return null;
        }
        // "sudah terkirim belum?" while the request is still being written: it has not been sent (no number yet), so
        // say so and ask the pending question again, rather than take the words as a field or as consent.
        if (draft.RegionCode is not null && AsksItsStatus(text, recognition))
        {
            turn.Send(Replies.Text($"Permintaan kolaborasi Anda dengan {registry.ByCode[draft.RegionCode].Name} belum dikirim, jadi belum ada nomornya: " +
                "isiannya belum lengkap. Lanjutkan mengisi di bawah ini, atau ketik \"batal\"."));
            await AskNextAsync(turn, draft, []);
            return null;
        }
        if (RegionMovedTo(recognition, draft) is { } moved)
        {
            await AskNextAsync(turn, draft with { RegionCode = moved.Code }, [$"Baik, permintaan kolaborasi ini sekarang ditujukan ke {moved.Name}."]);
            return null;
        }
        if (draft is { Step: FormStep, RegionCode: not null } && recognition.Entities is { OnlyPlace: true, Region: { } same } && same.Code == draft.RegionCode)
        {
            await AskNextAsync(turn, draft, []); // the form's own region named again: the form it is already on
            return null;
        }
        switch (draft.Step)
        {
            case AskRegion:
                var query = resolver.Resolve(text);
                // A question about the place ("Kabupaten X ikut sejak kapan?") is not the answer to "with which region":
                // the request is left and the question answered.
                if (query.Mentions.Count > 0 && !recognition.Entities.OnlyPlace && recognition.TopIntent != CollaborationCards.RequesterIntent
                    && recognition.TopIntent is not (Recognition.None or IntentNames.ChangeRegion) && query.Normalized.Split(' ').Length >= QuestionWords)
                    return SetAside(turn, draft);
                if (query.Mentions is [{ Candidates: [var region] }])
                {
                    await AskNextAsync(turn, draft with { Step = draft.StepByStep ? Steps[0] : FormStep, RegionCode = region.Code }, []);
                    return null;
                }
                if (query.IsEmpty && query.Normalized.Split(' ').Length >= 3) return SetAside(turn, draft); // not a place but something else
                var options = query.Mentions.SelectMany(m => m.Candidates).Concat(query.Unknown?.Suggestions ?? []).Select(r => r.Name).Distinct().Take(4).ToList();
                turn.Send(Replies.Text(options.Count > 0
                    ? $"Daerah yang mana: {string.Join(" atau ", options)}?"
                    : "Maaf, saya tidak menemukan kabupaten/kota itu. Tulis nama daerahnya (misalnya \"Kabupaten Garut\"), atau ketik \"batal\".", options.Append("batal")));
                return null;
            case FormStep:
                // Asking to go on with the request after a question in between: this request, its form shown again.
                if (ResumesDraft(recognition, draft)) await AskNextAsync(turn, draft, []);
                // Typed into the chat instead of the card (a name, say): the form goes on one question at a time from it.
                else if (TypedIntoForm(text, recognition)) await AnswerStepAsync(turn, draft with { Step = Steps[0], StepByStep = true }, text);
                else return DialogResult.NotHandled; // the form card is open: a question in between is answered, the form stays
                return null;
            case Consent:
                if (IsConsent(text, recognition)) await SubmitAsync(turn, draft, ct);
                else if (recognition.Entities.ChecklistValue == "belum") Cancel(turn, true);
                else await AskNextAsync(turn, draft, []);
                return null;
            // Asking for this request again in the intent's own words ("ingin bermitra dengan Kota X" again) is no
            // name or organisation ("Komunitas Data Garut" is): the pending question is asked again. The message itself
            // may say anything, so it is taken as written.
            case not "message" when ResumesDraft(recognition, draft) && !WrittenAsName(text)
                                    && recognizer.Grounded(recognition.TopIntent, recognition.Entities.Regions.Masked):
                await AskNextAsync(turn, draft, []);
                return null;
            default:
                await AnswerStepAsync(turn, draft, text);
                return null;
        }
    }

    /// <summary>
    /// "ganti ke Kabupaten X aja" while a request to another region is being written: the request moves to X, what was
    /// filled in stays. Only a change of region naming exactly one region other than the request's; a name a kota and a
    /// kabupaten share ("Mojokerto") is the one of them that took part, as when a request starts.
    /// </summary>
    private Region? RegionMovedTo(Recognition recognition, RequestDraft draft) =>
        draft.RegionCode is not null && recognition.TopIntent == IntentNames.ChangeRegion
        && recognition.Entities is { Regions.Mentions: [var mention] } entities
        && (entities.Region ?? OnlyParticipant(mention)) is { } region && region.Code != draft.RegionCode ? region : null;

    /// <summary>The text as the answer to the draft's pending field, then the next field (or the summary).</summary>
    private async Task AnswerStepAsync(ITurn turn, RequestDraft draft, string text)
    {
        // "ralat, surel saya …": a field already answered is corrected, and the pending question asked again.
        if (draft.Step is not "message" && FieldCorrection.Read(text, draft.Step) is var (field, value)
            && Array.IndexOf(Steps, field) is var index and >= 0 && index < Array.IndexOf(Steps, draft.Step))
        {
            var corrected = Set(draft, field, value);
            var invalid = FieldError(ref corrected, field);
            await AskNextAsync(turn, invalid is null ? corrected : draft, [invalid ?? $"Baik, {FieldLabels[field]} diubah menjadi {FieldValue(corrected, field)}."]);
            return;
        }
        var step = Array.IndexOf(Steps, draft.Step);
        var answered = Set(draft, draft.Step, text);
        var error = FieldError(ref answered, draft.Step);
        if (error is not null)
        {
            await AskNextAsync(turn, draft, [error]);
            return;
        }
        await AskNextAsync(turn, answered with { Step = step + 1 < Steps.Length ? Steps[step + 1] : Consent }, []);
    }

    // No intent's own words (or a name written as one), no question and no place: not something asked in between but
    // an answer meant for the form.
    private bool TypedIntoForm(string text, Recognition recognition) =>
        !text.Contains('?') && recognition.Entities.Regions.Mentions.Count == 0 && recognition.Entities.Regions.Unknown is null
        && (WrittenAsName(text) || !recognizer.Grounded(recognition.TopIntent, recognition.Entities.Regions.Masked));

    /// <summary>
    /// "Bagus Santoso", "CV Maju Jaya": a few words, each capitalised, right after the form asked for a name — a person or
    /// an organisation, even when a word of it is also an everyday word another intent knows ("bagus").
    /// </summary>
    private static bool WrittenAsName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= MaxNameWords && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\''));
    }

    private const int MaxNameWords = 6;

    /// <summary>
    /// While a request is being written, asking to collaborate again or "about my request" (no reference number, no
    /// other region) means this one: a sent request's status needs its number, and this one has none yet.
    /// </summary>
    private static bool ResumesDraft(Recognition recognition, RequestDraft draft) =>
        recognition.TopIntent is CollaborationCards.RequesterIntent or IntentNames.CollaborationStatus
        && (recognition.Entities.Region is null || recognition.Entities.Region.Code == draft.RegionCode)
        && !recognition.Entities.Regions.Normalized.Any(char.IsDigit);

    /// <summary>
    /// A question about where a request stands (read as its status, or as a region's status check with the request's
    /// status close behind) naming no reference number: while a draft is open, this draft.
    /// </summary>
    private static bool AsksItsStatus(string text, Recognition recognition) =>
        RequestStatusAnswer.NumberIn(text) is null && recognition.Entities.Regions.Mentions.Count == 0
        && (recognition.TopIntent == IntentNames.CollaborationStatus
            || (recognition.TopIntent is IntentNames.StatusCheck or CollaborationCards.RequesterIntent && recognition.ScoreOf(IntentNames.CollaborationStatus) >= StatusShare * recognition.TopScore));

    // The request's status must hold this share of the top score to be what a status question means while a draft is open.
    private const double StatusShare = 0.5;

    /// <summary>
    /// A message about the request read as the request or its status whose words left over are the cancel examples' ("batalkan" beside
    /// the request's own words): a draft that is not sent has no status to give, so stopping it is what is asked. In a
    /// bag-of-words reading the request's several words outweigh the one verb.
    /// </summary>
    private bool StopsTheDraft(Recognition recognition) =>
        recognition.TopIntent is IntentNames.CollaborationStatus or CollaborationCards.RequesterIntent
        && recognizer.EvidenceBeyond(IntentNames.Cancel, recognition.TopIntent, recognition.Entities.Regions.Masked) >= LeftOverShare;

    // Most of what the status reading leaves unexplained must be the cancel examples' words.
    private const double LeftOverShare = 0.5;

    /// <summary>The summary's own button label (typed or pressed), or a plain yes the recognizer reads ("iya sudah").</summary>
    private static bool IsConsent(string text, Recognition recognition) =>
        RegionResolver.Normalize(text) == RegionResolver.Normalize(ConsentLabel) || recognition.Entities.ChecklistValue == "sudah";

    public const string ConsentLabel = "Ya, kirim";

    private Task AskNextAsync(ITurn turn, RequestDraft draft, IReadOnlyList<string> errors)
    {
        turn.ConversationState.Set(DraftKey, draft);
        turn.ConversationState.Set(LastRegionKey, draft.RegionCode!);
        var region = registry.ByCode[draft.RegionCode!];
        if (draft.Step == Consent)
        {
            turn.Send(cards.Summary(region.Name, draft, turn.ChannelId));
            return Task.CompletedTask;
        }
        if (draft.Step == FormStep)
        {
            turn.Send(cards.Form(region.Name, catalog.Pillars, draft, errors, turn.ChannelId));
            return Task.CompletedTask;
        }
        var prefix = errors.Count > 0 ? errors[0] + " " : "";
        var (question, suggestions) = draft.Step switch
        {
            "name" => ($"Permintaan kolaborasi dengan {region.Name}. Siapa nama Anda? (Ketik \"batal\" kapan saja untuk berhenti.)", (IEnumerable<string>)["batal"]),
            "organisation" => ("Dari organisasi, instansi atau perusahaan apa?", ["batal"]),
            "contact" => ("Ke mana petugas dapat menghubungi Anda? Tulis alamat e-mail atau nomor telepon.", ["batal"]),
            "topic" => ("Topiknya termasuk pilar smart city yang mana?", catalog.Pillars),
            _ => ($"Tulis pesan Anda untuk petugas smart city {region.Name} (paling banyak {Limits.MaxMessageChars} karakter).", ["batal"]),
        };
        turn.Send(Replies.Text(prefix + question, suggestions) with { TextFormat = "plain" });
        return Task.CompletedTask;
    }

    private async Task SubmitAsync(ITurn turn, RequestDraft draft, CancellationToken ct)
    {
        var complete = draft;
        if (Validate(ref complete).Count > 0)
        {
            await AskNextAsync(turn, draft with { Step = draft.StepByStep ? Steps[0] : FormStep }, ["Beberapa isian belum lengkap."]);
            return;
        }
        turn.ConversationState.Remove(DraftKey);
        if (!await requests.TryCountAsync("contact", complete.Contact!, Limits.MaxPerContactPerDay, ct) ||
            !await requests.TryCountAsync("conv", ConversationKey(turn), Limits.MaxPerConversationPerDay, ct))
        {
            turn.Send(Replies.Text("Maaf, batas permintaan kolaborasi per hari untuk kontak atau percakapan ini sudah tercapai. Permintaan tidak dikirim; silakan coba lagi besok."));
            return;
        }
        var region = registry.ByCode[complete.RegionCode!];
        var reachable = turn.CanMessageLater || turn.ChannelId == "directline";
        // Stored (committed) before the reply is even queued: the number the user gets always exists.
        var request = await requests.CreateAsync(new CollaborationRequest("", region.Code, complete.Name!, complete.Organisation!, complete.Contact!,
            complete.Topic!, complete.Message!, clock.GetUtcNow(), RequestStatus.Open, turn.Reference, reachable, turn.User.StateKey), ct);
        notifier.Wake();
        turn.Send(Replies.Text(
            $"Terima kasih, {complete.Name}. Permintaan Anda tersimpan dengan nomor {request.Number} dan diteruskan kepada petugas smart city {region.Name} " +
            "(atau staf program bila daerah itu belum punya petugas terdaftar). " +
            (reachable ? "Kabar tindak lanjutnya akan saya sampaikan di percakapan ini. " : "") +
            $"Cek statusnya kapan saja dengan mengetik \"status permintaan {request.Number}\".",
            [$"status permintaan {request.Number}"]) with { TextFormat = "plain" });
    }

    private void Cancel(ITurn turn, bool hadDraft)
    {
        turn.ConversationState.Remove(DraftKey);
        turn.Send(Replies.Text(hadDraft ? "Baik, permintaan kolaborasi dibatalkan. Tidak ada data Anda yang disimpan." : "Tidak ada permintaan kolaborasi yang sedang diisi."));
    }

    private List<string> Validate(ref RequestDraft draft)
    {
        var errors = new List<string>();
        foreach (var step in Steps)
            if (FieldError(ref draft, step) is { } error) errors.Add(error);
        return errors;
    }

    /// <summary>Checks and normalises one field of the draft; the error to show, or null.</summary>
    private string? FieldError(ref RequestDraft draft, string step)
    {
        switch (step)
        {
            case "name":
                var name = RequestValidation.Clean(draft.Name, Limits.MaxNameChars);
                draft = draft with { Name = name };
                return name is null ? $"Nama wajib diisi (paling banyak {Limits.MaxNameChars} karakter)." : null;
            case "organisation":
                var organisation = RequestValidation.Clean(draft.Organisation, Limits.MaxOrganisationChars);
                draft = draft with { Organisation = organisation };
                return organisation is null ? $"Organisasi wajib diisi (paling banyak {Limits.MaxOrganisationChars} karakter)." : null;
            case "contact":
                var contact = RequestValidation.NormalizeContact(draft.Contact);
                if (contact is null) return "Kontak harus alamat e-mail yang valid (nama@contoh.id) atau nomor telepon Indonesia (mis. 0812 3456 7890).";
                draft = draft with { Contact = contact };
                return null;
            case "topic":
                var typed = draft.Topic?.Trim();
                var topic = catalog.Pillars.FirstOrDefault(p => string.Equals(p, typed, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(p.Replace("Smart ", "", StringComparison.OrdinalIgnoreCase), typed, StringComparison.OrdinalIgnoreCase));
                draft = draft with { Topic = topic };
                return topic is null ? $"Pilih topik salah satu pilar: {string.Join(", ", catalog.Pillars)}." : null;
            default:
                var message = RequestValidation.Clean(draft.Message, Limits.MaxMessageChars, multiline: true);
                draft = draft with { Message = message };
                return message is null ? $"Pesan wajib diisi (paling banyak {Limits.MaxMessageChars} karakter)." : null;
        }
    }

    private static readonly Dictionary<string, string> FieldLabels = new(StringComparer.Ordinal)
    {
        ["name"] = "nama", ["organisation"] = "organisasi", ["contact"] = "kontak", ["topic"] = "topik",
    };

    private static string? FieldValue(RequestDraft draft, string field) => field switch
    {
        "name" => draft.Name,
        "organisation" => draft.Organisation,
        "contact" => draft.Contact,
        _ => draft.Topic,
    };

    private static RequestDraft Set(RequestDraft draft, string step, string text) => step switch
    {
        "name" => draft with { Name = text },
        "organisation" => draft with { Organisation = text },
        "contact" => draft with { Contact = text },
        "topic" => draft with { Topic = text },
        _ => draft with { Message = text },
    };

    private static string ConversationKey(ITurn turn) => $"{turn.ChannelId}:{turn.ConversationId}";

    /// <summary>A string member of a card's submitted data, bounded so an oversized value never travels further.</summary>
    internal static string? Member(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString() is { } s ? (s.Length <= 8000 ? s : s[..8000]) : null
            : null;
}
