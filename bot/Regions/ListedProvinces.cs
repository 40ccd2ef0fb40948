using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Regions;

/// <summary>
/// Which province, asked of "those" right after a list of kabupaten/kota (the regions with a quick win on a subject, a year's
/// award winners): the listed regions are what is asked of, so each one's province is the answer (regions.csv). Only a
/// short message that names no place or year, points back (a point-back word of entities.json, or "provinsinya") and
/// asks which province; the list stays the one to point into. Several regions named outright ("mereka" read again as
/// the listed names, or a kota and a kabupaten named in one question) are answered the same way; one is
/// <see cref="RegionDataAnswers.ProvinceOf"/>'s.
/// </summary>
public sealed class ListedProvinces(RegionRegistry registry, EntityWords words) : IAnswerAside
{
    private readonly PhraseList _back = new(words.PointBack.Concat(words.PointBackMany).Concat(words.ThingBack));

    // A longer message asks something more than the provinces of the list.
    private const int MaxWords = 8;

    // A longer list (a cohort year's) is already shown by province.
    private const int MaxListed = 12;

    public bool Answers(ITurn turn, Recognition read)
    {
        if (Asked(turn, read.Entities) is not { Count: >= 2 and <= MaxListed } regions) return false;
        var lines = regions.Select(r => $"- {r.Name} — Provinsi {r.Province}");
        turn.Send(Replies.Text($"Provinsi setiap daerah itu:\n\n{string.Join("\n", lines)}\n\n_Sumber: {RegionRegistry.ListSource}_"));
        return true;
    }

    private List<Region>? Asked(ITurn turn, Entities entities)
    {
        if (entities.Year is not null || entities.Regions is not { Province: null, Island: null, Unknown: null }
            || !RegionDataAnswers.AsksWhichProvince(entities.Regions.Masked.Split(' ', StringSplitOptions.RemoveEmptyEntries))) return null;
        // Each name its own region: a name two regions share is asked back by the usual reading.
        if (entities.Regions.Mentions.Count > 0)
            return entities.Regions.Mentions.All(m => m.Candidates.Count == 1) ? entities.Regions.Mentions.Select(m => m.Candidates[0]).DistinctBy(r => r.Code).ToList() : null;
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > MaxWords || !(_back.In(tokens) || tokens.Contains("provinsinya")) || !ListMemory.ShowsRegions(turn)
            || turn.ConversationState.Get<string[]>(ListMemory.LastListKey) is not { } listed) return null;
        var regions = listed.Select(registry.FindByName).OfType<Region>().ToList();
        return regions.Count == listed.Length ? regions : null;
    }

    // The list stays as it was: the aside answers from it and changes nothing.
    public void Remember(ITurn turn) { }
}
