using SmartCity.Bot.Conversation;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Understanding;

namespace SmartCity.Bot.Regions;

/// <summary>
/// "itu di provinsi mana aja?" right after a list of kabupaten/kota (the regions with a quick win on a subject, a year's
/// award winners): the listed regions are what is asked of, so each one's province is the answer (regions.csv). Only a
/// short message that names no place or year, points back (a point-back word of entities.json, or "provinsinya") and
/// asks which province; the list stays the one to point into.
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
        var entities = read.Entities;
        if (!entities.Regions.IsEmpty || entities.Year is not null || !ListMemory.ShowsRegions(turn)) return false;
        var tokens = entities.Regions.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > MaxWords || !(_back.In(tokens) || tokens.Contains("provinsinya")) || !RegionDataAnswers.AsksWhichProvince(tokens)) return false;
        if (turn.ConversationState.Get<string[]>(ListMemory.LastListKey) is not { } listed) return false;
        var regions = listed.Select(registry.FindByName).OfType<Region>().ToList();
        if (regions.Count is < 2 or > MaxListed || regions.Count != listed.Length) return false;
        var lines = regions.Select(r => $"- {r.Name} — Provinsi {r.Province}");
        turn.Send(Replies.Text($"Provinsi setiap daerah pada daftar tadi:\n\n{string.Join("\n", lines)}\n\n_Sumber: {RegionRegistry.ListSource}_"));
        return true;
    }

    // The list stays as it was: the aside answers from it and changes nothing.
    public void Remember(ITurn turn) { }
}
