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
    public const string ContextKey = "participation.context";
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
            card = answers.ForRegions(query.Mentions[0].Candidates, year, query.Mentions[0].Candidates[0].BaseName);
        else if (query.Mentions.Count > 1)
            card = answers.ForRegions(query.Mentions.SelectMany(m => m.Candidates).ToList(), year, null);
        else if (query.Province is not null)
            card = answers.ForProvince(query.Province, year);
        else
            card = answers.ForUnknown(query.Unknown!);
        turn.Send(cards.Render(card, turn.ChannelId));
        // Remember the subject for one turn, so "yang kabupaten", "kalau kabupatennya?" or "kalau 2019?" can follow.
        if (query.Mentions.Count == 1)
            turn.ConversationState.Set(ContextKey, new ParticipationContext(query.Mentions[0].Candidates[0].BaseName,
                query.Mentions[0].Candidates.Select(c => c.Code).ToList(), year));
    }

    /// <summary>Questions about something other than taking part (awards, quick wins, MoU details, …).</summary>
    internal static bool IsOtherTopic(string normalized) => Excluded().IsMatch(normalized);

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

/// <summary>What the last participation answer was about: the shared name, the regions shown, the year asked.</summary>
public sealed record ParticipationContext(string BaseName, IReadOnlyList<string> Codes, int? Year);

/// <summary>
/// Continues the participation handler's questions in the very next turn: "Kabupaten atau kota Anda apa?", a pick
/// between a kota and a kabupaten of the same name ("yang kabupaten", "Kabupaten Bogor"), and follow-ups that change
/// only the type or the year ("kalau kabupatennya?", "kalau tahun 2019?", "yang kota ikut tahun berapa?").
/// </summary>
public sealed partial class ParticipationRegionPrompt(RegionResolver resolver, ParticipationHandler participation, ParticipationAnswers answers, ICardRenderer cards) : ITurnHandler
{
    public int Order => 60;

    public Task<bool> TryHandleAsync(ITurn turn, CancellationToken cancellationToken)
    {
        if (turn.ConversationState.Get<ParticipationContext>(ParticipationHandler.ContextKey) is { } context)
        {
            // The context lives for one turn: whatever comes next either continues it or starts something new.
            turn.ConversationState.Remove(ParticipationHandler.ContextKey);
            if (TryFollowUp(turn, context)) return Task.FromResult(true);
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

    private bool TryFollowUp(ITurn turn, ParticipationContext context)
    {
        var shown = context.Codes.Select(resolver.RegionByCode).OfType<Region>().ToList();
        var query = resolver.Resolve(turn.Text);
        // "Kabupaten Bogor" after "Bogor": a pick by full name among the regions just shown.
        if (query.Mentions is [{ Candidates: [var named] }])
        {
            if (!shown.Contains(named)) return false;
            Answer(turn, [named], context with { Codes = [named.Code] }, context.Year);
            return true;
        }
        if (!query.IsEmpty) return false;

        var normalized = Connective().Replace(RegionResolver.Normalize(turn.Text), "");
        var type = TypeWord().Match(normalized);
        var year = ParticipationAnswers.AskedYear(normalized);
        if (!type.Success && year is null) return false;
        // Short, about the same subject, and not a new topic ("kalau quick win kabupatennya?" is not ours).
        if (normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 6 && !ParticipationHandler.IsParticipationQuestion(normalized)) return false;
        if (ParticipationHandler.IsOtherTopic(normalized)) return false;

        var regions = shown;
        if (type.Success)
        {
            // The sibling of the same name may not have been shown ("Kota Kediri" → "kalau kabupatennya?").
            var family = resolver.Resolve(context.BaseName).Mentions.SelectMany(m => m.Candidates).Concat(shown).Distinct();
            var wantKota = type.Groups["kota"].Success;
            regions = family.Where(r => (r.Type == RegionType.Kota) == wantKota).ToList();
            if (regions.Count == 0)
            {
                turn.Send(Replies.Text($"Tidak ada {(wantKota ? "kota" : "kabupaten")} bernama {context.BaseName} dalam daftar kabupaten/kota " +
                    $"(sumber: regions.csv). Yang ada: {string.Join(", ", family.Select(r => r.Name))}."));
                return true;
            }
        }
        Answer(turn, regions, context, year ?? context.Year);
        return true;
    }

    private void Answer(ITurn turn, IReadOnlyList<Region> regions, ParticipationContext context, int? year)
    {
        var card = regions is [var one] ? answers.ForRegion(one, year, corrected: false) : answers.ForRegions(regions, year, context.BaseName);
        turn.Send(cards.Render(card, turn.ChannelId));
        turn.ConversationState.Set(ParticipationHandler.ContextKey, context with { Codes = regions.Select(r => r.Code).ToList(), Year = year });
    }

    [GeneratedRegex(@"^((kalau|kalo|klo|kl|bagaimana dengan|gimana dengan|gmn dengan|terus|trus|trs|lalu|yang|yg|itu|maksud (saya|sy|aku)|oh|oke|ok)\s+)+")]
    private static partial Regex Connective();

    [GeneratedRegex(@"\b((?<kota>kota|kotanya|pemkot)|(?<kab>kabupaten|kabupatennya|kab|kabnya|pemkab))\b")]
    private static partial Regex TypeWord();
}
