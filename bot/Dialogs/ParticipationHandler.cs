using System.Text.RegularExpressions;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Regions;

namespace SmartCity.Bot.Dialogs;

/// <summary>
/// "Apakah Kabupaten Garut ikut?" — answers participation questions about a named kabupaten/kota or province.
/// Takes a message only when it really asks about participation; a region named in a question about awards, bimtek,
/// quick wins, MoU and the like is left to the knowledge answers.
/// </summary>
public sealed partial class ParticipationHandler(RegionResolver resolver, ParticipationAnswers answers, ICardRenderer cards) : ITurnHandler
{
    public const string AwaitingRegionKey = "participation.awaitingRegion";
    public const string PendingChoiceKey = "participation.pendingChoice";
    public const string ProfileRegionKey = "profile.regionCode";

    public int Order => 300;

    public Task<bool> TryHandleAsync(ITurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Text;
        if (string.IsNullOrWhiteSpace(text)) return Task.FromResult(false);
        var query = resolver.Resolve(text);
        var normalized = query.Normalized;
        var asksParticipation = IsParticipationQuestion(normalized);

        if (query.IsEmpty)
        {
            if (!asksParticipation || !MyRegion().IsMatch(normalized)) return Task.FromResult(false);
            // "Apakah kota saya ikut?": the profile may know the region; else ask for it.
            if (turn.UserState.Get<string>(ProfileRegionKey) is { } code && resolver.RegionByCode(code) is { } mine)
            {
                turn.Send(cards.Render(answers.ForRegion(mine, ParticipationAnswers.AskedYear(normalized), corrected: false), turn.ChannelId));
                return Task.FromResult(true);
            }
            turn.ConversationState.Set(AwaitingRegionKey, ParticipationAnswers.AskedYear(normalized) ?? 0);
            turn.Send(Replies.Text("Kabupaten atau kota Anda apa? Tulis namanya, misalnya \"Kabupaten Garut\" atau \"Kota Bogor\".",
                ["Kota Bogor", "Kabupaten Garut", "batal"]));
            return Task.FromResult(true);
        }

        // Signing a cohort's MoU is how a region joins it: "Kabupaten X menandatangani MoU 2019 atau tidak?" is a
        // participation question, while "kapan/di mana MoU …" stays with the documents.
        var asksMouMembership = query.Mentions.Count > 0 && MouSigning().IsMatch(normalized) && YesNo().IsMatch(normalized) && !EventDetail().IsMatch(normalized);
        if (!asksParticipation && !query.IsOnlyNames && !asksMouMembership && !AsksProvinceList(query, normalized)) return Task.FromResult(false);
        if (Excluded().IsMatch(normalized) && !asksMouMembership && !AsksProvinceList(query, normalized)) return Task.FromResult(false);
        Answer(turn, query, ParticipationAnswers.AskedYear(normalized));
        return Task.FromResult(true);
    }

    internal void Answer(ITurn turn, RegionQuery query, int? year)
    {
        AnswerCard card;
        if (query.Mentions.Count == 1 && query.Mentions[0].Candidates.Count == 1)
            card = answers.ForRegion(query.Mentions[0].Candidates[0], year, query.Mentions[0].Corrected);
        else if (query.Mentions.Count == 1)
        {
            card = answers.ForRegions(query.Mentions[0].Candidates, year, query.Mentions[0].Candidates[0].BaseName);
            // "Bogor" is both a kota and a kabupaten: remember the pair so "yang kabupaten" can pick one next turn.
            turn.ConversationState.Set(PendingChoiceKey, new PendingChoice(query.Mentions[0].Candidates.Select(c => c.Code).ToList(), year));
        }
        else if (query.Mentions.Count > 1)
            card = answers.ForRegions(query.Mentions.SelectMany(m => m.Candidates).ToList(), year, null);
        else if (query.Province is not null)
            card = answers.ForProvince(query.Province, year);
        else
            card = answers.ForUnknown(query.Unknown!);
        turn.Send(cards.Render(card, turn.ChannelId));
    }

    /// <summary>"Peserta 2024 dari Provinsi Bali siapa saja?": a province and a request for the list of participants.</summary>
    private static bool AsksProvinceList(RegionQuery query, string normalized) =>
        query.Province is not null && query.Mentions.Count == 0 && Signal().IsMatch(normalized) && ListRequest().IsMatch(normalized)
        && !EventDetail().IsMatch(normalized);

    [GeneratedRegex(@"\b(mou|nota kesepakatan|nota kesepahaman|menandatangani|ditandatangani|tanda ?tangan|teken|meneken)\b")]
    private static partial Regex MouSigning();

    [GeneratedRegex(@"\b(atau tidak|atau bukan|atau belum|apakah|apa benar|benarkah|betulkah|betul|benar|kah)\b|\?\s*$")]
    private static partial Regex YesNo();

    [GeneratedRegex(@"\b(siapa saja|siapa aja|mana saja|mana aja|apa saja|apa aja|daftar|sebutkan)\b")]
    private static partial Regex ListRequest();

    [GeneratedRegex(@"\b(kapan|tanggal|di mana|dimana|hotel|tempat|jam|pukul|siapa(?!\s+(saja|aja))|penghargaan|bimtek|quick ?win)\b")]
    private static partial Regex EventDetail();

