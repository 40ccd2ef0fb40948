using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Conversation;

/// <summary>
/// The other type of the place spoken of ("yang kabupaten?", "kalau kotanya?", or a longer question with such words),
/// whichever capability answered it: the place of the same name of the other type, written out, so the message reads
/// as a question about it ("… Kabupaten Tangerang …"). A message of only type and follow-up words
/// (entities.json `followUpWords`) asks the last place question again; in a longer question the type word must point
/// at a place (`siblingLead` before it, or a `siblingSelf` word), and not ask which one (`whichPlace` after it).
/// The place meant is the subject, or else the user's own region, whichever is of the other type: after a correction
/// to the kota of the same name, or after another kabupaten became the subject, "yang kabupaten" is the user's
/// kabupaten. Nothing is changed when no such place exists (the participation answer says so itself), nor right after a
/// list of kabupaten/kota not speaking of that name, which a message of only a type word filters.
/// </summary>
public sealed class SiblingPlace(EntityWords words, RegionWords regionWords, RegionRegistry registry) : IReread
{
    public RereadStage Stage => RereadStage.Relative;

    public string? Rewrite(ITurn turn, Recognition read) => Resolve(turn, read.Entities);

    // Chat particles ("kota pak", "kabupaten dong") may surround the type word too.
    private readonly HashSet<string> _around = PhraseList.Words(words.FollowUpWords.Concat(words.Fillers));
    private readonly HashSet<string> _lead = PhraseList.Words(words.SiblingLead);
    private readonly HashSet<string> _self = PhraseList.Words(words.SiblingSelf);
    private readonly HashSet<string> _which = PhraseList.Words(words.WhichPlace);

    public string? Resolve(ITurn turn, Entities entities)
    {
        if (entities.Regions.Mentions.Count > 0 || entities.Regions.Province is not null) return null;
        var tokens = WithoutDeniedType(entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var types = tokens.Select(regionWords.Names.TypeNamedBy).OfType<RegionType>().Distinct().ToList();
        if (types is not [var wanted]) return null;
        var onlyFollowUp = tokens.All(t => regionWords.Names.TypeNamedBy(t) is not null || _around.Contains(t));
        var at = onlyFollowUp ? -1 : PointingTypeWord(tokens);
        if (!onlyFollowUp && (at < 0 || entities.Year is not null || entities.Cohort is not null)) return null;
        if (SiblingOf(new ConversationMemory(turn, registry), wanted) is not { } sibling) return null;
        if (FiltersList(turn, tokens, sibling) || PointsIntoList(turn, wanted, sibling)) return null;
        if (onlyFollowUp) return string.Join(' ', tokens.Where(t => regionWords.Names.TypeNamedBy(t) is null).Append(sibling.Name));
        var from = at > 0 && _lead.Contains(tokens[at - 1]) ? at - 1 : at;
        return string.Join(' ', tokens[..from].Append(sibling.Name).Concat(tokens[(at + 1)..]));
    }

    /// <summary>
    /// "maksudnya kabupatennya, bukan kotanya": a type word right after a denial (kata-ingkar.txt) names the type not meant, so
    /// the denial and that word are left out and the other type word alone points at the place.
    /// </summary>
    private string[] WithoutDeniedType(string[] tokens)
    {
        var denial = Lexicon.Current.Lists.GetValueOrDefault("kata-ingkar") ?? [];
        // A card submit carries no text: no tokens, nothing denied.
        var denied = Enumerable.Range(1, Math.Max(0, tokens.Length - 1))
            .Where(i => regionWords.Names.TypeNamedBy(tokens[i]) is not null && denial.Contains(tokens[i - 1])).ToList();
        return denied.Count == 0 ? tokens
            : tokens.Where((_, i) => !denied.Contains(i) && !denied.Contains(i + 1)).ToArray();
    }

    /// <summary>
    /// Right after a list of kabupaten/kota that does not speak of the name ("yang kabupaten aja" after a province's
    /// participants): the type word filters the list, it does not point at the namesake of a place spoken of earlier.
    /// </summary>
    private bool FiltersList(ITurn turn, string[] tokens, Region sibling) =>
        ListMemory.ShowsRegions(turn)
        && tokens.All(t => regionWords.Names.TypeNamedBy(t) is not null || _around.Contains(t))
        && turn.ConversationState.Get<string[]>(ListMemory.LastListKey) is { } listed
        && !listed.Select(registry.FindByName).Any(r => r?.BaseName == sibling.BaseName);

    /// <summary>
    /// Right after a list of kabupaten/kota holding one place of the wanted type and not the namesake ("yang kabupaten
    /// itu" after a province's list of one kota and one kabupaten): the type word points at the place shown, which the
    /// list's own reference reads (<see cref="ListMemory"/>), not at a namesake never shown.
    /// </summary>
    private bool PointsIntoList(ITurn turn, RegionType wanted, Region sibling) =>
        ListMemory.ShowsRegions(turn)
        && turn.ConversationState.Get<string[]>(ListMemory.LastListKey) is { } listed
        && listed.Select(registry.FindByName).Where(r => r?.Type == wanted).ToList() is [var shown] && shown!.Code != sibling.Code;

    /// <summary>The one type word that points at a place ("yang kota", "kabupatennya"), not one asking which ("kota mana"); else -1.</summary>
    private int PointingTypeWord(string[] tokens)
    {
        var typeWords = Enumerable.Range(0, tokens.Length).Where(i => regionWords.Names.TypeNamedBy(tokens[i]) is not null).ToList();
        if (typeWords is not [var i]) return -1;
        // A lead of one word ("yang kabupaten") or two ("sy di kabupaten": where the speaker works).
        var led = i > 0 && _lead.Contains(tokens[i - 1]) || i > 1 && _lead.Contains($"{tokens[i - 2]} {tokens[i - 1]}") || _self.Contains(tokens[i]);
        var asksWhich = i + 1 < tokens.Length && _which.Contains(tokens[i + 1]);
        return led && !asksWhich ? i : -1;
    }

    // The subject first, then the user's own region: the first of the other type whose namesake of the wanted type exists.
    // With neither, the user's introduction by a name both bear ("saya dari Kediri"): "yang kabupaten" says which is theirs.
    private Region? SiblingOf(ConversationMemory memory, RegionType wanted) =>
        new[] { memory.Subject, memory.Region }.OfType<Region>().Where(r => r.Type != wanted)
            .Select(r => registry.Regions.FirstOrDefault(s => s.Type == wanted && s.BaseName == r.BaseName)).FirstOrDefault(s => s is not null)
        ?? (memory.Subject is null && memory.IntroducedPlaces.Where(r => r.Type == wanted).ToList() is [var introduced] ? introduced : null);
}