    /// <summary>True for questions about taking part: ikut, peserta, angkatan, terdaftar, terpilih, pernah, tahun berapa…</summary>
    public static bool IsParticipationQuestion(string normalized) =>
        Signal().IsMatch(normalized) && !Excluded().IsMatch(normalized);

    [GeneratedRegex(@"\b(ikut|ikutan|ikutkah|mengikuti|diikuti|peserta|pesertanya|angkatan|terdaftar|daftar|masuk|bergabung|gabung|tergabung|terpilih|dipilih|pernah|prnh|didampingi|pendampingan|termasuk|partisipasi|berpartisipasi|tahun (berapa|brp|apa)|taun (berapa|brp|apa)|thn (berapa|brp|apa))\b")]
    private static partial Regex Signal();

    // Questions that name a region but ask about something else: events, awards, quick wins, MoU, bimtek, places.
    [GeneratedRegex(@"\b(bimtek|bimbingan|penghargaan|award|awarding|menang|memenangkan|pemenang|juara|raih|meraih|menerima|dapat penghargaan|quick ?win|quickwin|mou|nota|kesepakatan|kesepahaman|ditandatangani|tanda ?tangan|teken|hotel|pilar|kategori|dimensi|acara|seminar|pameran|forum|tanggal|siapa|inovasi|aplikasi|anggaran|biaya|dana|provinsi mana|propinsi mana|dimana|di mana|letak|terletak|bupati|walikota|wali kota|wakil|perbup|perwali|disahkan|rpjmd|skor|nilai|indeks|asesor|assessment|asesmen|penilaian|evaluasi|program unggulan|program percepatan|call center|status|tenggat|deadline|ingatkan|pengingat|surat|nomor|undangan|kenapa|mengapa|alasan|sebab|bagaimana|gimana|cara|caranya|syarat|kriteria|seleksi|dibatalkan|batal)\b")]
    private static partial Regex Excluded();

    [GeneratedRegex(@"\b(kota|kabupaten|kab|daerah|wilayah|pemda|pemkot|pemkab) (saya|kami|kita|ku|aku|gue|gw|sy)\b|\bdaerahku\b|\bkotaku\b")]
    private static partial Regex MyRegion();
}

/// <summary>The regions a shared name stood for, and the year asked, while the user picks one.</summary>
public sealed record PendingChoice(IReadOnlyList<string> Codes, int? Year);

/// <summary>
/// Continues the participation handler's questions: "Kabupaten atau kota Anda apa?", and a pick between a kota and a
/// kabupaten of the same name ("yang kabupaten", "kotanya", "Kabupaten Bogor").
/// </summary>
public sealed partial class ParticipationRegionPrompt(RegionResolver resolver, ParticipationHandler participation, ParticipationAnswers answers, ICardRenderer cards) : ITurnHandler
{
    public int Order => 60;

    public Task<bool> TryHandleAsync(ITurn turn, CancellationToken cancellationToken)
    {
        if (turn.ConversationState.Get<PendingChoice>(ParticipationHandler.PendingChoiceKey) is { } pending)
        {
            turn.ConversationState.Remove(ParticipationHandler.PendingChoiceKey);
            var regions = pending.Codes.Select(resolver.RegionByCode).OfType<Region>().ToList();
            var normalized = RegionResolver.Normalize(turn.Text);
            var picked = TypeChoice().Match(normalized) is { Success: true } m
                ? regions.Where(r => (r.Type == RegionType.Kota) == m.Groups["kota"].Success).ToList()
                : resolver.Resolve(turn.Text) is { Mentions: [{ Candidates: [var one] }] } && regions.Contains(one) ? [one] : [];
            if (picked is [var chosen])
            {
                turn.Send(cards.Render(answers.ForRegion(chosen, pending.Year, corrected: false), turn.ChannelId));
                return Task.FromResult(true);
            }
            // Anything else is a new question: let the other handlers take it.
        }

        var year = turn.ConversationState.Get<int?>(ParticipationHandler.AwaitingRegionKey);
        if (year is null) return Task.FromResult(false);
        turn.ConversationState.Remove(ParticipationHandler.AwaitingRegionKey);
        if (DialogWords.IsCancel(turn.Text))
        {
            turn.Send(Replies.Text("Baik, dibatalkan.", HelpMenu.MainTopics));
            return Task.FromResult(true);
        }
        var query = resolver.Resolve(turn.Text);
        if (query.IsEmpty) return Task.FromResult(false); // not a place name: let the other handlers take it
        if (query.Mentions is [{ Candidates: [var region] }]) turn.UserState.Set(ParticipationHandler.ProfileRegionKey, region.Code);
        participation.Answer(turn, query, year == 0 ? null : year);
        return Task.FromResult(true);
    }

    [GeneratedRegex(@"^(yang |yg |itu |maksud (saya|sy|aku) )?((?<kota>kota|pemkot)(nya)?|(?<kab>kabupaten|kab|pemkab)(nya)?)( (aja|saja|dong|ya|yah))?$")]
    private static partial Regex TypeChoice();
}
